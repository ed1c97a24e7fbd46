package sheet

import (
	"os/exec"
	"strings"
	"testing"
)

// excelize is only a test dependency: no package of the module imports it
// outside its tests (its init alone cost 7–10 ms at every start;
// docs/spreadsheets.md). That the command does not link it is
// cmd/blueprint's TestStartUpDependencies.
func TestDependencies(t *testing.T) {
	const excelize = "github.com/xuri/excelize"
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", "github.com/blueprint-tool/blueprint/...").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < 10 {
		t.Fatalf("go list listed %d packages", len(lines))
	}
	for _, line := range lines {
		pkg, imports, _ := strings.Cut(line, " ")
		if strings.Contains(imports, excelize) {
			t.Errorf("%s imports excelize outside its tests", pkg)
		}
	}
}
