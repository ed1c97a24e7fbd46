package journeyfile

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// A WalkFunc is called by Walk for each directory and journey file it
// visits: rel is its path below the root (with the system's separators;
// "." for the root itself) and d its entry. err is not nil when a
// directory cannot be read, after it was visited, or when the root cannot
// (d is then nil): "cannot read PATH: reason". Returning err stops the
// walk with it; returning nil goes on without what could not be read.
// Returning filepath.SkipDir skips a directory, and filepath.SkipAll the
// rest of the walk.
type WalkFunc func(rel string, d fs.DirEntry, err error) error

// Walk calls fn for root and, in lexical order, for every directory and
// every journey file (.yaml, .yml) below it, leaving out hidden files and
// directories (.git, .draft.yaml) and what is in them. Root is visited
// whatever its name; when it is a symbolic link, the directory it points
// to is walked, but the links below it are not followed: a link is given
// to fn as it is, when its name is a journey's.
func Walk(root string, fn WalkFunc) error {
	if info, err := os.Lstat(root); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		root += string(filepath.Separator) // walk the directory the link points to
	}
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(root, p) // p is root or below it
		switch {
		case err != nil:
			return fn(rel, d, fmt.Errorf("cannot read %s: %w", p, WithoutPath(err)))
		case p == root || isVisited(d):
			return fn(rel, d, nil)
		case d.IsDir():
			return filepath.SkipDir // a hidden directory
		}
		return nil
	})
}

// isVisited reports whether Walk gives d to its function: a directory or a
// journey file, not hidden.
func isVisited(d fs.DirEntry) bool {
	return !IsHidden(d.Name()) && (d.IsDir() || HasExt(d.Name()))
}
