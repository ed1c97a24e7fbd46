package layout

import (
	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/labels"
	"github.com/blueprint-tool/blueprint/render/report"
	"github.com/blueprint-tool/blueprint/render/scene"
	"github.com/blueprint-tool/blueprint/render/text"
)

// Geometry of a comparison.
const (
	compareW   = 1120.0         // the least width of its content
	scoreCols  = 5              // figure, A, B, B − A, better
	markerSize = 5.0            // half the side of the emotion markers
	legendMinW = 420.0          // the least room beside the scorecard for the legend
	timeRowLbl = labelW - 2*pad // the width of a time strip's label
)

// scoreColW are the widths of the scorecard's columns.
var scoreColW = [scoreCols]float64{230, 300, 300, 190, 100}

// scorecardW is the width of the scorecard.
var scorecardW = scoreColW[0] + scoreColW[1] + scoreColW[2] + scoreColW[3] + scoreColW[4]

// comparison lays out a comparison of two journeys, a column for each of
// their moments; its layout carries the shared rows, in the pair's common
// language.
type comparison struct {
	*layout
	a, b  blueprint.Measured
	pairs []blueprint.MomentPair
}

// side returns journey k of the comparison, 0 for A and 1 for B.
func (c *comparison) side(k int) blueprint.Measured { return [2]blueprint.Measured{c.a, c.b}[k] }

// stepOf returns the step of journey k in moment p, -1 when it has none.
func stepOf(p blueprint.MomentPair, k int) int { return [2]int{p.A, p.B}[k] }

// Compare lays out two journeys side by side: their titles, a scorecard of
// their figures, a time strip of each on one scale, then a column for each
// moment (section 8 of the format) with A's step over B's and what an edit
// added, removed or changed, and both emotion curves over those columns.
func Compare(a, b blueprint.Measured) *scene.Scene {
	l := labels.Common([]blueprint.Measured{a, b})
	c := &comparison{layout: newLayout(a, l, Options{}), a: a, b: b, pairs: blueprint.PairMoments(a.Journey, b.Journey)}
	c.n = len(c.pairs)
	c.right = margin + max(compareW, labelW+float64(c.n)*colW)
	c.s.W = c.right + margin
	c.s.Title = l.Compare.Title + ": " + a.Journey.Title + " / " + b.Journey.Title
	c.s.Desc = "A: " + a.Journey.Title + ": " + summary(a, l) + ". B: " + b.Journey.Title + ": " + summary(b, l)
	c.compareHeader()
	c.scorecardAndLegend()
	c.timeStrips()
	c.momentGrid()
	c.momentEmotions()
	if c.right-margin-scorecardW < legendMinW {
		c.legend(c.compareLegend())
	}
	c.s.H = c.y + margin
	return c.s
}

// compareHeader draws the title and the two journeys' names with their
// colours.
func (c *comparison) compareHeader() {
	w := c.right - margin
	c.y += c.wrapped("title", styleTitle, c.l.Compare.Title, margin, c.y, w, scene.AlignStart) + 6
	for k := range 2 {
		m := c.side(k)
		c.sideBadge(k, margin, c.y+1)
		h := c.wrapped("lead", styleLead, m.Journey.Title, margin+30, c.y, w-30, scene.AlignStart)
		h += c.wrapped("muted", styleSmall, m.Journey.File, margin+30, c.y+h, w-30, scene.AlignStart)
		c.y += max(h, 22) + 6
	}
	c.y += 14
}

// sideBadge draws the letter of journey k in its colour.
func (c *comparison) sideBadge(k int, x, y float64) {
	c.s.Rect([2]string{"side-a", "side-b"}[k], scene.Box(x, y, 22, 20), 4)
	c.s.Text("badge-text", scene.Box(x, y+(20-styleStrong.Lead)/2, 22, styleStrong.Lead), styleStrong, []string{[2]string{"A", "B"}[k]}, scene.AlignMiddle)
}

// scorecardAndLegend draws the scorecard, with the legend beside it when
// the picture is wide enough (else the legend ends the picture).
func (c *comparison) scorecardAndLegend() {
	top := c.y
	c.scorecardTable()
	if x := margin + scorecardW + 40; c.right-x >= legendMinW-40 {
		bottom := c.y
		c.y = top - 18
		c.legendIn(c.compareLegend(), x, c.right)
		c.y = max(bottom, c.y+24)
	}
}

// scorecardTable draws every figure of both journeys, the difference and
// the better side, with the better value shaded in its journey's tint.
func (c *comparison) scorecardTable() {
	l := c.l
	c.y += c.wrapped("section", styleLabel, l.Compare.Scorecard, margin, c.y, scorecardW, scene.AlignStart) + 6
	head := [scoreCols]string{l.Stats.Figure, "A", "B", l.Compare.Difference, l.Compare.Better}
	c.scoreRow(head, -1, styleLabel, "phase", "phase-text")
	for k, r := range report.Scorecard(blueprint.Compare(c.a, c.b), l) {
		class := "score-row score-row-" + [2]string{"0", "1"}[k%2]
		cells := [scoreCols]string{r.Label, r.A, r.B, r.Diff, r.Better}
		winner := -1
		if r.Side == blueprint.SideA {
			winner = 1
		} else if r.Side == blueprint.SideB {
			winner = 2
		}
		c.scoreRow(cells, winner, styleBody, class, "score-text")
	}
	c.y += 24
}

// scoreRow draws one row of the scorecard; the cell of the better side,
// if any, is shaded.
func (c *comparison) scoreRow(cells [scoreCols]string, winner int, st text.Style, class, textClass string) {
	var wraps [scoreCols][]string
	faces := [scoreCols]text.Style{}
	lines := 1
	for k, cell := range cells {
		faces[k] = st
		if k == winner {
			faces[k] = text.Style{Face: text.Bold, Size: st.Size, Lead: st.Lead}
		}
		wraps[k] = faces[k].Wrap(cell, scoreColW[k]-2*pad)
		lines = max(lines, len(wraps[k]))
	}
	h := st.Height(lines) + 10
	c.s.Rect(class, scene.Box(margin, c.y, scorecardW, h), 0)
	x := margin
	for k := range cells {
		if k == winner {
			c.s.Rect([3]string{"", "better-a", "better-b"}[winner], scene.Box(x, c.y, scoreColW[k], h), 0)
		}
		c.s.Text(textClass, scene.Box(x+pad, c.y+5, scoreColW[k]-2*pad, faces[k].Height(len(wraps[k]))), faces[k], wraps[k], scene.AlignStart)
		x += scoreColW[k]
	}
	c.y += h
}

// compareLegend explains the symbols of a comparison.
func (c *comparison) compareLegend() []legendItem {
	li, w := c.l.Legend, c.l.Compare
	return []legendItem{
		{"A: " + c.a.Journey.Title, func(x, y float64) {
			c.s.Line("emo-a", scene.Pt(x, y+9), scene.Pt(x+28, y+9))
			c.emotionMarker(0, scene.Pt(x+14, y+9))
		}},
		{"B: " + c.b.Journey.Title, func(x, y float64) {
			c.s.Line("emo-b", scene.Pt(x, y+9), scene.Pt(x+28, y+9))
			c.emotionMarker(1, scene.Pt(x+14, y+9))
		}},
		{li.Wait, func(x, y float64) { c.s.Rect("seg-a seg-wait", scene.Box(x, y, 28, 18), 0) }},
		{li.Dead, func(x, y float64) { c.s.Rect("dead legend-dead", scene.Box(x, y, 28, 18), 0) }},
		{li.Value, func(x, y float64) { c.valueMark(x+14, y+9) }},
		{w.Compressed, func(x, y float64) {
			c.s.Line("break", scene.Pt(x+8, y+18), scene.Pt(x+14, y))
			c.s.Line("break", scene.Pt(x+14, y+18), scene.Pt(x+20, y))
		}},
		{w.OnlyA, func(x, y float64) { c.s.Rect(changeClass[changeRemoved], scene.Box(x, y+2, 28, 14), 7) }},
		{w.OnlyB, func(x, y float64) { c.s.Rect(changeClass[changeAdded], scene.Box(x, y+2, 28, 14), 7) }},
		{w.Changed, func(x, y float64) { c.s.Rect(changeClass[changeChanged], scene.Box(x, y+2, 28, 14), 7) }},
	}
}
