package blueprint

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// hostileInputs are inputs meant to break the loader, each with a message
// its diagnostics must hold ("" for none).
var hostileInputs = []struct {
	name string
	src  string
	want string
}{
	{"empty", "", "test.yaml:1:1: error: the file is empty"},
	{"only comments", "# nothing here\n", "the file is empty"},
	{"alias bomb", billionLaughs(), "aliases (*"},
	{"deep nesting", "version: 1\ntitle: " + strings.Repeat("[", 100000) + "\n", "exceeded max depth"},
	{"deep mappings", "version: 1\ntitle: t\nsteps:\n" + deepMapping(1000), "steps must be a list"},
	{"invalid UTF-8", "version: 1\ntitle: caf\xe9\n", "test.yaml:2:11: error: the file is not valid UTF-8"},
	{"too large", "version: 1\ntitle: t\n# " + strings.Repeat("x", MaxSize) + "\n", "larger than 4 MiB"},
	{"NUL bytes", "version: 1\ntitle: \x00\x00\n", "YAML syntax"},
	{"two documents", "version: 1\ntitle: t\nsteps: [{id: a, title: A, customer: x, value: true}]\n---\nversion: 1\n", "test.yaml:4:1: error: a second YAML document"},
	{"not a mapping", "- a\n- b\n", "the journey must be a mapping"},
	{"merge key", "version: 1\ntitle: t\nsteps:\n  - &s {id: a, title: A, customer: x, value: true}\n  - <<: *s\n    id: b\n", "merge keys (<<) are not supported"},
	{"huge number", "version: .inf\ntitle: t\nsteps: [{id: a, title: A, customer: x, value: true}]\n", "version must be a finite number"},
	{"10 000 steps", manySteps(10000), ""},
}

// TestHostileInput: hostile inputs end in a result or a clear message, with
// bounded memory, never a panic. (A hang fails the run at go test's
// -timeout; how long each takes is BenchmarkHostileInput's.)
func TestHostileInput(t *testing.T) {
	for _, tt := range hostileInputs {
		t.Run(tt.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			j, diags := Load("test.yaml", []byte(tt.src))
			runtime.ReadMemStats(&after)
			if grown := after.TotalAlloc - before.TotalAlloc; grown > 400<<20 {
				t.Errorf("allocated %d MiB", grown>>20)
			}
			text := fmt.Sprint(diags)
			if tt.want == "" {
				if j == nil || diags.HasErrors() {
					t.Errorf("got errors: %.500s", text)
				}
				return
			}
			if j != nil || !strings.Contains(text, tt.want) {
				t.Errorf("diagnostics = %.500s\nwant an error containing %q", text, tt.want)
			}
		})
	}
}

// billionLaughs nests aliases so that expanding them would take 10^9 nodes.
func billionLaughs() string {
	var b strings.Builder
	b.WriteString("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for c := 'b'; c <= 'i'; c++ {
		p := string(c - 1)
		fmt.Fprintf(&b, "%c: &%c [*%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s]\n", c, c, p, p, p, p, p, p, p, p, p, p)
	}
	b.WriteString("version: 1\ntitle: *i\nsteps: *i\n")
	return b.String()
}

func deepMapping(depth int) string {
	var b strings.Builder
	for i := range depth {
		b.WriteString(strings.Repeat(" ", i+2) + "k:\n")
	}
	return b.String()
}

// manySteps writes a valid journey of n detailed steps.
func manySteps(n int) string {
	var b strings.Builder
	b.WriteString("version: 1\ntitle: Many\nphases:\n  - id: only\n    title: Only\nsteps:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - id: s%d\n    phase: only\n    title: Step %d\n    duration: 1m..2m\n    customer: [Does a thing, Does another]\n    frontstage: Clerk helps\n    touchpoint: Desk\n    channel: in-person\n    emotion: %d\n    value: %v\n",
			i, i, i%5-2, i == n-1)
	}
	return b.String()
}

// BenchmarkHostileInput times the loader on each hostile input, with its
// memory.
func BenchmarkHostileInput(b *testing.B) {
	for _, tt := range hostileInputs {
		src := []byte(tt.src)
		b.Run(strings.ReplaceAll(tt.name, " ", "-"), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Load("test.yaml", src)
			}
		})
	}
}

func BenchmarkLoad10000Steps(b *testing.B) {
	src := []byte(manySteps(10000))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if j, _ := Load("bench.yaml", src); j == nil {
			b.Fatal("load failed")
		}
	}
}
