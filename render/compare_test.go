package render

import (
	"path/filepath"
	"testing"

	"github.com/blueprint-tool/blueprint/internal/golden"
	"github.com/blueprint-tool/blueprint/internal/testjourney"
)

// TestCompareGolden draws the comparisons (their Markdown and JSON are
// goldens of package report) the product was made for: the
// police permit against the blood donation, in English and in Finnish, and
// the bus ride against the permit (different lengths and phases).
func TestCompareGolden(t *testing.T) {
	for _, tc := range []struct{ a, b, name string }{
		{"examples/police-permit.yaml", "examples/blood-donation.yaml", "police-vs-blood"},
		{"examples/fi/poliisi.yaml", "examples/fi/verenluovutus.yaml", "poliisi-vs-verenluovutus"},
		{"examples/ikea-bus.yaml", "examples/police-permit.yaml", "ikea-vs-police"},
	} {
		a, b := testjourney.LoadMain(t, tc.a), testjourney.LoadMain(t, tc.b)
		golden.Check(t, filepath.Join("testdata", tc.name+".compare.svg"), CompareSVG(a, b, ""))
	}
}
