package layout

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/internal/testjourney"
	"github.com/blueprint-tool/blueprint/render/scene"
)

// TestPathsLayout draws generated journeys with 1 to 5 paths over up to
// 300 steps, each step on a random set of them, in both views: no text
// leaves its box or overlaps another, no card overlaps another, and no
// flow or path line crosses a card.
func TestPathsLayout(t *testing.T) {
	for k, size := range [][2]int{{1, 1}, {6, 2}, {30, 3}, {120, 5}, {300, 5}} {
		m := withPaths(testjourney.Generate(size[0], uint64(k+60)), size[1], uint64(k+70))
		for name, view := range map[string]func(blueprint.Measured, Options) *scene.Scene{"blueprint": Blueprint, "touchpoints": Touchpoints} {
			t.Run(fmt.Sprintf("%s/%d-steps/%d-paths", name, size[0], size[1]), func(t *testing.T) {
				s := view(m, Options{})
				checkLayout(t, s)
				if crossing := lineThroughCard(s); crossing != "" {
					t.Error(crossing)
				}
			})
		}
	}
}

// withPaths gives the journey of m n paths, each step on a random set of
// them (or on all), every path with at least one step, and measures it
// again.
func withPaths(m blueprint.Measured, n int, seed uint64) blueprint.Measured {
	r := rand.New(rand.NewPCG(seed, 5))
	j := m.Journey
	j.Paths = nil
	for k := range n {
		share := float64(100 / n)
		j.Paths = append(j.Paths, blueprint.Path{ID: fmt.Sprintf("p%d", k), Title: testjourney.Text(r, 5), Share: &share})
	}
	for i := range j.Steps {
		j.Steps[i].Paths = nil
		if n > 1 && r.IntN(2) == 0 {
			for k := range n {
				if r.IntN(2) == 0 || k == i%n {
					j.Steps[i].Paths = append(j.Steps[i].Paths, j.Paths[k].ID)
				}
			}
		}
	}
	for k := range n {
		j.Steps[k%len(j.Steps)].Paths = nil // on every path, so that no path is empty
	}
	return blueprint.Measure(j)
}

// lineThroughCard describes a flow or path line that crosses a card, or
// returns "".
func lineThroughCard(s *scene.Scene) string {
	var cards []scene.Rect
	for _, it := range s.Items {
		if it.Kind == scene.KindRect && (it.Class == "card" || it.Class == "quote") {
			cards = append(cards, it.R)
		}
	}
	for _, it := range s.Items {
		if it.Kind != scene.KindLine || !(strings.HasPrefix(it.Class, "flow") || strings.HasPrefix(it.Class, "path")) {
			continue
		}
		for p := 1; p < len(it.Pts); p++ {
			a, b := it.Pts[p-1], it.Pts[p]
			seg := scene.Box(min(a.X, b.X), min(a.Y, b.Y), abs(a.X-b.X), abs(a.Y-b.Y))
			for _, c := range cards {
				inner := scene.Box(c.X+1, c.Y+1, c.W-2, c.H-2)
				if seg.X <= inner.Right() && inner.X <= seg.Right() && seg.Y <= inner.Bottom() && inner.Y <= seg.Bottom() {
					return fmt.Sprintf("%s line %v-%v crosses the card at %+v", it.Class, a, b, c)
				}
			}
		}
	}
	return ""
}

func abs(v float64) float64 { return max(v, -v) }
