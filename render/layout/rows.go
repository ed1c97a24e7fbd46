package layout

import (
	"fmt"
	"strconv"

	"github.com/blueprint-tool/blueprint/render/labels"
	"github.com/blueprint-tool/blueprint/render/scene"
)

// timeAxis draws, under the lanes, each step's duration and the time so far,
// and shades the dead moments down to it.
func (b *layout) timeAxis() {
	top := b.y
	axis := top + 10
	durations := make([][]string, b.n)
	ends := make([][]string, b.n)
	h := 0.0
	for i, s := range b.j.Steps {
		text := b.l.Span(s.Duration)
		if _, dead := b.dead[i]; dead {
			text += " " + b.l.Axis.Dead
		}
		durations[i] = styleStrong.Wrap(text, cardW)
		ends[i] = styleSmall.Wrap(b.l.Axis.EndsAt+b.l.Span(b.f.Times[i].End), cardW)
		h = max(h, styleStrong.Height(len(durations[i]))+styleSmall.Height(len(ends[i])))
	}
	rowH := 10 + 8 + h + 10
	for _, d := range b.deads {
		b.s.Rect("dead", scene.Box(b.colX(d.Step), top, colW, rowH), 0)
	}
	labelH := b.rowLabel(b.l.Axis.Time, axis+8)
	b.wrapped("muted", styleSmall, b.l.Axis.Note, margin+pad, axis+8+labelH, labelW-2*pad, scene.AlignStart)
	end := b.colX(b.n)
	b.s.Line("axis", scene.Pt(b.x0, axis), scene.Pt(end, axis))
	for i := 0; i <= b.n; i++ {
		x := b.colX(i)
		b.s.Line("axis", scene.Pt(x, axis-5), scene.Pt(x, axis+5))
	}
	for i := range b.j.Steps {
		y := axis + 8
		class := "axis-text"
		if _, dead := b.dead[i]; dead {
			class = "dead-text"
		}
		dh := styleStrong.Height(len(durations[i]))
		b.s.Text(class, scene.Box(b.cardX(i), y, cardW, dh), styleStrong, durations[i], scene.AlignMiddle)
		b.s.Text("muted", scene.Box(b.cardX(i), y+dh, cardW, styleSmall.Height(len(ends[i]))), styleSmall, ends[i], scene.AlignMiddle)
	}
	b.y = top + max(rowH, 10+8+labelH+styleSmall.Height(2)+10)
}

// timeToValue draws a bracket from the start to the end of the value step,
// labelled with the figure.
func (b *layout) timeToValue() {
	if b.f.TimeToValue == nil {
		return
	}
	top := b.y + 4
	b.rowLabel(b.l.Axis.TimeToValue, top+10)
	x1, x2 := b.x0+4, b.colX(b.f.ValueStep)+colW-4
	b.s.Line("ttv", scene.Pt(x1, top), scene.Pt(x1, top+8), scene.Pt(x2, top+8), scene.Pt(x2, top))
	w := max(x2-x1, cardW)
	cx := (x1 + x2) / 2
	x := min(max(cx-w/2, b.x0), b.right-w)
	h := b.wrapped("ttv-text", styleStrong, b.l.Span(*b.f.TimeToValue), x, top+14, w, scene.AlignMiddle)
	b.y = top + 14 + max(h, styleLabel.Height(1)) + 16
}

// Geometry of the emotion chart.
const (
	emotionUnit = 30.0 // pixels per emotion point
	emotionPad  = 28.0 // room for the peak and end labels above their points
)

// emotion draws the emotion curve, peak and end, the expectation gaps, and
// the experienced and remembered figures.
func (b *layout) emotion() {
	e := b.f.Emotion
	if !e.Known {
		return
	}
	top, end := b.y, b.colX(b.n)
	y, h := b.emotionGrid(top, end)
	b.s.Line("emo-experienced", scene.Pt(b.x0, y(e.Experienced)), scene.Pt(end, y(e.Experienced)))
	b.s.Line("emo-remembered", scene.Pt(b.x0, y(e.Remembered)), scene.Pt(end, y(e.Remembered)))
	b.emotionLabels(top)
	b.expectations(y)
	b.emotionCurves(y)
	for i, s := range b.j.Steps {
		if s.Emotion != nil {
			b.s.Circle("emo-point", b.centre(i), y(float64(*s.Emotion)), 5)
		}
	}
	b.peakEnd(y)
	b.y = top + h
}

// emotionCurves draws the emotion curve through the steps with an
// emotion, along each path in its style (the main path's solid); a segment
// two paths share is drawn once.
func (b *layout) emotionCurves(y func(float64) float64) {
	at := func(i int) scene.Point { return scene.Pt(b.centre(i), y(float64(*b.j.Steps[i].Emotion))) }
	drawn := map[[2]int]bool{}
	for k, steps := range b.flowPaths() {
		class := "emo-line"
		if k > 0 {
			class += " path-" + strconv.Itoa((k-1)%4+1)
		}
		var run []scene.Point
		flush := func() {
			if len(run) > 1 {
				b.s.Line(class, run...)
			}
			run = nil
		}
		prev := -1
		for _, i := range steps {
			if b.j.Steps[i].Emotion == nil {
				continue
			}
			switch edge := [2]int{prev, i}; {
			case prev < 0:
			case drawn[edge]:
				flush()
			default:
				drawn[edge] = true
				if len(run) == 0 {
					run = append(run, at(prev))
				}
				run = append(run, at(i))
			}
			prev = i
		}
		flush()
	}
}

// emotionGrid draws the band of an emotion chart from top, its scale from
// -2 to +2 up to x end, and returns where a value lies and the band's
// height.
func (b *layout) emotionGrid(top, end float64) (y func(float64) float64, h float64) {
	h = 4*emotionUnit + 2*emotionPad
	zero := top + emotionPad + 2*emotionUnit
	y = func(v float64) float64 { return zero - v*emotionUnit }
	b.s.Rect("emotion-band", scene.Box(margin, top, b.right-margin, h), 0)
	for v := -2; v <= 2; v++ {
		class := "emo-grid"
		if v == 0 {
			class = "emo-zero"
		}
		b.s.Line(class, scene.Pt(b.x0, y(float64(v))), scene.Pt(end, y(float64(v))))
		b.s.Text("muted", scene.Box(b.x0-30, y(float64(v))-styleSmall.Lead/2, 24, styleSmall.Lead), styleSmall, []string{labels.Signed(v)}, scene.AlignEnd)
	}
	return y, h
}

// emotionLabels writes the row's label and the two figures, each beside a
// sample of its line, in the label column.
func (b *layout) emotionLabels(top float64) {
	e := b.f.Emotion
	y := top + 6 + b.rowLabel(b.l.Emotion.Title, top+6)
	for _, f := range []struct {
		class, label string
		v            float64
	}{{"emo-experienced", b.l.Emotion.Experienced, e.Experienced}, {"emo-remembered", b.l.Emotion.Remembered, e.Remembered}} {
		x := margin + pad
		lines := styleSmall.Wrap(f.label+" "+b.l.Score(f.v), labelW-2*pad-58)
		b.s.Line(f.class, scene.Pt(x, y+styleSmall.Lead/2), scene.Pt(x+18, y+styleSmall.Lead/2))
		b.s.Text("label-text", scene.Box(x+22, y, labelW-2*pad-58, styleSmall.Height(len(lines))), styleSmall, lines, scene.AlignStart)
		y += styleSmall.Height(len(lines)) + 2
	}
}

// expectations marks what each step's customer expected to feel, joined to
// what they felt: below in one colour, exceeded in another.
func (b *layout) expectations(y func(float64) float64) {
	for i, s := range b.j.Steps {
		gap, ok := s.Gap()
		if !ok {
			continue
		}
		x := b.centre(i)
		want, got := y(float64(*s.Expected)), y(float64(*s.Emotion))
		class := "gap-met"
		switch {
		case gap < 0:
			class = "gap-below"
		case gap > 0:
			class = "gap-exceeded"
		}
		if gap != 0 {
			b.s.Line(class, scene.Pt(x, want), scene.Pt(x, got))
		}
		b.s.Line("expected", scene.Pt(x-8, want), scene.Pt(x+8, want))
	}
}

// peakEnd rings the peak and the end of the curve and names them.
func (b *layout) peakEnd(y func(float64) float64) {
	e := b.f.Emotion
	type mark struct {
		step  int
		v     int
		label string
	}
	marks := []mark{{e.Peak.Step, e.Peak.Value, b.l.Emotion.Peak}, {e.End.Step, e.End.Value, b.l.Emotion.End}}
	if e.Peak.Step == e.End.Step {
		marks = []mark{{e.Peak.Step, e.Peak.Value, b.l.Emotion.Peak + " · " + b.l.Emotion.End}}
	}
	for _, m := range marks {
		cx, cy := b.centre(m.step), y(float64(m.v))
		b.s.Circle("emo-mark", cx, cy, 9)
		w := styleBadge.Width(m.label) + 2
		ly := cy - 11 - styleBadge.Lead // above a point at or over neutral, below one under it
		if m.v < 0 {
			ly = cy + 11
		}
		b.s.Text("emo-mark-text", scene.Box(cx-w/2, ly, w, styleBadge.Lead), styleBadge, []string{m.label}, scene.AlignMiddle)
	}
}

// opportunities draws a callout on each step with an opportunity: the idea
// and its yearly value.
func (b *layout) opportunities() {
	if len(b.f.Opportunities) == 0 {
		return
	}
	top := b.y + 10
	b.rowLabel(b.l.Picture.Opportunity, top+pad)
	h := 0.0
	for _, o := range b.f.Opportunities {
		idea := styleCard.Wrap(o.Idea, cardW-2*pad)
		value := styleStrong.Wrap(fmt.Sprintf("%s %s %s", b.l.Money(o.PerYear), b.j.Currency, b.l.Picture.PerYear), cardW-2*pad)
		ih, vh := styleCard.Height(len(idea)), styleStrong.Height(len(value))
		r := scene.Box(b.cardX(o.Step), top, cardW, ih+vh+2*pad+4)
		b.s.Rect("opportunity", r, 6)
		b.s.Text("opportunity-text", scene.Box(r.X+pad, r.Y+pad, cardW-2*pad, ih), styleCard, idea, scene.AlignStart)
		b.s.Text("opportunity-value", scene.Box(r.X+pad, r.Y+pad+ih+4, cardW-2*pad, vh), styleStrong, value, scene.AlignStart)
		h = max(h, r.H)
	}
	b.y = top + max(h, styleLabel.Lead+2*pad)
}

// Geometry of the notes and the legend under the picture.
const (
	noteW   = 420.0
	noteGap = 24.0
)

// noteList writes the numbered notes of the badges in columns, so that
// print keeps what the tooltips say.
func (b *layout) noteList() { b.badgeList(b.l.Picture.Notes, b.notes) }

// A legendItem is a symbol of a picture and what it means.
type legendItem struct {
	text string
	draw func(x, y float64) // draws the symbol in the 28 x 18 box at (x, y)
}

// legend explains the symbols, left to right, wrapping at the right edge.
func (b *layout) legend(items []legendItem) { b.legendIn(items, margin, b.right) }

// legendIn lays the legend out between x0 and right, from below b.y.
func (b *layout) legendIn(items []legendItem, x0, right float64) {
	b.y += 18
	b.y += b.wrapped("section", styleLabel, b.l.Picture.Legend, x0, b.y, right-x0, scene.AlignStart) + 6
	x, rowH := x0, 0.0
	for _, it := range items {
		lines := styleSmall.Wrap(it.text, 220)
		w := 0.0
		for _, l := range lines {
			w = max(w, styleSmall.Width(l))
		}
		w = min(w+1, 220)
		if x > x0 && x+36+w > right {
			x, b.y = x0, b.y+rowH+10
			rowH = 0
		}
		it.draw(x, b.y)
		h := styleSmall.Height(len(lines))
		b.s.Text("legend-text", scene.Box(x+36, b.y+max(0, (18-h)/2), w, h), styleSmall, lines, scene.AlignStart)
		rowH = max(rowH, max(18, h))
		x += 36 + w + 24
	}
	b.y += rowH
}

// markerLegend explains the badges and the emotion chart, which both views
// draw.
func (b *layout) markerLegend() []legendItem {
	li := b.l.Legend
	return append([]legendItem{
		{li.Fail, func(x, y float64) {
			b.drawBadge(badge{class: "badge-fail", label: b.l.Markers.FailLetter, tip: li.Fail}, x+5, y)
		}},
		{li.Wait, func(x, y float64) {
			b.drawBadge(badge{class: "badge-wait", label: b.l.Markers.WaitLetter, tip: li.Wait}, x+5, y)
		}},
		{li.Value, func(x, y float64) {
			b.drawBadge(badge{class: "badge-value", label: b.l.Markers.ValueLetter, tip: li.Value}, x+5, y)
		}},
		{li.Dead, func(x, y float64) { b.s.Rect("dead legend-dead", scene.Box(x, y, 28, 18), 0) }},
		{li.StripValue, func(x, y float64) { b.valueMark(x+14, y+9) }},
		{li.Emotion, func(x, y float64) {
			b.s.Line("emo-line", scene.Pt(x, y+14), scene.Pt(x+28, y+4))
			b.s.Circle("emo-point", x+14, y+9, 4)
		}},
		{li.PeakEnd, func(x, y float64) { b.s.Circle("emo-mark", x+14, y+9, 8) }},
		{li.Expected, func(x, y float64) {
			b.s.Line("gap-below", scene.Pt(x+14, y+2), scene.Pt(x+14, y+16))
			b.s.Line("expected", scene.Pt(x+6, y+2), scene.Pt(x+22, y+2))
		}},
		{li.Opportunity, func(x, y float64) { b.s.Rect("opportunity", scene.Box(x, y+1, 28, 16), 3) }},
	}, b.findingLegend()...)
}
