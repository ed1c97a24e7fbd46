package sheet

import (
	"os/exec"
	"strings"
	"testing"
)

// excelize is only a test dependency: no package of the module imports it,
// and the binary does not link it (its init alone cost 7–10 ms at every
// start; docs/spreadsheets.md).
func TestDependencies(t *testing.T) {
	const excelize = "github.com/xuri/excelize"
	out, err := exec.Command("go", "list", "-deps", "github.com/blueprint-tool/blueprint/cmd/blueprint").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 10 {
		t.Fatalf("go list -deps listed %d packages", len(deps))
	}
	for _, d := range deps {
		if strings.HasPrefix(d, excelize) {
			t.Errorf("cmd/blueprint depends on %s: excelize belongs in tests only", d)
		}
	}
	out, err = exec.Command("go", "list", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", "github.com/blueprint-tool/blueprint/...").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, imports, _ := strings.Cut(line, " ")
		if strings.Contains(imports, excelize) {
			t.Errorf("%s imports excelize outside its tests", pkg)
		}
	}
}
