package journeyfile

import (
	"path/filepath"
	"slices"
	"strings"
)

// Views names the pictures drawn of a journey, in the order they are
// written; the first is the default.
var Views = []string{"blueprint", "touchpoints"}

// Formats names the files a picture can be written as; the first is the
// default.
var Formats = []string{"svg", "png", "pdf"}

// Suffix returns what follows a journey's name in the name of its picture
// of view in format: ".blueprint.svg" for "blueprint" and "svg".
func Suffix(view, format string) string { return "." + view + "." + format }

// FormatOf returns the format that the extension of a file name names, in
// any case ("png" for vs.PNG), when it is one of formats; "" otherwise.
func FormatOf(name string, formats []string) string {
	if ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(name), ".")); slices.Contains(formats, ext) {
		return ext
	}
	return ""
}
