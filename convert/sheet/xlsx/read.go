package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
)

// MaxColumn is the last column a sheet may use, as in Excel (XFD).
const MaxColumn = 16_384

// Limits bound what Open inflates.
type Limits struct {
	// Unzip is the most bytes all the parts read may inflate to.
	Unzip int64
	// Part is the most bytes one XML part read whole (the workbook, its
	// relationships, its shared strings) may inflate to; sheets are
	// streamed, within Unzip.
	Part int64
}

// A File is a workbook opened for reading.
type File struct {
	z       *zip.Reader
	limits  Limits
	used    int64 // bytes inflated so far
	sheets  []sheetRef
	strings []string
}

type sheetRef struct{ name, part string }

// A TooLargeError is the error of a workbook that inflates, or declares
// it does, past a limit.
type TooLargeError struct {
	Limit int64  // the limit passed, in bytes
	Part  string // the part being inflated
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("the workbook inflates to more than %d MiB (by %s)", e.Limit>>20, e.Part)
}

// tooLarge reports whether err is, or wraps, a *TooLargeError.
func tooLarge(err error) bool {
	var t *TooLargeError
	return errors.As(err, &t)
}

// Open opens the workbook in data: it refuses one whose parts declare more
// than the limits before inflating any, and one that inflates past them
// while reading.
func Open(data []byte, limits Limits) (*File, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	f := &File{z: z, limits: limits}
	var total uint64
	for _, zf := range z.File {
		total += zf.UncompressedSize64
		if total > uint64(limits.Unzip) {
			return nil, f.tooLarge(limits.Unzip, zf.Name)
		}
	}
	if err := f.readWorkbook(); err != nil {
		return nil, err
	}
	return f, nil
}

func (f *File) tooLarge(limit int64, part string) error {
	return &TooLargeError{limit, part}
}

// Sheets returns the names of the sheets, in the workbook's order.
func (f *File) Sheets() []string {
	names := make([]string, len(f.sheets))
	for i, s := range f.sheets {
		names[i] = s.name
	}
	return names
}

// part opens the part name for reading, nil when there is none; it may
// inflate to limit bytes (declared and read), and what it inflates counts
// towards the limit of all.
func (f *File) part(name string, limit int64) (io.ReadCloser, error) {
	for _, zf := range f.z.File {
		if zf.Name == name {
			if zf.UncompressedSize64 > uint64(limit) {
				return nil, f.tooLarge(limit, name)
			}
			rc, err := zf.Open()
			if err != nil {
				return nil, fmt.Errorf("reading %s: %w", name, err)
			}
			return &limited{rc: rc, f: f, name: name, limit: limit, left: limit, declared: zf.UncompressedSize64}, nil
		}
	}
	return nil, nil
}

// limited reads a part, failing once it, or all parts together, inflate
// past the limits: a zip entry's header may lie about its size.
type limited struct {
	rc          io.ReadCloser
	f           *File
	name        string
	limit, left int64
	declared    uint64 // the size its zip header declares
}

func (l *limited) Read(p []byte) (int, error) {
	n, err := l.rc.Read(p)
	l.left -= int64(n)
	l.f.used += int64(n)
	switch {
	case l.left < 0:
		return n, l.f.tooLarge(l.limit, l.name)
	case l.f.used > l.f.limits.Unzip:
		return n, l.f.tooLarge(l.f.limits.Unzip, l.name)
	case errors.Is(err, zip.ErrFormat):
		// what archive/zip says of a part that inflates past its size
		return n, fmt.Errorf("%s inflates to more than the %d bytes its zip header declares: the workbook is damaged", l.name, l.declared)
	case errors.Is(err, zip.ErrChecksum):
		return n, fmt.Errorf("reading %s: %w", l.name, err)
	}
	return n, err
}

func (l *limited) Close() error { return l.rc.Close() }

// decode reads the XML part name into v; a missing part leaves v as is.
func (f *File) decode(name string, v any) (bool, error) {
	r, err := f.part(name, f.limits.Part)
	if r == nil || err != nil {
		return false, err
	}
	defer r.Close()
	if err := xml.NewDecoder(r).Decode(v); err != nil {
		if tooLarge(err) {
			return true, err
		}
		return true, fmt.Errorf("reading %s: %w", name, err)
	}
	return true, nil
}

// rels reads the relationships of part: their targets (as part names)
// by id, and the target of the last of each type (the last word of its
// Type: officeDocument, sharedStrings, ...).
func (f *File) rels(part string) (byID, byType map[string]string, err error) {
	dir, file := path.Split(part)
	var x struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if _, err := f.decode(dir+"_rels/"+file+".rels", &x); err != nil {
		return nil, nil, err
	}
	byID, byType = map[string]string{}, map[string]string{}
	for _, r := range x.Rels {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join(dir, t)
		}
		byID[r.ID] = t
		byType[path.Base(r.Type)] = t
	}
	return byID, byType, nil
}

// readWorkbook finds the workbook's part (from _rels/.rels, else
// xl/workbook.xml), its sheets and its shared strings.
func (f *File) readWorkbook() error {
	book := "xl/workbook.xml"
	_, root, err := f.rels("")
	if err != nil {
		return err
	}
	if t := root["officeDocument"]; t != "" {
		book = t
	}
	var x struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	found, err := f.decode(book, &x)
	if err != nil {
		return err
	}
	if !found {
		return fmt.Errorf("it has no %s", book)
	}
	byID, byType, err := f.rels(book)
	if err != nil {
		return err
	}
	for _, s := range x.Sheets {
		f.sheets = append(f.sheets, sheetRef{s.Name, byID[s.ID]})
	}
	if t := byType["sharedStrings"]; t != "" {
		return f.readStrings(t)
	}
	return nil
}

// readStrings reads the shared strings in part, each its text or its
// runs' texts together (phonetic runs left out).
func (f *File) readStrings(part string) error {
	var x struct {
		SI []struct {
			T string `xml:"t"`
			R []struct {
				T string `xml:"t"`
			} `xml:"r"`
		} `xml:"si"`
	}
	if _, err := f.decode(part, &x); err != nil {
		return err
	}
	f.strings = make([]string, len(x.SI))
	for i, si := range x.SI {
		s := si.T
		for _, r := range si.R {
			s += r.T
		}
		f.strings[i] = s
	}
	return nil
}

// A Cell is a cell read: its value as text (a number's digits, a truth
// value's 1 or 0, an error value such as #DIV/0!), its type and its
// formula (without "=").
type Cell struct {
	Col     int
	Value   string
	Type    CellType
	Formula string
}

// CellType is the type of a cell's value.
type CellType int

// The types of a cell's value.
const (
	Number CellType = iota
	String
	Bool
	Error
	Date
)

// A Rows streams the rows of one sheet.
type Rows struct {
	f      *File
	rc     io.ReadCloser
	d      *xml.Decoder
	row    int
	cells  []Cell
	err    error
	shared map[string]sharedFormula
}

// sharedFormula is the formula a shared formula's first cell holds.
type sharedFormula struct {
	text     string
	col, row int
}

// Rows opens the sheet name for streaming its rows.
func (f *File) Rows(name string) (*Rows, error) {
	for _, s := range f.sheets {
		if s.name == name {
			rc, err := f.part(s.part, f.limits.Unzip)
			if err != nil {
				return nil, err
			}
			if rc == nil {
				return nil, fmt.Errorf("the sheet %s has no part %q", name, s.part)
			}
			return &Rows{f: f, rc: rc, d: xml.NewDecoder(rc), shared: map[string]sharedFormula{}}, nil
		}
	}
	return nil, fmt.Errorf("there is no sheet %s", name)
}

// Next reads the next row, reporting false at the end of the sheet or on
// an error (see Err).
func (r *Rows) Next() bool {
	for r.err == nil {
		tok, err := r.d.Token()
		if err != nil {
			if err != io.EOF {
				r.fail(err)
			}
			return false
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "row" {
			r.err = r.readRow(se)
			return r.err == nil
		}
	}
	return false
}

func (r *Rows) fail(err error) {
	if !tooLarge(err) {
		err = fmt.Errorf("line %d: %w", r.line(), err)
	}
	r.err = err
}

func (r *Rows) line() int { l, _ := r.d.InputPos(); return l }

// Row returns the number of the row read (from 1).
func (r *Rows) Row() int { return r.row }

// Cells returns the non-empty cells of the row read, in the order of the
// file.
func (r *Rows) Cells() []Cell { return r.cells }

// Columns returns the values of the row read, from column A to its last
// cell, an empty string where no cell is.
func (r *Rows) Columns() []string {
	n := 0
	for _, c := range r.cells {
		n = max(n, c.Col)
	}
	out := make([]string, n)
	for _, c := range r.cells {
		out[c.Col-1] = c.Value
	}
	return out
}

// Err returns the error that stopped Next, if any.
func (r *Rows) Err() error { return r.err }

// Close closes the sheet's part.
func (r *Rows) Close() error { return r.rc.Close() }

// readRow reads a row element, its cells numbered by their r= reference
// or, without one, after the cell before.
func (r *Rows) readRow(se xml.StartElement) error {
	r.row++
	if a := attr(se, "r"); a != "" {
		n, err := strconv.Atoi(a)
		if err != nil || n < 1 {
			return fmt.Errorf("line %d: the row number %q is not a number from 1", r.line(), a)
		}
		r.row = n
	}
	r.cells = r.cells[:0]
	col := 0
	for {
		tok, err := r.d.Token()
		if err != nil {
			return r.wrap(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			if t.Name.Local != "c" {
				if err := r.d.Skip(); err != nil {
					return r.wrap(err)
				}
				continue
			}
			c, err := r.readCell(t, col+1)
			if err != nil {
				return err
			}
			col = c.Col
			if c.Value != "" || c.Formula != "" {
				r.cells = append(r.cells, c)
			}
		}
	}
}

func (r *Rows) wrap(err error) error {
	if tooLarge(err) {
		return err
	}
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("line %d: %w", r.line(), err)
}

// readCell reads a c element; next is its column when it has no r=.
func (r *Rows) readCell(se xml.StartElement, next int) (Cell, error) {
	c := Cell{Col: next}
	if ref := attr(se, "r"); ref != "" {
		col, _, ok := ParseCell(ref)
		if !ok {
			return c, fmt.Errorf("line %d: %q is not a cell reference such as B3", r.line(), ref)
		}
		c.Col = col
	}
	if c.Col > MaxColumn {
		return c, fmt.Errorf("line %d: a cell stands beyond column XFD, the last a sheet has", r.line())
	}
	var x struct {
		V string `xml:"v"`
		F *struct {
			Text string `xml:",chardata"`
			T    string `xml:"t,attr"`
			SI   string `xml:"si,attr"`
		} `xml:"f"`
		IS *struct {
			T string `xml:"t"`
			R []struct {
				T string `xml:"t"`
			} `xml:"r"`
		} `xml:"is"`
	}
	if err := r.d.DecodeElement(&x, &se); err != nil {
		return c, r.wrap(err)
	}
	c.Value = x.V
	switch attr(se, "t") {
	case "s":
		c.Type = String
		if strings.TrimSpace(x.V) != "" {
			i, err := strconv.Atoi(strings.TrimSpace(x.V))
			if err != nil || i < 0 || i >= len(r.f.strings) {
				return c, fmt.Errorf("line %d: the cell %s names the shared string %q, which the workbook does not have", r.line(), CellName(c.Col, r.row), x.V)
			}
			c.Value = r.f.strings[i]
		}
	case "inlineStr":
		c.Type = String
		if x.IS != nil {
			c.Value = x.IS.T
			for _, run := range x.IS.R {
				c.Value += run.T
			}
		}
	case "str":
		c.Type = String
	case "b":
		c.Type = Bool
	case "e":
		c.Type = Error
	case "d":
		c.Type = Date
	}
	if x.F != nil {
		c.Formula = r.formula(c.Col, x.F.Text, x.F.T, x.F.SI)
	}
	return c, nil
}

// formula returns the formula of the cell at col of this row: a shared
// formula's other cells hold only its index, and take its first cell's
// formula with references moved as far as they stand from it.
func (r *Rows) formula(col int, text, kind, si string) string {
	if kind != "shared" || si == "" {
		return text
	}
	if text != "" {
		r.shared[si] = sharedFormula{text, col, r.row}
		return text
	}
	first, ok := r.shared[si]
	if !ok {
		return ""
	}
	return Shift(first.text, col-first.col, r.row-first.row)
}

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

// ParseCell reads an A1 reference (the $ of an absolute one allowed).
func ParseCell(ref string) (col, row int, ok bool) {
	i := 0
	if i < len(ref) && ref[i] == '$' {
		i++
	}
	start := i
	for i < len(ref) && (ref[i] >= 'A' && ref[i] <= 'Z' || ref[i] >= 'a' && ref[i] <= 'z') {
		col = col*26 + int(ref[i]|0x20-'a') + 1
		if col > MaxColumn {
			return 0, 0, false
		}
		i++
	}
	if i == start || i-start > 3 {
		return 0, 0, false
	}
	if i < len(ref) && ref[i] == '$' {
		i++
	}
	row, err := strconv.Atoi(ref[i:])
	if err != nil || row < 1 || ref[i] == '+' || ref[i] == '-' {
		return 0, 0, false
	}
	return col, row, true
}
