package raster

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestDependencies checks the rooms of the module with go list: the
// libraries it replaced are imported by no package (the raster library
// tdewolff/canvas, 8.7 MB of the binary and 40 package inits at every
// start; the font library tdewolff/font, which made the command start
// 1.85x slower than a hello world), and the model imports nothing of the
// pictures. What the command links is cmd/blueprint's
// TestStartUpDependencies.
func TestDependencies(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}}|{{join .Imports \" \"}}|{{join .Deps \" \"}}", "github.com/blueprint-tool/blueprint/...").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	const module = "github.com/blueprint-tool/blueprint/"
	forbidden := []string{"github.com/tdewolff/canvas", "github.com/tdewolff/font"}
	isForbidden := func(pkg string) bool {
		return slices.ContainsFunc(forbidden, func(f string) bool { return pkg == f || strings.HasPrefix(pkg, f+"/") })
	}
	// the packages that must not link the raster library nor the font library
	light := []string{"blueprint", "render/scene", "render/text", "render/svg", "render/theme", "render/labels", "render/layout", "render/report"}
	found := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		parts := strings.SplitN(line, "|", 3)
		pkg, imports, deps := strings.TrimPrefix(parts[0], module), strings.Fields(parts[1]), strings.Fields(parts[2])
		for _, imp := range imports {
			if isForbidden(imp) {
				t.Errorf("%s imports %s", pkg, imp)
			}
		}
		for _, l := range light {
			if pkg != l {
				continue
			}
			found++
			for _, d := range deps {
				if isForbidden(d) {
					t.Errorf("%s depends on %s", pkg, d)
				}
				if pkg == "blueprint" && strings.HasPrefix(d, module+"render") {
					t.Errorf("the model depends on %s", d)
				}
			}
		}
	}
	if found != len(light) {
		t.Errorf("go list named %d of the %d packages checked", found, len(light))
	}
}
