package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/journeyfile"
	"github.com/blueprint-tool/blueprint/render"
	"github.com/bmatcuk/doublestar/v4"
)

// stdinName names standard input in diagnostics.
const stdinName = "<stdin>"

// An input is one journey file to read, found on the command line.
type input struct {
	path string // the file, "-" for standard input
	// rel is where a file found in a directory (or by a pattern) stands
	// below it: render -o DIR writes its pictures at the same place under
	// DIR. "" for a file named on the command line.
	rel string
	err error // the argument could not be expanded: a command-line problem

	stdin []byte // the content of standard input, read before the work starts
}

// inputs expands the command line's files: a directory stands for every
// *.yaml and *.yml file below it, and a pattern that names no file (quoted,
// so the shell left it alone, or a "**" the shell does not know) for the
// files it matches. Both skip hidden files and directories (.git, .github)
// and give their files in lexical order. A file reached twice is read once,
// and so is standard input.
// expanded reports whether any argument was a directory or a pattern.
func (e *env) inputs(args []string) (ins []input, expanded bool) {
	seen := map[string]bool{}
	add := func(in input) {
		if in.err == nil {
			key := filepath.Clean(in.path) // "-" stays "-"
			if seen[key] {
				return
			}
			seen[key] = true
		}
		ins = append(ins, in)
	}
	for _, arg := range args {
		if arg == "-" {
			add(input{path: arg})
			continue
		}
		var files []input
		var none string // why an argument that stands for files gave none
		info, err := os.Stat(arg)
		switch {
		case err == nil && info.IsDir():
			files, err = journeysIn(arg)
			none = "it is a directory with no .yaml or .yml file in it"
		case err != nil && isPattern(arg):
			files, err = glob(arg)
			none = "no file matches the pattern"
		default:
			add(input{path: arg}) // a file, or one that cannot be read: reported when read
			continue
		}
		expanded = true
		if err == nil && len(files) == 0 {
			err = fmt.Errorf("cannot read %s: %s", arg, none)
		}
		for _, f := range files {
			add(f)
		}
		if err != nil {
			add(input{path: arg, err: err})
		}
	}
	// Standard input is read here, once and in order, so that the work on
	// the inputs can then run in any order.
	for i := range ins {
		ins[i] = e.readStdin(ins[i])
	}
	return ins, expanded
}

// readStdin reads standard input into in when it stands for it.
func (e *env) readStdin(in input) input {
	if in.path == "-" && in.err == nil {
		in.stdin, in.err = journeyfile.Read(e.stdin)
		if in.err != nil {
			in.err = fmt.Errorf("cannot read %s: %w", stdinName, in.err)
		}
	}
	return in
}

// journeysIn returns the journey files below dir, in lexical order, each
// with its path relative to dir; it stops at a directory that cannot be
// read.
func journeysIn(dir string) ([]input, error) {
	var files []input
	err := journeyfile.Walk(dir, func(rel string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, input{path: filepath.Join(dir, rel), rel: rel})
		}
		return err
	})
	return files, err
}

// isPattern reports whether arg holds the wildcards of a pattern.
func isPattern(arg string) bool { return strings.ContainsAny(arg, "*?[") }

// glob returns the files that pattern matches, as a shell with globstar
// would (doublestar): "*", "?" and "[...]" within one name, "**" for any
// number of directories. A wildcard does not match a hidden name, and links
// below the pattern's start are not followed. A directory that matches
// stands for the journey files below it. The files come in lexical order,
// as those of a directory do.
func glob(pattern string) ([]input, error) {
	base, pat := doublestar.SplitPattern(filepath.ToSlash(pattern))
	var files []input
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
			files = append(files, input{path: p, rel: rel})
			return nil
		}
		dirs = append(dirs, filepath.ToSlash(rel)+"/")
		found, err := journeysIn(p)
		for i := range found {
			found[i].rel = filepath.Join(rel, found[i].rel)
		}
		files = append(files, found...)
		return err
	}, doublestar.WithNoHidden(), doublestar.WithNoFollow())
	if errors.Is(err, doublestar.ErrBadPattern) {
		return nil, fmt.Errorf("cannot read %s: the pattern is malformed: %v", pattern, err)
	}
	// "**" gives a directory's files before those of its subdirectories
	slices.SortFunc(files, func(a, b input) int {
		return slices.Compare(strings.Split(filepath.ToSlash(a.rel), "/"), strings.Split(filepath.ToSlash(b.rel), "/"))
	})
	return files, err
}

// loaded is what became of one input: the journey (nil when it has errors
// or cannot be read), its diagnostics and source.
type loaded struct {
	src     []byte
	journey *blueprint.Journey
	diags   blueprint.Diagnostics
	err     error // it cannot be read: a command-line problem
}

// code returns the exit code the outcome calls for.
func (l loaded) code() int {
	switch {
	case l.err != nil:
		return exitUsage
	case l.journey == nil:
		return exitProblems
	}
	return exitOK
}

// loadInput reads and validates one input. It writes nothing, so inputs
// may be loaded concurrently.
func (e *env) loadInput(in input) loaded {
	if in.err != nil {
		return loaded{err: in.err}
	}
	name, data := stdinName, in.stdin
	if in.path != "-" {
		var err error
		if data, err = journeyfile.ReadFile(in.path); err != nil {
			return loaded{err: err}
		}
		name = in.path
	}
	j, diags := blueprint.Load(name, data)
	return loaded{src: data, journey: j, diags: diags}
}

// report writes what went wrong with an input to standard error: why it
// cannot be read, or its diagnostics: one line each, or, as --color
// decides, with the source line and a caret.
func (e *env) report(l loaded) {
	switch {
	case l.err != nil:
		fmt.Fprintf(e.stderr, "blueprint: %v\n", l.err)
	case len(l.diags) == 0:
	case e.look.excerpt:
		render.DiagnosticsExcerpt(e.stderr, l.diags, l.src, e.look.colour)
	default:
		render.DiagnosticsText(e.stderr, l.diags)
	}
}

// oneOf checks that the value of flag is one of allowed.
func oneOf(flag, value string, allowed ...string) error {
	if slices.Contains(allowed, value) {
		return nil
	}
	return usageErrorf("--%s must be one of %s, not %q", flag, strings.Join(allowed, ", "), value)
}
