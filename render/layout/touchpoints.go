package layout

import (
	"strconv"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/scene"
	"github.com/blueprint-tool/blueprint/render/text"
)

// Touchpoints computes the scene of a journey's touchpoint map.
func Touchpoints(m blueprint.Measured, o Options) *scene.Scene {
	b := newView(m, o)
	b.opening()
	b.channelMap()
	b.emotion()
	b.painsAndIdeas()
	b.opportunities()
	return b.closing(b.touchpointLegend())
}

// A channelRow is one row of the map: a channel and where it lies.
type channelRow struct {
	channel string // "" for the touchpoints without one
	label   []string
	y, h    float64
}

// A touchCard is the card of one touchpoint: its step, its row, its box and
// its texts from the top.
type touchCard struct {
	step, row int
	r         scene.Rect
	parts     []card // the texts, as cards without a frame
}

// pathAnchor is the height, from a card's top, at which the path meets it.
const pathAnchor = pad + 17.0/2

// channelMap lays out and draws the channel rows, the touchpoint cards, the
// customer's path with its gaps, and the time-to-value line.
func (b *layout) channelMap() {
	rows, index := b.channelRows()
	cards := b.touchCards(index)
	top := b.y
	for k := range rows {
		r := &rows[k]
		r.y = b.y
		r.h = max(laneMin, styleLabel.Height(len(r.label))+2*pad)
		for _, c := range cards {
			if c.row == k {
				r.h = max(r.h, c.r.H+2*pad+b.tracksRoom())
			}
		}
		b.y += r.h
	}
	for k := range cards {
		c := &cards[k]
		c.r.Y = rows[c.row].y + pad
		y := c.r.Y + pad
		for p := range c.parts {
			c.parts[p].r.Y = y
			y += c.parts[p].r.H + 4
		}
	}
	b.drawChannelRows(rows, top)
	b.path(cards, rows)
	for _, c := range cards {
		b.s.Rect("card", c.r, 4)
		for _, p := range c.parts {
			b.s.Text(p.class, p.r, p.style, p.lines, scene.AlignStart)
		}
	}
	b.valueLine(top)
}

// channelRows returns the rows of the map, the channels in the order of
// their first use and then, if some touchpoint has none, a row for those;
// and the row of each channel.
func (b *layout) channelRows() ([]channelRow, map[string]int) {
	// the channels of every step, on any path, in the order of first use
	var names []string
	seen := map[string]bool{}
	for _, s := range b.j.Steps {
		if s.Channel != "" && !seen[s.Channel] {
			seen[s.Channel] = true
			names = append(names, s.Channel)
		}
	}
	for _, s := range b.j.Steps {
		if s.Touchpoint != "" && s.Channel == "" {
			names = append(names, "")
			break
		}
	}
	if len(names) == 0 {
		names = []string{""}
	}
	rows := make([]channelRow, len(names))
	index := make(map[string]int, len(names))
	for k, ch := range names {
		name := b.l.Map.NoChannel
		if ch != "" {
			name = ch
			if known, ok := b.l.Map.ChannelNames[ch]; ok {
				name = known
			}
		}
		rows[k] = channelRow{channel: ch, label: styleLabel.Wrap(name, labelW-2*pad-iconSize-6)}
		index[ch] = k
	}
	return rows, index
}

// touchCards measures the card of each touchpoint, in step order.
func (b *layout) touchCards(index map[string]int) []touchCard {
	var cards []touchCard
	for i, s := range b.j.Steps {
		if s.Touchpoint == "" {
			continue
		}
		c := touchCard{step: i, row: index[s.Channel], r: scene.Rect{X: b.cardX(i), W: cardW}}
		add := func(text string, st text.Style, class string) {
			lines := st.Wrap(text, cardW-2*pad)
			c.parts = append(c.parts, card{r: scene.Box(c.r.X+pad, 0, cardW-2*pad, st.Height(len(lines))), lines: lines, style: st, class: class})
		}
		add(s.Touchpoint, styleLabel, "touchpoint-text")
		if len(s.Metrics) > 0 {
			add(b.metrics(s.Metrics), styleSmall, "muted")
		}
		if s.Quote != "" {
			add("“"+s.Quote+"”", styleQuote, "quote-text")
		}
		c.r.H = 2 * pad
		for k, p := range c.parts {
			c.r.H += p.r.H
			if k > 0 {
				c.r.H += 4
			}
		}
		cards = append(cards, c)
	}
	return cards
}

// metrics writes a touchpoint's measurements: "NPS -20 · CES 6".
func (b *layout) metrics(ms []blueprint.Metric) string {
	parts := make([]string, len(ms))
	for k, m := range ms {
		parts[k] = m.DisplayName() + " " + b.l.Decimals(strconv.FormatFloat(m.Value, 'f', -1, 64))
	}
	return strings.Join(parts, " · ")
}

// drawChannelRows draws the rows' bands, their labels with the channel
// icons, and the dead moments shaded across them.
func (b *layout) drawChannelRows(rows []channelRow, top float64) {
	for k, r := range rows {
		b.s.Rect("tp-row tp-row-"+strconv.Itoa(k%2), scene.Box(margin, r.y, b.right-margin, r.h), 0)
	}
	for _, d := range b.deads {
		b.s.Rect("dead", scene.Box(b.colX(d.Step), top, colW, b.y-top), 0)
	}
	for k, r := range rows {
		if k > 0 {
			b.s.Line("sep", scene.Pt(margin, r.y), scene.Pt(b.right, r.y))
		}
		b.icon(r.channel, margin+pad, r.y+pad)
		b.s.Text("row-label", scene.Box(margin+pad+iconSize+6, r.y+pad, labelW-2*pad-iconSize-6, styleLabel.Height(len(r.label))),
			styleLabel, r.label, scene.AlignStart)
	}
}

// path draws the customer's path from touchpoint to touchpoint: straight
// along a channel, turning where the channel changes, and broken, with its
// length, across a dead moment.
func (b *layout) path(cards []touchCard, rows []channelRow) {
	labelled := map[int]bool{} // a dead moment with a touchpoint (dead: true) has its card instead
	byStep := map[int]int{}    // the card of each step with a touchpoint
	for k, c := range cards {
		labelled[c.step] = true
		byStep[c.step] = k
	}
	drawn := map[[2]int]bool{}
	for k, steps := range b.flowPaths() {
		prev := -1
		for _, i := range steps {
			c, ok := byStep[i]
			if !ok {
				continue
			}
			if edge := [2]int{prev, c}; prev >= 0 && !drawn[edge] {
				drawn[edge] = true
				b.pathEdge(k, cards, prev, c, rows, labelled)
			}
			prev = c
		}
	}
	for _, d := range b.deads {
		if !labelled[d.Step] {
			b.gapLabel(d.Step, d.Duration, rows[0].y+pad+pathAnchor)
		}
	}
}

// pathEdge draws path k's line from card from to card to, dotted across
// the dead moments between them, which it labels: through the gap after
// the first card and into the second's row; along the path's track under
// that row's cards when a card of that row stands between them.
func (b *layout) pathEdge(k int, cards []touchCard, from, to int, rows []channelRow, labelled map[int]bool) {
	a, c := cards[from], cards[to]
	ya, yc := a.r.Y+pathAnchor, c.r.Y+pathAnchor
	var gaps []int // the dead moments the path crosses
	for i := a.step + 1; i < c.step; i++ {
		if _, dead := b.dead[i]; dead {
			gaps = append(gaps, i)
		}
	}
	class := "path"
	if len(gaps) > 0 {
		class = "path-gap"
	}
	if k > 0 {
		class += " path-" + strconv.Itoa((k-1)%4+1)
	}
	pts := []scene.Point{scene.Pt(a.r.Right(), ya), scene.Pt(c.r.X-1, yc)}
	switch {
	case rowCardsBetween(cards, c.row, a.step, c.step):
		row := rows[c.row]
		track := row.y + row.h - pad - b.tracksRoom() + trackRoom + trackGap*float64(k)
		dx := float64(k%4)*3 - 4.5
		x1, x2 := b.colX(a.step+1)+dx, b.colX(c.step)-dx
		pts = []scene.Point{scene.Pt(a.r.Right(), ya), scene.Pt(x1, ya), scene.Pt(x1, track), scene.Pt(x2, track), scene.Pt(x2, yc), scene.Pt(c.r.X-1, yc)}
		yc = track
	case ya != yc:
		xm := b.colX(a.step + 1)
		pts = []scene.Point{scene.Pt(a.r.Right(), ya), scene.Pt(xm, ya), scene.Pt(xm, yc), scene.Pt(c.r.X-1, yc)}
	}
	b.s.Arrow(class, false, pts...)
	for _, i := range gaps {
		if !labelled[i] {
			b.gapLabel(i, b.dead[i], yc)
			labelled[i] = true
		}
	}
}

// rowCardsBetween reports whether a card of row row stands in a column
// between steps from and to.
func rowCardsBetween(cards []touchCard, row, from, to int) bool {
	for _, c := range cards {
		if c.row == row && c.step > from && c.step < to {
			return true
		}
	}
	return false
}

// gapLabel writes the length of the dead moment of step i on the path, at
// height y: "2h idle".
func (b *layout) gapLabel(i int, d blueprint.Span, y float64) {
	lines := styleBadge.Wrap(b.l.Span(d)+" "+b.l.Axis.Idle, cardW-12)
	w := 0.0
	for _, l := range lines {
		w = max(w, styleBadge.Width(l))
	}
	h := styleBadge.Height(len(lines)) + 6
	r := scene.Box(b.centre(i)-w/2-6, y-h/2, w+12, h)
	b.s.Rect("gap-pill", r, h/2)
	b.s.Text("gap-text", scene.Box(r.X+6, r.Y+3, w, h-6), styleBadge, lines, scene.AlignMiddle)
}

// valueLine marks the end of the value step across the rows, with the time
// to value under it.
func (b *layout) valueLine(top float64) {
	if b.f.TimeToValue == nil {
		return
	}
	x := b.colX(b.f.ValueStep) + colW - 3
	b.s.Line("ttv-line", scene.Pt(x, top), scene.Pt(x, b.y+6))
	text := b.l.Axis.TimeToValue + " " + b.l.Span(*b.f.TimeToValue)
	w := min(styleStrong.Width(text)+1, b.right-b.x0)
	lines := styleStrong.Wrap(text, w)
	box := scene.Box(x-w-6, b.y+8, w, styleStrong.Height(len(lines)))
	align := scene.AlignEnd
	if box.X < b.x0 {
		box.X, align = min(x+6, b.right-w), scene.AlignStart
	}
	b.s.Text("ttv-text", box, styleStrong, lines, align)
	b.y = box.Bottom() + 8
}

// painsAndIdeas lists under each phase the pains and the ideas of its
// steps, each as a row.
func (b *layout) painsAndIdeas() {
	spans := blueprint.PhaseSpans(b.j)
	for _, kind := range []struct {
		label, class string
		text         func(s *blueprint.Step) string
	}{
		{b.l.Map.Pains, "pain", func(s *blueprint.Step) string { return s.Pain }},
		{b.l.Map.Ideas, "idea", func(s *blueprint.Step) string { return s.Idea }},
	} {
		top := b.y + 10
		h := 0.0
		for _, sp := range spans {
			y := top
			for i := sp.First; i <= sp.Last; i++ {
				text := kind.text(&b.j.Steps[i])
				if text == "" {
					continue
				}
				x := b.colX(sp.First) + pad
				b.bullet(kind.class, x+4, y+styleSmall.Lead/2)
				y += b.wrapped("note-text", styleSmall, text, x+12, y, spanWidth(sp)-2*pad-12, scene.AlignStart) + 4
			}
			h = max(h, y-top)
		}
		if h == 0 {
			continue
		}
		b.rowLabel(kind.label, top)
		b.y = top + max(h, styleLabel.Lead)
	}
}

// bullet draws the mark of a pain (a dot) or an idea (a diamond) centred
// at (x, y).
func (b *layout) bullet(class string, x, y float64) {
	if class == "pain" {
		b.s.Circle("pain-bullet", x, y, 3.5)
		return
	}
	b.s.Polygon("idea-bullet", scene.Pt(x, y-4.5), scene.Pt(x+4.5, y), scene.Pt(x, y+4.5), scene.Pt(x-4.5, y))
}

// touchpointLegend explains the symbols of the touchpoint map.
func (b *layout) touchpointLegend() []legendItem {
	li := b.l.Legend
	return append([]legendItem{
		{li.Touchpoint, func(x, y float64) { b.s.Rect("card", scene.Box(x, y+1, 28, 16), 3) }},
		{li.Path, func(x, y float64) { b.s.Arrow("path", false, scene.Pt(x, y+9), scene.Pt(x+28, y+9)) }},
		{li.Gap, func(x, y float64) { b.s.Arrow("path-gap", false, scene.Pt(x, y+9), scene.Pt(x+28, y+9)) }},
		{li.ValueLine, func(x, y float64) { b.s.Line("ttv-line", scene.Pt(x+14, y), scene.Pt(x+14, y+18)) }},
		{li.Pain, func(x, y float64) { b.bullet("pain", x+14, y+9) }},
		{li.Idea, func(x, y float64) { b.bullet("idea", x+14, y+9) }},
	}, b.markerLegend()...)
}
