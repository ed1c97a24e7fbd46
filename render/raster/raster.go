package raster

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"image/color"
	"math"
	"regexp"
	"strconv"

	"github.com/blueprint-tool/blueprint/render/scene"
	"github.com/blueprint-tool/blueprint/render/text"
	"github.com/blueprint-tool/blueprint/render/theme"
	"github.com/tdewolff/canvas"
)

// pdfDate is the creation date the PDF writer stamps with the current time.
var pdfDate = regexp.MustCompile(`\(D:\d{14}(Z|[+-]\d{4})\)`)

// fixedDate sets the creation date of a PDF to a fixed one, padded with
// spaces to the same length so that no offset in the file moves: the same
// journey gives the same bytes, on every day and in every time zone.
func fixedDate(doc []byte) []byte {
	return pdfDate.ReplaceAllFunc(doc, func(date []byte) []byte {
		fixed := []byte("(D:20000101000000Z)")
		return append(fixed, bytes.Repeat([]byte(" "), len(date)-len(fixed))...)
	})
}

// pdfFontTag is the subset tag before an embedded font's name, which the
// PDF writer derives from the font's bytes, and so from the time.
var pdfFontTag = regexp.MustCompile(`/[A-Z]{6}\+Go[A-Za-z-]*`)

// fixedFontTags gives every embedded font a tag made from its name, of the
// same length, so that no offset in the file moves.
func fixedFontTags(doc []byte) []byte {
	return pdfFontTag.ReplaceAllFunc(doc, func(name []byte) []byte {
		h := fnv.New32a()
		h.Write(name[8:])
		sum := h.Sum32()
		out := append([]byte{}, name...)
		for i := 1; i <= 6; i++ {
			out[i] = 'A' + byte(sum%26)
			sum /= 26
		}
		return out
	})
}

// fixedFontDates sets the "modified" date of every TrueType font embedded
// in an uncompressed PDF, which the font writer stamps with the current
// time, to the Go font's own date, in place.
func fixedFontDates(doc []byte) ([]byte, error) {
	date := text.Regular.Modified()
	sig := []byte{0, 1, 0, 0}
	for at := 0; ; at++ {
		k := bytes.Index(doc[at:], sig)
		if k < 0 {
			return doc, nil
		}
		at += k
		if n := ttfLength(doc[at:]); n > 0 {
			if _, err := text.StampHead(doc[at:at+n], date); err != nil {
				return nil, fmt.Errorf("writing pdf: %w", err)
			}
		}
	}
}

// ttfLength returns the length of the TrueType font at the start of b, or
// 0 when b does not start with a well-formed table directory.
func ttfLength(b []byte) int {
	if len(b) < 12 {
		return 0
	}
	n := int(binary.BigEndian.Uint16(b[4:]))
	if n == 0 || n > 64 || len(b) < 12+16*n {
		return 0
	}
	end, head := 0, false
	for i := range n {
		rec := b[12+16*i:]
		for _, c := range rec[:4] {
			if c < ' ' || c > '~' {
				return 0
			}
		}
		off, size := int(binary.BigEndian.Uint32(rec[8:])), int(binary.BigEndian.Uint32(rec[12:]))
		if off < 12+16*n || off+size > len(b) {
			return 0
		}
		head = head || string(rec[:4]) == "head"
		end = max(end, off+(size+3)&^3)
	}
	if !head {
		return 0
	}
	return min(end, len(b))
}

// mmPerPx is the size of an SVG pixel, 1/96 inch, in the millimetres canvas
// measures in.
const mmPerPx = 25.4 / 96

// colour returns a colour of a paint, "#rrggbb", at an opacity (0 is
// opaque), as canvas takes it, premultiplied; anything else is no paint.
func colour(v string, opacity float64) (color.RGBA, bool) {
	if len(v) != 7 || v[0] != '#' {
		return color.RGBA{}, false
	}
	n, err := strconv.ParseUint(v[1:], 16, 32)
	if err != nil {
		return color.RGBA{}, false
	}
	a := cmp.Or(opacity, 1)
	c := func(shift uint) uint8 { return uint8(math.Round(float64(n>>shift&0xff) * a)) }
	return color.RGBA{c(16), c(8), c(0), uint8(math.Round(255 * a))}, true
}

// A painter draws the items of a scene on a canvas in millimetres.
type painter struct {
	ctx    *canvas.Context
	theme  *theme.Theme
	paints map[paintKey]theme.Paint // resolved once per classes
	family *canvas.FontFamily
}

// A paintKey is the classes of an item, and whether it is a text.
type paintKey struct {
	classes string
	text    bool
}

// paint returns the theme's paint of a shape, or of a text, with the
// given classes.
func (p *painter) paint(classes string, isText bool) theme.Paint {
	key := paintKey{classes, isText}
	pt, ok := p.paints[key]
	if !ok {
		pt = p.theme.Paint(classes)
		if isText {
			pt = p.theme.TextPaint(classes)
		}
		p.paints[key] = pt
	}
	return pt
}

// drawCanvas draws a scene on a new canvas.
func drawCanvas(s *scene.Scene, t *theme.Theme) *canvas.Canvas {
	c := canvas.New(s.W*mmPerPx, s.H*mmPerPx)
	p := &painter{ctx: canvas.NewContext(c), theme: t, paints: map[paintKey]theme.Paint{}, family: canvas.NewFontFamily(text.Family)}
	p.ctx.SetCoordSystem(canvas.CartesianIV)
	for _, f := range text.Faces {
		if err := p.family.LoadFont(f.TTF, 0, fontStyle(f)); err != nil {
			panic(fmt.Sprintf("render: the embedded Go font does not load: %v", err))
		}
	}
	p.fill(p.paint("bg", false), canvas.Rectangle(s.W, s.H), 0, 0)
	for i := range s.Items {
		p.item(&s.Items[i])
	}
	return c
}

// item draws one item of the scene.
func (p *painter) item(it *scene.Item) {
	st := p.paint(it.Class, false)
	switch it.Kind {
	case scene.KindRect:
		shape := canvas.Rectangle(it.R.W, it.R.H)
		if it.Radius > 0 {
			shape = canvas.RoundedRectangle(it.R.W, it.R.H, it.Radius)
		}
		if st.Hatch {
			p.hatch(it.R)
		} else {
			p.fill(st, shape, it.R.X, it.R.Y)
		}
		p.stroke(st, shape, it.R.X, it.R.Y)
	case scene.KindCircle:
		p.fill(st, canvas.Circle(it.R.W/2), it.R.X+it.R.W/2, it.R.Y+it.R.H/2)
		p.stroke(st, canvas.Circle(it.R.W/2), it.R.X+it.R.W/2, it.R.Y+it.R.H/2)
	case scene.KindLine, scene.KindPolygon:
		path := &canvas.Path{}
		for k, pt := range it.Pts {
			if k == 0 {
				path.MoveTo(pt.X, pt.Y)
			} else {
				path.LineTo(pt.X, pt.Y)
			}
		}
		if it.Kind == scene.KindPolygon {
			path.Close()
			p.fill(st, path, 0, 0)
		}
		p.stroke(st, path, 0, 0)
	case scene.KindText:
		p.text(it, p.paint(it.Class, true))
	}
}

// stroke strokes shape at (x, y) when the style gives it a stroke.
func (p *painter) stroke(st theme.Paint, shape *canvas.Path, x, y float64) {
	col, ok := colour(st.Stroke, st.StrokeOpacity)
	if !ok {
		return
	}
	ctx := p.ctx
	ctx.Push()
	ctx.SetFillColor(canvas.Transparent)
	ctx.SetStrokeColor(col)
	ctx.SetStrokeWidth(cmp.Or(st.StrokeWidth, 1) * mmPerPx)
	dashes := make([]float64, len(st.Dash))
	for i, d := range st.Dash {
		dashes[i] = d * mmPerPx
	}
	ctx.SetDashes(0, dashes...)
	if st.RoundCap {
		ctx.SetStrokeCapper(canvas.RoundCap)
	}
	ctx.DrawPath(x*mmPerPx, y*mmPerPx, shape.Copy().Scale(mmPerPx, mmPerPx))
	ctx.Pop()
}

// fill fills shape at (x, y) when the style gives it a colour.
func (p *painter) fill(st theme.Paint, shape *canvas.Path, x, y float64) {
	col, ok := colour(st.Fill, st.FillOpacity)
	if !ok {
		return
	}
	p.ctx.Push()
	p.ctx.SetFillColor(col)
	p.ctx.SetStrokeColor(canvas.Transparent)
	p.ctx.DrawPath(x*mmPerPx, y*mmPerPx, shape.Copy().Scale(mmPerPx, mmPerPx))
	p.ctx.Pop()
}

// hatch draws the dead-moment pattern in r: its background, and lines at
// 45 degrees 8 pixels apart, as the SVG's pattern does.
func (p *painter) hatch(r scene.Rect) {
	p.fill(p.paint("hatch-bg", false), canvas.Rectangle(r.W, r.H), r.X, r.Y)
	path := &canvas.Path{}
	step := 8 * math.Sqrt2
	for k := math.Ceil((r.X+r.Y)/step) * step; k <= r.Right()+r.Bottom(); k += step {
		x0, x1 := max(r.X, k-r.Bottom()), min(r.Right(), k-r.Y)
		if x0 < x1 {
			path.MoveTo(x0, k-x0)
			path.LineTo(x1, k-x1)
		}
	}
	p.stroke(p.paint("hatch", false), path, 0, 0)
}

// text writes the lines of a text item where the SVG puts them.
func (p *painter) text(it *scene.Item, st theme.Paint) {
	col, ok := colour(st.Fill, st.FillOpacity)
	if !ok {
		return
	}
	face := p.family.Face(it.Style.Size*mmPerPx*ptPerMm, col, fontStyle(it.Style.Face))
	x, align := it.R.X, canvas.Left
	switch it.Align {
	case scene.AlignMiddle:
		x, align = it.R.X+it.R.W/2, canvas.Center
	case scene.AlignEnd:
		x, align = it.R.Right(), canvas.Right
	}
	for k, line := range it.Lines {
		if line == "" {
			continue
		}
		y := scene.Baseline(it, k)
		p.ctx.DrawText(x*mmPerPx, y*mmPerPx, canvas.NewTextLine(face, line, align))
	}
}

// ptPerMm converts millimetres to the points font sizes are given in.
const ptPerMm = 72 / 25.4

// fontStyle is the canvas style of a face.
func fontStyle(f *text.Face) canvas.FontStyle {
	style := canvas.FontRegular
	if f.Weight == "bold" {
		style = canvas.FontBold
	}
	if f.FontStyle == "italic" {
		style |= canvas.FontItalic
	}
	return style
}
