package sheet

import (
	"bytes"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/convert"
	"github.com/blueprint-tool/blueprint/internal/testjourney"
)

// fuzzRead checks what import does with data: no panic, and a journey
// that loads whenever no error is reported.
func fuzzRead(t *testing.T, file string, data []byte, read convert.Reader) {
	src, diags := read(file, data)
	if diags.HasErrors() {
		if src.Doc != nil {
			t.Fatal("a source with errors")
		}
		return
	}
	out, diags := convert.Journey(file, src)
	if diags.HasErrors() {
		return
	}
	if _, again := blueprint.Load(file, out); again.HasErrors() {
		t.Fatalf("the journey written does not load: %v\n%s", again, out)
	}
}

func FuzzReadCSV(f *testing.F) {
	for _, ex := range testjourney.Examples(f) {
		var b bytes.Buffer
		WriteCSV(&b, testjourney.Load(f, ex))
		f.Add(b.Bytes())
	}
	f.Add([]byte("id,title,emotion\na,A,#N/A\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.csv", data, ReadCSV) })
}

func FuzzReadXLSX(f *testing.F) {
	var b bytes.Buffer
	WriteXLSX(&b, testjourney.Load(f, "examples/police-permit.yaml"))
	f.Add(b.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.xlsx", data, ReadXLSX) })
}
