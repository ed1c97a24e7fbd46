package layout

import (
	"fmt"
	"slices"
	"testing"

	"github.com/blueprint-tool/blueprint/internal/testjourney"
	"github.com/blueprint-tool/blueprint/render/scene"
)

// TestCompareLayout compares generated journeys of very different lengths,
// with and without phases, value or emotion, in both languages: no text
// leaves its box or overlaps another.
func TestCompareLayout(t *testing.T) {
	for k, sizes := range [][2]int{{1, 1}, {3, 300}, {300, 3}, {20, 25}} {
		for _, locales := range [][2]string{{"en", "en"}, {"fi", "fi"}, {"en", "fi"}} {
			t.Run(fmt.Sprintf("%d-%d-%s-%s", sizes[0], sizes[1], locales[0], locales[1]), func(t *testing.T) {
				a, b := testjourney.Generate(sizes[0], uint64(k+10)), testjourney.Generate(sizes[1], uint64(k+20))
				a.Journey.Locale, b.Journey.Locale = locales[0], locales[1]
				if k%2 == 1 {
					b.Journey.Phases = nil
					for i := range b.Journey.Steps {
						b.Journey.Steps[i].Phase = ""
					}
				}
				s := Compare(a, b)
				checkLayout(t, s)
				if locales[0] != locales[1] && !drawsText(s, "Scorecard") {
					t.Error("journeys in two languages are not compared in English")
				}
			})
		}
	}
}

// drawsText reports whether a line of some text of s is line.
func drawsText(s *scene.Scene, line string) bool {
	for _, it := range s.Items {
		if it.Kind == scene.KindText && slices.Contains(it.Lines, line) {
			return true
		}
	}
	return false
}
