package xlsx

import (
	"strings"
	"testing"
)

// FuzzRows reads a sheet's XML (zipped, so the fuzzer mutates the XML
// itself): no panic, every cell within the sheet, and a formula-free
// workbook written from what was read reads back the same.
func FuzzRows(f *testing.F) {
	f.Add(`<row r="1"><c r="A1" t="s"><v>0</v></c><c t="inlineStr"><is><r><t>a</t></r></is></c></row><row><c t="e"><v>#N/A</v></c><c r="D2"><f t="shared" ref="D2:D3" si="0">A1+$B2</f><v>1</v></c></row><row><c r="D3"><f t="shared" si="0"/></c></row>`)
	f.Add(`<row r="3"><c r="XFD3" t="b"><v>1</v></c></row>`)
	f.Fuzz(func(t *testing.T, rows string) {
		got, err := readAll(t, book(t, rows, `<si><t>s</t></si>`))
		if err != nil {
			return
		}
		b := NewBook()
		s, _ := b.AddSheet("S")
		for at, c := range got {
			col, row, ok := ParseCell(at)
			if !ok || col < 1 || col > MaxColumn || row < 1 {
				t.Fatalf("a cell at %s", at)
			}
			s.Set(col, row, c.Value)
		}
		var out strings.Builder
		if _, err := b.WriteTo(&out); err != nil {
			return // a text XML cannot hold, read from an escape
		}
		again, err := readAll(t, []byte(out.String()))
		if err != nil {
			t.Fatalf("reading back what we wrote: %v", err)
		}
		for at, c := range got {
			if again[at].Value != c.Value && !(c.Value == "" && again[at].Value == "") {
				t.Fatalf("%s: %q read back as %q", at, c.Value, again[at].Value)
			}
		}
	})
}
