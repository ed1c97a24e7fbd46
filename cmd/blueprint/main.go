// Command blueprint turns a YAML description of a customer journey into a
// service blueprint, and checks and measures it. Run "blueprint --help".
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit codes, as the format description defines them.
const (
	exitOK       = 0
	exitProblems = 1 // the input has errors, or an output would change
	exitUsage    = 2 // the command line itself is wrong
)

// exitError ends a command with code; err, when not nil, is printed first.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

// usageErrorf reports a mistake on the command line.
func usageErrorf(format string, args ...any) error {
	return &exitError{exitUsage, fmt.Errorf(format, args...)}
}

// run executes the command line args and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRoot(&env{stdin: stdin, stdout: stdout, stderr: stderr})
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteC()
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if !errors.As(err, &ee) {
		ee = &exitError{exitUsage, err} // cobra's own: unknown command, flag or argument count
	}
	if ee.err != nil {
		fmt.Fprintf(stderr, "blueprint: %v\n", ee.err)
		if ee.code == exitUsage {
			fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", cmd.CommandPath())
		}
	}
	return ee.code
}

// env is where a command reads and writes; tests give their own.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func newRoot(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "blueprint",
		Short: "Service blueprints and journey figures from a YAML journey",
		Long: `blueprint reads a customer journey written in YAML, checks it, and computes
the figures service designers argue about: time to value, dead moments, the
lived and the remembered emotion, fail points and the yearly value of ideas.

Exit codes: 0 fine, 1 the input has errors, 2 the command line is wrong.`,
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.NoArgs,
		// Without a command there is nothing to do: show the usage where
		// errors go, and fail as a wrong command line does.
		RunE: func(cmd *cobra.Command, _ []string) error {
			cmd.SetOut(cmd.ErrOrStderr())
			_ = cmd.Usage()
			return &exitError{code: exitUsage}
		},
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &exitError{exitUsage, err} })
	root.AddCommand(newCheck(e), newRender(e), newStats(e))
	return root
}

// version returns the module version the binary was built from.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}
