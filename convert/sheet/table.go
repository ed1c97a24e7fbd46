package sheet

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/blueprint-tool/blueprint/blueprint"
)

// The limits of what a table may hold, so that a hostile file is refused
// before it costs much time or memory. A journey file is at most
// blueprint.MaxSize bytes (4 MiB), which journeyfile.ReadFile enforces for
// every input of import, a table included.
const (
	// MaxRows is the largest row number a sheet or CSV table may use:
	// ten thousand steps is far beyond any journey drawn.
	MaxRows = 10_000
	// MaxCell is the most characters a cell may hold, as in Excel.
	MaxCell = 32_767
	// MaxText is the most text, in bytes, all the cells read may hold
	// together: a workbook's shared strings can repeat one long text in
	// many cells.
	MaxText = 16 << 20
	// MaxUnzip is the most bytes a workbook may inflate to.
	MaxUnzip = 64 << 20
	// MaxPart is the most bytes one XML part of a workbook may inflate
	// to.
	MaxPart = 16 << 20
)

// rowSpan is the room each sheet has in a node's Line: Line is sheet ×
// rowSpan + row, so that positions sort by sheet, then row.
const rowSpan = 1 << 20

// A cell is the text of one cell and where it stands.
type cell struct {
	row, col int
	text     string
}

// A table is the non-empty rows of a sheet (or of a CSV file), each a list
// of its cells, empty ones included up to the last non-empty one.
type table struct {
	sheet int    // the sheet's index in a node's Line (0 in a CSV file)
	name  string // the sheet's name, "" in a CSV file
	rows  [][]cell
}

// reader reads the tables of one file, collecting diagnostics.
type reader struct {
	file   string
	sheets []string // the name of each sheet index, "" for a CSV file's
	diags  blueprint.Diagnostics
	text   int // bytes of text read so far
}

// pos returns the position of a cell of sheet index sheet.
func (r *reader) pos(sheet, row, col int) blueprint.Pos {
	return blueprint.Pos{File: r.file, Line: row, Col: col, Sheet: r.sheets[sheet]}
}

// place turns a node's Line and Column back into the cell they stand for.
func (r *reader) place(line, col int) blueprint.Pos {
	sheet, row := line/rowSpan, line%rowSpan
	if sheet >= len(r.sheets) {
		return blueprint.Pos{File: r.file}
	}
	return r.pos(sheet, row, col)
}

func (r *reader) errorf(sheet, row, col int, format string, args ...any) {
	r.diags = append(r.diags, blueprint.Diagnostic{Pos: r.pos(sheet, row, col), Severity: blueprint.Error, Message: fmt.Sprintf(format, args...)})
}

// fileError reports a problem of the whole file.
func (r *reader) fileError(format string, args ...any) {
	r.diags = append(r.diags, blueprint.Diagnostic{Pos: blueprint.Pos{File: r.file}, Severity: blueprint.Error, Message: fmt.Sprintf(format, args...)})
}

// addRow adds row number n, its cells' texts, to t, unless it is empty;
// it returns false when a limit is passed (reported), and reading stops.
func (r *reader) addRow(t *table, n int, texts []string) bool {
	if n > MaxRows {
		r.errorf(t.sheet, n, 1, "the %s has rows beyond row %d, the most import reads: a journey of more than %d steps is not drawn; remove the rows below", r.what(t), MaxRows, MaxRows-1)
		return false
	}
	last := -1
	for i, s := range texts {
		if utf8.RuneCountInString(s) > MaxCell {
			r.errorf(t.sheet, n, i+1, "this cell holds %d characters, more than the %d a cell may hold: shorten it", utf8.RuneCountInString(s), MaxCell)
			return false
		}
		if r.text += len(s); r.text > MaxText {
			r.errorf(t.sheet, n, i+1, "the file holds more than %d MiB of text by this cell, more than import reads: a journey is far shorter", MaxText>>20)
			return false
		}
		if strings.TrimSpace(s) != "" {
			last = i
		}
	}
	if last >= 0 {
		cells := make([]cell, last+1)
		for i := range cells {
			cells[i] = cell{n, i + 1, texts[i]}
		}
		t.rows = append(t.rows, cells)
	}
	return true
}

// what names the table of t in messages.
func (r *reader) what(t *table) string {
	if t.name == "" {
		return "table"
	}
	return "sheet " + t.name
}
