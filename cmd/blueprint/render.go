package main

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/journeyfile"
	"github.com/blueprint-tool/blueprint/render"
	"github.com/blueprint-tool/blueprint/render/theme"
	"github.com/spf13/cobra"
)

// renderOptions are the flags of render.
type renderOptions struct {
	output   string // -o: "" beside each input, "-" standard output, *.svg|png|pdf one file, else a directory
	view     string // "" for every view
	theme    string
	format   string
	check    bool
	findings bool   // mark the review findings on the pictures
	path     string // draw the journey as lived on this path; "" the whole journey
}

// toStdout is the destination of a picture written to standard output.
const toStdout = "-"

func newRender(e *env) *cobra.Command {
	var o renderOptions
	first, svg := journeyfile.Views[0], journeyfile.Formats[0]
	var files []string
	for _, v := range journeyfile.Views {
		files = append(files, "NAME"+journeyfile.Suffix(v, svg))
	}
	cmd := &cobra.Command{
		Use:   "render FILE...",
		Short: "Draw journeys as SVG, PNG or PDF: " + strings.Join(journeyfile.Views, ", "),
		Long: fmt.Sprintf(`render draws every journey in each view and writes it beside the journey as
%s, NAME being the file name without its extension (.yaml, .yml, .json...).
--view draws one view only.

-o DIR writes under DIR instead (created if missing); -o FILE.svg (or .png,
.pdf) writes one file and -o - standard output, both for one input and one
--view. PNG and PDF are not written to a terminal (exit 2): give -o FILE or
pipe them.

A directory stands for every .yaml and .yml file below it (hidden ones left
out), and a quoted pattern such as 'journeys/**/*.yaml' for the files it
matches; under -o DIR, such a file keeps its place below the directory.
Files are drawn on every core at once; what is written, and in what order,
does not depend on which finishes first. At a terminal, more than 8 files
show a progress bar.

"-" as an input reads standard input; its picture goes to standard output
when one view is drawn, or to DIR/stdin%s with -o DIR.

Success is silent. A file is replaced atomically (written to a temporary file,
then renamed), and left untouched when its content would not change.
Diagnostics go to standard error as check prints them; warnings do not stop
the drawing. A journey with errors gets nothing written, its old pictures
stay as they were, and the other files are still drawn.

--path ID draws the journey as lived on path ID of its paths: alone, as
NAME.ID.VIEW.svg beside the pictures of the whole journey; a file without
that path is a command-line error (exit 2), and the other files are still
drawn.

--check writes nothing: it prints the path of every picture that is missing
or would change, one per line, and exits 1 if there is one.

--format png draws NAME.VIEW.png instead, at twice the SVG's size (sharp on
a projector), and --format pdf NAME.VIEW.pdf, one page at 96 pixels to the
inch; both with the same fonts and colours as the SVG. -o FILE.png implies
--format png.

Exit codes: 0 fine, 1 the input has errors, a picture is stale under --check
or a file cannot be written, 2 the command line is wrong or a file cannot be
read.`, strings.Join(files, ", "), journeyfile.Suffix(first, svg)),
		Example: fmt.Sprintf(`  blueprint render examples/*.yaml
  blueprint render journeys/
  blueprint render --theme dark -o site/img journeys/*.yaml
  blueprint render --view %s -o - examples/ikea-bus.yaml > ikea.svg
  blueprint render --check -o site/img journeys/*.yaml`, first),
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if o.format, err = outputFormat(o.output, o.format, journeyfile.Formats); err != nil {
				return err
			}
			return e.render(args, o)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.output, "output", "o", "", "write under directory `DIR`, to one FILE.svg, or - for standard output (default: beside each input)")
	f.StringVar(&o.view, "view", "", "draw only view `NAME`: "+strings.Join(journeyfile.Views, ", ")+" (default: all)")
	f.StringVar(&o.theme, "theme", theme.Names[0], "colour `SCHEME`: "+strings.Join(theme.Names, ", "))
	formatFlag(cmd, &o.format, journeyfile.Formats)
	f.BoolVar(&o.findings, "findings", false, "mark the findings of blueprint review on the pictures: a numbered marker at each step and their texts in a list")
	pathFlag(cmd, &o.path, "draw")
	f.BoolVar(&o.check, "check", false, "write nothing; list the pictures that are missing or would change, and exit 1 if any")
	return cmd
}

func (e *env) render(args []string, o renderOptions) error {
	views, err := checkRenderFlags(o)
	if err != nil {
		return err
	}
	ins, _ := e.inputs(args)
	dests, err := destinations(ins, views, o)
	if err != nil {
		return err
	}
	if slices.ContainsFunc(dests, func(d []string) bool { return slices.Contains(d, toStdout) }) {
		if err := e.refuseBinaryToTerminal("render", o.format); err != nil {
			return err
		}
	}
	code := exitOK
	dirs := &outputDirs{made: map[string]*outputDir{}}
	bar := e.progress("render", len(ins))
	draw := func(i int) drawn { return e.draw(ins[i], views, dests[i], o, dirs) }
	inOrder(len(ins), workers(), draw, func(i int, d drawn) {
		if d.err != nil || len(d.diags) > 0 || d.printsAnything() {
			bar.clear()
		}
		e.report(d.loaded)
		code = max(code, d.code())
		for _, p := range d.pictures {
			if p.note != "" && p.err == nil {
				fmt.Fprintf(e.stderr, "blueprint: %s: %s\n", cmp.Or(p.dest, "<stdout>"), p.note)
			}
			var err error
			switch {
			case p.stdout != nil:
				if _, werr := e.stdout.Write(p.stdout); werr != nil {
					err = fmt.Errorf("cannot write standard output: %w", werr)
				}
			case p.stale:
				fmt.Fprintln(e.stdout, p.dest)
				code = max(code, exitProblems)
			case p.dir != nil:
				if !p.dir.reported {
					fmt.Fprintf(e.stderr, "blueprint: %v\n", p.dir.err)
					p.dir.reported = true
				}
				code = max(code, exitProblems)
			}
			if err = cmp.Or(err, p.err); err != nil {
				fmt.Fprintf(e.stderr, "blueprint: %v\n", err)
				code = max(code, exitProblems)
			}
		}
		bar.update(i + 1)
	})
	bar.clear()
	if code != exitOK {
		return &exitError{code: code}
	}
	return nil
}

// drawn is what became of one input under render: the input loaded, and
// each of its pictures.
type drawn struct {
	loaded
	pictures []picture
}

// picture is what became of one view of an input.
type picture struct {
	dest   string
	stdout []byte     // the picture, to be written to standard output
	stale  bool       // --check: dest is missing or differs
	note   string     // what the user should be told about the picture
	dir    *outputDir // the directory of dest could not be made
	err    error
}

// printsAnything reports whether emitting d writes to a terminal line.
func (d drawn) printsAnything() bool {
	for _, p := range d.pictures {
		if p.stdout != nil || p.stale || p.dir != nil || p.err != nil || p.note != "" {
			return true
		}
	}
	return false
}

// draw loads one input, draws its views, and writes or compares them. It
// runs on any goroutine, beside others: it writes nothing to standard
// output or error, but says what to write in what it returns.
func (e *env) draw(in input, views []render.View, dests []string, o renderOptions, dirs *outputDirs) drawn {
	d := drawn{loaded: e.loadAlong(in, o.path)}
	if d.journey == nil {
		return d
	}
	m := blueprint.Measure(d.journey)
	var opts render.Options
	if o.findings {
		opts.Findings = blueprint.Review(m)
	}
	for k, v := range views {
		pic, err := v.Picture(m, opts, o.theme, o.format)
		data := pic.Data
		p := picture{dest: dests[k], note: pic.Note}
		switch {
		case err != nil:
			p.err = err
		case p.dest == toStdout:
			p.stdout = data
		case o.check:
			p.stale, p.err = isStale(p.dest, data)
		case o.output != "":
			if dir := dirs.make(filepath.Dir(p.dest)); dir.err != nil {
				p.dir = dir
			} else {
				p.err = writeIfChanged(p.dest, data)
			}
		default:
			p.err = writeIfChanged(p.dest, data)
		}
		d.pictures = append(d.pictures, p)
	}
	return d
}

// outputDirs makes the directories pictures are written to under -o, each
// once, whichever goroutine needs it first.
type outputDirs struct {
	mu   sync.Mutex
	made map[string]*outputDir
}

// outputDir is a directory made, or the reason it could not be.
type outputDir struct {
	once     sync.Once
	err      error
	reported bool // the error was printed; only the emitting goroutine reads or sets it
}

func (ds *outputDirs) make(path string) *outputDir {
	ds.mu.Lock()
	d, ok := ds.made[path]
	if !ok {
		d = &outputDir{}
		ds.made[path] = d
	}
	ds.mu.Unlock()
	d.once.Do(func() {
		if err := os.MkdirAll(path, 0o755); err != nil {
			d.err = fmt.Errorf("cannot write %s: %w", path, journeyfile.WithoutPath(err))
		}
	})
	return d
}

// checkRenderFlags validates the flags that do not depend on the inputs,
// and returns the views to draw.
func checkRenderFlags(o renderOptions) ([]render.View, error) {
	views := render.Views
	if o.view != "" {
		if err := oneOf("view", o.view, journeyfile.Views...); err != nil {
			return nil, err
		}
		for _, v := range render.Views {
			if v.Name == o.view {
				views = []render.View{v}
			}
		}
	}
	if err := oneOf("theme", o.theme, theme.Names...); err != nil {
		return nil, err
	}
	return views, nil
}

// destinations returns, for each input and each view, the path the picture
// is written to, or toStdout. It refuses what cannot be done: one file or
// standard output for several pictures, standard input under --check, or
// two pictures written to the same place.
func destinations(ins []input, views []render.View, o renderOptions) ([][]string, error) {
	one := len(ins) == 1 && len(views) == 1
	stdin := false
	for _, in := range ins {
		stdin = stdin || in.Path == journeyfile.Stdin
	}
	switch {
	case o.output == toStdout && o.check:
		return nil, usageErrorf("--check compares files on disk and -o - writes to standard output: drop -o - or --check")
	case o.check && stdin:
		return nil, usageErrorf("--check compares files on disk and standard input has no file to compare: name the journey file instead of -")
	case o.output == toStdout && !one:
		return nil, usageErrorf("-o - writes one picture to standard output: give one input and one --view (%s), or -o DIR", orList(viewNames(views)))
	case isPictureFile(o.output) && !one:
		return nil, usageErrorf("-o %s names one file: give one input and one --view (%s), or -o DIR", o.output, orList(viewNames(views)))
	case o.output == "" && stdin && len(views) != 1:
		var files []string
		for _, v := range views {
			files = append(files, "DIR/stdin"+journeyfile.Suffix(v.Name, o.format))
		}
		return nil, usageErrorf("standard input has no file to write beside: give -o DIR to write %s, or one --view (%s) to write to standard output",
			strings.Join(files, ", "), orList(viewNames(views)))
	}
	dests := make([][]string, len(ins))
	from := map[string]string{} // destination -> the input written there
	for i, in := range ins {
		if in.Err != nil {
			continue // reported when it is its turn
		}
		arg := in.Path
		name := "stdin"
		if arg != journeyfile.Stdin {
			name = pictureName(arg)
		}
		if o.path != "" {
			name += "." + o.path // beside the pictures of the whole journey
		}
		for _, v := range views {
			var dest string
			switch {
			case o.output == toStdout, o.output == "" && arg == journeyfile.Stdin:
				dest = toStdout
			case isPictureFile(o.output):
				dest = o.output
			case o.output != "":
				// a file found in a directory keeps its place below it
				dest = filepath.Join(o.output, filepath.Dir(in.Rel), name+journeyfile.Suffix(v.Name, o.format))
			default:
				dest = filepath.Join(filepath.Dir(arg), name+journeyfile.Suffix(v.Name, o.format))
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

// isPictureFile reports whether -o names one file (NAME.svg, .png or
// .pdf) rather than a directory.
func isPictureFile(output string) bool {
	return journeyfile.FormatOf(output, journeyfile.Formats) != ""
}

// formatFlag declares --format, one of formats, for a command whose -o
// FILE may name the format by its extension. The flag is empty until
// given, and its usage says the default in words (formats[0], or the
// format -o names), which outputFormat applies.
func formatFlag(cmd *cobra.Command, format *string, formats []string) {
	cmd.Flags().StringVar(format, "format", "", "output `FORMAT`: "+strings.Join(formats, ", ")+" (default: "+formats[0]+", or the extension of -o FILE)")
}

// pictureName returns the NAME of the pictures of the journey file path:
// its base name without its extension, whatever that is (json.json draws
// json.blueprint.svg), as check and stats read a file of any name; a name
// that is all extension (.journey) is kept whole.
func pictureName(path string) string {
	base := filepath.Base(path)
	if name := strings.TrimSuffix(base, filepath.Ext(base)); name != "" {
		return name
	}
	return base
}

// outputFormat returns the format a command writes, one of formats: the
// one --format names, or else the one the extension of -o FILE names (-o
// x.png draws a PNG), or else formats[0]. A -o FILE whose extension names
// another of formats than --format is a usage error.
func outputFormat(output, format string, formats []string) (string, error) {
	implied := journeyfile.FormatOf(output, formats)
	switch {
	case implied != "" && format == "":
		return implied, nil
	case implied != "" && implied != format:
		return "", usageErrorf("-o %s names a %s file, but --format is %s: write -o NAME.%s, or --format %s", output, implied, format, format, implied)
	}
	format = cmp.Or(format, formats[0])
	return format, oneOf("format", format, formats...)
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
		return false, fmt.Errorf("cannot read %s: %w", path, journeyfile.WithoutPath(err))
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
