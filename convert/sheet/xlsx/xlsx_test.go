package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

var limits = Limits{Unzip: 64 << 20, Part: 16 << 20}

// book returns a workbook of one sheet, S, whose sheetData is rows, with
// the shared strings sst.
func book(t *testing.T, rows, sst string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for name, body := range map[string]string{
		"_rels/.rels":                `<Relationships xmlns="` + nsPkg + `"><Relationship Id="rId1" Type="` + nsRel + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml":            `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="` + nsPkg + `"><Relationship Id="rId1" Type="` + nsRel + `/worksheet" Target="/xl/worksheets/s.xml"/><Relationship Id="rId2" Type="` + nsRel + `/sharedStrings" Target="strings.xml"/></Relationships>`,
		"xl/strings.xml":             `<sst xmlns="` + nsMain + `">` + sst + `</sst>`,
		"xl/worksheets/s.xml":        `<worksheet xmlns="` + nsMain + `"><sheetData>` + rows + `</sheetData></worksheet>`,
	} {
		w, _ := z.Create(name)
		w.Write([]byte(body))
	}
	z.Close()
	return b.Bytes()
}

func readAll(t *testing.T, data []byte) (map[string]Cell, error) {
	t.Helper()
	f, err := Open(data, limits)
	if err != nil {
		return nil, err
	}
	rows, err := f.Rows("S")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]Cell{}
	for rows.Next() {
		for _, c := range rows.Cells() {
			out[CellName(c.Col, rows.Row())] = c
		}
	}
	return out, rows.Err()
}

// Every type of cell a spreadsheet program writes, placed by its r= or
// after the cell (row) before.
func TestReadCellTypes(t *testing.T) {
	data := book(t, `<row r="1"><c r="A1" t="s"><v>0</v></c><c t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c></row>`+
		`<row><c t="b"><v>1</v></c><c t="e"><f>1/0</f><v>#DIV/0!</v></c><c t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c><v>2.5</v></c></row>`+
		`<row r="5"><c r="C5"><f t="shared" ref="C5:C7" si="0">A5*$B$1+B5</f><v>1</v></c></row><row r="7"><c r="C7"><f t="shared" si="0"/><v>2</v></c></row>`,
		`<si><t>plain</t></si><si><r><t>ri</t></r><r><rPr><b/></rPr><t>ch</t></r><rPh><t>x</t></rPh></si>`)
	got, err := readAll(t, data)
	if err != nil {
		t.Fatal(err)
	}
	for at, want := range map[string]Cell{
		"A1": {1, "plain", String, ""}, "B1": {2, "rich", String, ""}, "D1": {4, "inline", String, ""},
		"A2": {1, "1", Bool, ""}, "B2": {2, "#DIV/0!", Error, "1/0"}, "C2": {3, "ab", String, `"a"&"b"`}, "D2": {4, "2.5", Number, ""},
		"C5": {3, "1", Number, "A5*$B$1+B5"}, "C7": {3, "2", Number, "A7*$B$1+B7"},
	} {
		if got[at] != want {
			t.Errorf("%s = %+v, want %+v", at, got[at], want)
		}
	}
}

// A shared formula's cells read as excelize reads them.
func TestSharedFormulasAsExcelize(t *testing.T) {
	f := excelize.NewFile()
	typ, ref := excelize.STCellFormulaTypeShared, "B2:D4"
	if err := f.SetCellFormula("Sheet1", "B2", `A1+$A$1+A$1*SUM(A1:A2)+IF(A1>0,"B2",C1)`, excelize.FormulaOpts{Type: &typ, Ref: &ref}); err != nil {
		t.Fatal(err)
	}
	b, _ := f.WriteToBuffer()
	ours, err := Open(b.Bytes(), limits)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := ours.Rows("Sheet1")
	seen := 0
	for rows.Next() {
		for _, c := range rows.Cells() {
			at := CellName(c.Col, rows.Row())
			want, _ := f.GetCellFormula("Sheet1", at)
			if c.Formula != want {
				t.Errorf("%s: =%s, excelize reads =%s", at, c.Formula, want)
			}
			seen++
		}
	}
	if seen != 9 || rows.Err() != nil {
		t.Errorf("read %d cells of 9 (%v)", seen, rows.Err())
	}
}

func TestReadBroken(t *testing.T) {
	for _, tc := range []struct{ rows, sst, want string }{
		{`<row><c t="s"><v>3</v></c></row>`, ``, `names the shared string "3"`},
		{`<row r="x"></row>`, ``, `the row number "x"`},
		{`<row><c r="B"><v>1</v></c></row>`, ``, `"B" is not a cell reference`},
		{`<row><c r="XFE1"><v>1</v></c></row>`, ``, `"XFE1" is not a cell reference`},
		{`<row><c><v>1</v>`, ``, `closed by </sheetData>`},
	} {
		_, err := readAll(t, book(t, tc.rows, tc.sst))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.rows, err, tc.want)
		}
	}
}

// A part that inflates past a limit, or past the size its header
// declares, fails clearly.
func TestReadLimits(t *testing.T) {
	data := book(t, strings.Repeat(`<row><c><v>1</v></c></row>`, 1000), ``)
	if _, err := readAll(t, data); err != nil {
		t.Fatal(err)
	}
	var tl *TooLargeError
	if _, err := Open(data, Limits{Unzip: 20 << 10, Part: 16 << 20}); !errors.As(err, &tl) || tl.Part != "xl/worksheets/s.xml" {
		t.Errorf("declared past the limit: %v", err)
	}
	if _, err := Open(data, Limits{Unzip: 1 << 20, Part: 100}); !errors.As(err, &tl) {
		t.Errorf("a part declared past its limit: %v", err)
	}
	_, err := readAll(t, lying(t, data, "xl/worksheets/s.xml", 100))
	if err == nil || !strings.Contains(err.Error(), "xl/worksheets/s.xml inflates to more than the 100 bytes its zip header declares") {
		t.Errorf("a lying header: %v", err)
	}
}

// lying returns data with the header of part declaring size bytes.
func lying(t *testing.T, data []byte, part string, size uint64) []byte {
	z, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	var out bytes.Buffer
	w := zip.NewWriter(&out)
	for _, f := range z.File {
		if f.Name != part {
			w.Copy(f)
			continue
		}
		raw, _ := f.OpenRaw()
		h := f.FileHeader
		h.UncompressedSize64 = size
		dst, err := w.CreateRaw(&h)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(dst, raw)
	}
	w.Close()
	return out.Bytes()
}

// What we write, excelize reads: escaped texts, kept spaces and line
// breaks, numbers, truth values, a formula and its cached value.
func TestWriteAsExcelizeReads(t *testing.T) {
	b := NewBook()
	s, _ := b.AddSheet("A & <B>")
	cells := map[string]any{"A1": ` x <&> "y"` + "\n\tz ", "B1": 1.5, "C1": true, "D1": false, "E1": -7, "F1": "é☃𝄞"}
	for at, v := range cells {
		col, row, _ := ParseCell(at)
		if err := s.Set(col, row, v); err != nil {
			t.Fatal(err)
		}
	}
	s.SetFormula(1, 2, `B1*2&"<"`, 3)
	var out bytes.Buffer
	if _, err := b.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&out)
	if err != nil {
		t.Fatal(err)
	}
	for at, want := range map[string]string{"A1": cells["A1"].(string), "B1": "1.5", "C1": "1", "D1": "0", "E1": "-7", "F1": "é☃𝄞", "A2": "3"} {
		if got, _ := f.GetCellValue("A & <B>", at, excelize.Options{RawCellValue: true}); got != want {
			t.Errorf("%s = %q, want %q", at, got, want)
		}
	}
	if got, _ := f.GetCellFormula("A & <B>", "A2"); got != `B1*2&"<"` {
		t.Errorf("A2 = %s", got)
	}
}

func TestWriteRefuses(t *testing.T) {
	for _, tc := range []struct {
		v    any
		want string
	}{
		{"a\x01b", "U+0001, which a workbook cannot hold"},
		{strings.Repeat("x", MaxCellChars+1), "32768 characters"},
	} {
		b := NewBook()
		s, _ := b.AddSheet("S")
		s.Set(2, 3, tc.v)
		if _, err := b.WriteTo(new(bytes.Buffer)); err == nil || !strings.Contains(err.Error(), "S!B3 would hold the "+tc.want) && !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%.20q: %v, want %q", tc.v, err, tc.want)
		}
	}
	if _, err := NewBook().AddSheet("a/b"); err == nil {
		t.Error("a sheet named a/b")
	}
}

func TestShift(t *testing.T) {
	for _, tc := range []struct {
		in         string
		dcol, drow int
		want       string
	}{
		{"A1+$A$1+A$1+$A1", 1, 2, "B3+$A$1+B$1+$A3"},
		{`SUM(A1:B2)&"A1"&'A1 sheet'!A1`, 0, 1, `SUM(A2:B3)&"A1"&'A1 sheet'!A2`},
		{"LOG10(A1)", 1, 0, "LOG10(B1)"},
		{"A1", -1, 0, "#REF!"},
	} {
		if got := Shift(tc.in, tc.dcol, tc.drow); got != tc.want {
			t.Errorf("Shift(%s, %d, %d) = %s, want %s", tc.in, tc.dcol, tc.drow, got, tc.want)
		}
	}
}

func TestColumnNames(t *testing.T) {
	for col, name := range map[int]string{1: "A", 26: "Z", 27: "AA", 702: "ZZ", 703: "AAA", MaxColumn: "XFD"} {
		c, r, ok := ParseCell(name + "7")
		if ColumnName(col) != name || c != col || r != 7 || !ok {
			t.Errorf("%d: %s, parsed %d %d %v", col, ColumnName(col), c, r, ok)
		}
	}
}
