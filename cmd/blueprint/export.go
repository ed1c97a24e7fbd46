package main

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/convert/sheet"
	"github.com/blueprint-tool/blueprint/journeyfile"
	"github.com/spf13/cobra"
)

// exportFormats are the formats export writes; the first is the default.
var exportFormats = []string{"xlsx", "csv"}

func newExport(e *env) *cobra.Command {
	var format, out string
	cmd := &cobra.Command{
		Use:   "export FILE",
		Short: "Write a journey as a workbook (.xlsx) or a CSV table of its steps",
		Long: `export writes a journey as a workbook for Excel, LibreOffice or Google
Sheets, or as a CSV table of its steps.

--format xlsx (the default) writes the sheets Journey (the journey's own
keys, one a row), Steps (row 1 the step keys, one row a step), Phases and
Paths (when the journey declares them), Figures (total time, time to value,
dead time, emotion...; durations as text and as seconds) and Opportunities
(one row an opportunity, its yearly value a formula of the numbers beside
it). --format csv writes the Steps table alone (RFC 4180, UTF-8).

The file goes beside the input, as NAME.xlsx or NAME.csv, or to -o FILE;
-o - writes it to standard output (a workbook only when that is not a
terminal). Without --format, -o's extension tells the format.

A journey with errors is reported and nothing is written (exit 1).
blueprint import reads both back.`,
		Example: `  blueprint export examples/police-permit.yaml
  blueprint export --format csv journey.yaml -o steps.csv
  blueprint export journey.yaml -o - > journey.xlsx`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			if format == "" {
				format = formatOf(out)
			}
			if err := oneOf("format", format, exportFormats...); err != nil {
				return err
			}
			return e.export(args[0], format, out)
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "output format: "+orList(exportFormats)+"; told by -o's extension when not given, else xlsx")
	cmd.Flags().StringVarP(&out, "output", "o", "", "the file to write; - is standard output; NAME.xlsx or NAME.csv beside the input by default")
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(exportFormats, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// formatOf tells the export format from the name of the file to write:
// csv for NAME.csv, else xlsx.
func formatOf(out string) string {
	if strings.EqualFold(filepath.Ext(out), ".csv") {
		return "csv"
	}
	return exportFormats[0]
}

func (e *env) export(arg, format, out string) error {
	if out == "" {
		out = "-"
		if arg != journeyfile.Stdin {
			out = strings.TrimSuffix(arg, filepath.Ext(arg)) + "." + format
		}
	}
	if out == "-" {
		if err := e.refuseBinaryToTerminal("export", format); err != nil {
			return err
		}
	}
	l := e.loadInput(e.readStdin(input{File: journeyfile.File{Path: arg}}))
	e.report(l)
	if l.journey == nil {
		return &exitError{code: l.code()}
	}
	write := sheet.WriteXLSX
	if format == "csv" {
		write = sheet.WriteCSV
	}
	var b bytes.Buffer
	if err := write(&b, blueprint.Measure(l.journey)); err != nil {
		return &exitError{exitProblems, err}
	}
	var err error
	if out == "-" {
		_, err = io.Copy(e.stdout, &b)
	} else {
		err = writeFileAtomic(out, b.Bytes())
	}
	if err != nil {
		return &exitError{exitProblems, err}
	}
	return nil
}
