package mermaid

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A line is a line of the diagram: its text, without the line break, its
// number in the file and the characters before text on that line in the
// file (the indentation of a Markdown block).
type line struct {
	text   string
	num    int
	indent int
}

// at returns the place of the byte offset off of l.text in the file.
func (l line) at(off int) pos {
	return pos{line: l.num, col: l.indent + utf8.RuneCountInString(l.text[:off]) + 1}
}

// rest returns the line from byte offset off on, its place kept.
func (l line) rest(off int) line {
	return line{text: l.text[off:], num: l.num, indent: l.indent + utf8.RuneCountInString(l.text[:off])}
}

// splitLines splits text into its lines, a "\r" before a line break
// dropped.
func splitLines(text string) []line {
	var lines []line
	for n := 1; ; n++ {
		t, after, more := strings.Cut(text, "\n")
		if more || t != "" {
			lines = append(lines, line{text: strings.TrimSuffix(t, "\r"), num: n})
		}
		if !more {
			return lines
		}
		text = after
	}
}

// checkLines reports a line longer than MaxLine and every control
// character of the diagram's lines; it tells whether there was none.
func (r *reader) checkLines(lines []line) bool {
	ok := true
	for _, l := range lines {
		if len(l.text) > MaxLine {
			r.errorf(l.at(0), "line %d is longer than %d KiB, the limit for one line of a diagram: break it into several tasks", l.num, MaxLine>>10)
			return false
		}
		for off, c := range l.text {
			if c != '\t' && (unicode.IsControl(c) || c == '\uFEFF') {
				r.errorf(l.at(off), "a control character (U+%04X) cannot stand in a diagram: remove it", c)
				ok = false
				break
			}
		}
	}
	return ok
}
