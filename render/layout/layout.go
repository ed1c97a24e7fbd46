package layout

import (
	"fmt"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/labels"
	"github.com/blueprint-tool/blueprint/render/scene"
	"github.com/blueprint-tool/blueprint/render/text"
)

// Geometry of the pictures, in pixels.
const (
	margin   = 32.0  // around the picture
	labelW   = 160.0 // the column of lane and row labels
	colW     = 204.0 // the pitch of step columns
	cardW    = 176.0 // the width of a card in its column
	pad      = 8.0   // inside cards and lanes
	cardGap  = 6.0   // between the cards of a cell
	laneMin  = 60.0  // the least height of a lane
	minWidth = 760.0 // the least width of the content

	itemsPerStep = 48 // about what a step draws, to size the scene once
)

// Text styles of the pictures: face, size and line distance.
var (
	styleTitle  = text.Style{Face: text.Bold, Size: 28, Lead: 34}
	styleLead   = text.Style{Face: text.Regular, Size: 16, Lead: 21}
	styleBody   = text.Style{Face: text.Regular, Size: 14, Lead: 19}
	styleStrong = text.Style{Face: text.Bold, Size: 14, Lead: 19}
	styleCard   = text.Style{Face: text.Regular, Size: 13, Lead: 17}
	styleQuote  = text.Style{Face: text.Italic, Size: 13, Lead: 17}
	styleLabel  = text.Style{Face: text.Bold, Size: 13, Lead: 17}
	styleSmall  = text.Style{Face: text.Regular, Size: 12, Lead: 15}
	styleBadge  = text.Style{Face: text.Bold, Size: 11, Lead: 14}
)

// A layout lays out one picture of a journey, row by row from the top; the
// views share its rows.
type layout struct {
	m        blueprint.Measured
	j        *blueprint.Journey
	f        *blueprint.Figures
	l        *labels.Set
	s        *scene.Scene
	n        int     // steps
	x0       float64 // the left edge of the first step column
	right    float64 // the right edge of the content
	y        float64 // the top of the next row
	notes    []note
	findings []note                 // the review findings drawn, numbered
	badges   [][]badge              // per step
	dead     map[int]blueprint.Span // the dead moments by step, on any path
	deads    []blueprint.DeadMoment // the same, in step order
}

// newLayout starts the layout of a picture of m in the words of l: the
// columns of its steps, its markers and those of the findings of o, what
// it is about.
func newLayout(m blueprint.Measured, l *labels.Set, o Options) *layout {
	j := m.Journey
	b := &layout{m: m, j: j, f: &m.Figures, l: l, s: scene.NewScene(), n: len(j.Steps)}
	b.deads = deadOnAnyPath(m)
	b.dead = make(map[int]blueprint.Span, len(b.deads))
	for _, d := range b.deads {
		b.dead[d.Step] = d.Duration
	}
	b.s.Items = make([]scene.Item, 0, itemsPerStep*b.n+256)
	b.x0 = margin + labelW
	b.right = max(b.x0+float64(b.n)*colW, margin+minWidth)
	b.s.W = b.right + margin
	b.s.Title = j.Title
	b.s.Desc = summary(m, l)
	b.y = margin
	b.collectMarkers()
	b.collectFindings(o.Findings)
	return b
}

// newView starts the layout of one of the views of a journey, in its own
// language.
func newView(m blueprint.Measured, o Options) *layout {
	b := newLayout(m, labels.For(m.Journey.Locale), o)
	b.s.Gutter, b.s.Pitch = b.x0, colW // lane and row names, then the steps
	return b
}

// deadOnAnyPath returns the dead moments of every step on any path of
// m's journey, in step order: the journey's own when it has no paths.
func deadOnAnyPath(m blueprint.Measured) []blueprint.DeadMoment {
	paths := blueprint.PathsOf(m)
	if len(paths) == 0 {
		return m.Figures.DeadMoments
	}
	byStep := map[int]blueprint.DeadMoment{}
	for _, p := range paths {
		for _, d := range p.Figures.DeadMoments {
			byStep[d.Step] = d
		}
	}
	var out []blueprint.DeadMoment
	for i := range m.Journey.Steps {
		if d, ok := byStep[i]; ok {
			out = append(out, d)
		}
	}
	return out
}

// deadSteps returns the dead moments of a journey by step.
func deadSteps(f *blueprint.Figures) map[int]blueprint.Span {
	dead := make(map[int]blueprint.Span, len(f.DeadMoments))
	for _, d := range f.DeadMoments {
		dead[d.Step] = d.Duration
	}
	return dead
}

// colX returns the left edge of step i's column.
func (b *layout) colX(i int) float64 { return b.x0 + float64(i)*colW }

// cardX returns the left edge of the cards of step i.
func (b *layout) cardX(i int) float64 { return b.colX(i) + (colW-cardW)/2 }

// centre returns the middle of step i's column.
func (b *layout) centre(i int) float64 { return b.colX(i) + colW/2 }

// rowLabel writes the label of a row in the label column and returns its
// height.
func (b *layout) rowLabel(text string, top float64) float64 {
	lines := styleLabel.Wrap(text, labelW-2*pad)
	h := styleLabel.Height(len(lines))
	b.s.Text("row-label", scene.Box(margin+pad, top, labelW-2*pad, h), styleLabel, lines, scene.AlignStart)
	return h
}

// wrapped places text wrapped to width w at (x, y) and returns its height.
func (b *layout) wrapped(class string, st text.Style, text string, x, y, w float64, a scene.Anchor) float64 {
	lines := st.Wrap(text, w)
	h := st.Height(len(lines))
	b.s.Text(class, scene.Box(x, y, w, h), st, lines, a)
	return h
}

// summary is the figures of m in one sentence, for the header and screen
// readers.
func summary(m blueprint.Measured, l *labels.Set) string {
	f := &m.Figures
	steps := len(m.Journey.Steps)
	if len(m.Journey.Paths) > 0 {
		steps = len(m.Journey.PathSteps(m.Journey.Paths[0].ID)) // the figures are the main path's
	}
	parts := []string{fmt.Sprintf("%d %s", steps, l.Summary.Steps), l.Summary.Total + " " + l.Span(f.Total)}
	if f.TimeToValue != nil {
		parts = append(parts, l.Axis.TimeToValue+" "+l.Span(*f.TimeToValue))
	} else {
		parts = append(parts, l.Axis.TimeToValue+": "+l.Summary.NoValue)
	}
	parts = append(parts, fmt.Sprintf("%s %s (%s %s)", l.Summary.DeadTime, l.Span(f.DeadTime), l.Percent(f.DeadShare), l.Summary.OfTotal))
	if f.Emotion.Known {
		parts = append(parts, fmt.Sprintf("%s %s %s, %s %s", l.Emotion.Title, l.Emotion.Experienced, l.Score(f.Emotion.Experienced), l.Emotion.Remembered, l.Score(f.Emotion.Remembered)))
	}
	parts = append(parts, fmt.Sprintf("%s %d", l.Summary.FailPoints, len(f.FailPoints)), fmt.Sprintf("%s %d", l.Summary.Touchpoints, f.Touchpoints))
	return strings.Join(parts, " · ")
}

// header draws the title, persona, description and the figures.
func (b *layout) header() {
	w := b.right - margin
	b.y += b.wrapped("title", styleTitle, b.j.Title, margin, b.y, w, scene.AlignStart)
	if b.j.Persona != "" {
		b.y += 4 + b.wrapped("lead", styleLead, b.j.Persona, margin, b.y+4, w, scene.AlignStart)
	}
	if b.j.Description != "" {
		b.y += 2 + b.wrapped("muted", styleBody, b.j.Description, margin, b.y+2, w, scene.AlignStart)
	}
	b.y += 8 + b.wrapped("figures", styleStrong, b.s.Desc, margin, b.y+8, w, scene.AlignStart)
	b.y += 20
}

// phases draws the band of phases over their steps.
func (b *layout) phases() {
	if len(b.j.Phases) == 0 {
		return
	}
	spans := blueprint.PhaseSpans(b.j)
	wraps := make([][]string, len(spans))
	lines := 1
	for k, sp := range spans {
		wraps[k] = styleLabel.Wrap(sp.Title, spanWidth(sp)-4*pad)
		lines = max(lines, len(wraps[k]))
	}
	h := styleLabel.Height(lines) + 2*pad
	for k, sp := range spans {
		r := scene.Box(b.colX(sp.First)+3, b.y, spanWidth(sp)-6, h)
		b.s.Rect("phase", r, 4)
		th := styleLabel.Height(len(wraps[k]))
		b.s.Text("phase-text", scene.Box(r.X+pad, r.Y+(h-th)/2, r.W-2*pad, th), styleLabel, wraps[k], scene.AlignMiddle)
	}
	b.y += h + 10
}

// spanWidth returns the width of the columns of a phase's steps.
func spanWidth(p blueprint.PhaseSpan) float64 { return float64(p.Len()) * colW }

// heads draws each step's title with its markers.
func (b *layout) heads() {
	titles := make([][]string, b.n)
	h := 0.0
	for i, s := range b.j.Steps {
		titles[i] = styleStrong.Wrap(s.Title, cardW)
		hh := styleStrong.Height(len(titles[i]))
		if len(b.badges[i]) > 0 {
			hh += 6 + badgesHeight(b.badges[i])
		}
		h = max(h, hh)
	}
	for i := range b.j.Steps {
		th := styleStrong.Height(len(titles[i]))
		b.s.Text("step-head", scene.Box(b.cardX(i), b.y, cardW, th), styleStrong, titles[i], scene.AlignMiddle)
		b.drawBadges(b.badges[i], b.centre(i), b.y+th+6)
	}
	b.y += h + 10
}
