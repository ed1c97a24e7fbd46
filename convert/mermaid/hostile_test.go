package mermaid

import (
	"fmt"
	"strings"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/convert"
)

// hostile are files made to exhaust the reader, each with the start of
// the one error it must give.
var hostile = []struct {
	name, file, src, want string
}{
	{"one endless line", "a.mmd", "journey " + strings.Repeat("x", blueprint.MaxSize-10), "a.mmd:1:1: error: line 1 is longer than 16 KiB"},
	{"100 000 tasks", "a.mmd", "journey\n" + strings.Repeat("Make tea: 5: Me\n", 100000), "a.mmd:10002:1: error: more than 10000 tasks"},
	{"only line breaks", "a.md", strings.Repeat("\n", blueprint.MaxSize), "a.md:200001:1: error: the file has more than 200000 lines"},
	{"deep nesting in the front matter", "a.mmd", "---\ntitle: " + strings.Repeat(" [\n", 100000) + "---\njourney\nA: 5\n", "a.mmd:1:1: error: the front matter is not YAML"},
	{"endless accDescr", "a.mmd", "journey\naccDescr {" + strings.Repeat("{ x\n", 100000), "a.mmd:2:1: error: accDescr { opened here is not closed"},
	{"a Markdown block never closed", "a.md", "```mermaid\njourney\n" + strings.Repeat("A: 5\n", 100000), "a.md:1:1: error: the mermaid block opened on line 1 is not closed"},
	{"fences only", "a.md", strings.Repeat("```\n", 150000), "a.md: error: there is no ```mermaid block"},
	{"control characters", "a.mmd", "journey\n" + strings.Repeat("\x00", 1000), "a.mmd:2:1: error: a control character (U+0000)"},
	{"invalid UTF-8", "a.mmd", "journey\n" + strings.Repeat("\xff", 1000), "a.mmd:2:1: error: the file is not valid UTF-8 text"},
}

func TestHostile(t *testing.T) {
	for _, tc := range hostile {
		t.Run(tc.name, func(t *testing.T) {
			src, diags := Read(tc.file, []byte(tc.src))
			if src.Doc != nil || len(diags) == 0 || !strings.HasPrefix(diags[0].String(), tc.want) {
				t.Fatalf("got %v, want an error starting %q", diags, tc.want)
			}
		})
	}
}

// BenchmarkHostile measures how fast each hostile file is refused.
func BenchmarkHostile(b *testing.B) {
	for _, tc := range hostile {
		b.Run(tc.name, func(b *testing.B) {
			data := []byte(tc.src)
			for b.Loop() {
				Read(tc.file, data)
			}
		})
	}
}

// bigDiagram is a diagram of MaxTasks tasks in 100 sections.
func bigDiagram() []byte {
	var b strings.Builder
	b.WriteString("journey\n  title Big\n")
	for i := range MaxTasks {
		if i%100 == 0 {
			fmt.Fprintf(&b, "  section Part %d\n", i/100)
		}
		fmt.Fprintf(&b, "    Task number %d: %d: Me, Clerk\n", i%100, i%5+1)
	}
	return []byte(b.String())
}

// BenchmarkRead measures reading the largest diagram accepted, alone and
// with the journey made of it (validated, written and loaded again).
func BenchmarkRead(b *testing.B) {
	data := bigDiagram()
	b.Run("read", func(b *testing.B) {
		for b.Loop() {
			Read("big.mmd", data)
		}
	})
	b.Run("journey", func(b *testing.B) {
		for b.Loop() {
			src, _ := Read("big.mmd", data)
			convert.Journey("big.mmd", src)
		}
	})
}
