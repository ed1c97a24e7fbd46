package journeyfile

import (
	"path/filepath"
	"slices"
	"strings"
)

// Exts are the extensions of journey files, without the dot.
var Exts = []string{"yaml", "yml"}

// HasExt reports whether a file name ends as a journey file's does: .yaml
// or .yml.
func HasExt(name string) bool {
	return slices.Contains(Exts, strings.TrimPrefix(filepath.Ext(name), "."))
}

// TrimExt returns name without its .yaml or .yml.
func TrimExt(name string) string {
	if HasExt(name) {
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
