package blueprint

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

// ANSI styles of the excerpt format, as compilers colour their messages.
const (
	styleBold    = "\x1b[1m"
	styleError   = "\x1b[1;31m"
	styleWarning = "\x1b[1;35m"
	styleCaret   = "\x1b[1;32m"
	styleGutter  = "\x1b[2m"
	styleReset   = "\x1b[0m"
)

// excerptWidth is the most characters of a source line an excerpt shows;
// a longer line is cut around the column, with "…" where it was cut.
const excerptWidth = 120

// WriteExcerpt writes the diagnostics of one file for a person at a
// terminal: each one as WriteText writes it, followed by the line of src
// it points at and a caret under its column.
//
//	ikea.yaml:5:5: error: unknown key "titel" in step 1; did you mean "title"?
//	   5 |     titel: One
//	     |     ^
//
// Columns count characters, as the diagnostics do; a tab before the column
// is repeated under it so that the caret lines up however wide the terminal
// draws tabs. Control characters of the file are shown as "�", so a file
// cannot drive the terminal. colour adds ANSI colours: the position in bold,
// errors red, warnings magenta, the caret green. A diagnostic without a
// line (the whole file) gets no excerpt.
func (ds Diagnostics) WriteExcerpt(w io.Writer, src []byte, colour bool) error {
	style := func(s, text string) string {
		if !colour {
			return text
		}
		return s + text + styleReset
	}
	lines := splitLines(string(src))
	width := 1
	for _, d := range ds {
		width = max(width, len(fmt.Sprint(d.Pos.Line)))
	}
	var b strings.Builder
	for _, d := range ds {
		severity := styleError
		if d.Severity == Warning {
			severity = styleWarning
		}
		// the line of Diagnostic.String, each part in its colour
		fmt.Fprintf(&b, "%s %s %s\n", style(styleBold, d.Pos.String()+":"), style(severity, d.Severity.String()+":"), style(styleBold, printable(d.Message)))
		if d.Pos.Line < 1 || d.Pos.Line > len(lines) {
			continue
		}
		line, col := excerpt([]rune(lines[d.Pos.Line-1]), max(d.Pos.Col, 1)-1)
		var pad strings.Builder
		for _, c := range line[:min(col, len(line))] {
			if c == '\t' {
				pad.WriteRune('\t')
			} else {
				pad.WriteRune(' ')
			}
		}
		pad.WriteString(strings.Repeat(" ", max(col-len(line), 0)))
		fmt.Fprintf(&b, "%s %s\n", style(styleGutter, fmt.Sprintf("%*d |", width+2, d.Pos.Line)), string(line))
		fmt.Fprintf(&b, "%s %s%s\n", style(styleGutter, fmt.Sprintf("%*s |", width+2, "")), pad.String(), style(styleCaret, "^"))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// excerpt returns the printable part of line to show and the index of col
// in it: the whole line, or excerptWidth characters around col.
func excerpt(line []rune, col int) ([]rune, int) {
	start, end := 0, len(line)
	if len(line) > excerptWidth {
		start = max(0, min(col-excerptWidth/2, len(line)-excerptWidth))
		end = start + excerptWidth
	}
	out := make([]rune, 0, end-start+2)
	at := col - start
	if start > 0 {
		out = append(out, '…')
		at++
	}
	for _, c := range line[start:end] {
		if c != '\t' && (unicode.IsControl(c) || c == '\u2028' || c == '\u2029') {
			c = '\uFFFD'
		}
		out = append(out, c)
	}
	if end < len(line) {
		out = append(out, '…')
	}
	return out, at
}

// printable replaces the control characters of a message, which may quote
// the file, so that it cannot drive the terminal.
func printable(s string) string {
	return strings.Map(func(c rune) rune {
		if unicode.IsControl(c) {
			return '\uFFFD'
		}
		return c
	}, s)
}
