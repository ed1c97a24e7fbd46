package layout

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/internal/testjourney"
	"github.com/blueprint-tool/blueprint/render/scene"
)

// TestCompareLayout compares generated journeys of very different lengths,
// with and without phases, value or emotion, in both languages, with
// moments that pair some of their steps and leave others alone, up to 300
// moments and more: no text leaves its box or overlaps another, nor any
// card another, and everything stays in the picture.
func TestCompareLayout(t *testing.T) {
	for k, sizes := range [][2]int{{1, 1}, {3, 300}, {300, 3}, {20, 25}, {300, 280}} {
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
				giveMoments(a.Journey, uint64(k+30))
				giveMoments(b.Journey, uint64(k+40))
				s := Compare(a, b)
				checkLayout(t, s)
				if n := momentColumns(s); n < max(sizes[0], sizes[1]) || n > sizes[0]+sizes[1] {
					t.Errorf("%d columns of moments for %d and %d steps", n, sizes[0], sizes[1])
				}
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

// giveMoments gives some steps of j a moment from a small set, each once,
// in random order, so that two journeys pair some steps and not others.
func giveMoments(j *blueprint.Journey, seed uint64) {
	r := rand.New(rand.NewPCG(seed, 3))
	keys := r.Perm(len(j.Steps) + 5)
	for i := range j.Steps {
		if r.IntN(3) > 0 {
			j.Steps[i].Moment = fmt.Sprintf("m%d", keys[i])
		}
	}
}

// momentColumns counts the cards and empty boxes of the first journey's
// row: one for each moment.
func momentColumns(s *scene.Scene) int {
	n, y := 0, -1.0
	for _, it := range s.Items {
		if it.Kind == scene.KindRect && (it.Class == "card" || it.Class == "absent") {
			if y < 0 {
				y = it.R.Y
			}
			if it.R.Y == y {
				n++
			}
		}
	}
	return n
}
