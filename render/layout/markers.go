package layout

import (
	"cmp"
	"fmt"
	"strconv"

	"github.com/blueprint-tool/blueprint/render/scene"
)

// A badge marks a fail point, a wait or the value moment on a step: a
// letter and the number of its note.
type badge struct {
	class     string // badge-fail, badge-wait, badge-value, badge-finding, badge-notice
	textClass string // the class of its label; "" for badge-text
	label     string // F1
	tip       string // the tooltip: what the note says
}

// A note explains a badge in the list under the picture, so that print
// keeps what tooltips show on screen.
type note struct {
	badge badge
	text  string
}

const badgeH = 18.0

// width returns the width of the badge's pill.
func (g badge) width() float64 { return max(badgeH, styleBadge.Width(g.label)+10) }

// collectMarkers numbers the fail points, waits and the value moment in
// step order and keeps their notes.
func (b *layout) collectMarkers() {
	b.badges = make([][]badge, b.n)
	b.pathTags()
	add := func(i int, class, letter, text string) {
		g := badge{class: class, label: letter + strconv.Itoa(len(b.notes)+1)}
		g.tip = b.j.Steps[i].Title + ": " + text
		b.badges[i] = append(b.badges[i], g)
		b.notes = append(b.notes, note{badge: g, text: g.tip})
	}
	for i, s := range b.j.Steps {
		if s.Fail != "" {
			add(i, "badge-fail", b.l.Markers.FailLetter, b.l.Markers.Fail+": "+s.Fail)
		}
		if s.Wait {
			text := fmt.Sprintf("%s %s", b.l.Markers.Wait, b.l.Span(s.Duration))
			if _, dead := b.dead[i]; dead {
				text += ", " + b.l.Markers.DeadNote
			}
			add(i, "badge-wait", b.l.Markers.WaitLetter, text)
		}
		if i == b.f.ValueStep {
			add(i, "badge-value", b.l.Markers.ValueLetter, fmt.Sprintf("%s: %s (%s %s)", b.l.Markers.Value, b.l.Markers.ValueNote, b.l.Axis.TimeToValue, b.l.Span(*b.f.TimeToValue)))
		}
	}
}

// badgeRows breaks badges into rows no wider than a card.
func badgeRows(badges []badge) [][]badge {
	var rows [][]badge
	w := 0.0
	for _, g := range badges {
		if len(rows) == 0 || w+4+g.width() > cardW {
			rows, w = append(rows, nil), -4
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], g)
		w += 4 + g.width()
	}
	return rows
}

// badgesHeight is the height of the rows of badges drawBadges draws.
func badgesHeight(badges []badge) float64 {
	n := float64(len(badgeRows(badges)))
	return max(0, n*(badgeH+4)-4)
}

// drawBadges draws badges in rows centred on cx, the first with its top at
// y, each no wider than a card.
func (b *layout) drawBadges(badges []badge, cx, y float64) {
	for _, row := range badgeRows(badges) {
		total := -4.0
		for _, g := range row {
			total += g.width() + 4
		}
		x := cx - total/2
		for _, g := range row {
			b.drawBadge(g, x, y)
			x += g.width() + 4
		}
		y += badgeH + 4
	}
}

// drawBadge draws one badge with its top-left corner at (x, y).
func (b *layout) drawBadge(g badge, x, y float64) {
	w := g.width()
	b.s.Group(g.tip)
	b.s.Rect(g.class, scene.Box(x, y, w, badgeH), badgeH/2)
	b.s.Text(cmp.Or(g.textClass, "badge-text"), scene.Box(x, y+(badgeH-styleBadge.Lead)/2, w, styleBadge.Lead), styleBadge, []string{g.label}, scene.AlignMiddle)
	b.s.End()
}
