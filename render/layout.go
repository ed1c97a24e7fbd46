package render

import (
	"fmt"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
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
	styleTitle  = textStyle{bold, 28, 34}
	styleLead   = textStyle{regular, 16, 21}
	styleBody   = textStyle{regular, 14, 19}
	styleStrong = textStyle{bold, 14, 19}
	styleCard   = textStyle{regular, 13, 17}
	styleQuote  = textStyle{italic, 13, 17}
	styleLabel  = textStyle{bold, 13, 17}
	styleSmall  = textStyle{regular, 12, 15}
	styleBadge  = textStyle{bold, 11, 14}
)

// A layout lays out one picture of a journey, row by row from the top; the
// views share its rows.
type layout struct {
	m      Measured
	j      *blueprint.Journey
	f      *blueprint.Figures
	l      *labels
	s      *scene
	n      int     // steps
	x0     float64 // the left edge of the first step column
	right  float64 // the right edge of the content
	y      float64 // the top of the next row
	notes  []note
	badges [][]badge              // per step
	dead   map[int]blueprint.Span // the dead moments by step
}

// newLayout starts the layout of a picture of m in the words of l: the
// columns of its steps, its markers, what it is about.
func newLayout(m Measured, l *labels) *layout {
	j := m.Journey
	b := &layout{m: m, j: j, f: &m.Figures, l: l, s: newScene(), n: len(j.Steps), dead: deadSteps(&m.Figures)}
	b.s.items = make([]item, 0, itemsPerStep*b.n+256)
	b.x0 = margin + labelW
	b.right = max(b.x0+float64(b.n)*colW, margin+minWidth)
	b.s.w = b.right + margin
	b.s.title = j.Title
	b.s.desc = summary(m, l)
	b.y = margin
	b.collectMarkers()
	return b
}

// newView starts the layout of one of the views of a journey, in its own
// language.
func newView(m Measured) *layout { return newLayout(m, labelsFor(m.Journey.Locale)) }

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
	lines := styleLabel.wrap(text, labelW-2*pad)
	h := styleLabel.height(len(lines))
	b.s.text("row-label", rect{margin + pad, top, labelW - 2*pad, h}, styleLabel, lines, alignStart)
	return h
}

// wrapped places text wrapped to width w at (x, y) and returns its height.
func (b *layout) wrapped(class string, st textStyle, text string, x, y, w float64, a anchor) float64 {
	lines := st.wrap(text, w)
	h := st.height(len(lines))
	b.s.text(class, rect{x, y, w, h}, st, lines, a)
	return h
}

// summary is the figures of m in one sentence, for the header and screen
// readers.
func summary(m Measured, l *labels) string {
	f := &m.Figures
	parts := []string{fmt.Sprintf("%d %s", len(m.Journey.Steps), l.steps), l.total + " " + l.span(f.Total)}
	if f.TimeToValue != nil {
		parts = append(parts, l.timeToValue+" "+l.span(*f.TimeToValue))
	} else {
		parts = append(parts, l.timeToValue+": "+l.noValue)
	}
	parts = append(parts, fmt.Sprintf("%s %s (%s %s)", l.deadTime, l.span(f.DeadTime), l.percent(f.DeadShare), l.deadSentence))
	if f.Emotion.Known {
		parts = append(parts, fmt.Sprintf("%s %s %s, %s %s", l.emotion, l.experienced, l.score(f.Emotion.Experienced), l.remembered, l.score(f.Emotion.Remembered)))
	}
	parts = append(parts, fmt.Sprintf("%s %d", l.failPoints, len(f.FailPoints)), fmt.Sprintf("%s %d", l.touchpoints, f.Touchpoints))
	return strings.Join(parts, " · ")
}

// header draws the title, persona, description and the figures.
func (b *layout) header() {
	w := b.right - margin
	b.y += b.wrapped("title", styleTitle, b.j.Title, margin, b.y, w, alignStart)
	if b.j.Persona != "" {
		b.y += 4 + b.wrapped("lead", styleLead, b.j.Persona, margin, b.y+4, w, alignStart)
	}
	if b.j.Description != "" {
		b.y += 2 + b.wrapped("muted", styleBody, b.j.Description, margin, b.y+2, w, alignStart)
	}
	b.y += 8 + b.wrapped("figures", styleStrong, b.s.desc, margin, b.y+8, w, alignStart)
	b.y += 20
}

// phases draws the band of phases over their steps.
func (b *layout) phases() {
	if len(b.j.Phases) == 0 {
		return
	}
	spans := phaseSpans(b.j, b.l)
	wraps := make([][]string, len(spans))
	lines := 1
	for k, sp := range spans {
		wraps[k] = styleLabel.wrap(sp.title, sp.width()-4*pad)
		lines = max(lines, len(wraps[k]))
	}
	h := styleLabel.height(lines) + 2*pad
	for k, sp := range spans {
		r := rect{b.colX(sp.first) + 3, b.y, sp.width() - 6, h}
		b.s.rect("phase", r, 4)
		th := styleLabel.height(len(wraps[k]))
		b.s.text("phase-text", rect{r.x + pad, r.y + (h-th)/2, r.w - 2*pad, th}, styleLabel, wraps[k], alignMiddle)
	}
	b.y += h + 10
}

// A phaseSpan is a phase and the steps under it, first to last.
type phaseSpan struct {
	id, title   string // the id is "" for a journey without phases
	first, last int
}

// width returns the width of the span's columns.
func (p phaseSpan) width() float64 { return float64(p.last-p.first+1) * colW }

// phaseSpans returns the phases of j with their steps, in order; a journey
// without phases is one span of all its steps, named in the words of l.
func phaseSpans(j *blueprint.Journey, l *labels) []phaseSpan {
	if len(j.Phases) == 0 {
		return []phaseSpan{{title: l.allSteps, first: 0, last: len(j.Steps) - 1}}
	}
	var spans []phaseSpan
	for i, s := range j.Steps {
		if len(spans) > 0 && j.Steps[spans[len(spans)-1].first].Phase == s.Phase {
			spans[len(spans)-1].last = i
			continue
		}
		spans = append(spans, phaseSpan{id: s.Phase, title: phaseTitle(j, s.Phase), first: i, last: i})
	}
	return spans
}

func phaseTitle(j *blueprint.Journey, id string) string {
	for _, p := range j.Phases {
		if p.ID == id {
			return p.Title
		}
	}
	return id
}

// heads draws each step's title with its markers.
func (b *layout) heads() {
	titles := make([][]string, b.n)
	h := 0.0
	for i, s := range b.j.Steps {
		titles[i] = styleStrong.wrap(s.Title, cardW)
		hh := styleStrong.height(len(titles[i]))
		if len(b.badges[i]) > 0 {
			hh += 6 + badgeH
		}
		h = max(h, hh)
	}
	for i := range b.j.Steps {
		th := styleStrong.height(len(titles[i]))
		b.s.text("step-head", rect{b.cardX(i), b.y, cardW, th}, styleStrong, titles[i], alignMiddle)
		b.drawBadges(b.badges[i], b.centre(i), b.y+th+6)
	}
	b.y += h + 10
}
