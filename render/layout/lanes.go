package layout

import (
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/scene"
	"github.com/blueprint-tool/blueprint/render/text"
)

// A card is one text of a lane cell in its box.
type card struct {
	r     scene.Rect
	lines []string
	style text.Style
	class string // card, quote
}

// A laneRow is one lane of the blueprint laid out: where it lies, the rule
// drawn at its top, and its cards by step.
type laneRow struct {
	lane  blueprint.Lane
	y, h  float64
	rule  []string // the rule's label, wrapped; nil when the lane has none
	ruleH float64  // the height of the rule's label pill
	cells [][]card // by step; positions relative to the lane's first card
}

// visibleLanes returns the lanes with text in some step; the customer lane
// always stays, for it carries the customer's flow.
func visibleLanes(j *blueprint.Journey) []blueprint.Lane {
	var out []blueprint.Lane
	for _, l := range blueprint.Lanes {
		if l == blueprint.Customer || laneUsed(j, l) {
			out = append(out, l)
		}
	}
	return out
}

func laneUsed(j *blueprint.Journey, l blueprint.Lane) bool {
	for i := range j.Steps {
		if len(j.Steps[i].Text(l)) > 0 {
			return true
		}
	}
	return false
}

// lanes lays out and draws the lanes with their cards, rules and arrows.
func (b *layout) lanes() {
	rows := b.laneRows()
	top := b.y
	for _, r := range rows {
		b.s.Rect("lane lane-"+r.lane.Key(), scene.Box(margin, r.y, b.right-margin, r.h), 0)
	}
	bottom := rows[len(rows)-1].y + rows[len(rows)-1].h
	for _, d := range b.deads {
		b.s.Rect("dead", scene.Box(b.colX(d.Step), top, colW, bottom-top), 0)
	}
	for k, r := range rows {
		b.drawRule(r, k == 0)
	}
	for _, r := range rows {
		inset := laneInset(r.ruleH)
		b.wrapped("lane-label", styleLabel, b.l.Lanes.Of(r.lane), margin+pad, r.y+inset, labelW-2*pad, scene.AlignStart)
		for _, cell := range r.cells {
			for _, c := range cell {
				b.s.Rect(c.class, c.r, 4)
				b.s.Text(c.class+"-text", scene.Box(c.r.X+pad, c.r.Y+pad, c.r.W-2*pad, c.r.H-2*pad), c.style, c.lines, scene.AlignStart)
			}
		}
	}
	b.flowArrows(rows)
	b.handoffArrows(rows)
	b.y = bottom
}

// laneInset is the room above a lane's content: half the rule pill at its
// top and a margin.
func laneInset(ruleH float64) float64 { return max(pad+2, ruleH/2+6) }

// laneRows measures the visible lanes and places them from b.y down.
func (b *layout) laneRows() []laneRow {
	visible := visibleLanes(b.j)
	rows := make([]laneRow, len(visible))
	prev := blueprint.Lane(-1)
	for k, l := range visible {
		r := &rows[k]
		r.lane = l
		if k > 0 {
			r.rule = b.ruleLabel(prev, l)
		}
		if r.rule != nil {
			r.ruleH = styleSmall.Height(len(r.rule)) + 4
		}
		prev = l
		r.cells = make([][]card, b.n)
		for i := range b.j.Steps {
			r.cells[i] = b.cellCards(&b.j.Steps[i], l, i)
		}
	}
	y := b.y
	for k := range rows {
		r := &rows[k]
		below := pad + 2
		if k+1 < len(rows) {
			below = laneInset(rows[k+1].ruleH)
		}
		inset := laneInset(r.ruleH)
		label := styleLabel.Height(len(styleLabel.Wrap(b.l.Lanes.Of(r.lane), labelW-2*pad)))
		content := label
		for _, cell := range r.cells {
			if len(cell) > 0 {
				last := cell[len(cell)-1]
				content = max(content, last.r.Bottom())
			}
		}
		if r.lane == blueprint.Customer {
			content += b.tracksRoom()
		}
		r.y, r.h = y, max(laneMin, inset+content+below)
		for _, cell := range r.cells {
			for c := range cell {
				cell[c].r.Y += y + inset
			}
		}
		y += r.h
	}
	return rows
}

// ruleLabel returns the label of the rules between lane above and lane l,
// wrapped: several rules meet there when the lanes between are folded.
func (b *layout) ruleLabel(above, l blueprint.Lane) []string {
	var names []string
	for k := above + 1; k <= l; k++ {
		if name := b.l.Lines.Above(k); name != "" {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return nil
	}
	return styleSmall.Wrap(strings.Join(names, " · "), labelW-2*pad-12)
}

// cellCards returns the cards of step i in lane l, stacked from y 0.
func (b *layout) cellCards(s *blueprint.Step, l blueprint.Lane, i int) []card {
	var cards []card
	y := 0.0
	add := func(text string, st text.Style, class string) {
		lines := st.Wrap(text, cardW-2*pad)
		h := st.Height(len(lines)) + 2*pad
		cards = append(cards, card{r: scene.Box(b.cardX(i), y, cardW, h), lines: lines, style: st, class: class})
		y += h + cardGap
	}
	for _, t := range s.Text(l) {
		add(t, styleCard, "card")
	}
	if l == blueprint.Customer && s.Quote != "" {
		add("“"+s.Quote+"”", styleQuote, "quote")
	}
	return cards
}

// drawRule draws the line at the top of lane r with its named pill in the
// label column, or a plain separator when the lane has no named rule.
func (b *layout) drawRule(r laneRow, first bool) {
	if first {
		return
	}
	if r.rule == nil {
		b.s.Line("sep", scene.Pt(margin, r.y), scene.Pt(b.right, r.y))
		return
	}
	b.s.Line("rule", scene.Pt(margin, r.y), scene.Pt(b.right, r.y))
	pill := scene.Box(margin+pad-2, r.y-r.ruleH/2, labelW-2*pad, r.ruleH)
	b.s.Rect("rule-pill", pill, r.ruleH/2)
	b.s.Text("rule-text", scene.Box(pill.X+6, pill.Y+2, pill.W-12, pill.H-4), styleSmall, r.rule, scene.AlignMiddle)
}

// handoffs are the lane pairs whose cells hand work to each other; the first
// goes both ways (the customer and the frontstage talk across the line of
// interaction).
var handoffs = [][2]blueprint.Lane{
	{blueprint.Customer, blueprint.Frontstage},
	{blueprint.Frontstage, blueprint.Backstage},
	{blueprint.Backstage, blueprint.Support},
}

// handoffArrows draws an arrow down a column between vertically adjacent
// lanes that both have text in that step.
func (b *layout) handoffArrows(rows []laneRow) {
	at := map[blueprint.Lane]*laneRow{}
	for k := range rows {
		at[rows[k].lane] = &rows[k]
	}
	for k, pair := range handoffs {
		upper, lower := at[pair[0]], at[pair[1]]
		if upper == nil || lower == nil {
			continue
		}
		for i := range b.j.Steps {
			a, z := upper.cells[i], lower.cells[i]
			if len(a) == 0 || len(z) == 0 {
				continue
			}
			x := b.centre(i)
			b.s.Arrow("handoff", k == 0, scene.Pt(x, a[len(a)-1].r.Bottom()+1), scene.Pt(x, z[0].r.Y-1))
		}
	}
}
