package blueprint

import (
	"path/filepath"
	"strings"
)

// HasJourneyExt reports whether a file name ends as a journey file's does:
// .yaml or .yml.
func HasJourneyExt(name string) bool {
	ext := filepath.Ext(name)
	return ext == ".yaml" || ext == ".yml"
}

// TrimJourneyExt returns name without its .yaml or .yml.
func TrimJourneyExt(name string) string {
	if HasJourneyExt(name) {
		return strings.TrimSuffix(name, filepath.Ext(name))
	}
	return name
}

// IsHidden reports whether a file or directory name is hidden, as .git is:
// the commands and the preview leave such names out when they look for
// journeys in a directory.
func IsHidden(name string) bool {
	return strings.HasPrefix(name, ".") && name != "." && name != ".."
}
