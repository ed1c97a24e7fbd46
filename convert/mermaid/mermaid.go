package mermaid

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/convert"
)

// The limits of a diagram Read accepts, beyond blueprint.MaxSize for the
// whole file: real journey diagrams have a few dozen tasks on short lines.
const (
	MaxLine  = 16 << 10 // bytes on one line of the diagram
	MaxTasks = 10000    // tasks in one diagram
	MaxLines = 200000   // lines of the file, a Markdown file's included
)

// Read reads the Mermaid journey diagram in data, read from file, as the
// source of a journey, or returns the problems found at their lines.
//
// A file named .md or .markdown is Markdown, and its first ```mermaid
// block that holds a journey is read; a file named .mmd or .mermaid is the
// diagram itself; any other name (standard input) is Markdown when it has a
// ```mermaid fence, else the diagram itself.
func Read(file string, data []byte) (convert.Source, blueprint.Diagnostics) {
	r := &reader{file: file}
	if len(data) > blueprint.MaxSize {
		r.errorf(pos{}, "the file is larger than %d MiB, the limit for one journey: split it into several diagrams", blueprint.MaxSize>>20)
		return convert.Source{}, r.diags
	}
	if !utf8.Valid(data) {
		r.errorf(invalidUTF8(data), "the file is not valid UTF-8 text: save it as UTF-8")
		return convert.Source{}, r.diags
	}
	text := strings.TrimPrefix(string(data), "\uFEFF")
	if strings.Count(text, "\n") >= MaxLines {
		r.errorf(pos{line: MaxLines + 1, col: 1}, "the file has more than %d lines, the limit for a file import reads: put the diagram in a file of its own", MaxLines)
		return convert.Source{}, r.diags
	}
	all := splitLines(text)
	lines, ok := all, true
	if isMarkdown(file, all) {
		lines, ok = r.markdownBlock(all)
	}
	var d *diagram
	if ok && r.checkLines(lines) {
		d = r.parse(lines)
	}
	if d == nil || r.diags.HasErrors() {
		r.diags.Sort()
		return convert.Source{}, r.diags
	}
	doc := r.build(d)
	r.diags.Sort()
	return convert.Source{Doc: doc}, r.diags
}

// isMarkdown tells whether the file is Markdown by its name, or, for a
// name that does not tell, by a ```mermaid fence in it.
func isMarkdown(file string, lines []line) bool {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".md", ".markdown":
		return true
	case ".mmd", ".mermaid":
		return false
	}
	for _, l := range lines {
		if f, ok := openingFence(l.text); ok && f.mermaid {
			return true
		}
	}
	return false
}

// A reader collects the problems of one file.
type reader struct {
	file  string
	diags blueprint.Diagnostics
}

// A pos is a line and a column (counting characters) of the file; a zero
// line is the whole file.
type pos struct{ line, col int }

func (r *reader) report(sev blueprint.Severity, at pos, format string, args ...any) {
	r.diags = append(r.diags, blueprint.Diagnostic{
		Pos:      blueprint.Pos{File: r.file, Line: at.line, Col: at.col},
		Severity: sev, Message: fmt.Sprintf(format, args...)})
}

func (r *reader) errorf(at pos, format string, args ...any) {
	r.report(blueprint.Error, at, format, args...)
}

func (r *reader) warnf(at pos, format string, args ...any) {
	r.report(blueprint.Warning, at, format, args...)
}

// invalidUTF8 returns the place of the first byte of data that is not
// UTF-8.
func invalidUTF8(data []byte) pos {
	at := pos{line: 1, col: 1}
	for len(data) > 0 {
		c, size := utf8.DecodeRune(data)
		if c == utf8.RuneError && size <= 1 {
			return at
		}
		if c == '\n' {
			at.line, at.col = at.line+1, 1
		} else {
			at.col++
		}
		data = data[size:]
	}
	return at
}
