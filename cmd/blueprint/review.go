package main

import (
	"slices"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/report"
	"github.com/spf13/cobra"
)

// reviewFormats are the outputs of review; the first is the default.
var reviewFormats = []string{"text", "md", "json", "github", "sarif"}

// failOnSeverities are the values of review --fail-on, from the least
// severe: a finding of that severity or a worse one fails the run.
var failOnSeverities = []string{blueprint.Notice.String(), blueprint.Warning.String()}

func newReview(e *env) *cobra.Command {
	var format, failOn, path string
	cmd := &cobra.Command{
		Use:   "review FILE...",
		Short: "Point out what a service designer would: a low end, idle waits, fail points...",
		Long: `review reads each journey and reports its findings: patterns in the figures
that service design principles say hurt the experience (the peak-end rule,
first impressions, occupied and unoccupied waits, expectations, fail points
without a recovery), each with what to do. A finding is a warning or a
notice; a rule named in the journey's accept: (or a step's) is accepted
and reported only in JSON and SARIF, marked so.

--format text (default) prints one line per finding, sorted by position:

  FILE:LINE:COL: RULE: WHAT WAS FOUND; ADVICE

--format md a table for a pull request comment; json an array of objects
(file, line, col, rule, severity, step, paths, message, advice, principle,
accepted); github ::warning and ::notice annotations for GitHub Actions;
sarif a SARIF 2.1.0 log for code scanning (upload it with
github/codeql-action/upload-sarif). The findings go to standard output, in
the language of each journey.

With paths: declared, the rules run on every path, and a finding that holds
on some paths only names them; --path ID reviews each journey as lived on
that path alone. A journey that declares no paths, or not that one, is then
a mistake of the command line (exit 2).

A directory stands for every .yaml and .yml file below it (hidden ones left
out), and a quoted pattern such as 'journeys/**/*.yaml' for the files it
matches; "-" reads standard input. A journey with errors is reported as
check reports it, on standard error, and has no findings.

Exit codes: 0 whatever the findings, unless --fail-on is given and a
finding of that severity or a worse one is reported (accepted ones do not
count); 1 a journey has errors (or such a finding); 2 the command line is
wrong or a file cannot be read.`,
		Example: `  blueprint review examples/police-permit.yaml
  blueprint review --fail-on warning journeys/
  blueprint review --format github journeys/
  blueprint review --format sarif journeys/ > review.sarif
  blueprint review --path by-mail journeys/permit.yaml`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			if err := oneOf("format", format, reviewFormats...); err != nil {
				return err
			}
			if failOn != "" {
				if err := oneOf("fail-on", failOn, failOnSeverities...); err != nil {
					return err
				}
			}
			return e.review(args, format, failOn, path)
		},
	}
	cmd.Flags().StringVar(&format, "format", reviewFormats[0], "output format: "+orList(reviewFormats))
	cmd.Flags().StringVar(&path, "path", "", "review each journey as lived on the path `ID` of its paths: (default: every path)")
	cmd.Flags().StringVar(&failOn, "fail-on", "", "exit 1 when a finding of `SEVERITY` or worse is reported: "+orList(failOnSeverities)+" (default: never)")
	return cmd
}

// review loads and reviews every input, on path when it is not "",
// reports the problems of each on standard error, and writes the findings
// of those that loaded.
func (e *env) review(args []string, format, failOn, path string) error {
	ins, _ := e.inputs(args)
	ms, code := e.measureInputs(ins, path)
	rs := make([]report.Reviewed, len(ms))
	for i, m := range ms {
		rs[i] = report.Reviewed{Measured: m, Findings: blueprint.Review(m)}
	}
	var err error
	switch format {
	case "md":
		err = report.ReviewMarkdown(e.stdout, rs)
	case "json":
		err = report.ReviewJSON(e.stdout, rs)
	case "github":
		err = report.ReviewGitHub(e.stdout, rs)
	case "sarif":
		err = report.ReviewSARIF(e.stdout, rs, version())
	default:
		err = report.ReviewText(e.stdout, rs)
	}
	if err != nil {
		return &exitError{exitProblems, err}
	}
	if failOn != "" && fails(rs, failOn) {
		code = max(code, exitProblems)
	}
	if code != exitOK {
		return &exitError{code: code}
	}
	return nil
}

// fails reports whether any finding that is not accepted is of severity
// failOn or worse: not before it in failOnSeverities.
func fails(rs []report.Reviewed, failOn string) bool {
	least := slices.Index(failOnSeverities, failOn)
	for _, r := range rs {
		for _, f := range r.Findings {
			if !f.Accepted && slices.Index(failOnSeverities, f.Severity.String()) >= least {
				return true
			}
		}
	}
	return false
}
