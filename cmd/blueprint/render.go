package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render"
	"github.com/spf13/cobra"
)

// renderOptions are the flags of render.
type renderOptions struct {
	output string // -o: "" beside each input, "-" standard output, *.svg one file, else a directory
	view   string // "" for every view
	theme  string
	format string
	check  bool
}

// toStdout is the destination of a picture written to standard output.
const toStdout = "-"

func newRender(e *env) *cobra.Command {
	var o renderOptions
	first := render.Views[0]
	var files []string
	for _, v := range render.Views {
		files = append(files, "NAME"+v.Suffix)
	}
	cmd := &cobra.Command{
		Use:   "render FILE...",
		Short: "Draw journeys as SVG: " + strings.Join(viewNames(render.Views), ", "),
		Long: fmt.Sprintf(`render draws every journey in each view and writes it beside the journey as
%s, NAME being the file name without .yaml or .yml.
--view draws one view only.

-o DIR writes under DIR instead (created if missing); -o FILE.svg writes one
file and -o - standard output, both for one input and one --view. "-" as an
input reads standard input; its picture goes to standard output when one view
is drawn, or to DIR/stdin%s with -o DIR.

Success is silent. A file is replaced atomically (written to a temporary file,
then renamed), and left untouched when its content would not change.
Diagnostics go to standard error as check prints them; warnings do not stop
the drawing. A journey with errors gets nothing written, its old pictures
stay as they were, and the other files are still drawn.

--check writes nothing: it prints the path of every picture that is missing
or would change, one per line, and exits 1 if there is one.

--format svg is the only format drawn today; for PNG or PDF convert the SVG,
e.g. rsvg-convert -f png NAME%s.

Exit codes: 0 fine, 1 the input has errors, a picture is stale under --check
or a file cannot be written, 2 the command line is wrong or a file cannot be
read.`, strings.Join(files, ", "), first.Suffix, first.Suffix),
		Example: fmt.Sprintf(`  blueprint render examples/*.yaml
  blueprint render --theme dark -o site/img journeys/*.yaml
  blueprint render --view %s -o - examples/ikea-bus.yaml > ikea.svg
  blueprint render --check -o site/img journeys/*.yaml`, first.Name),
		Args: cobra.MinimumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			return e.render(args, o)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.output, "output", "o", "", "write under directory `DIR`, to one FILE.svg, or - for standard output (default: beside each input)")
	f.StringVar(&o.view, "view", "", "draw only view `NAME`: "+strings.Join(viewNames(render.Views), ", ")+" (default: all)")
	f.StringVar(&o.theme, "theme", render.Themes[0], "colour `SCHEME`: "+strings.Join(render.Themes, ", "))
	f.StringVar(&o.format, "format", "svg", "output `FORMAT`: svg (for png or pdf, convert the SVG)")
	f.BoolVar(&o.check, "check", false, "write nothing; list the pictures that are missing or would change, and exit 1 if any")
	return cmd
}

func (e *env) render(args []string, o renderOptions) error {
	views, err := checkRenderFlags(o)
	if err != nil {
		return err
	}
	dests, err := destinations(args, views, o)
	if err != nil {
		return err
	}
	code := exitOK
	dirs := map[string]error{} // output directories made, or the reason they could not be
	for i, arg := range args {
		j, diags, c := e.load(arg)
		render.DiagnosticsText(e.stderr, diags)
		code = max(code, c)
		if j == nil {
			continue
		}
		m := render.Measured{Journey: j, Figures: blueprint.Measure(j)}
		for k, v := range views {
			data, dest := v.Draw(m, o.theme), dests[i][k]
			var err error
			switch {
			case dest == toStdout:
				if _, werr := e.stdout.Write(data); werr != nil {
					err = fmt.Errorf("cannot write standard output: %w", werr)
				}
			case o.check:
				var stale bool
				if stale, err = isStale(dest, data); stale {
					fmt.Fprintln(e.stdout, dest)
					code = max(code, exitProblems)
				}
			case o.output != "":
				dir := filepath.Dir(dest)
				derr, done := dirs[dir]
				if !done {
					if derr = os.MkdirAll(dir, 0o755); derr != nil {
						derr = fmt.Errorf("cannot write %s: %w", dir, unwrapPath(derr))
						fmt.Fprintf(e.stderr, "blueprint: %v\n", derr)
						code = max(code, exitProblems)
					}
					dirs[dir] = derr
				}
				if derr == nil {
					err = writeIfChanged(dest, data)
				}
			default:
				err = writeIfChanged(dest, data)
			}
			if err != nil {
				fmt.Fprintf(e.stderr, "blueprint: %v\n", err)
				code = max(code, exitProblems)
			}
		}
	}
	if code != exitOK {
		return &exitError{code: code}
	}
	return nil
}

// checkRenderFlags validates the flags that do not depend on the inputs,
// and returns the views to draw.
func checkRenderFlags(o renderOptions) ([]render.View, error) {
	views := render.Views
	if o.view != "" {
		if err := oneOf("view", o.view, viewNames(render.Views)...); err != nil {
			return nil, err
		}
		for _, v := range render.Views {
			if v.Name == o.view {
				views = []render.View{v}
			}
		}
	}
	if err := oneOf("theme", o.theme, render.Themes...); err != nil {
		return nil, err
	}
	if err := oneOf("format", o.format, "svg", "png", "pdf"); err != nil {
		return nil, err
	}
	if o.format != "svg" {
		return nil, usageErrorf("--format %s is not available yet: write svg and convert it, e.g. rsvg-convert -f %s NAME%s",
			o.format, o.format, views[0].Suffix)
	}
	return views, nil
}

// destinations returns, for each input and each view, the path the picture
// is written to, or toStdout. It refuses what cannot be done: one file or
// standard output for several pictures, standard input under --check, or
// two pictures written to the same place.
func destinations(args []string, views []render.View, o renderOptions) ([][]string, error) {
	one := len(args) == 1 && len(views) == 1
	stdin := false
	for _, arg := range args {
		stdin = stdin || arg == "-"
	}
	switch {
	case o.output == toStdout && o.check:
		return nil, usageErrorf("--check compares files on disk and -o - writes to standard output: drop -o - or --check")
	case o.check && stdin:
		return nil, usageErrorf("--check compares files on disk and standard input has no file to compare: name the journey file instead of -")
	case o.output == toStdout && !one:
		return nil, usageErrorf("-o - writes one picture to standard output: give one input and one --view (%s), or -o DIR", orList(viewNames(views)))
	case isSVGFile(o.output) && !one:
		return nil, usageErrorf("-o %s names one file: give one input and one --view (%s), or -o DIR", o.output, orList(viewNames(views)))
	case o.output == "" && stdin && len(views) != 1:
		var files []string
		for _, v := range views {
			files = append(files, "DIR/stdin"+v.Suffix)
		}
		return nil, usageErrorf("standard input has no file to write beside: give -o DIR to write %s, or one --view (%s) to write to standard output",
			strings.Join(files, ", "), orList(viewNames(views)))
	}
	dests := make([][]string, len(args))
	from := map[string]string{} // destination -> the input written there
	for i, arg := range args {
		name := "stdin"
		if arg != "-" {
			name = filepath.Base(arg)
			if ext := filepath.Ext(name); ext == ".yaml" || ext == ".yml" {
				name = strings.TrimSuffix(name, ext)
			}
		}
		for _, v := range views {
			var dest string
			switch {
			case o.output == toStdout, o.output == "" && arg == "-":
				dest = toStdout
			case isSVGFile(o.output):
				dest = o.output
			case o.output != "":
				dest = filepath.Join(o.output, name+v.Suffix)
			default:
				dest = filepath.Join(filepath.Dir(arg), name+v.Suffix)
			}
			if prev, ok := from[dest]; ok {
				where := dest
				if dest == toStdout {
					where = "standard output"
				}
				return nil, usageErrorf("%s and %s would both be written to %s: render them separately, or with different -o directories", prev, arg, where)
			}
			from[dest] = arg
			dests[i] = append(dests[i], dest)
		}
	}
	return dests, nil
}

// isSVGFile reports whether -o names one file rather than a directory.
func isSVGFile(output string) bool {
	return strings.EqualFold(filepath.Ext(output), ".svg")
}

// writeIfChanged writes data to path atomically, unless path already holds
// exactly data: an unchanged picture keeps its modification time.
func writeIfChanged(path string, data []byte) error {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return nil
	}
	return writeFileAtomic(path, data)
}

// isStale reports whether the file at path is missing or differs from data.
// A file that exists but cannot be read is an error.
func isStale(path string, data []byte) (bool, error) {
	old, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return true, nil
	}
	if err != nil {
		return false, fmt.Errorf("cannot read %s: %w", path, unwrapPath(err))
	}
	return !bytes.Equal(old, data), nil
}

// viewNames returns the names of views, in order.
func viewNames(views []render.View) []string {
	names := make([]string, len(views))
	for i, v := range views {
		names[i] = v.Name
	}
	return names
}

// orList joins words as "a", "a or b", "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}
