package render

import (
	"fmt"
	"testing"

	"github.com/blueprint-tool/blueprint/internal/testjourney"
)

// BenchmarkBlueprint draws generated journeys of 20, 200 and 2 000 steps:
// layout, font subsets and SVG.
func BenchmarkBlueprint(b *testing.B) {
	for _, n := range []int{20, 200, 2000} {
		m := testjourney.Generate(n, 1)
		b.Run(fmt.Sprintf("steps=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var size int
			for b.Loop() {
				size = len(BlueprintSVG(m, "light"))
			}
			b.ReportMetric(float64(size), "bytes/svg")
		})
	}
}

// BenchmarkBlueprintPDF draws generated journeys of 20 and 200 steps as
// PDF: layout, font subsets and the PDF writer.
func BenchmarkBlueprintPDF(b *testing.B) {
	for _, n := range []int{20, 200} {
		m := testjourney.Generate(n, 1)
		b.Run(fmt.Sprintf("steps=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var size int
			for b.Loop() {
				doc, err := Views[0].Encode(m, Options{}, "light", "pdf")
				if err != nil {
					b.Fatal(err)
				}
				size = len(doc)
			}
			b.ReportMetric(float64(size), "bytes/pdf")
		})
	}
}
