package main

import (
	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/spf13/cobra"
)

// checkFormats are the outputs of check; the first is the default.
var checkFormats = []string{"text", "json", "github"}

func newCheck(e *env) *cobra.Command {
	var format string
	var strict bool
	cmd := &cobra.Command{
		Use:   "check FILE...",
		Short: "Validate journey files and report every problem",
		Long: `check validates journey files and reports every problem of every file, one
per line, sorted by position:

  FILE:LINE:COL: error: MESSAGE

A directory stands for every .yaml and .yml file below it (hidden ones
left out), and a quoted pattern such as 'journeys/**/*.yaml' for the files
it matches. "-" reads standard input.

Text goes to standard error; at a terminal each problem also shows its
source line with a caret under the column, in colour (see --color and
NO_COLOR). --format json and --format github write to standard output for
tools to read.

Exit codes: 0 no errors (warnings allowed unless --strict), 1 errors,
2 the command line is wrong or a file cannot be read.`,
		Example: `  blueprint check examples/*.yaml
  blueprint check journeys/
  blueprint check --strict --format github journeys/*.yaml`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			if err := oneOf("format", format, checkFormats...); err != nil {
				return err
			}
			return e.check(args, format, strict)
		},
	}
	cmd.Flags().StringVar(&format, "format", checkFormats[0], "output format: "+orList(checkFormats)+" (Actions annotations)")
	cmd.Flags().BoolVar(&strict, "strict", false, "treat warnings as errors (exit 1)")
	return cmd
}

func (e *env) check(args []string, format string, strict bool) error {
	ins, _ := e.inputs(args)
	var all blueprint.Diagnostics
	code := exitOK
	inOrder(len(ins), workers(), func(i int) loaded { return e.loadInput(ins[i]) }, func(_ int, l loaded) {
		c := l.code()
		if strict && len(l.diags) > 0 {
			c = max(c, exitProblems)
		}
		code = max(code, c)
		if format == "text" || l.err != nil {
			e.report(l)
		} else {
			all = append(all, l.diags...)
		}
	})
	var err error
	switch format {
	case "json":
		err = all.WriteJSON(e.stdout)
	case "github":
		err = all.WriteGitHub(e.stdout)
	}
	if err != nil {
		return &exitError{exitProblems, err}
	}
	if code != exitOK {
		return &exitError{code: code}
	}
	return nil
}
