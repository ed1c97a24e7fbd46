package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"golang.org/x/term"
)

// colorEnv sets the default of --color, for a whole session or a CI job.
const colorEnv = "BLUEPRINT_COLOR"

// colorWhens are the values of --color; the first is the default.
var colorWhens = []string{"auto", "always", "never"}

// look is how diagnostics are written to standard error.
type look struct {
	excerpt bool // the source line and a caret under each diagnostic
	colour  bool // ANSI colours
}

// lookFor decides the look of diagnostics from --color: "auto" gives
// excerpts when standard error is a terminal, in colour unless NO_COLOR is
// set (https://no-color.org); "always" gives them, in colour, wherever the
// output goes (an explicit choice wins over NO_COLOR); "never" one plain
// line per diagnostic, which is also what auto writes to a pipe or a file.
func (e *env) lookFor(when string) look {
	switch when {
	case "always":
		return look{excerpt: true, colour: true}
	case "never":
		return look{}
	}
	if !e.terminal(e.stderr) {
		return look{}
	}
	return look{excerpt: true, colour: e.getenv("NO_COLOR") == ""}
}

// terminal reports whether w is a terminal that can take the escape
// sequences of colours and of a progress bar.
func (e *env) terminal(w io.Writer) bool {
	return isTerminal(w) && e.getenv("TERM") != "dumb"
}

// isTerminal reports whether w is a terminal, of any kind.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// terminalWidth returns the number of columns of w when it is a terminal,
// for text that fits it, and 0, no limit, when it is not: piped or
// redirected, the text is the same whatever terminal the command runs in.
func terminalWidth(w io.Writer) int {
	f, ok := w.(*os.File)
	if !ok {
		return 0
	}
	columns, _, err := term.GetSize(int(f.Fd()))
	if err != nil {
		return 0
	}
	return columns
}

// binaryFormats are the formats whose bytes are not text.
var binaryFormats = []string{"png", "pdf", "xlsx"}

// refuseBinaryToTerminal refuses, as a usage error, to write format to
// standard output when it is binary and standard output is a terminal (even
// a dumb one), where the bytes would garble the screen; command names the
// command in the message. Piped or redirected, the bytes go through.
func (e *env) refuseBinaryToTerminal(command, format string) error {
	if !slices.Contains(binaryFormats, format) || !isTerminal(e.stdout) {
		return nil
	}
	view := "| display, " // a picture can be piped to a viewer; a workbook only to a file
	if format == "xlsx" {
		view = ""
	}
	return usageErrorf("%s --format %s would write binary %s to the terminal: write -o FILE.%s, or pipe it (%s> out.%s)",
		command, format, strings.ToUpper(format), format, view, format)
}

// progressAfter is the number of files from which a batch shows progress.
const progressAfter = 8

// progress draws "render [########            ] 12/40" on one line of a
// terminal, redrawn in place, and erases it when done. It is drawn only
// when standard error is a terminal and the batch is long; otherwise every
// method does nothing, so a pipe or a log gets no trace of it.
type progress struct {
	w     io.Writer // nil when not shown
	label string
	total int
	drawn bool      // the line is on the screen
	done  int       // the count drawn
	last  time.Time // when it was drawn
}

func (e *env) progress(label string, total int) *progress {
	p := &progress{label: label, total: total}
	if total > progressAfter && e.terminal(e.stderr) {
		p.w = e.stderr
	}
	return p
}

// barWidth is the width of the bar between its brackets.
const barWidth = 30

// update shows that done of total are finished, at most 20 times a second
// (the last one always).
func (p *progress) update(done int) {
	if p.w == nil || done == p.done && p.drawn || done < p.total && time.Since(p.last) < 50*time.Millisecond {
		return
	}
	filled := barWidth * done / p.total
	fmt.Fprintf(p.w, "\r%s [%s%s] %d/%d", p.label, strings.Repeat("#", filled), strings.Repeat(" ", barWidth-filled), done, p.total)
	p.drawn, p.done, p.last = true, done, time.Now()
}

// clear erases the bar, before other output and at the end.
func (p *progress) clear() {
	if p.w == nil || !p.drawn {
		return
	}
	fmt.Fprint(p.w, "\r\x1b[K")
	p.drawn = false
}
