package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/blueprint-tool/blueprint/convert"
	"github.com/blueprint-tool/blueprint/convert/mermaid"
	"github.com/blueprint-tool/blueprint/convert/sheet"
	"github.com/blueprint-tool/blueprint/journeyfile"
	"github.com/spf13/cobra"
)

// importKinds are the kinds of file import reads, each with its reader.
var importKinds = []struct {
	name string
	exts []string
	read convert.Reader
}{
	{"xlsx", []string{".xlsx"}, sheet.ReadXLSX},
	{"csv", []string{".csv"}, sheet.ReadCSV},
	{"mermaid", []string{".mmd", ".mermaid", ".md", ".markdown"}, mermaid.Read},
}

func newImport(e *env) *cobra.Command {
	var out, from string
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Make a journey from a workbook, a CSV table or a Mermaid journey diagram",
		Long: `import reads a workbook (.xlsx), a CSV table of steps (.csv) or a Mermaid
journey diagram (.mmd, .mermaid, or a .md file's first mermaid block that
holds a journey)
and writes it as a journey file that check accepts: to standard output, or
to -o FILE.

Every problem is reported where it stands in the file read: FILE:ROW:COL in
a CSV table, FILE:SHEET!CELL in a workbook, FILE:LINE:COL in a diagram.
Nothing is written when there is an error (exit 1).

The kind of file is told by its name; --from names it for standard input
(-) or a file named otherwise.`,
		Example: `  blueprint import journey.xlsx -o journey.yaml
  blueprint import steps.csv > journey.yaml
  blueprint import README.md -o onboarding.yaml
  cat diagram.txt | blueprint import --from mermaid -`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			return e.importJourney(args[0], from, out)
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "-", "the journey file to write; - is standard output")
	cmd.Flags().StringVar(&from, "from", "", "the kind of file: "+orList(importKindNames())+"; told by the name when not given")
	cmd.RegisterFlagCompletionFunc("from", cobra.FixedCompletions(importKindNames(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// importKindNames lists the kinds of file import reads.
func importKindNames() []string {
	names := make([]string, len(importKinds))
	for i, k := range importKinds {
		names[i] = k.name
	}
	return names
}

func (e *env) importJourney(arg, from, out string) error {
	read, err := importReader(arg, from)
	if err != nil {
		return err
	}
	name, data, err := e.readStdin(input{File: journeyfile.File{Path: arg}}).read()
	if err != nil {
		return &exitError{exitUsage, err}
	}
	yaml, diags := convert.Import(name, data, read)
	diags.WriteText(e.stderr)
	if diags.HasErrors() {
		return &exitError{code: exitProblems}
	}
	if out == "-" {
		_, err = e.stdout.Write(yaml)
	} else {
		err = writeFileAtomic(out, yaml)
	}
	if err != nil {
		return &exitError{exitProblems, err}
	}
	return nil
}

// importReader returns the reader of the file arg: the one --from names,
// or the one its extension tells.
func importReader(arg, from string) (convert.Reader, error) {
	ext := strings.ToLower(filepath.Ext(arg))
	for _, k := range importKinds {
		if k.name == from || from == "" && slices.Contains(k.exts, ext) {
			return k.read, nil
		}
	}
	if from != "" {
		return nil, oneOf("from", from, importKindNames()...)
	}
	return nil, fmt.Errorf("cannot tell what kind of file %s is: name it .xlsx, .csv, .mmd or .md, or say --from %s", arg, strings.Join(importKindNames(), "|"))
}
