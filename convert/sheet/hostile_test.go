package sheet

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/convert"
)

// A hostile file is one meant to cost import time or memory, each with
// the reader that reads it and a message its diagnostics must hold.
type hostile struct {
	name string
	file string
	data func(testing.TB) []byte
	want string
}

var hostileFiles = []hostile{
	{"not a zip", "h.xlsx", func(testing.TB) []byte { return []byte("PK\x03\x04 not really") }, "h.xlsx: error: this is not a workbook"},
	{"declared zip bomb", "h.xlsx", func(t testing.TB) []byte { return withPart(t, "xl/worksheets/sheet1.xml", 4<<30, zeros(1<<20)) },
		"h.xlsx: error: the workbook inflates to more than 64 MiB (by xl/worksheets/sheet1.xml)"},
	{"lying zip bomb", "h.xlsx", func(t testing.TB) []byte { return withPart(t, "xl/worksheets/sheet1.xml", 1<<10, zeros(200<<20)) },
		"h.xlsx: error: cannot read the sheet Journey: line 1: xl/worksheets/sheet1.xml inflates to more than the 1024 bytes its zip header declares"},
	{"a million rows", "h.xlsx", func(t testing.TB) []byte { return withPart(t, stepsPart, 0, millionRows()) },
		"h.xlsx:Steps!A10001: error: the sheet Steps has rows beyond row 10000"},
	{"a 4 MB CSV field", "h.csv", func(testing.TB) []byte { return []byte("id,title\na," + strings.Repeat("x", 4_000_000) + "\n") },
		"h.csv:2:2: error: this cell holds 4000000 characters, more than the 32767 a cell may hold"},
	{"20 000 CSV rows", "h.csv", func(testing.TB) []byte { return []byte("id,title\n" + strings.Repeat("a,A\n", 20000)) },
		"h.csv:10001:1: error: the table has rows beyond row 10000"},
}

// stepsPart is the part of the Steps sheet in a workbook WriteXLSX writes.
const stepsPart = "xl/worksheets/sheet2.xml"

// zeros returns the deflated form of n zero bytes.
var zeros = func(n int) []byte {
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, flate.BestSpeed)
	chunk := make([]byte, 1<<20)
	for left := n; left > 0; left -= len(chunk) {
		w.Write(chunk[:min(left, len(chunk))])
	}
	w.Close()
	return b.Bytes()
}

// millionRows is the deflated XML of a sheet with a million rows.
var millionRows = sync.OnceValue(func() []byte {
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, flate.BestSpeed)
	io.WriteString(w, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	io.WriteString(w, `<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>title</t></is></c></row>`)
	for r := 2; r <= 1_000_000; r++ {
		io.WriteString(w, `<row><c t="inlineStr"><is><t>a</t></is></c></row>`)
	}
	io.WriteString(w, `</sheetData></worksheet>`)
	w.Close()
	return b.Bytes()
})

// withPart returns a workbook of one sheet, Steps, whose part name is the
// deflated data, declared to inflate to size bytes (0: what it does).
func withPart(t testing.TB, name string, size uint64, deflated []byte) []byte {
	var in bytes.Buffer
	if err := WriteXLSX(&in, blueprint.Measure(mustLoad(t))); err != nil {
		t.Fatal(err)
	}
	z, _ := zip.NewReader(bytes.NewReader(in.Bytes()), int64(in.Len()))
	var out bytes.Buffer
	w := zip.NewWriter(&out)
	for _, f := range z.File {
		if f.Name == name {
			continue
		}
		w.Copy(f)
	}
	if size == 0 {
		r := flate.NewReader(bytes.NewReader(deflated))
		h := crc32.NewIEEE()
		n, _ := io.Copy(h, r)
		size = uint64(n)
	}
	raw, _ := w.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CompressedSize64: uint64(len(deflated)), UncompressedSize64: size})
	raw.Write(deflated)
	w.Close()
	return out.Bytes()
}

func mustLoad(t testing.TB) *blueprint.Journey {
	j, diags := blueprint.Load("j.yaml", []byte("version: 1\ntitle: T\nsteps:\n  - {id: a, title: A, customer: x, value: true}\n"))
	if j == nil {
		t.Fatal(diags)
	}
	return j
}

func readerOf(file string) func(string, []byte) (convert.Source, blueprint.Diagnostics) {
	if strings.HasSuffix(file, ".csv") {
		return ReadCSV
	}
	return ReadXLSX
}

// TestHostileFiles: each is refused with a clear message, soon, with
// bounded memory and no panic. (How long each takes, and what it
// allocates, is BenchmarkHostileFiles'.)
func TestHostileFiles(t *testing.T) {
	for _, h := range hostileFiles {
		t.Run(h.name, func(t *testing.T) {
			data := h.data(t)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			start := time.Now()
			got := problems(h.file, data, readerOf(h.file))
			took := time.Since(start)
			runtime.ReadMemStats(&after)
			if grown := after.TotalAlloc - before.TotalAlloc; grown > 300<<20 {
				t.Errorf("allocated %d MiB", grown>>20)
			}
			if !strings.Contains(got, h.want) || !strings.Contains(got, "error:") {
				t.Errorf("diagnostics = %.500s\nwant an error containing %q", got, h.want)
			}
			t.Logf("%d bytes, %v: %.200s", len(data), took, got)
		})
	}
}

func BenchmarkHostileFiles(b *testing.B) {
	for _, h := range hostileFiles {
		data, read := h.data(b), readerOf(h.file)
		b.Run(strings.ReplaceAll(h.name, " ", "-"), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				read(h.file, data)
			}
		})
	}
}
