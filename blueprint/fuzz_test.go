package blueprint

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzLoad feeds the loader arbitrary bytes: it must never panic, every
// diagnostic must point inside the input, and a journey comes back exactly
// when there is no error.
func FuzzLoad(f *testing.F) {
	examples, _ := filepath.Glob("../examples/*.yaml")
	for _, name := range examples {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, seed := range []string{figuresJourney, billionLaughs(), "", "version: 1\n", "steps: [{id: a}]\n",
		"version: 1\ntitle: t\nsteps:\n  - id: a\n    title: b: c\n"} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		j, diags := Load("fuzz.yaml", data)
		if (j == nil) != diags.HasErrors() {
			t.Fatalf("journey %v with diagnostics %v", j != nil, diags)
		}
		if !utf8.Valid(data) {
			return // the position of the bad byte is checked in TestHostileInput
		}
		lines := splitLines(string(data))
		for _, d := range diags {
			if !inside(lines, d.Pos) {
				t.Errorf("%v points outside the input of %d lines", d, len(lines))
			}
		}
		if j != nil {
			FiguresOf(j)
		}
	})
}

// inside reports whether p is a place in the text split into lines: on a
// line, at most one column past its end.
func inside(lines []string, p Pos) bool {
	if p.Line < 1 || p.Line > len(lines) || p.Col < 1 {
		return false
	}
	return p.Col <= utf8.RuneCountInString(lines[p.Line-1])+1
}
