package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/journeyfile"
)

// stdinName names standard input in diagnostics.
const stdinName = "<stdin>"

// An input is one journey file to read, found on the command line.
type input struct {
	journeyfile.File
	stdin []byte // the content of standard input, read before the work starts
}

// inputs expands the command line's files as journeyfile.Expand does, and
// reads standard input, once and in order, so that the work on the inputs
// can then run in any order. expanded reports whether any argument was a
// directory or a pattern.
func (e *env) inputs(args []string) (ins []input, expanded bool) {
	files, expanded := journeyfile.Expand(args)
	for _, f := range files {
		ins = append(ins, e.readStdin(input{File: f}))
	}
	return ins, expanded
}

// readStdin reads standard input into in when it stands for it.
func (e *env) readStdin(in input) input {
	if in.Path == journeyfile.Stdin && in.Err == nil {
		in.stdin, in.Err = journeyfile.Read(e.stdin)
		if in.Err != nil {
			in.Err = fmt.Errorf("cannot read %s: %w", stdinName, in.Err)
		}
	}
	return in
}

// read returns the name an input goes by in diagnostics and its content:
// standard input's, read before, or the file's, within the size limit.
func (in input) read() (string, []byte, error) {
	if in.Err != nil {
		return "", nil, in.Err
	}
	if in.Path == journeyfile.Stdin {
		return stdinName, in.stdin, nil
	}
	data, err := journeyfile.ReadFile(in.Path)
	return in.Path, data, err
}

// loaded is what became of one input: the journey (nil when it has errors
// or cannot be read), its diagnostics and source.
type loaded struct {
	src     []byte
	journey *blueprint.Journey
	diags   blueprint.Diagnostics
	err     error // it cannot be read, or has no path --path names: a command-line problem
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
	name, data, err := in.read()
	if err != nil {
		return loaded{err: err}
	}
	j, diags := blueprint.Load(name, data)
	return loaded{src: data, journey: j, diags: diags}
}

// report writes what went wrong with an input to standard error: its
// diagnostics, one line each or, as --color decides, with the source line
// and a caret; then why it cannot be read, or has no path --path names.
func (e *env) report(l loaded) {
	switch {
	case len(l.diags) == 0:
	case e.look.excerpt:
		l.diags.WriteExcerpt(e.stderr, l.src, e.look.colour)
	default:
		l.diags.WriteText(e.stderr)
	}
	if l.err != nil {
		fmt.Fprintf(e.stderr, "blueprint: %v\n", l.err)
	}
}

// oneOf checks that the value of flag is one of allowed.
func oneOf(flag, value string, allowed ...string) error {
	if slices.Contains(allowed, value) {
		return nil
	}
	return usageErrorf("--%s must be one of %s, not %q", flag, strings.Join(allowed, ", "), value)
}
