package sheet

import (
	"os/exec"
	"strings"
	"testing"
)

// Only this package imports excelize, and the model and convert do not
// depend on it.
func TestDependencies(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}}|{{join .Imports \" \"}}|{{join .Deps \" \"}}", "github.com/blueprint-tool/blueprint/...").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	const (
		module   = "github.com/blueprint-tool/blueprint/"
		excelize = "github.com/xuri/excelize"
	)
	found := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		parts := strings.SplitN(line, "|", 3)
		pkg, imports, deps := strings.TrimPrefix(parts[0], module), strings.Fields(parts[1]), strings.Fields(parts[2])
		for _, imp := range imports {
			if strings.HasPrefix(imp, excelize) && pkg != "convert/sheet" {
				t.Errorf("%s imports %s: only convert/sheet may", pkg, imp)
			}
		}
		if pkg == "blueprint" || pkg == "convert" {
			found++
			for _, d := range deps {
				if strings.HasPrefix(d, excelize) {
					t.Errorf("%s depends on %s", pkg, d)
				}
			}
		}
	}
	if found != 2 {
		t.Errorf("go list listed %d of blueprint and convert, want both", found)
	}
}
