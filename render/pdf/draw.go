package pdf

import (
	"cmp"
	"fmt"
	"strconv"

	"github.com/blueprint-tool/blueprint/render/scene"
	"github.com/blueprint-tool/blueprint/render/text"
	"github.com/blueprint-tool/blueprint/render/theme"
)

// A painter writes the content stream of a scene in its own pixels, y
// down, as the SVG draws it.
type painter struct {
	b      []byte
	paints *theme.Paints
	fonts  map[*text.Face]*font
	alphas map[[2]float64]string // the ExtGState of each fill and stroke opacity
}

// draw writes the background and every item of s.
func (p *painter) draw(s *scene.Scene) {
	p.shape(p.paints.Shape("bg"), func() { p.rect(scene.Rect{W: s.W, H: s.H}, 0) })
	for i := range s.Items {
		p.item(&s.Items[i])
	}
}

// item draws one item; groups and their tooltips draw nothing.
func (p *painter) item(it *scene.Item) {
	switch it.Kind {
	case scene.KindRect:
		st := p.paints.Shape(it.Class)
		if st.Hatch {
			p.hatch(it.R)
			st.Fill = ""
		}
		p.shape(st, func() { p.rect(it.R, it.Radius) })
	case scene.KindCircle:
		p.shape(p.paints.Shape(it.Class), func() { p.circle(it.R) })
	case scene.KindLine:
		st := p.paints.Shape(it.Class)
		st.Fill = ""
		p.shape(st, func() { p.poly(it.Pts, false) })
	case scene.KindPolygon:
		p.shape(p.paints.Shape(it.Class), func() { p.poly(it.Pts, true) })
	case scene.KindText:
		p.text(it, p.paints.Text(it.Class))
	}
}

// shape fills and strokes the path that path writes, as st paints it.
func (p *painter) shape(st theme.Paint, path func()) {
	fill, hasFill := colour(st.Fill)
	stroke, hasStroke := colour(st.Stroke)
	if !hasFill && !hasStroke {
		return
	}
	p.b = append(p.b, "q\n"...)
	fa, sa := 1.0, 1.0
	if hasFill {
		p.b = append(p.b, fill+" rg\n"...)
		fa = cmp.Or(st.FillOpacity, 1)
	}
	if hasStroke {
		p.b = append(p.b, stroke+" RG\n"...)
		sa = cmp.Or(st.StrokeOpacity, 1)
		p.strokeStyle(st)
	}
	p.alpha(fa, sa)
	path()
	switch {
	case hasFill && hasStroke:
		p.b = append(p.b, "B\nQ\n"...)
	case hasFill:
		p.b = append(p.b, "f\nQ\n"...)
	default:
		p.b = append(p.b, "S\nQ\n"...)
	}
}

// strokeStyle sets the width, dashes, caps and joins of st.
func (p *painter) strokeStyle(st theme.Paint) {
	p.b = append(num(p.b, cmp.Or(st.StrokeWidth, 1)), " w\n"...)
	if len(st.Dash) > 0 {
		p.b = append(p.b, '[')
		for i, d := range st.Dash {
			if i > 0 {
				p.b = append(p.b, ' ')
			}
			p.b = num(p.b, d)
		}
		p.b = append(p.b, "] 0 d\n"...)
	}
	if st.RoundCap {
		p.b = append(p.b, "1 J\n"...)
	}
	if st.RoundJoin {
		p.b = append(p.b, "1 j\n"...)
	}
}

// alpha sets the fill and stroke opacity, through a graphics state shared
// by every item with the same opacities.
func (p *painter) alpha(fill, stroke float64) {
	if fill == 1 && stroke == 1 {
		return
	}
	key := [2]float64{fill, stroke}
	name, ok := p.alphas[key]
	if !ok {
		name = "GS" + strconv.Itoa(len(p.alphas))
		p.alphas[key] = name
	}
	p.b = append(p.b, "/"+name+" gs\n"...)
}

// kappa is where the control points of a Bézier quarter circle lie.
const kappa = 0.5522847498

// rect writes a box with corners of radius r as a path.
func (p *painter) rect(box scene.Rect, r float64) {
	r = min(r, box.W/2, box.H/2)
	if r <= 0 {
		p.b = append(nums(p.b, box.X, box.Y, box.W, box.H), "re\n"...)
		return
	}
	x0, y0, x1, y1, k := box.X, box.Y, box.Right(), box.Bottom(), r*(1-kappa)
	p.b = append(nums(p.b, x0+r, y0), "m\n"...)
	p.b = append(nums(p.b, x1-r, y0), "l\n"...)
	p.b = append(nums(p.b, x1-k, y0, x1, y0+k, x1, y0+r), "c\n"...)
	p.b = append(nums(p.b, x1, y1-r), "l\n"...)
	p.b = append(nums(p.b, x1, y1-k, x1-k, y1, x1-r, y1), "c\n"...)
	p.b = append(nums(p.b, x0+r, y1), "l\n"...)
	p.b = append(nums(p.b, x0+k, y1, x0, y1-k, x0, y1-r), "c\n"...)
	p.b = append(nums(p.b, x0, y0+r), "l\n"...)
	p.b = append(nums(p.b, x0, y0+k, x0+k, y0, x0+r, y0), "c\nh\n"...)
}

// circle writes the circle inside box as a path of four Bézier curves.
func (p *painter) circle(box scene.Rect) {
	r := box.W / 2
	cx, cy, k := box.X+r, box.Y+r, r*kappa
	p.b = append(nums(p.b, cx+r, cy), "m\n"...)
	p.b = append(nums(p.b, cx+r, cy+k, cx+k, cy+r, cx, cy+r), "c\n"...)
	p.b = append(nums(p.b, cx-k, cy+r, cx-r, cy+k, cx-r, cy), "c\n"...)
	p.b = append(nums(p.b, cx-r, cy-k, cx-k, cy-r, cx, cy-r), "c\n"...)
	p.b = append(nums(p.b, cx+k, cy-r, cx+r, cy-k, cx+r, cy), "c\nh\n"...)
}

// poly writes a polyline through pts, closed when closed is set.
func (p *painter) poly(pts []scene.Point, closed bool) {
	for k, pt := range pts {
		op := "l\n"
		if k == 0 {
			op = "m\n"
		}
		p.b = append(nums(p.b, pt.X, pt.Y), op...)
	}
	if closed {
		p.b = append(p.b, "h\n"...)
	}
}

// hatch draws the dead-moment pattern in r: its background, and lines at
// 45 degrees 8 pixels apart, as the SVG's pattern does.
func (p *painter) hatch(r scene.Rect) {
	p.shape(p.paints.Shape("hatch-bg"), func() { p.rect(r, 0) })
	st := p.paints.Shape("hatch")
	st.Fill = ""
	p.shape(st, func() {
		for _, l := range scene.HatchLines(r) {
			p.b = append(nums(p.b, l[0].X, l[0].Y), "m\n"...)
			p.b = append(nums(p.b, l[1].X, l[1].Y), "l\n"...)
		}
	})
}

// text writes the lines of a text item where the SVG puts them, upright in
// the picture's y-down space.
func (p *painter) text(it *scene.Item, st theme.Paint) {
	fill, ok := colour(st.Fill)
	f := p.fonts[it.Style.Face]
	if !ok || f == nil {
		return
	}
	p.b = append(p.b, "q\n"+fill+" rg\n"...)
	p.alpha(cmp.Or(st.FillOpacity, 1), 1)
	p.b = append(p.b, "BT\n"...)
	p.b = append(num(append(p.b, "/"+f.name+" "...), it.Style.Size), " Tf\n"...)
	for k, line := range it.Lines {
		if line == "" {
			continue
		}
		x := it.R.X
		switch it.Align {
		case scene.AlignMiddle:
			x = it.R.X + (it.R.W-it.Style.Width(line))/2
		case scene.AlignEnd:
			x = it.R.Right() - it.Style.Width(line)
		}
		p.b = append(nums(append(p.b, "1 0 0 -1 "...), x, scene.Baseline(it, k)), "Tm\n"...)
		p.b = append(f.show(p.b, line), " Tj\n"...)
	}
	p.b = append(p.b, "ET\nQ\n"...)
}

// colour returns a paint's "#rrggbb" as PDF's r g b, or false for no paint.
func colour(v string) (string, bool) {
	r, g, b, ok := theme.RGB(v)
	if !ok {
		return "", false
	}
	c := func(v uint8) []byte { return num(nil, float64(v)/255) }
	return fmt.Sprintf("%s %s %s", c(r), c(g), c(b)), true
}
