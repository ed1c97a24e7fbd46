package serve

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"unicode/utf8"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/journeyfile"
	"github.com/blueprint-tool/blueprint/serve/httpd"
)

// A journey file is named in requests by its path below the served
// directory, with forward slashes ("team-a/signup.yaml"): the only names
// the server reads. cleanRel refuses everything else before the file
// system is touched: an empty name, an absolute path, "..", ".", empty
// segments, backslashes, NUL, hidden names (the index leaves them out) and
// any file that is not .yaml or .yml.
func cleanRel(f string) error {
	switch {
	case f == "":
		return errors.New("no journey named")
	case len(f) > 4096 || !utf8.ValidString(f) || strings.ContainsAny(f, "\\\x00"):
		return errors.New("not a journey path")
	case strings.HasPrefix(f, "/") || filepath.IsAbs(f) || filepath.VolumeName(f) != "":
		return errors.New("an absolute path: name a journey below the served directory")
	case runtime.GOOS == "windows" && strings.Contains(f, ":"):
		return errors.New("not a journey path")
	}
	for _, seg := range strings.Split(f, "/") {
		switch {
		case seg == "..":
			return errors.New(`".." in the path: only journeys below the served directory are served`)
		case seg == "" || seg == ".":
			return errors.New("not a clean path")
		case strings.HasPrefix(seg, "."):
			return errors.New("a hidden file or directory: those are not served")
		}
	}
	if !journeyfile.HasExt(f) {
		return errors.New("not a .yaml or .yml journey")
	}
	return nil
}

// within reports whether path is root or below it. Both are clean,
// absolute and free of symbolic links.
func within(root, path string) bool {
	if path == root {
		return true
	}
	prefix := root
	if !strings.HasSuffix(prefix, string(filepath.Separator)) {
		prefix += string(filepath.Separator)
	}
	return strings.HasPrefix(path, prefix)
}

// httpError is a request the server refuses, with its status and a message
// for the person reading the page.
type httpError struct {
	code int
	msg  string
}

func (e *httpError) Error() string { return e.msg }

// missing is the status of a journey that does not exist (any more).
func missing(rel string) *httpError {
	return &httpError{httpd.StatusNotFound, rel + " does not exist: it was deleted or renamed, or never saved"}
}

// open resolves f to a journey file under the served path and opens it.
// It is the only way a request reaches the file system: the name is
// checked by checkRel, its symbolic links are resolved and the result must
// still lie under the served directory, it must be a regular file, and it
// is opened through an os.Root of the served directory, which refuses, at
// the moment of opening, any path that leaves it.
func (s *Server) open(f string) (*os.File, error) {
	if err := s.checkRel("f", f); err != nil {
		return nil, err
	}
	inRoot := filepath.FromSlash(f)
	if !s.dir {
		inRoot = s.realName
	}
	real, err := filepath.EvalSymlinks(filepath.Join(s.rootDir, inRoot))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, missing(f)
	}
	if err != nil || !within(s.rootDir, real) {
		return nil, &httpError{httpd.StatusNotFound, f + " is not a journey under the served directory"}
	}
	inRoot, err = filepath.Rel(s.rootDir, real)
	if err != nil {
		return nil, &httpError{httpd.StatusNotFound, f + " is not a journey under the served directory"}
	}
	file, err := s.root.Open(inRoot)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, missing(f) // deleted in between
	}
	if err != nil {
		return nil, &httpError{httpd.StatusNotFound, f + " cannot be read"}
	}
	if info, err := file.Stat(); err != nil || !info.Mode().IsRegular() {
		file.Close()
		return nil, &httpError{httpd.StatusNotFound, f + " is not a regular file"}
	}
	return file, nil
}

// checkRel refuses a journey path that cannot be served, without reading
// it: none (400, saying which query parameter, param, to add), cleanRel's
// rules, and, when one file is served, any other name than its own (which
// is then accepted as it is, even hidden).
func (s *Server) checkRel(param, f string) error {
	switch {
	case f == "":
		return &httpError{httpd.StatusBadRequest, "no journey named: add ?" + param + "=FILE.yaml"}
	case !s.dir && f != s.name:
		return &httpError{httpd.StatusNotFound, fmt.Sprintf("%q is not served: only %s is", f, s.name)}
	case !s.dir:
		return nil
	}
	if err := cleanRel(f); err != nil {
		return &httpError{httpd.StatusBadRequest, fmt.Sprintf("%q: %v", f, err)}
	}
	return nil
}

// load reads and validates the journey f names: the journey, nil when it
// has errors, and its diagnostics; an error when it cannot be read.
func (s *Server) load(f string) (*blueprint.Journey, blueprint.Diagnostics, error) {
	file, err := s.open(f)
	if err != nil {
		return nil, nil, err
	}
	defer file.Close()
	data, err := journeyfile.Read(file)
	if err != nil {
		return nil, nil, &httpError{httpd.StatusNotFound, f + " cannot be read"}
	}
	j, ds := blueprint.Load(s.displayName(f), data)
	return j, ds, nil
}

// displayName is how diagnostics name a journey: as "blueprint check"
// would for the same command line, the served directory joined with the
// journey's path below it, or the file as given.
func (s *Server) displayName(rel string) string {
	if !s.dir {
		return s.cfg.Path
	}
	return filepath.Join(s.cfg.Path, filepath.FromSlash(rel))
}

// entry is one journey of the index.
type entry struct {
	File     string // below the served directory, with forward slashes
	Title    string // "" when the journey has errors
	Errors   int
	Warnings int
	Problem  string // it cannot be read
}

// maxJourneys bounds the index of a huge directory.
const maxJourneys = 2000

// files lists the journeys the server serves, in lexical order: the .yaml
// and .yml files below the served directory, hidden files and directories
// left out, symbolic links followed only to files that stay under it.
func (s *Server) files() []string {
	if !s.dir {
		return []string{s.name}
	}
	var rels []string
	_ = journeyfile.Walk(s.rootDir, func(rel string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !s.isServable(filepath.Join(s.rootDir, rel), d) {
			return nil // not a journey to list: a directory, one that cannot be read, or a file that cannot be served
		}
		rels = append(rels, filepath.ToSlash(rel))
		if len(rels) >= maxJourneys {
			return filepath.SkipAll
		}
		return nil
	})
	return rels
}

// isServable reports whether the journey file at p, found below the
// served directory, can be served: a regular file, or a symbolic link to
// one that stays under the served directory.
func (s *Server) isServable(p string, d fs.DirEntry) bool {
	if d.Type()&fs.ModeSymlink == 0 {
		return d.Type().IsRegular()
	}
	real, err := filepath.EvalSymlinks(p)
	if err != nil || !within(s.rootDir, real) {
		return false
	}
	info, err := os.Stat(real)
	return err == nil && info.Mode().IsRegular()
}

// entries loads each journey of files for the index: its title and its
// count of problems.
func (s *Server) entries() []entry {
	rels := s.files()
	entries := make([]entry, 0, len(rels))
	for _, rel := range rels {
		e := entry{File: rel}
		j, ds, err := s.load(rel)
		switch {
		case err != nil:
			e.Problem = err.Error()
		case j != nil:
			e.Title = j.Title
		}
		for _, d := range ds {
			if d.Severity == blueprint.Error {
				e.Errors++
			} else {
				e.Warnings++
			}
		}
		entries = append(entries, e)
	}
	return entries
}
