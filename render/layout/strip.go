package layout

import (
	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/scene"
	"github.com/blueprint-tool/blueprint/render/text"
)

// Geometry of a time strip.
const stripH = 28.0 // the height of its bar

// timeStrip draws where the journey's time goes: its total as one bar
// across the columns, each step a segment as long as its middle duration,
// dead moments hatched and the value moment marked, with the total at its
// end; with paths, the main path's. A journey that takes no time has none.
func (b *layout) timeStrip() {
	total := b.f.Total.Mid()
	if total == 0 {
		return
	}
	top := b.y
	labelH := b.rowLabel(b.l.Axis.Strip, top+(stripH-styleLabel.Lead)/2)
	scale := (b.right - b.x0) / total
	x := b.x0
	for _, i := range b.flowPaths()[0] {
		w := b.j.Steps[i].Duration.Mid() * scale
		_, dead := b.dead[i]
		b.segment("seg-a", b.m, i, scene.Box(x, top, w, stripH), dead, false)
		x += w
	}
	ends := []string{"0", b.l.Span(b.f.Total)}
	y := top + stripH + 3
	b.s.Text("muted", scene.Box(b.x0, y, styleSmall.Width(ends[0]), styleSmall.Lead), styleSmall, ends[:1], scene.AlignStart)
	w := styleSmall.Width(ends[1])
	b.s.Text("muted", scene.Box(b.right-w, y, w, styleSmall.Lead), styleSmall, ends[1:], scene.AlignEnd)
	if len(b.f.DeadMoments) > 0 {
		dead := b.l.Summary.DeadTime + " " + b.l.Span(b.f.DeadTime) + " (" + b.l.Percent(b.f.DeadShare) + " " + b.l.Summary.OfTotal + ")"
		room := b.right - b.x0 - 2*max(styleSmall.Width(ends[0]), w) - 16
		if lines := styleSmall.Wrap(dead, room); room > 0 && len(lines) == 1 && fits(styleSmall, lines, room) {
			b.s.Text("muted", scene.Box((b.x0+b.right-room)/2, y, room, styleSmall.Lead), styleSmall, lines, scene.AlignMiddle)
		}
	}
	b.y = top + max(stripH+3+styleSmall.Lead, labelH) + 18
}

// valueMark draws the mark of the value moment on a time strip, a diamond
// centred on (x, y).
func (b *layout) valueMark(x, y float64) {
	b.s.Polygon("value-mark", scene.Pt(x, y-6), scene.Pt(x+6, y), scene.Pt(x, y+6), scene.Pt(x-6, y))
}

// segment draws step i of journey m as a segment of a time strip in box
// r, of class seg-a or seg-b: shaded when a dead moment, dashed when a
// wait, broken when capped and drawn shorter than it lasts, and marked at
// its end when the value moment; its title and length inside when they
// fit, and in its tooltip always.
func (b *layout) segment(class string, m blueprint.Measured, i int, r scene.Rect, dead, capped bool) {
	s := &m.Journey.Steps[i]
	tip := s.Title + ": " + b.l.Span(s.Duration)
	switch {
	case dead:
		tip += ", " + b.l.Markers.DeadNote
		class = "dead seg-line"
	case s.Wait:
		class += " seg-wait"
	}
	b.s.Group(tip)
	b.s.Rect(class, r, 0)
	broken := capped && s.Duration.Mid() > capSeconds
	if broken {
		mx := r.X + r.W/2
		b.s.Rect("bg", scene.Box(mx-3, r.Y-1, 6, r.H+2), 0)
		b.s.Line("break", scene.Pt(mx-6, r.Bottom()+1), scene.Pt(mx, r.Y-1))
		b.s.Line("break", scene.Pt(mx, r.Bottom()+1), scene.Pt(mx+6, r.Y-1))
	}
	inner := r.W - 2*segPadX
	if broken {
		inner = r.W/2 - 6 - segPadX
	}
	if inner > 20 {
		lines := append(styleSmall.Wrap(s.Title, inner), b.l.Span(s.Duration))
		if len(lines) > 2 || !fits(styleSmall, lines, inner) {
			lines = []string{b.l.Span(s.Duration)}
		}
		if fits(styleSmall, lines, inner) {
			b.s.Text("seg-text", scene.Box(r.X+segPadX, r.Y+(r.H-styleSmall.Height(len(lines)))/2, inner, styleSmall.Height(len(lines))), styleSmall, lines, scene.AlignStart)
		}
	}
	b.s.End()
	if i == m.Figures.ValueStep {
		b.valueMark(r.Right(), r.Y-1)
	}
}

// fits reports whether every line is at most w wide.
func fits(st text.Style, lines []string, w float64) bool {
	for _, l := range lines {
		if st.Width(l) > w {
			return false
		}
	}
	return true
}
