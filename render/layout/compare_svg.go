package layout

import (
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/labels"
	"github.com/blueprint-tool/blueprint/render/report"
	"github.com/blueprint-tool/blueprint/render/scene"
	"github.com/blueprint-tool/blueprint/render/text"
)

// Geometry of a comparison.
const (
	compareW    = 1120.0         // the least width of its content
	compareMaxW = 2400.0         // the width of its content for long journeys
	segH        = 40.0           // the height of a journey's time row
	capSeconds  = 4 * 3600.0     // a step longer than this is drawn this long, with a break
	minSegW     = 3.0            // the least width of a step on the time rows
	pairGap     = 14.0           // between two phase columns
	scoreCols   = 5              // figure, A, B, B − A, better
	markerSize  = 5.0            // half the side of the emotion markers
	segPadX     = 4.0            // inside a step on the time rows
	rowGap      = 10.0           // between the two time rows
	timeRowLbl  = labelW - 2*pad // the width of a time row's label
)

// scoreColW are the widths of the scorecard's columns.
var scoreColW = [scoreCols]float64{230, 300, 300, 190, 100}

// comparison lays out a comparison; its layout carries the shared rows.
type comparison struct {
	*layout
	a, b  blueprint.Measured
	pairs []blueprint.PhasePair
	segs  [2][]scene.Rect // the box of each step of A and B on the time rows
}

// Compare lays out two journeys side by side: a scorecard of their
// figures, both on one time scale with their phases aligned, and both
// emotion curves on one chart.
func Compare(a, b blueprint.Measured) *scene.Scene {
	// The layout's rows are drawn in the pair's common language; it is as
	// wide as the blueprint of the longer journey, within bounds.
	l := labels.Common([]blueprint.Measured{a, b})
	c := &comparison{layout: newLayout(a, l), a: a, b: b}
	steps := max(len(a.Journey.Steps), len(b.Journey.Steps))
	c.right = margin + min(max(compareW, labelW+float64(steps)*colW), compareMaxW)
	c.pairs = blueprint.MatchPhases(blueprint.PhaseSpans(a.Journey), blueprint.PhaseSpans(b.Journey))
	c.placeSteps()
	c.s.W = c.right + margin
	c.s.Title = l.Compare.Title + ": " + a.Journey.Title + " / " + b.Journey.Title
	c.s.Desc = "A: " + a.Journey.Title + ": " + summary(a, l) + ". B: " + b.Journey.Title + ": " + summary(b, l)
	c.compareHeader()
	c.scorecardTable()
	c.timeRows()
	c.emotionChart()
	c.legend(c.compareLegend())
	c.s.H = c.y + margin
	return c.s
}

// drawnSeconds is how long a step is drawn: its middle duration, up to the
// cap beyond which it is drawn broken.
func drawnSeconds(s *blueprint.Step) float64 { return min(s.Duration.Mid(), capSeconds) }

// placeSteps sets the scale, the same for both journeys, and the box of
// every step: each phase pair is a column as wide as its longer side.
func (c *comparison) placeSteps() {
	seconds := 0.0
	for _, p := range c.pairs {
		seconds += max(phaseSeconds(c.a, p.A), phaseSeconds(c.b, p.B))
	}
	width := c.right - c.x0 - pairGap*float64(len(c.pairs)-1)
	scale := 0.0
	if seconds > 0 {
		scale = width / seconds
	}
	c.segs[0], c.segs[1] = make([]scene.Rect, len(c.a.Journey.Steps)), make([]scene.Rect, len(c.b.Journey.Steps))
	x := c.x0
	for _, p := range c.pairs {
		wa := c.placePhase(0, c.a, p.A, x, scale)
		wb := c.placePhase(1, c.b, p.B, x, scale)
		x += max(wa, wb) + pairGap
	}
	c.right = max(c.right, x-pairGap)
}

func phaseSeconds(m blueprint.Measured, p *blueprint.PhaseSpan) float64 {
	total := 0.0
	if p != nil {
		for i := p.First; i <= p.Last; i++ {
			total += drawnSeconds(&m.Journey.Steps[i])
		}
	}
	return total
}

// placePhase places the steps of phase p of journey side from x and
// returns their width.
func (c *comparison) placePhase(side int, m blueprint.Measured, p *blueprint.PhaseSpan, x, scale float64) float64 {
	if p == nil {
		return 0
	}
	start := x
	for i := p.First; i <= p.Last; i++ {
		w := max(minSegW, drawnSeconds(&m.Journey.Steps[i])*scale)
		c.segs[side][i] = scene.Box(x, 0, w, segH)
		x += w
	}
	return x - start
}

// compareHeader draws the title and the two journeys' names with their
// colours.
func (c *comparison) compareHeader() {
	w := c.right - margin
	c.y += c.wrapped("title", styleTitle, c.l.Compare.Title, margin, c.y, w, scene.AlignStart) + 6
	for k, m := range []blueprint.Measured{c.a, c.b} {
		c.sideBadge(k, margin, c.y+1)
		h := c.wrapped("lead", styleLead, m.Journey.Title, margin+30, c.y, w-30, scene.AlignStart)
		c.y += h
		c.y += c.wrapped("muted", styleSmall, m.Journey.File, margin+30, c.y, w-30, scene.AlignStart) + 6
	}
	c.y += 14
}

// sideBadge draws the letter of journey k (0 is A) in its colour.
func (c *comparison) sideBadge(k int, x, y float64) {
	class := [2]string{"side-a", "side-b"}[k]
	c.s.Rect(class, scene.Box(x, y, 22, 20), 4)
	c.s.Text("badge-text", scene.Box(x, y+(20-styleStrong.Lead)/2, 22, styleStrong.Lead), styleStrong, []string{[2]string{"A", "B"}[k]}, scene.AlignMiddle)
}

// scorecardTable draws every figure of both journeys with the difference
// and the better side marked.
func (c *comparison) scorecardTable() {
	l := c.l
	c.y += c.wrapped("section", styleLabel, l.Compare.Scorecard, margin, c.y, c.right-margin, scene.AlignStart) + 6
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

// scoreRow draws one row of the scorecard; the cell winner (1 for A, 2
// for B) is marked as the better one.
func (c *comparison) scoreRow(cells [scoreCols]string, winner int, st text.Style, class, textClass string) {
	wraps := make([][]string, scoreCols)
	h := 0.0
	for k, cell := range cells {
		face := st
		if k == winner || k == 4 {
			face = styleStrong
		}
		wraps[k] = face.Wrap(cell, scoreColW[k]-2*pad)
		h = max(h, face.Height(len(wraps[k])))
	}
	h += 2 * 5
	total := 0.0
	for _, w := range scoreColW {
		total += w
	}
	c.s.Rect(class, scene.Box(margin, c.y, total, h), 0)
	x := margin
	for k := range cells {
		face := st
		if k == winner || k == 4 {
			face = styleStrong
		}
		if k == winner {
			c.s.Rect([3]string{"", "better-a", "better-b"}[winner], scene.Box(x, c.y, scoreColW[k], h), 0)
		}
		c.s.Text(textClass, scene.Box(x+pad, c.y+5, scoreColW[k]-2*pad, face.Height(len(wraps[k]))), face, wraps[k], scene.AlignStart)
		x += scoreColW[k]
	}
	c.y += h
}

// timeRows draws the phases and the steps of both journeys on one scale.
func (c *comparison) timeRows() {
	c.y += c.wrapped("section", styleLabel, c.l.Compare.Timeline, margin, c.y, c.right-margin, scene.AlignStart)
	c.y += c.wrapped("muted", styleSmall, c.l.Compare.TimelineNote+"; ≈ "+c.l.Compare.Compressed, margin, c.y, c.right-margin, scene.AlignStart) + 8
	c.pairBand()
	for k, m := range []blueprint.Measured{c.a, c.b} {
		top := c.y
		c.sideBadge(k, margin+pad, top+(segH-20)/2)
		c.wrapped("muted", styleSmall, c.l.Span(m.Figures.Total), margin+pad+28, top+(segH-styleSmall.Lead)/2, timeRowLbl-28, scene.AlignStart)
		dead := deadSteps(&m.Figures)
		for i := range m.Journey.Steps {
			c.segs[k][i].Y = top
			_, isDead := dead[i]
			c.segment([2]string{"seg-a", "seg-b"}[k], m, i, c.segs[k][i], isDead, true)
		}
		c.y = top + segH + rowGap
	}
	c.y += 14
}

// pairBand draws the phase pairs over the time rows, each with its title
// when it fits and in its tooltip always.
func (c *comparison) pairBand() {
	spans := make([]scene.Rect, len(c.pairs))
	titles := make([][]string, len(c.pairs))
	tips := make([]string, len(c.pairs))
	lines := 1
	for k, p := range c.pairs {
		x0, x1 := c.right, c.x0
		for side, sp := range []*blueprint.PhaseSpan{p.A, p.B} {
			if sp == nil {
				continue
			}
			x0, x1 = min(x0, c.segs[side][sp.First].X), max(x1, c.segs[side][sp.Last].Right())
		}
		spans[k] = scene.Box(x0, c.y, max(x1-x0, minSegW), 0)
		title := c.pairTitle(p)
		tips[k] = title
		titles[k] = styleSmall.Wrap(title, max(spans[k].W-8, 1))
		if len(titles[k]) > 2 || !fits(styleSmall, strings.Fields(title), spans[k].W-8) {
			titles[k] = nil // too narrow: the title stays in the tooltip
		}
		lines = max(lines, len(titles[k]))
	}
	h := styleSmall.Height(lines) + 8
	for k, r := range spans {
		r.H = h
		c.s.Group(tips[k])
		c.s.Rect("phase", r, 3)
		if titles[k] != nil {
			c.s.Text("phase-text", scene.Box(r.X+4, r.Y+4, r.W-8, styleSmall.Height(len(titles[k]))), styleSmall, titles[k], scene.AlignMiddle)
		}
		c.s.End()
	}
	c.y += h + 6
}

// pairTitle names a phase pair: by one title when both sides name it
// alike, "A title / B title" when not.
func (c *comparison) pairTitle(p blueprint.PhasePair) string {
	ta, tb := c.phaseTitle(p.A), c.phaseTitle(p.B)
	switch {
	case p.A != nil && p.B != nil && ta != tb:
		return ta + " / " + tb
	case p.A != nil:
		return ta
	}
	return tb
}

// phaseTitle names a phase: by its title, or for the one span of a journey
// without phases, by the words for all its steps; "" for no phase.
func (c *comparison) phaseTitle(p *blueprint.PhaseSpan) string {
	switch {
	case p == nil:
		return ""
	case p.Title == "":
		return c.l.Picture.AllSteps
	}
	return p.Title
}

// emotionChart draws both emotion curves on one chart, each point under
// its step on the time rows.
func (c *comparison) emotionChart() {
	if !c.a.Figures.Emotion.Known && !c.b.Figures.Emotion.Known {
		return
	}
	top := c.y
	y, h := c.emotionGrid(top, c.right)
	c.rowLabel(c.l.Emotion.Title, top+6)
	for k, m := range []blueprint.Measured{c.a, c.b} {
		var pts []scene.Point
		for i, s := range m.Journey.Steps {
			if s.Emotion != nil {
				r := c.segs[k][i]
				pts = append(pts, scene.Pt(r.X+r.W/2, y(float64(*s.Emotion))))
			}
		}
		if len(pts) > 1 {
			c.s.Line([2]string{"emo-a", "emo-b"}[k], pts...)
		}
		for _, p := range pts {
			c.emotionMarker(k, p)
		}
	}
	c.y = top + h
}

// emotionMarker draws a point of A as a circle, of B as a square, so the
// curves stay apart in grey print.
func (c *comparison) emotionMarker(k int, p scene.Point) {
	if k == 0 {
		c.s.Circle("emo-point-a", p.X, p.Y, markerSize)
		return
	}
	c.s.Rect("emo-point-b", scene.Box(p.X-markerSize, p.Y-markerSize, 2*markerSize, 2*markerSize), 0)
}

// compareLegend explains the symbols of a comparison.
func (c *comparison) compareLegend() []legendItem {
	li := c.l.Legend
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
		{c.l.Compare.Compressed, func(x, y float64) {
			c.s.Line("break", scene.Pt(x+8, y+18), scene.Pt(x+14, y))
			c.s.Line("break", scene.Pt(x+14, y+18), scene.Pt(x+20, y))
		}},
	}
}
