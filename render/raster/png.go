package raster

import (
	"cmp"
	"fmt"
	"image"
	"image/color"
	"math"

	"github.com/blueprint-tool/blueprint/render/scene"
	"github.com/blueprint-tool/blueprint/render/theme"
)

// MaxSide is the longest side of a PNG drawn, in pixels: viewers and
// converters (librsvg, Cairo) refuse or shrink a larger image.
const MaxSide = 32767

// Scale is the number of PNG pixels for each pixel of the SVG.
const Scale = 2

// A Size is how large a scene is drawn as PNG: its pixels, and the PNG
// pixels for each pixel of the SVG, Scale unless that would make a side
// longer than MaxSide.
type Size struct {
	W, H  int
	Scale float64
}

// Reduced reports whether the picture is drawn smaller than Scale.
func (z Size) Reduced() bool { return z.Scale < Scale }

// SizeOf returns the size a scene is drawn at.
func SizeOf(s *scene.Scene) Size {
	k := float64(Scale)
	if long := max(s.W, s.H); long*k > MaxSide {
		k = MaxSide / long
	}
	return Size{min(int(math.Ceil(s.W*k)), MaxSide), min(int(math.Ceil(s.H*k)), MaxSide), k}
}

// PNG draws a scene in the named theme as a PNG of SizeOf(s), with the
// fonts and colours the SVG has; the same scene gives the same bytes.
func PNG(s *scene.Scene, themeName string) ([]byte, error) {
	size := SizeOf(s)
	p := &painter{
		px:     &pixels{img: image.NewRGBA(image.Rect(0, 0, size.W, size.H))},
		k:      size.Scale,
		paints: theme.Named(themeName).Paints(),
		glyphs: outlineCache{},
	}
	if bg, ok := colour(p.paints.Shape("bg").Fill, 0); ok {
		p.px.fillBox(0, 0, float64(size.W), float64(size.H), bg)
	}
	for i := range s.Items {
		if err := p.item(&s.Items[i]); err != nil {
			return nil, err
		}
	}
	return encodePNG(p.px.img), nil
}

// A painter draws the items of a scene on pixels, k of them for each
// pixel of the SVG.
type painter struct {
	px     *pixels
	k      float64
	paints *theme.Paints
	glyphs outlineCache
}

// at returns the PNG point of the SVG point (x, y).
func (p *painter) at(x, y float64) pt { return pt{x * p.k, y * p.k} }

// item draws one item of the scene.
func (p *painter) item(it *scene.Item) error {
	st := p.paints.Shape(it.Class)
	switch it.Kind {
	case scene.KindRect:
		p.rect(it, st)
	case scene.KindCircle:
		c := p.at(it.R.X+it.R.W/2, it.R.Y+it.R.H/2)
		ring := circle(c, it.R.W/2*p.k)
		p.fillContour(ring, st)
		p.stroke(ring, true, st)
	case scene.KindLine, scene.KindPolygon:
		pts := make([]pt, len(it.Pts))
		for i, q := range it.Pts {
			pts[i] = p.at(q.X, q.Y)
		}
		closed := it.Kind == scene.KindPolygon
		if closed {
			p.fillContour(pts, st)
		}
		p.stroke(pts, closed, st)
	case scene.KindText:
		return p.text(it, p.paints.Text(it.Class))
	}
	return nil
}

// rect draws a box: filled, or hatched, then stroked.
func (p *painter) rect(it *scene.Item, st theme.Paint) {
	a, b := p.at(it.R.X, it.R.Y), p.at(it.R.Right(), it.R.Bottom())
	outline := []pt{a, {b.x, a.y}, b, {a.x, b.y}}
	if it.Radius > 0 {
		outline = rounded(a, b, min(it.Radius*p.k, (b.x-a.x)/2, (b.y-a.y)/2))
	}
	switch c, ok := colour(st.Fill, st.FillOpacity); {
	case st.Hatch:
		p.hatch(it.R)
	case ok && it.Radius == 0:
		p.px.fillBox(a.x, a.y, b.x, b.y, c)
	case ok:
		p.px.fill(&shape{contours: [][]pt{outline}}, c)
	}
	p.stroke(outline, true, st)
}

// rounded returns the outline of the box from a to b with corners of
// radius r.
func rounded(a, b pt, r float64) []pt {
	const n = 6 // points on each corner's arc
	corners := []struct {
		c     pt
		start float64
	}{{pt{b.x - r, a.y + r}, -math.Pi / 2}, {pt{b.x - r, b.y - r}, 0}, {pt{a.x + r, b.y - r}, math.Pi / 2}, {pt{a.x + r, a.y + r}, math.Pi}}
	var out []pt
	for _, k := range corners {
		for i := 0; i <= n; i++ {
			t := k.start + math.Pi/2*float64(i)/n
			out = append(out, pt{k.c.x + r*math.Cos(t), k.c.y + r*math.Sin(t)})
		}
	}
	return out
}

// fillContour fills a closed contour when the paint has a fill.
func (p *painter) fillContour(c []pt, st theme.Paint) {
	if col, ok := colour(st.Fill, st.FillOpacity); ok && len(c) > 2 {
		p.px.fill(&shape{contours: [][]pt{c}}, col)
	}
}

// stroke strokes the points when the paint has a stroke: segments along
// the axes as boxes, any other line through the rasterizer.
func (p *painter) stroke(pts []pt, closed bool, st theme.Paint) {
	col, ok := colour(st.Stroke, st.StrokeOpacity)
	if !ok || len(pts) < 2 {
		return
	}
	pn := pen{width: cmp.Or(st.StrokeWidth, 1) * p.k, roundCap: st.RoundCap, roundJoin: st.RoundJoin}
	for _, d := range st.Dash {
		pn.dash = append(pn.dash, d*p.k)
	}
	if !pn.roundCap && !pn.roundJoin && alongAxes(pts, closed) {
		p.axisStroke(pts, closed, pn, col)
		return
	}
	p.px.fill(strokeShape(pts, closed, pn), col)
}

// alongAxes reports whether every segment of the line is horizontal or
// vertical.
func alongAxes(pts []pt, closed bool) bool {
	n := len(pts) - 1
	if closed {
		n++
	}
	for i := range n {
		a, b := pts[i], pts[(i+1)%len(pts)]
		if a.x != b.x && a.y != b.y {
			return false
		}
	}
	return true
}

// axisStroke strokes a line of horizontal and vertical segments as boxes,
// each reaching half the width past a corner, so that corners are square
// as a mitred join is.
func (p *painter) axisStroke(pts []pt, closed bool, pn pen, col color.RGBA) {
	runs, closed := strokeRuns(pts, closed, pn.dash)
	h := pn.width / 2
	for _, run := range runs {
		for i := 0; i+1 < len(run); i++ {
			a, b := run[i], run[i+1]
			x0, x1 := min(a.x, b.x), max(a.x, b.x)
			y0, y1 := min(a.y, b.y), max(a.y, b.y)
			joinA, joinB := i > 0 || closed, i+2 < len(run) || closed
			if a.y == b.y {
				x0, x1 = x0-ext(joinA && a.x <= b.x || joinB && b.x < a.x, h), x1+ext(joinB && a.x <= b.x || joinA && b.x < a.x, h)
				p.px.fillBox(x0, y0-h, x1, y1+h, col)
			} else {
				y0, y1 = y0-ext(joinA && a.y <= b.y || joinB && b.y < a.y, h), y1+ext(joinB && a.y <= b.y || joinA && b.y < a.y, h)
				p.px.fillBox(x0-h, y0, x1+h, y1, col)
			}
		}
	}
}

// ext returns h when the end of a segment is a corner, else 0.
func ext(corner bool, h float64) float64 {
	if corner {
		return h
	}
	return 0
}

// hatch draws the dead-moment pattern in r: its background, and lines at
// 45 degrees 8 pixels apart, as the SVG's pattern does.
func (p *painter) hatch(r scene.Rect) {
	bg := p.paints.Shape("hatch-bg")
	if c, ok := colour(bg.Fill, bg.FillOpacity); ok {
		a, b := p.at(r.X, r.Y), p.at(r.Right(), r.Bottom())
		p.px.fillBox(a.x, a.y, b.x, b.y, c)
	}
	st := p.paints.Shape("hatch")
	col, ok := colour(st.Stroke, st.StrokeOpacity)
	if !ok {
		return
	}
	pn := pen{width: cmp.Or(st.StrokeWidth, 1) * p.k}
	s := &shape{}
	for _, l := range scene.HatchLines(r) {
		s.addStroke([]pt{p.at(l[0].X, l[0].Y), p.at(l[1].X, l[1].Y)}, false, pn)
	}
	p.px.fill(s, col)
}

// text writes the lines of a text item where the SVG puts them.
func (p *painter) text(it *scene.Item, st theme.Paint) error {
	col, ok := colour(st.Fill, st.FillOpacity)
	if !ok {
		return nil
	}
	for k, line := range it.Lines {
		if line == "" {
			continue
		}
		x := it.R.X
		switch w := it.Style.Width(line); it.Align {
		case scene.AlignMiddle:
			x += (it.R.W - w) / 2
		case scene.AlignEnd:
			x += it.R.W - w
		}
		o := p.at(x, scene.Baseline(it, k))
		run, err := p.glyphs.line(it.Style.Face, line, it.Style.Size*p.k, o.x, o.y)
		if err != nil {
			return fmt.Errorf("writing png: %w", err)
		}
		p.px.fill(&shape{curves: []glyphRun{run}}, col)
	}
	return nil
}
