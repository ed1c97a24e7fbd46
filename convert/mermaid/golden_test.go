package mermaid

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/convert"
	"github.com/blueprint-tool/blueprint/internal/golden"
)

// TestGolden imports each diagram of testdata (a .mmd, or the journey
// block of a .md) and compares the journey written with its .yaml golden;
// the journey must load without an error.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.m*d")
	if len(files) < 2 {
		t.Fatalf("found %d diagrams in testdata", len(files))
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			src, diags := Read(file, data)
			if diags.HasErrors() {
				t.Fatalf("read: %v", diags)
			}
			out, diags := convert.Journey(file, src)
			if diags.HasErrors() {
				t.Fatalf("journey: %v", diags)
			}
			if _, diags := blueprint.Load(file, out); diags.HasErrors() {
				t.Fatalf("the journey written does not load: %v", diags)
			}
			golden.Check(t, strings.TrimSuffix(file, filepath.Ext(file))+".yaml", out)
		})
	}
}
