package main

import (
	"bytes"
	"cmp"
	"fmt"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/journeyfile"
	"github.com/blueprint-tool/blueprint/render"
	"github.com/blueprint-tool/blueprint/render/report"
	"github.com/blueprint-tool/blueprint/render/theme"
	"github.com/spf13/cobra"
)

// compareFormats are the outputs of compare; the first is the default.
var compareFormats = []string{"svg", "md", "json", "png", "pdf"}

func newCompare(e *env) *cobra.Command {
	var format, output, themeName, path string
	cmd := &cobra.Command{
		Use:   "compare A B",
		Short: "Compare two journeys: a scorecard, one time scale, both emotion curves",
		Long: `compare sets journey B beside journey A.

--format svg (default) draws one picture: a scorecard of every figure (total
time, time to value, dead time and share, experienced and remembered emotion,
peak and end, expectations below, met and exceeded, fail points,
touchpoints, channels, opportunity value) with A, B, the difference B − A and
the better side marked; both journeys on one time scale, their phases side
by side (matched by id, else by order); both emotion curves on one chart.
--format md writes the scorecard as a Markdown table, for a pull request
comment ("compare old.yaml new.yaml" shows what a change did), then a table
of the moments: the steps of A and B paired by moment: (else by id), each
pair with what changed, a step without a partner removed or added;
--format json both figure sets, the differences, the better sides and the
moments; --format png and pdf the picture as PNG (twice the SVG's size) or
PDF. -o FILE.png implies --format png, and likewise for the other formats.

The output goes to standard output, or to FILE with -o FILE (replaced
atomically); PNG and PDF are not written to a terminal (exit 2): give -o
FILE or pipe them.

A journey with paths: is compared along its main path, the first declared.
--path ID compares each journey that declares path ID along it, and the
other along its main path: "compare --path come-back permit.yaml
blood.yaml" sets the permit as lived by those who come back beside the
blood donation. A path that neither declares is a command-line error
(exit 2).

Errors in either journey are reported as check reports
them, and nothing is written (exit 1).`,
		Example: `  blueprint compare -o permit-vs-blood.svg examples/police-permit.yaml examples/blood-donation.yaml
  blueprint compare --format md journeys/old.yaml journeys/new.yaml`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			output = cmp.Or(output, toStdout)
			if format, err = outputFormat(output, format, compareFormats); err != nil {
				return err
			}
			if err := oneOf("theme", themeName, theme.Names...); err != nil {
				return err
			}
			return e.compare(args, format, output, themeName, path)
		},
	}
	f := cmd.Flags()
	formatFlag(cmd, &format, compareFormats)
	f.StringVarP(&output, "output", "o", "", "write to `FILE` (default: standard output, as - is)")
	f.StringVar(&themeName, "theme", theme.Names[0], "colour `SCHEME` of the SVG: "+strings.Join(theme.Names, ", "))
	pathFlag(cmd, &path, "compare")
	return cmd
}

// compare loads both journeys, reports their problems, and writes the
// comparison when both are valid.
func (e *env) compare(args []string, format, output, theme, path string) error {
	if args[0] == journeyfile.Stdin && args[1] == journeyfile.Stdin {
		return usageErrorf("standard input holds one journey: give A or B as a file")
	}
	if output == toStdout {
		if err := e.refuseBinaryToTerminal("compare", format); err != nil {
			return err
		}
	}
	var js []*blueprint.Journey
	code := exitOK
	for _, arg := range args {
		l := e.loadInput(e.readStdin(input{File: journeyfile.File{Path: arg}}))
		e.report(l)
		code = max(code, l.code())
		js = append(js, l.journey)
	}
	if code != exitOK {
		return &exitError{code: code}
	}
	ms, err := comparedAlong(js, path)
	if err != nil {
		return err
	}
	var out bytes.Buffer
	switch format {
	case "md":
		err = report.CompareMarkdown(&out, ms[0], ms[1])
	case "json":
		err = report.CompareJSON(&out, ms[0], ms[1])
	default:
		var pic render.Picture
		pic, err = render.ComparePicture(ms[0], ms[1], theme, format)
		out.Write(pic.Data)
		if pic.Note != "" {
			fmt.Fprintf(e.stderr, "blueprint: %s: %s\n", output, pic.Note)
		}
	}
	if err == nil && output == toStdout {
		_, err = e.stdout.Write(out.Bytes())
	} else if err == nil {
		err = writeFileAtomic(output, out.Bytes())
	}
	if err != nil {
		return &exitError{exitProblems, err}
	}
	return nil
}
