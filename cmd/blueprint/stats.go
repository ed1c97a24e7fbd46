package main

import (
	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/report"
	"github.com/spf13/cobra"
)

// statsFormats are the outputs of stats; the first is the default.
var statsFormats = []string{"text", "md", "json"}

func newStats(e *env) *cobra.Command {
	var format, path string
	cmd := &cobra.Command{
		Use:   "stats FILE...",
		Short: "Print the figures of journeys: time to value, dead moments, emotion...",
		Long: `stats prints the figures of each journey: total time, time to value, dead
moments and dead time, the experienced and the remembered (peak-end) emotion,
expectation gaps, fail points, touchpoints, channels and opportunity values.

--format text (default) and md print a table with a column per journey;
--format json prints one object per file, or an array for several files.
Durations in JSON are seconds, as {"lo": N, "hi": N}.

A journey with paths: has the figures of its main path, the first declared,
then those of each path (in JSON, under "paths"). --path ID gives the
figures of the journey as lived on path ID alone; a file without that path
is a command-line error (exit 2), and the other files are still measured.

--format json prints an array, even of one, when a directory or a pattern is
given: a directory may hold any number of journeys.

A directory stands for every .yaml and .yml file below it (hidden ones left
out), and a quoted pattern such as 'journeys/**/*.yaml' for the files it
matches. Files with errors are reported on standard error and left out
(exit 1).`,
		Example: `  blueprint stats examples/ikea-bus.yaml
  blueprint stats --format md examples/police-permit.yaml examples/blood-donation.yaml
  blueprint stats --path come-back examples/police-permit.yaml`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			if err := oneOf("format", format, statsFormats...); err != nil {
				return err
			}
			return e.stats(args, format, path)
		},
	}
	cmd.Flags().StringVar(&format, "format", statsFormats[0], "output format: "+orList(statsFormats))
	pathFlag(cmd, &path, "measure")
	return cmd
}

func (e *env) stats(args []string, format, path string) error {
	ins, expanded := e.inputs(args)
	ms, code := e.measureInputs(ins, path)
	var err error
	switch {
	case len(ms) == 0:
	case format == "json":
		err = report.StatsJSON(e.stdout, ms, len(ins) > 1 || expanded)
	case format == "md":
		err = report.StatsMarkdown(e.stdout, ms)
	default:
		err = report.StatsText(e.stdout, ms, terminalWidth(e.stdout))
	}
	if err != nil {
		return &exitError{exitProblems, err}
	}
	if code != exitOK {
		return &exitError{code: code}
	}
	return nil
}

// measureInputs loads and measures the inputs, along path when it is not
// "", on the worker pool; it reports each one's problems in input order,
// and returns the journeys that loaded with the exit code their problems
// call for.
func (e *env) measureInputs(ins []input, path string) ([]blueprint.Measured, int) {
	var ms []blueprint.Measured
	code := exitOK
	work := func(i int) measured {
		l := e.loadAlong(ins[i], path)
		if l.journey == nil {
			return measured{loaded: l}
		}
		return measured{l, blueprint.Measure(l.journey)}
	}
	inOrder(len(ins), workers(), work, func(_ int, m measured) {
		e.report(m.loaded)
		code = max(code, m.code())
		if m.journey != nil {
			ms = append(ms, m.m)
		}
	})
	return ms, code
}

// measured is a journey loaded and measured.
type measured struct {
	loaded
	m blueprint.Measured
}
