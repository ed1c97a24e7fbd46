package layout

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/internal/testjourney"
	"github.com/blueprint-tool/blueprint/render/scene"
)

// TestLayout checks the layout of generated journeys of 1 to 3 000 steps in
// both views and both languages: every text fits its box, boxes stay in the
// picture, cards do not overlap, nor do texts, and the lanes come in their
// order.
func TestLayout(t *testing.T) {
	sizes := []int{1, 2, 3, 7, 20, 150, 3000}
	if testing.Short() {
		sizes = sizes[:5]
	}
	views := map[string]func(blueprint.Measured, Options) *scene.Scene{"blueprint": Blueprint, "touchpoints": Touchpoints}
	for k, n := range sizes {
		for _, view := range []string{"blueprint", "touchpoints"} {
			for _, locale := range []string{"en", "fi"} {
				t.Run(fmt.Sprintf("%s/%s/%d", view, locale, n), func(t *testing.T) {
					m := testjourney.Generate(n, uint64(k+1))
					m.Journey.Locale = locale
					s := views[view](m, Options{})
					checkLayout(t, s)
				})
			}
		}
	}
}

// checkLayout checks the geometry of a scene.
func checkLayout(t *testing.T, s *scene.Scene) {
	t.Helper()
	page := scene.Box(0, 0, s.W, s.H)
	var cards, texts []scene.Rect
	lastLane := -1.0
	for _, it := range s.Items {
		switch it.Kind {
		case scene.KindText:
			if !textFits(it) {
				t.Fatalf("text %q (%s) does not fit its box %+v", it.Lines, it.Class, it.R)
			}
			if !contains(page, it.R) {
				t.Fatalf("text %q (%s) at %+v leaves the picture %vx%v", it.Lines, it.Class, it.R, s.W, s.H)
			}
			texts = append(texts, inked(it))
		case scene.KindRect:
			if !contains(page, it.R) {
				t.Fatalf("%s at %+v leaves the picture", it.Class, it.R)
			}
			switch {
			case it.Class == "card" || it.Class == "quote" || it.Class == "opportunity" || it.Class == "absent":
				cards = append(cards, it.R)
			case strings.HasPrefix(it.Class, "lane "):
				if it.R.Y <= lastLane {
					t.Fatalf("lane %s at y %.1f is not below the lane before it (%.1f)", it.Class, it.R.Y, lastLane)
				}
				lastLane = it.R.Y
			}
		}
	}
	if overlap := findOverlap(cards); overlap != "" {
		t.Fatal("cards overlap: " + overlap)
	}
	if overlap := findOverlap(texts); overlap != "" {
		t.Fatal("texts overlap: " + overlap)
	}
}

// textFits reports whether every line of a text item is within its box.
func textFits(it scene.Item) bool {
	if it.Style.Height(len(it.Lines)) > it.R.H+0.01 {
		return false
	}
	for _, l := range it.Lines {
		if it.Style.Width(l) > it.R.W+0.01 {
			return false
		}
	}
	return true
}

// inked returns the part of a text's box its lines cover.
func inked(it scene.Item) scene.Rect {
	w := 0.0
	for _, l := range it.Lines {
		w = max(w, it.Style.Width(l))
	}
	r := scene.Box(it.R.X, it.R.Y, w, it.Style.Height(len(it.Lines)))
	switch it.Align {
	case scene.AlignMiddle:
		r.X += (it.R.W - w) / 2
	case scene.AlignEnd:
		r.X = it.R.Right() - w
	}
	return r
}

// findOverlap describes two boxes that overlap, or returns "". Boxes are
// sorted into vertical strips so that thousands of them take little time.
func findOverlap(boxes []scene.Rect) string {
	const strip = 400.0
	strips := map[int][]int{}
	for i, b := range boxes {
		for k := int(b.X / strip); k <= int(b.Right()/strip); k++ {
			strips[k] = append(strips[k], i)
		}
	}
	for _, idx := range strips {
		for a := 0; a < len(idx); a++ {
			for b := a + 1; b < len(idx); b++ {
				if overlaps(boxes[idx[a]], boxes[idx[b]]) {
					return fmt.Sprintf("%+v and %+v", boxes[idx[a]], boxes[idx[b]])
				}
			}
		}
	}
	return ""
}

// overlaps reports whether r and o share more than an edge.
func overlaps(r, o scene.Rect) bool {
	return r.X < o.Right() && o.X < r.Right() && r.Y < o.Bottom() && o.Y < r.Bottom()
}

// contains reports whether o lies inside r (edges included, with a
// tolerance for rounding).
func contains(r, o scene.Rect) bool {
	const eps = 0.01
	return o.X >= r.X-eps && o.Y >= r.Y-eps && o.Right() <= r.Right()+eps && o.Bottom() <= r.Bottom()+eps
}

// TestIconsComplete checks that every channel the format knows has its
// icon, and that no icon is drawn for a channel it does not know.
func TestIconsComplete(t *testing.T) {
	if got, want := slices.Sorted(maps.Keys(channelIcons())), slices.Sorted(slices.Values(blueprint.Channels)); !slices.Equal(got, want) {
		t.Errorf("icons for %v, want the channels %v", got, want)
	}
}

// TestFindingsLayout marks generated journeys with up to seven findings on
// a step, warnings and notices, in both views and languages: the markers
// wrap within their column and every text still fits and overlaps none.
func TestFindingsLayout(t *testing.T) {
	for k, n := range []int{1, 5, 40} {
		m := testjourney.Generate(n, uint64(k+50))
		var findings []blueprint.Finding
		for i := range m.Journey.Steps {
			for r := range (i * 3) % 8 {
				rule := blueprint.Rules[(i+r)%len(blueprint.Rules)]
				findings = append(findings, blueprint.Finding{Rule: rule.ID, Severity: rule.Severity, Step: i, Accepted: r == 5})
			}
		}
		for _, locale := range []string{"en", "fi"} {
			m.Journey.Locale = locale
			for name, view := range map[string]func(blueprint.Measured, Options) *scene.Scene{"blueprint": Blueprint, "touchpoints": Touchpoints} {
				s := view(m, Options{Findings: findings})
				checkLayout(t, s)
				want := 0
				for _, f := range findings {
					if !f.Accepted {
						want++
					}
				}
				legend := 0
				if want > 0 {
					legend = 2 // a warning and a notice, explained
				}
				if got := countClass(s, "badge-finding") + countClass(s, "badge-notice"); got != 2*want+legend {
					t.Errorf("%s/%s/%d: %d finding markers, want %d at the steps, %d in the list and %d in the legend", name, locale, n, got, want, want, legend)
				}
			}
		}
	}
}

// countClass counts the items of a class.
func countClass(s *scene.Scene, class string) int {
	n := 0
	for _, it := range s.Items {
		if it.Class == class {
			n++
		}
	}
	return n
}
