package layout

import (
	"math"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/labels"
	"github.com/blueprint-tool/blueprint/render/scene"
)

// A change is what an edit did to a moment, going from A to B.
type change int

const (
	unchanged     change = iota
	changeRemoved        // only A has a step
	changeAdded          // only B has a step
	changeChanged        // both have one, and they differ
)

// changeClass names the mark of each change.
var changeClass = [...]string{unchanged: "", changeRemoved: "change-removed", changeAdded: "change-added", changeChanged: "change-changed"}

// changeOf returns what an edit did to moment p.
func changeOf(p blueprint.MomentPair) change {
	switch {
	case p.B < 0:
		return changeRemoved
	case p.A < 0:
		return changeAdded
	case len(p.Changed) > 0:
		return changeChanged
	}
	return unchanged
}

// A momentCard is one journey's step in a moment's column, laid out: its
// title, its duration and emotion, and its markers.
type momentCard struct {
	step   int // -1: the journey has no step in this moment
	title  []string
	info   []string
	badges []badge
	dead   bool
}

// height returns the height of the card's box.
func (m momentCard) height() float64 {
	if m.step < 0 {
		return styleSmall.Height(1) + 2*pad
	}
	h := styleLabel.Height(len(m.title)) + styleSmall.Height(len(m.info)) + 2*pad
	if len(m.badges) > 0 {
		h += 4 + badgesHeight(m.badges)
	}
	return h
}

// momentGrid draws a column for each moment: its key and what changed,
// A's step over the difference B − A over B's step.
func (c *comparison) momentGrid() {
	c.y += c.wrapped("section", styleLabel, c.l.Compare.Moments, margin, c.y, c.right-margin, scene.AlignStart) + 8
	c.momentHeads()
	cards := [2][]momentCard{}
	for k := range 2 {
		for _, p := range c.pairs {
			cards[k] = append(cards[k], c.momentCard(k, stepOf(p, k)))
		}
	}
	c.cardRow(0, cards[0])
	c.diffRow()
	c.cardRow(1, cards[1])
	c.y += 10
}

// momentHeads draws each column's key and the mark of what changed in it.
func (c *comparison) momentHeads() {
	keys := make([][]string, c.n)
	marks := make([][]string, c.n)
	h := 0.0
	for i, p := range c.pairs {
		keys[i] = styleSmall.Wrap(p.Key, cardW)
		if ch := changeOf(p); ch != unchanged {
			marks[i] = styleBadge.Wrap(c.changeText(p, ch), cardW-2*pad)
		}
		h = max(h, c.headHeight(keys[i], marks[i]))
	}
	for i, p := range c.pairs {
		x := c.cardX(i)
		kh := styleSmall.Height(len(keys[i]))
		c.s.Text("muted", scene.Box(x, c.y, cardW, kh), styleSmall, keys[i], scene.AlignMiddle)
		if marks[i] != nil {
			mh := styleBadge.Height(len(marks[i])) + 4
			r := scene.Box(x, c.y+kh+4, cardW, mh)
			c.s.Rect(changeClass[changeOf(p)], r, 7)
			c.s.Text("change-text", scene.Box(r.X+pad, r.Y+2, r.W-2*pad, mh-4), styleBadge, marks[i], scene.AlignMiddle)
		}
	}
	c.y += h + 8
}

// headHeight is the height of a column's head.
func (c *comparison) headHeight(key, mark []string) float64 {
	h := styleSmall.Height(len(key))
	if mark != nil {
		h += 4 + styleBadge.Height(len(mark)) + 4
	}
	return h
}

// changeText says what changed in a moment.
func (c *comparison) changeText(p blueprint.MomentPair, ch change) string {
	w := c.l.Compare
	switch ch {
	case changeRemoved:
		return w.OnlyA
	case changeAdded:
		return w.OnlyB
	}
	return w.Changed + ": " + strings.Join(p.Changed, ", ")
}

// momentCard lays out step i of journey k (-1 for none).
func (c *comparison) momentCard(k, i int) momentCard {
	card := momentCard{step: i}
	if i < 0 {
		return card
	}
	m := c.side(k)
	s := &m.Journey.Steps[i]
	_, card.dead = deadSteps(&m.Figures)[i]
	card.title = styleLabel.Wrap(s.Title, cardW-2*pad)
	info := c.l.Span(s.Duration)
	if card.dead {
		info += " " + c.l.Axis.Dead
	}
	if s.Emotion != nil {
		info += " · " + c.l.Emotion.Title + " " + labels.Signed(*s.Emotion)
	}
	card.info = styleSmall.Wrap(info, cardW-2*pad)
	card.badges = c.stepBadges(m, i)
	return card
}

// stepBadges returns the markers of step i of m: fail, wait and value,
// each with its letter and, as its tooltip, what it says.
func (c *comparison) stepBadges(m blueprint.Measured, i int) []badge {
	s := &m.Journey.Steps[i]
	mk := c.l.Markers
	var out []badge
	if s.Fail != "" {
		out = append(out, badge{class: "badge-fail", label: mk.FailLetter, tip: mk.Fail + ": " + s.Fail})
	}
	if s.Wait {
		out = append(out, badge{class: "badge-wait", label: mk.WaitLetter, tip: mk.Wait + " " + c.l.Span(s.Duration)})
	}
	if i == m.Figures.ValueStep {
		out = append(out, badge{class: "badge-value", label: mk.ValueLetter, tip: mk.Value + ": " + mk.ValueNote})
	}
	return out
}

// cardRow draws journey k's cards, one under each moment, with its letter
// and title in the label column; a dead moment's column is shaded.
func (c *comparison) cardRow(k int, cards []momentCard) {
	top := c.y
	title := styleSmall.Wrap(c.side(k).Journey.Title, labelW-3*pad-28)
	h := max(styleSmall.Height(len(title)), 20)
	for _, card := range cards {
		h = max(h, card.height())
	}
	rowH := h + 2*pad
	c.s.Rect([2]string{"lane lane-customer", "lane tp-row-1"}[k], scene.Box(margin, top, c.right-margin, rowH), 0)
	c.sideBadge(k, margin+pad, top+pad)
	c.s.Text("label-text", scene.Box(margin+pad+28, top+pad, labelW-3*pad-28, styleSmall.Height(len(title))), styleSmall, title, scene.AlignStart)
	for i, card := range cards {
		if card.dead {
			c.s.Rect("dead", scene.Box(c.colX(i), top, colW, rowH), 0)
		}
		c.drawMomentCard(card, scene.Box(c.cardX(i), top+pad, cardW, card.height()))
	}
	c.y = top + rowH
}

// drawMomentCard draws a card in box r: a dashed empty box where the
// journey has no step.
func (c *comparison) drawMomentCard(card momentCard, r scene.Rect) {
	if card.step < 0 {
		c.s.Rect("absent", r, 4)
		c.s.Text("muted", scene.Box(r.X+pad, r.Y+pad, r.W-2*pad, styleSmall.Lead), styleSmall, []string{"–"}, scene.AlignMiddle)
		return
	}
	c.s.Rect("card", r, 4)
	y := r.Y + pad
	th := styleLabel.Height(len(card.title))
	c.s.Text("card-text", scene.Box(r.X+pad, y, r.W-2*pad, th), styleLabel, card.title, scene.AlignStart)
	y += th
	ih := styleSmall.Height(len(card.info))
	c.s.Text("muted", scene.Box(r.X+pad, y, r.W-2*pad, ih), styleSmall, card.info, scene.AlignStart)
	if len(card.badges) > 0 {
		c.drawBadges(card.badges, r.X+r.W/2, y+ih+4)
	}
}

// diffRow writes, under each moment both journeys have, what B's step
// changes in time and in emotion.
func (c *comparison) diffRow() {
	top := c.y + 4
	texts := make([][]string, c.n)
	h := styleSmall.Height(1)
	for i, p := range c.pairs {
		if diff := c.momentDiff(p); diff != "" {
			texts[i] = styleSmall.Wrap(diff, cardW)
			h = max(h, styleSmall.Height(len(texts[i])))
		}
	}
	h = max(h, c.wrapped("muted", styleSmall, c.l.Compare.Difference, margin+pad, top, labelW-2*pad, scene.AlignStart))
	for i, lines := range texts {
		if lines != nil {
			c.s.Text("muted", scene.Box(c.cardX(i), top, cardW, styleSmall.Height(len(lines))), styleSmall, lines, scene.AlignMiddle)
		}
	}
	c.y = top + h + 4
}

// momentDiff says how much longer B's step of a moment lasts and how much
// better it feels, leaving out what did not change; "" for a moment only
// one journey has, or one where neither changed.
func (c *comparison) momentDiff(p blueprint.MomentPair) string {
	var parts []string
	if p.DurationDiff != nil && math.Round(*p.DurationDiff) != 0 {
		parts = append(parts, c.l.SignedSpan(*p.DurationDiff))
	}
	if p.EmotionDiff != nil && *p.EmotionDiff != 0 {
		parts = append(parts, c.l.Emotion.Title+" "+labels.Signed(*p.EmotionDiff))
	}
	return strings.Join(parts, " · ")
}

// momentEmotions draws both emotion curves over the moments' columns, A's
// with circles and B's dashed with squares; each curve is broken where its
// journey has no step, or no emotion, in a column.
func (c *comparison) momentEmotions() {
	if !c.a.Figures.Emotion.Known && !c.b.Figures.Emotion.Known {
		return
	}
	top := c.y
	y, h := c.emotionGrid(top, c.colX(c.n))
	c.rowLabel(c.l.Emotion.Title, top+6)
	for k := range 2 {
		m := c.side(k)
		offset := [2]float64{-markerSize, markerSize}[k] // so equal values of A and B both show
		var run []scene.Point
		flush := func() {
			if len(run) > 1 {
				c.s.Line([2]string{"emo-a", "emo-b"}[k], run...)
			}
			for _, p := range run {
				c.emotionMarker(k, p)
			}
			run = nil
		}
		for i, p := range c.pairs {
			step := stepOf(p, k)
			if step < 0 || m.Journey.Steps[step].Emotion == nil {
				flush()
				continue
			}
			run = append(run, scene.Pt(c.centre(i)+offset, y(float64(*m.Journey.Steps[step].Emotion))))
		}
		flush()
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
