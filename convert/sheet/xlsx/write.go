package xlsx

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxCellChars is the most characters a cell may hold, as in Excel.
const MaxCellChars = 32_767

// A Style is how a cell looks. The zero Style is the default one.
type Style struct {
	Bold   bool
	Fill   string // a solid background colour as RRGGBB, "" for none
	Top    bool   // aligned to the top of the cell
	Wrap   bool   // its text wrapped
	NumFmt int    // a built-in number format (3 #,##0; 9 0%), 0 General
}

// A Book is a workbook being written.
type Book struct {
	// Title and Creator are the document's properties; Time stamps
	// its creation and modification (fixed, for the same bytes).
	Title, Creator string
	Time           time.Time
	// FullCalcOnLoad asks the spreadsheet to recalculate every formula
	// when it opens the book.
	FullCalcOnLoad bool
	sheets         []*Sheet
	styles         []Style // index 0 the default
}

// A Sheet is one sheet of a Book, its cells set by column and row (from 1).
type Sheet struct {
	name   string
	rows   [][]wcell
	widths map[int]float64
	freeze bool
}

// wcell is a cell written: its value (nil, string, float64, bool), its
// formula and its style.
type wcell struct {
	value   any
	formula string
	style   int
}

// NewBook returns an empty book.
func NewBook() *Book { return &Book{styles: []Style{{}}} }

// AddSheet adds a sheet named name after the others.
func (b *Book) AddSheet(name string) (*Sheet, error) {
	if name == "" || utf8.RuneCountInString(name) > 31 || strings.ContainsAny(name, `:\/?*[]`) {
		return nil, fmt.Errorf("%q is not a sheet name: 1 to 31 characters, none of : \\ / ? * [ ]", name)
	}
	for _, s := range b.sheets {
		if strings.EqualFold(s.name, name) {
			return nil, fmt.Errorf("a sheet is named %q already", s.name)
		}
	}
	s := &Sheet{name: name, widths: map[int]float64{}}
	b.sheets = append(b.sheets, s)
	return s, nil
}

// Style returns the id of style st, for SetStyle.
func (b *Book) Style(st Style) int {
	if i := slices.Index(b.styles, st); i >= 0 {
		return i
	}
	b.styles = append(b.styles, st)
	return len(b.styles) - 1
}

func (s *Sheet) at(col, row int) *wcell {
	for len(s.rows) < row {
		s.rows = append(s.rows, nil)
	}
	r := s.rows[row-1]
	for len(r) < col {
		r = append(r, wcell{})
	}
	s.rows[row-1] = r
	return &r[col-1]
}

// Set sets the value of the cell at col, row: a string, a number (any
// integer or float type) or a bool; nil empties it.
func (s *Sheet) Set(col, row int, v any) error {
	if col < 1 || row < 1 {
		return fmt.Errorf("no cell at column %d, row %d", col, row)
	}
	switch x := v.(type) {
	case nil, string, bool:
	case int:
		v = float64(x)
	case int64:
		v = float64(x)
	case float32:
		v = float64(x)
	case float64:
	default:
		return fmt.Errorf("%s of %s: a cell holds text, numbers and truth values, not %T", CellName(col, row), s.name, v)
	}
	s.at(col, row).value = v
	return nil
}

// SetFormula gives the cell at col, row the formula (without "="), with
// cached, its value now, shown until the spreadsheet recalculates.
func (s *Sheet) SetFormula(col, row int, formula string, cached float64) {
	c := s.at(col, row)
	c.formula, c.value = formula, cached
}

// SetStyle gives the cells from col1, row1 to col2, row2 the style id.
func (s *Sheet) SetStyle(col1, row1, col2, row2, id int) {
	for r := row1; r <= row2; r++ {
		for c := col1; c <= col2; c++ {
			s.at(c, r).style = id
		}
	}
}

// SetColWidth sets the width of column col, in characters.
func (s *Sheet) SetColWidth(col int, width float64) { s.widths[col] = width }

// FreezeHeader freezes row 1, so that it stays in view as rows scroll.
func (s *Sheet) FreezeHeader() { s.freeze = true }

// CellName returns the A1 name of the cell at col, row.
func CellName(col, row int) string { return ColumnName(col) + strconv.Itoa(row) }

// ColumnName returns the letters of column col (1 A, 27 AA).
func ColumnName(col int) string {
	var b []byte
	for ; col > 0; col = (col - 1) / 26 {
		b = append(b, byte('A'+(col-1)%26))
	}
	slices.Reverse(b)
	return string(b)
}

// WriteTo writes the book as an .xlsx file.
func (b *Book) WriteTo(w io.Writer) (int64, error) {
	if len(b.sheets) == 0 {
		return 0, errors.New("a workbook has at least one sheet")
	}
	var sheets [][]byte
	for _, s := range b.sheets {
		x, err := s.xml()
		if err != nil {
			return 0, err
		}
		sheets = append(sheets, x)
	}
	cw := &countWriter{w: w}
	z := zip.NewWriter(cw)
	parts := []struct {
		name string
		data []byte
	}{
		{"[Content_Types].xml", b.contentTypes()},
		{"_rels/.rels", []byte(xmlHead + rootRels)},
		{"docProps/app.xml", []byte(xmlHead + appXML)},
		{"docProps/core.xml", b.core()},
		{"xl/workbook.xml", b.workbook()},
		{"xl/_rels/workbook.xml.rels", b.workbookRels()},
		{"xl/styles.xml", b.stylesXML()},
	}
	for i, x := range sheets {
		parts = append(parts, struct {
			name string
			data []byte
		}{fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), x})
	}
	for _, p := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: zipTime})
		if err == nil {
			_, err = f.Write(p.data)
		}
		if err != nil {
			return cw.n, fmt.Errorf("writing %s: %w", p.name, err)
		}
	}
	err := z.Close()
	return cw.n, err
}

// zipTime is every entry's modification time, for the same bytes.
var zipTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const (
	nsMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPkg  = "http://schemas.openxmlformats.org/package/2006/relationships"
)

const rootRels = `<Relationships xmlns="` + nsPkg + `">` +
	`<Relationship Id="rId1" Type="` + nsRel + `/officeDocument" Target="xl/workbook.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="` + nsRel + `/extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

const appXML = `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>blueprint</Application></Properties>`

func (b *Book) contentTypes() []byte {
	var x strings.Builder
	x.WriteString(xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
		`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
		`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
		`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>`)
	for i := range b.sheets {
		fmt.Fprintf(&x, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, i+1)
	}
	x.WriteString(`</Types>`)
	return []byte(x.String())
}

func (b *Book) core() []byte {
	t := b.Time.UTC().Format(time.RFC3339)
	return []byte(xmlHead + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + escape(clean(b.Title)) + `</dc:title><dc:creator>` + escape(clean(b.Creator)) + `</dc:creator>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + t + `</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">` + t + `</dcterms:modified>` +
		`</cp:coreProperties>`)
}

func (b *Book) workbook() []byte {
	var x strings.Builder
	x.WriteString(xmlHead + `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `"><sheets>`)
	for i, s := range b.sheets {
		fmt.Fprintf(&x, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, escape(s.name), i+1, i+1)
	}
	x.WriteString(`</sheets>`)
	if b.FullCalcOnLoad {
		x.WriteString(`<calcPr fullCalcOnLoad="1"/>`)
	}
	x.WriteString(`</workbook>`)
	return []byte(x.String())
}

func (b *Book) workbookRels() []byte {
	var x strings.Builder
	x.WriteString(xmlHead + `<Relationships xmlns="` + nsPkg + `">`)
	for i := range b.sheets {
		fmt.Fprintf(&x, `<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, nsRel, i+1)
	}
	fmt.Fprintf(&x, `<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/></Relationships>`, len(b.sheets)+1, nsRel)
	return []byte(x.String())
}

// stylesXML writes the fonts (regular, bold), fills (the two a workbook
// must have, then one a colour) and a cell format per style.
func (b *Book) stylesXML() []byte {
	var fills []string
	for _, s := range b.styles {
		if s.Fill != "" && !slices.Contains(fills, s.Fill) {
			fills = append(fills, s.Fill)
		}
	}
	var x strings.Builder
	x.WriteString(xmlHead + `<styleSheet xmlns="` + nsMain + `">` +
		`<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>`)
	fmt.Fprintf(&x, `<fills count="%d"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>`, len(fills)+2)
	for _, f := range fills {
		fmt.Fprintf(&x, `<fill><patternFill patternType="solid"><fgColor rgb="FF%s"/><bgColor indexed="64"/></patternFill></fill>`, escape(f))
	}
	x.WriteString(`</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
		`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>`)
	fmt.Fprintf(&x, `<cellXfs count="%d">`, len(b.styles))
	for _, s := range b.styles {
		font, fill := 0, 0
		if s.Bold {
			font = 1
		}
		if s.Fill != "" {
			fill = slices.Index(fills, s.Fill) + 2
		}
		fmt.Fprintf(&x, `<xf numFmtId="%d" fontId="%d" fillId="%d" borderId="0" xfId="0"`, s.NumFmt, font, fill)
		if s.NumFmt != 0 {
			x.WriteString(` applyNumberFormat="1"`)
		}
		if font != 0 {
			x.WriteString(` applyFont="1"`)
		}
		if fill != 0 {
			x.WriteString(` applyFill="1"`)
		}
		if !s.Top && !s.Wrap {
			x.WriteString(`/>`)
			continue
		}
		x.WriteString(` applyAlignment="1"><alignment`)
		if s.Top {
			x.WriteString(` vertical="top"`)
		}
		if s.Wrap {
			x.WriteString(` wrapText="1"`)
		}
		x.WriteString(`/></xf>`)
	}
	x.WriteString(`</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`)
	return []byte(x.String())
}

// xml writes the sheet's part, or says which cell cannot be written.
func (s *Sheet) xml() ([]byte, error) {
	var buf bytes.Buffer
	x := bufio.NewWriter(&buf)
	x.WriteString(xmlHead + `<worksheet xmlns="` + nsMain + `" xmlns:r="` + nsRel + `">`)
	if s.freeze {
		x.WriteString(`<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>` +
			`<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>`)
	}
	x.WriteString(`<sheetFormatPr defaultRowHeight="15"/>`)
	if len(s.widths) > 0 {
		cols := make([]int, 0, len(s.widths))
		for c := range s.widths {
			cols = append(cols, c)
		}
		slices.Sort(cols)
		x.WriteString(`<cols>`)
		for _, c := range cols {
			fmt.Fprintf(x, `<col min="%d" max="%d" width="%s" customWidth="1"/>`, c, c, strconv.FormatFloat(s.widths[c], 'f', -1, 64))
		}
		x.WriteString(`</cols>`)
	}
	x.WriteString(`<sheetData>`)
	for r, row := range s.rows {
		if len(row) == 0 {
			continue
		}
		fmt.Fprintf(x, `<row r="%d">`, r+1)
		for c, cl := range row {
			if err := s.cellXML(x, c+1, r+1, cl); err != nil {
				return nil, err
			}
		}
		x.WriteString(`</row>`)
	}
	x.WriteString(`</sheetData>`)
	x.WriteString(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`)
	x.WriteString(`</worksheet>`)
	x.Flush()
	return buf.Bytes(), nil
}

func (s *Sheet) cellXML(x *bufio.Writer, col, row int, c wcell) error {
	if c.value == nil && c.formula == "" && c.style == 0 {
		return nil
	}
	fmt.Fprintf(x, `<c r="%s"`, CellName(col, row))
	if c.style != 0 {
		fmt.Fprintf(x, ` s="%d"`, c.style)
	}
	var v string
	switch val := c.value.(type) {
	case string:
		if err := s.check(col, row, val); err != nil {
			return err
		}
		space := ""
		if strings.TrimSpace(val) != val {
			space = ` xml:space="preserve"`
		}
		fmt.Fprintf(x, ` t="inlineStr"><is><t%s>%s</t></is></c>`, space, escape(val))
		return nil
	case bool:
		x.WriteString(` t="b"`)
		v = "0"
		if val {
			v = "1"
		}
	case float64:
		if math.IsNaN(val) || math.IsInf(val, 0) {
			return fmt.Errorf("%s!%s would hold %v, which is not a number a workbook can hold", s.name, CellName(col, row), val)
		}
		v = strconv.FormatFloat(val, 'f', -1, 64)
	}
	x.WriteString(`>`)
	if c.formula != "" {
		if err := s.check(col, row, c.formula); err != nil {
			return err
		}
		x.WriteString(`<f>` + escape(c.formula) + `</f>`)
	}
	if v != "" {
		x.WriteString(`<v>` + v + `</v>`)
	}
	x.WriteString(`</c>`)
	return nil
}

// check refuses a text a cell cannot hold: too long, or with a character
// XML 1.0 forbids.
func (s *Sheet) check(col, row int, text string) error {
	if n := utf8.RuneCountInString(text); n > MaxCellChars {
		return fmt.Errorf("%s!%s would hold %d characters, more than the %d a cell may hold: shorten it", s.name, CellName(col, row), n, MaxCellChars)
	}
	for _, r := range text {
		if !allowed(r) {
			return fmt.Errorf("%s!%s would hold the character %U, which a workbook cannot hold: remove it", s.name, CellName(col, row), r)
		}
	}
	return nil
}

// allowed reports whether XML 1.0 allows r in a document.
func allowed(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// clean drops the characters XML 1.0 forbids (in document properties,
// which no one reads back).
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if allowed(r) && r != utf8.RuneError {
			return r
		}
		return -1
	}, s)
}

func escape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
