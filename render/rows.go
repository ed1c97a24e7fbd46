package render

import (
	"fmt"
	"math"
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
		text := b.l.span(s.Duration)
		if _, dead := b.dead[i]; dead {
			text += " " + b.l.dead
		}
		durations[i] = styleStrong.wrap(text, cardW)
		ends[i] = styleSmall.wrap(b.l.endsAt+b.l.span(b.f.Times[i].End), cardW)
		h = max(h, styleStrong.height(len(durations[i]))+styleSmall.height(len(ends[i])))
	}
	rowH := 10 + 8 + h + 10
	for _, d := range b.f.DeadMoments {
		b.s.rect("dead", rect{b.colX(d.Step), top, colW, rowH}, 0)
	}
	labelH := b.rowLabel(b.l.time, axis+8)
	b.wrapped("muted", styleSmall, b.l.timeNote, margin+pad, axis+8+labelH, labelW-2*pad, alignStart)
	end := b.colX(b.n)
	b.s.line("axis", point{b.x0, axis}, point{end, axis})
	for i := 0; i <= b.n; i++ {
		x := b.colX(i)
		b.s.line("axis", point{x, axis - 5}, point{x, axis + 5})
	}
	for i := range b.j.Steps {
		y := axis + 8
		class := "axis-text"
		if _, dead := b.dead[i]; dead {
			class = "dead-text"
		}
		dh := styleStrong.height(len(durations[i]))
		b.s.text(class, rect{b.cardX(i), y, cardW, dh}, styleStrong, durations[i], alignMiddle)
		b.s.text("muted", rect{b.cardX(i), y + dh, cardW, styleSmall.height(len(ends[i]))}, styleSmall, ends[i], alignMiddle)
	}
	b.y = top + max(rowH, 10+8+labelH+styleSmall.height(2)+10)
}

// timeToValue draws a bracket from the start to the end of the value step,
// labelled with the figure.
func (b *layout) timeToValue() {
	if b.f.TimeToValue == nil {
		return
	}
	top := b.y + 4
	b.rowLabel(b.l.timeToValue, top+10)
	x1, x2 := b.x0+4, b.colX(b.f.ValueStep)+colW-4
	b.s.line("ttv", point{x1, top}, point{x1, top + 8}, point{x2, top + 8}, point{x2, top})
	w := max(x2-x1, cardW)
	cx := (x1 + x2) / 2
	x := min(max(cx-w/2, b.x0), b.right-w)
	h := b.wrapped("ttv-text", styleStrong, b.l.span(*b.f.TimeToValue), x, top+14, w, alignMiddle)
	b.y = top + 14 + max(h, styleLabel.height(1)) + 16
}

// Geometry of the emotion chart.
const (
	emotionUnit = 22.0 // pixels per emotion point
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
	b.s.line("emo-experienced", point{b.x0, y(e.Experienced)}, point{end, y(e.Experienced)})
	b.s.line("emo-remembered", point{b.x0, y(e.Remembered)}, point{end, y(e.Remembered)})
	b.emotionLabels(top)
	b.expectations(y)
	var pts []point
	for i, s := range b.j.Steps {
		if s.Emotion != nil {
			pts = append(pts, point{b.centre(i), y(float64(*s.Emotion))})
		}
	}
	if len(pts) > 1 {
		b.s.line("emo-line", pts...)
	}
	for i, s := range b.j.Steps {
		if s.Emotion != nil {
			b.s.circle("emo-point", b.centre(i), y(float64(*s.Emotion)), 5)
		}
	}
	b.peakEnd(y)
	b.y = top + h
}

// emotionGrid draws the band of an emotion chart from top, its scale from
// -2 to +2 up to x end, and returns where a value lies and the band's
// height.
func (b *layout) emotionGrid(top, end float64) (y func(float64) float64, h float64) {
	h = 4*emotionUnit + 2*emotionPad
	zero := top + emotionPad + 2*emotionUnit
	y = func(v float64) float64 { return zero - v*emotionUnit }
	b.s.rect("emotion-band", rect{margin, top, b.right - margin, h}, 0)
	for v := -2; v <= 2; v++ {
		class := "emo-grid"
		if v == 0 {
			class = "emo-zero"
		}
		b.s.line(class, point{b.x0, y(float64(v))}, point{end, y(float64(v))})
		b.s.text("muted", rect{b.x0 - 30, y(float64(v)) - styleSmall.lead/2, 24, styleSmall.lead}, styleSmall, []string{signed(v)}, alignEnd)
	}
	return y, h
}

// emotionLabels writes the row's label and the two figures, each beside a
// sample of its line, in the label column.
func (b *layout) emotionLabels(top float64) {
	e := b.f.Emotion
	y := top + 6 + b.rowLabel(b.l.emotion, top+6)
	for _, f := range []struct {
		class, label string
		v            float64
	}{{"emo-experienced", b.l.experienced, e.Experienced}, {"emo-remembered", b.l.remembered, e.Remembered}} {
		x := margin + pad
		lines := styleSmall.wrap(f.label+" "+b.l.score(f.v), labelW-2*pad-58)
		b.s.line(f.class, point{x, y + styleSmall.lead/2}, point{x + 18, y + styleSmall.lead/2})
		b.s.text("label-text", rect{x + 22, y, labelW - 2*pad - 58, styleSmall.height(len(lines))}, styleSmall, lines, alignStart)
		y += styleSmall.height(len(lines)) + 2
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
			b.s.line(class, point{x, want}, point{x, got})
		}
		b.s.line("expected", point{x - 8, want}, point{x + 8, want})
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
	marks := []mark{{e.Peak.Step, e.Peak.Value, b.l.peak}, {e.End.Step, e.End.Value, b.l.end}}
	if e.Peak.Step == e.End.Step {
		marks = []mark{{e.Peak.Step, e.Peak.Value, b.l.peak + " · " + b.l.end}}
	}
	for _, m := range marks {
		cx, cy := b.centre(m.step), y(float64(m.v))
		b.s.circle("emo-mark", cx, cy, 9)
		w := styleBadge.width(m.label) + 2
		ly := cy - 11 - styleBadge.lead // above a point at or over neutral, below one under it
		if m.v < 0 {
			ly = cy + 11
		}
		b.s.text("emo-mark-text", rect{cx - w/2, ly, w, styleBadge.lead}, styleBadge, []string{m.label}, alignMiddle)
	}
}

func signed(v int) string {
	if v > 0 {
		return fmt.Sprintf("+%d", v)
	}
	return fmt.Sprint(v)
}

// opportunities draws a callout on each step with an opportunity: the idea
// and its yearly value.
func (b *layout) opportunities() {
	if len(b.f.Opportunities) == 0 {
		return
	}
	top := b.y + 10
	b.rowLabel(b.l.opportunity, top+pad)
	h := 0.0
	for _, o := range b.f.Opportunities {
		idea := styleCard.wrap(o.Idea, cardW-2*pad)
		value := styleStrong.wrap(fmt.Sprintf("%s %s %s", b.l.money(o.PerYear), b.j.Currency, b.l.perYear), cardW-2*pad)
		ih, vh := styleCard.height(len(idea)), styleStrong.height(len(value))
		r := rect{b.cardX(o.Step), top, cardW, ih + vh + 2*pad + 4}
		b.s.rect("opportunity", r, 6)
		b.s.text("opportunity-text", rect{r.x + pad, r.y + pad, cardW - 2*pad, ih}, styleCard, idea, alignStart)
		b.s.text("opportunity-value", rect{r.x + pad, r.y + pad + ih + 4, cardW - 2*pad, vh}, styleStrong, value, alignStart)
		h = max(h, r.h)
	}
	b.y = top + max(h, styleLabel.lead+2*pad)
}

// Geometry of the notes and the legend under the picture.
const (
	noteW   = 420.0
	noteGap = 24.0
)

// noteList writes the numbered notes of the badges in columns, so that
// print keeps what the tooltips say.
func (b *layout) noteList() {
	if len(b.notes) == 0 {
		return
	}
	b.y += 24
	b.y += b.wrapped("section", styleLabel, b.l.notes, margin, b.y, b.right-margin, alignStart) + 6
	cols := max(1, int(math.Floor((b.right-margin+noteGap)/(noteW+noteGap))))
	for start := 0; start < len(b.notes); start += cols {
		rowH := 0.0
		for k := start; k < min(start+cols, len(b.notes)); k++ {
			n := b.notes[k]
			x := margin + float64(k-start)*(noteW+noteGap)
			b.drawBadge(n.badge, x, b.y)
			tx := x + 48
			h := b.wrapped("note-text", styleSmall, n.text, tx, b.y+(badgeH-styleSmall.lead)/2, noteW-48, alignStart)
			rowH = max(rowH, max(badgeH, h))
		}
		b.y += rowH + 8
	}
}

// A legendItem is a symbol of a picture and what it means.
type legendItem struct {
	text string
	draw func(x, y float64) // draws the symbol in the 28 x 18 box at (x, y)
}

// legend explains the symbols, left to right, wrapping at the right edge.
func (b *layout) legend(items []legendItem) {
	b.y += 18
	b.y += b.wrapped("section", styleLabel, b.l.legend, margin, b.y, b.right-margin, alignStart) + 6
	x, rowH := margin, 0.0
	for _, it := range items {
		lines := styleSmall.wrap(it.text, 220)
		w := 0.0
		for _, l := range lines {
			w = max(w, styleSmall.width(l))
		}
		w = min(w+1, 220)
		if x > margin && x+36+w > b.right {
			x, b.y = margin, b.y+rowH+10
			rowH = 0
		}
		it.draw(x, b.y)
		h := styleSmall.height(len(lines))
		b.s.text("legend-text", rect{x + 36, b.y + max(0, (18-h)/2), w, h}, styleSmall, lines, alignStart)
		rowH = max(rowH, max(18, h))
		x += 36 + w + 24
	}
	b.y += rowH
}

// markerLegend explains the badges and the emotion chart, which both views
// draw.
func (b *layout) markerLegend() []legendItem {
	li := b.l.legendItems
	return []legendItem{
		{li.fail, func(x, y float64) {
			b.drawBadge(badge{class: "badge-fail", label: b.l.letters[0], tip: li.fail}, x+5, y)
		}},
		{li.wait, func(x, y float64) {
			b.drawBadge(badge{class: "badge-wait", label: b.l.letters[1], tip: li.wait}, x+5, y)
		}},
		{li.value, func(x, y float64) {
			b.drawBadge(badge{class: "badge-value", label: b.l.letters[2], tip: li.value}, x+5, y)
		}},
		{li.dead, func(x, y float64) { b.s.rect("dead legend-dead", rect{x, y, 28, 18}, 0) }},
		{li.emotion, func(x, y float64) {
			b.s.line("emo-line", point{x, y + 14}, point{x + 28, y + 4})
			b.s.circle("emo-point", x+14, y+9, 4)
		}},
		{li.peakEnd, func(x, y float64) { b.s.circle("emo-mark", x+14, y+9, 8) }},
		{li.expected, func(x, y float64) {
			b.s.line("gap-below", point{x + 14, y + 2}, point{x + 14, y + 16})
			b.s.line("expected", point{x + 6, y + 2}, point{x + 22, y + 2})
		}},
		{li.opportunity, func(x, y float64) { b.s.rect("opportunity", rect{x, y + 1, 28, 16}, 3) }},
	}
}
