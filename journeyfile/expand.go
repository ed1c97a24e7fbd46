package journeyfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// Stdin is the argument that stands for standard input.
const Stdin = "-"

// A File is one journey file to read, found on the command line.
type File struct {
	Path string // the file, Stdin for standard input
	// Rel is where a file found in a directory (or by a pattern) stands
	// below it: render -o DIR writes its pictures at the same place under
	// DIR. "" for a file named on the command line.
	Rel string
	Err error // the argument could not be expanded: a command-line problem
}

// Expand returns the files a command line names, in its order: a
// directory stands for every .yaml and .yml file below it, and a pattern
// that names no file (quoted, so the shell left it alone, or a "**" the
// shell does not know) for the files it matches. Both skip hidden files and
// directories (.git, .github) and give their files in lexical order. A
// file reached twice is given once, and so is standard input. A directory
// or a pattern that gives no file, or cannot be read, is given as a File
// with its Err, after the files it gave. expanded reports whether any
// argument was a directory or a pattern.
func Expand(args []string) (files []File, expanded bool) {
	seen := map[string]bool{}
	for _, arg := range args {
		found, isExpanded := expand(arg)
		expanded = expanded || isExpanded
		for _, f := range found {
			if f.Err == nil {
				key := filepath.Clean(f.Path) // Stdin stays Stdin
				if seen[key] {
					continue
				}
				seen[key] = true
			}
			files = append(files, f)
		}
	}
	return files, expanded
}

// expand returns the files one argument names, and whether it is a
// directory or a pattern.
func expand(arg string) ([]File, bool) {
	if arg == Stdin {
		return []File{{Path: arg}}, false
	}
	var files []File
	var none string // why an argument that stands for files gave none
	info, err := os.Stat(arg)
	switch {
	case err == nil && info.IsDir():
		files, err = journeysIn(arg)
		none = "it is a directory with no .yaml or .yml file in it"
	case err != nil && isPattern(arg):
		files, err = glob(arg)
		none = "no file matches the pattern"
		if errors.Is(err, doublestar.ErrBadPattern) {
			files, err = nil, fmt.Errorf("cannot read %s: the pattern is malformed: %v", arg, err)
		}
	default:
		return []File{{Path: arg}}, false // a file, or one that cannot be read: reported when read
	}
	if err == nil && len(files) == 0 {
		err = fmt.Errorf("cannot read %s: %s", arg, none)
	}
	if err != nil {
		files = append(files, File{Path: arg, Err: err})
	}
	return files, true
}

// isPattern reports whether arg holds the wildcards of a pattern.
func isPattern(arg string) bool { return strings.ContainsAny(arg, "*?[") }
