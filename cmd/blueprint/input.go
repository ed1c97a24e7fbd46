package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
)

// stdinName names standard input in diagnostics.
const stdinName = "<stdin>"

// load reads and validates the journey file arg ("-" for standard input).
// It returns the journey (nil when the file has errors or cannot be read,
// which is reported on stderr), its diagnostics, and the exit code that
// outcome calls for.
func (e *env) load(arg string) (*blueprint.Journey, blueprint.Diagnostics, int) {
	name, data, err := e.read(arg)
	if err != nil {
		fmt.Fprintf(e.stderr, "blueprint: %v\n", err)
		return nil, nil, exitUsage
	}
	j, diags := blueprint.Load(name, data)
	if j == nil {
		return nil, diags, exitProblems
	}
	return j, diags, exitOK
}

// read returns the name and the content of a journey file, reading at most
// one byte more than blueprint.MaxSize so that Load can refuse a larger one.
func (e *env) read(arg string) (string, []byte, error) {
	var r io.Reader = e.stdin
	name := stdinName
	if arg != "-" {
		f, err := os.Open(arg)
		if err != nil {
			return "", nil, fmt.Errorf("cannot read %s: %w", arg, unwrapPath(err))
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil && info.IsDir() {
			return "", nil, fmt.Errorf("cannot read %s: it is a directory; name the journey files in it", arg)
		}
		r, name = f, arg
	}
	data, err := io.ReadAll(io.LimitReader(r, blueprint.MaxSize+1))
	if err != nil {
		return "", nil, fmt.Errorf("cannot read %s: %w", name, unwrapPath(err))
	}
	return name, data, nil
}

// unwrapPath drops the path from an *os.PathError, which the message
// already names.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// oneOf checks that the value of flag is one of allowed.
func oneOf(flag, value string, allowed ...string) error {
	if slices.Contains(allowed, value) {
		return nil
	}
	return usageErrorf("--%s must be one of %s, not %q", flag, strings.Join(allowed, ", "), value)
}
