package journeyfile

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// journeysIn returns the journey files below dir, in lexical order, each
// with its path relative to dir; it stops at a directory that cannot be
// read.
func journeysIn(dir string) ([]File, error) {
	var files []File
	err := Walk(dir, func(rel string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, File{Path: filepath.Join(dir, rel), Rel: rel})
		}
		return err
	})
	return files, err
}

// glob returns the files that pattern matches, as a shell with globstar
// would (doublestar): "*", "?" and "[...]" within one name, "**" for any
// number of directories. A wildcard does not match a hidden name, and links
// below the pattern's start are not followed. A directory that matches
// stands for the journey files below it. The files come in lexical order,
// as those of a directory do. A malformed pattern is doublestar's
// ErrBadPattern.
func glob(pattern string) ([]File, error) {
	base, pat := doublestar.SplitPattern(filepath.ToSlash(pattern))
	var files []File
	var dirs []string // the directories that matched, each with a trailing "/"
	err := doublestar.GlobWalk(os.DirFS(base), pat, func(rel string, d fs.DirEntry) error {
		for _, dir := range dirs {
			if dir == "./" || strings.HasPrefix(rel, dir) {
				return nil // found below a directory that matched ("**" matches them all)
			}
		}
		rel = filepath.FromSlash(rel)
		p := filepath.Join(base, rel)
		if !d.IsDir() {
			files = append(files, File{Path: p, Rel: rel})
			return nil
		}
		dirs = append(dirs, filepath.ToSlash(rel)+"/")
		found, err := journeysIn(p)
		for i := range found {
			found[i].Rel = filepath.Join(rel, found[i].Rel)
		}
		files = append(files, found...)
		return err
	}, doublestar.WithNoHidden(), doublestar.WithNoFollow())
	// "**" gives a directory's files before those of its subdirectories
	slices.SortFunc(files, func(a, b File) int {
		return slices.Compare(strings.Split(filepath.ToSlash(a.Rel), "/"), strings.Split(filepath.ToSlash(b.Rel), "/"))
	})
	return files, err
}
