package mermaid

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/convert"
)

// FuzzRead feeds the reader arbitrary diagrams and Markdown: it must never
// panic, every diagnostic must be well formed and point at a line of the
// input, and whenever Read and convert.Journey succeed the journey written
// loads with blueprint.Load.
func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.m*d")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, strings.HasSuffix(file, ".md"))
	}
	for _, seed := range []string{"", "journey\nA: 5\n", "journey\naccDescr {\n x\n} A: 3: Me\n", "---\ntitle: [\n---\n",
		"journey\n%%{\n", "```mermaid\njourney\nA: 6\n", "journey title T\nsection S: x\n: 5\nB: 5: a: b\n"} {
		f.Add([]byte(seed), false)
		f.Add([]byte(seed), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, markdown bool) {
		file := "fuzz.mmd"
		if markdown {
			file = "fuzz.md"
		}
		src, diags := Read(file, data)
		lines := strings.Count(string(data), "\n") + 1
		for _, d := range diags {
			p := d.Pos
			if p.File != file || d.Message == "" || p.Line < 0 || p.Line > lines || p.Line > 0 && p.Col < 1 ||
				d.Severity != blueprint.Error && d.Severity != blueprint.Warning {
				t.Fatalf("malformed diagnostic %q (%d lines)", d, lines)
			}
		}
		if diags.HasErrors() != (src.Doc == nil) {
			t.Fatalf("a source %v with errors %v", src.Doc != nil, diags.HasErrors())
		}
		if src.Doc == nil {
			return
		}
		out, more := convert.Journey(file, src)
		if more.HasErrors() {
			if utf8.Valid(data) {
				for _, d := range more {
					if d.Pos.Line > lines {
						t.Fatalf("%v points past the %d lines", d, lines)
					}
				}
			}
			return
		}
		if _, again := blueprint.Load(file, out); again.HasErrors() {
			t.Fatalf("the journey written does not load: %v\n%s", again, out)
		}
	})
}
