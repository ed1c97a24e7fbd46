package blueprint

import (
	"cmp"
	"fmt"
	"sort"
)

// Pos is a place in a journey file. Line and Col are 1-based; a zero Line
// means the problem concerns the whole file.
//
// In a workbook, Sheet names the sheet, Line is the row and Col the column
// (1 is A) of the cell.
type Pos struct {
	File  string
	Line  int
	Col   int
	Sheet string // the sheet of a workbook cell; "" in a text file
}

// String formats the position as FILE:LINE:COL, FILE:SHEET!CELL in a
// workbook, or FILE alone when the position has no line.
func (p Pos) String() string {
	switch {
	case p.Line == 0:
		return p.File
	case p.Sheet != "":
		return fmt.Sprintf("%s:%s!%s%d", p.File, p.Sheet, ColumnName(p.Col), p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// ColumnName returns the letters of a spreadsheet's column n: A for 1, Z
// for 26, AA for 27.
func ColumnName(n int) string {
	var b []byte
	for ; n > 0; n = (n - 1) / 26 {
		b = append([]byte{byte('A' + (n-1)%26)}, b...)
	}
	return string(b)
}

// compare orders two positions of a file by sheet (of a workbook), line,
// then column: -1, 0 or 1.
func (p Pos) compare(o Pos) int {
	if c := cmp.Compare(p.Sheet, o.Sheet); c != 0 {
		return c
	}
	if c := cmp.Compare(p.Line, o.Line); c != 0 {
		return c
	}
	return cmp.Compare(p.Col, o.Col)
}

// Severity tells an error, which stops a file from being drawn, from a
// warning, which does not (unless the user asks to be strict); a notice is
// a review finding worth a look that fails nothing unless asked to.
type Severity int

// The severities, in the order they are reported at one position.
const (
	Error Severity = iota
	Warning
	Notice
)

// String returns "error", "warning" or "notice", as the diagnostics and
// the findings print it.
func (s Severity) String() string {
	return [...]string{Error: "error", Warning: "warning", Notice: "notice"}[s]
}

// Diagnostic is one problem found in a journey file.
type Diagnostic struct {
	Pos      Pos
	Severity Severity
	Message  string
}

// String formats the diagnostic as FILE:LINE:COL: SEVERITY: MESSAGE.
func (d Diagnostic) String() string {
	return fmt.Sprintf("%s: %s: %s", d.Pos, d.Severity, d.Message)
}

// Diagnostics is a list of problems, usually those of one file.
type Diagnostics []Diagnostic

// HasErrors reports whether any diagnostic is an error.
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Sort orders the diagnostics by line and column; at one position errors
// come before warnings, and otherwise the order of discovery is kept.
func (ds Diagnostics) Sort() {
	sort.SliceStable(ds, func(i, j int) bool {
		if c := ds[i].Pos.compare(ds[j].Pos); c != 0 {
			return c < 0
		}
		return ds[i].Severity < ds[j].Severity
	})
}
