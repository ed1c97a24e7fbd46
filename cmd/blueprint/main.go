package main

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

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
	root := newRoot(&env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}, args)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	unknown := refuseHelpOfUnknown(root)
	cmd, err := root.ExecuteC()
	if err == nil {
		err = *unknown
	}
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
	getenv         func(string) string
	look           look // how diagnostics look, from --color
}

// newRoot builds the command tree for the command line args: the root and
// the subcommands it needs (see needed).
func newRoot(e *env, args []string) *cobra.Command {
	root := &cobra.Command{
		Use:   "blueprint",
		Short: "Service blueprints and journey figures from a YAML journey",
		Long: `blueprint reads a customer journey written in YAML, checks it, and computes
the figures service designers argue about: time to value, dead moments, the
lived and the remembered emotion, fail points and the yearly value of ideas.

Start with "blueprint init journey.yaml", or "blueprint init --example
ikea-bus ikea.yaml" for a complete one. For completion and hover help in
editors, "blueprint schema > journey.schema.json" writes a JSON Schema.

Files: a directory stands for every .yaml and .yml file below it, hidden
ones left out; "-" is standard input.

--color auto (default, or $BLUEPRINT_COLOR): at a terminal, each
diagnostic shows its source line and a caret under the column, in colour
unless NO_COLOR is set; piped, one plain line each. always: that look even
piped (e.g. into less -R); never: plain lines only.

Exit codes: 0 fine, 1 the input has errors, 2 the command line is wrong.`,
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          knownCommand,
		// A command a typo or two away is suggested: chek, stat, reveiw.
		SuggestionsMinimumDistance: 2,
		// Without a command there is nothing to do: show the usage where
		// errors go, and fail as a wrong command line does.
		RunE: func(cmd *cobra.Command, _ []string) error {
			cmd.SetOut(cmd.ErrOrStderr())
			_ = cmd.Usage()
			return &exitError{code: exitUsage}
		},
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &exitError{exitUsage, err} })
	color := cmp.Or(e.getenv(colorEnv), colorWhens[0])
	root.PersistentFlags().StringVar(&color, "color", color, "`WHEN` to show each diagnostic with its source line, in colour: auto (at a terminal), always or never; $"+colorEnv+" sets the default")
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		if err := oneOf("color", color, colorWhens...); err != nil {
			if !cmd.Flags().Changed("color") {
				return usageErrorf("%s must be one of %s, not %q", colorEnv, strings.Join(colorWhens, ", "), color)
			}
			return err
		}
		e.look = e.lookFor(color)
		return nil
	}
	some, only := needed(args)
	for _, c := range subcommands {
		if !some || c.name == only {
			root.AddCommand(c.build(e))
		}
	}
	// Cobra's "completion" command is built at every start unless turned
	// off: a command line that names another command does not need it.
	root.CompletionOptions.DisableDefaultCmd = some
	complete(root)
	return root
}

// subcommands are the commands of blueprint, in the order help lists them.
var subcommands = []struct {
	name  string
	build func(*env) *cobra.Command
}{
	{"check", newCheck}, {"render", newRender}, {"compare", newCompare}, {"stats", newStats}, {"review", newReview},
	{"init", newInit}, {"schema", newSchema}, {"serve", newServe}, {"export", newExport}, {"import", newImport},
}

// needed says which subcommands a command line needs: when some, only the
// one named only ("" for none: "blueprint --version"); else every one, for
// help, completion and the suggestions for a slip. Building them all, with
// their flags and Cobra's completion command, was a fifth of the start-up
// of every "blueprint check" (docs/speed.md).
func needed(args []string) (some bool, only string) {
	version := false
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--color":
			i++ // its value
		case a == "-h" || a == "--help" || a == "--":
			return false, ""
		case a == "-v" || a == "--version":
			version = true
		case !strings.HasPrefix(a, "-"):
			for _, c := range subcommands {
				if c.name == a {
					return true, a
				}
			}
			return false, "" // help, completion, __complete, or a slip
		}
	}
	return version, ""
}

// knownCommand accepts a command line that names a command of root, the
// only arguments root is given, and refuses one whose first word names none
// ("blueprint chek"), saying which commands it may be a slip for.
func knownCommand(root *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	err := fmt.Errorf("unknown command %q for %q", args[0], root.CommandPath())
	if near := root.SuggestionsFor(args[0]); len(near) > 0 {
		err = fmt.Errorf("%w: did you mean %s?", err, orList(quoted(near)))
	}
	return &exitError{exitUsage, err}
}

// quoted returns words, each in double quotes.
func quoted(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = strconv.Quote(w)
	}
	return out
}

// refuseHelpOfUnknown makes --help after a word that names no command
// ("blueprint chek --help") the unknown-command error of knownCommand:
// cobra looks at --help before the arguments, and would print the help of
// root. The error is left where the returned pointer points, nil when the
// help was printed or not asked for.
func refuseHelpOfUnknown(root *cobra.Command) *error {
	var unknown error
	help := root.HelpFunc()
	root.SetHelpFunc(func(cmd *cobra.Command, args []string) {
		if cmd == root {
			if unknown = knownCommand(root, root.Flags().Args()); unknown != nil {
				return
			}
		}
		help(cmd, args)
	})
	return &unknown
}

// version returns the module version the binary was built from: the tag
// "go install ...@v1.2.0" or "@latest" fetched, or a pseudo-version. A
// binary built in a checkout ("go build", "go run") is "(devel)", followed
// by the commit when Go recorded it (-buildvcs) and "+dirty" for changes
// not committed.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	v := "(devel)"
	var revision, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if revision != "" {
		v += " " + revision[:min(len(revision), 12)]
		if modified == "true" {
			v += "+dirty"
		}
	}
	return v
}
