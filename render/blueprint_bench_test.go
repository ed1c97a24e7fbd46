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
func BenchmarkBlueprintPDF(b *testing.B) { benchmarkEncode(b, "pdf", 20, 200) }

// BenchmarkBlueprintPNG draws generated journeys of 20, 200 and 300 steps
// as PNG (300 steps: more than 32 767 px wide at 2 pixels a pixel, drawn
// smaller): layout, glyph outlines, the rasterizer and the PNG encoder.
func BenchmarkBlueprintPNG(b *testing.B) { benchmarkEncode(b, "png", 20, 200, 300) }

// benchmarkEncode draws the blueprint of generated journeys of the given
// steps in format.
func benchmarkEncode(b *testing.B, format string, steps ...int) {
	for _, n := range steps {
		m := testjourney.Generate(n, 1)
		b.Run(fmt.Sprintf("steps=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var size int
			for b.Loop() {
				doc, err := Views[0].Encode(m, Options{}, "light", format)
				if err != nil {
					b.Fatal(err)
				}
				size = len(doc)
			}
			b.ReportMetric(float64(size), "bytes/"+format)
		})
	}
}
