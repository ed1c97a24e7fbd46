package raster

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"image/color"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/blueprint-tool/blueprint/render/scene"
	"github.com/blueprint-tool/blueprint/render/text"
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

// A cssStyle is what the style sheet says of one class: its paint.
type cssStyle map[string]string

// A cssRule is one rule of the theme's style sheet.
type cssRule struct {
	selectors []string // "text", or ".class"
	props     cssStyle
}

// parseTheme reads the rules of a theme's style sheet, which this package
// writes itself: one rule per line, "sel,sel{prop:val;prop:val}".
func parseTheme(css string) []cssRule {
	var rules []cssRule
	for _, line := range strings.Split(css, "\n") {
		sel, body, ok := strings.Cut(line, "{")
		if !ok || strings.HasPrefix(sel, "@") {
			continue
		}
		r := cssRule{selectors: strings.Split(sel, ","), props: cssStyle{}}
		for _, decl := range strings.Split(strings.TrimSuffix(body, "}"), ";") {
			if k, v, ok := strings.Cut(decl, ":"); ok {
				r.props[k] = v
			}
		}
		rules = append(rules, r)
	}
	return rules
}

// styleOf returns the properties of an element with the given classes, the
// later rules overriding the earlier ones as in CSS.
func styleOf(rules []cssRule, element, classes string) cssStyle {
	out := cssStyle{}
	names := strings.Fields(classes)
	for _, r := range rules {
		for _, sel := range r.selectors {
			if sel == element || strings.HasPrefix(sel, ".") && containsName(names, sel[1:]) {
				for k, v := range r.props {
					out[k] = v
				}
				break
			}
		}
	}
	return out
}

func containsName(names []string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}

// parseColour reads "#rrggbb"; anything else is no paint.
func parseColour(v string, opacity string) (color.RGBA, bool) {
	if len(v) != 7 || v[0] != '#' {
		return color.RGBA{}, false
	}
	n, err := strconv.ParseUint(v[1:], 16, 32)
	if err != nil {
		return color.RGBA{}, false
	}
	a := 1.0
	if f, err := strconv.ParseFloat(opacity, 64); err == nil {
		a = f
	}
	// canvas takes premultiplied colours
	c := func(shift uint) uint8 { return uint8(math.Round(float64(n>>shift&0xff) * a)) }
	return color.RGBA{c(16), c(8), c(0), uint8(math.Round(255 * a))}, true
}

// A painter draws the items of a scene on a canvas in millimetres.
type painter struct {
	ctx    *canvas.Context
	rules  []cssRule
	styles map[[2]string]cssStyle // by element and classes, read once from the rules
	family *canvas.FontFamily
}

// style returns what the style sheet says of an element ("" for a shape,
// "text") with the given classes. The result is shared: do not change it.
func (p *painter) style(element, classes string) cssStyle {
	key := [2]string{element, classes}
	st, ok := p.styles[key]
	if !ok {
		st = styleOf(p.rules, element, classes)
		p.styles[key] = st
	}
	return st
}

// drawCanvas draws a scene on a new canvas.
func drawCanvas(s *scene.Scene, rules []cssRule) *canvas.Canvas {
	c := canvas.New(s.W*mmPerPx, s.H*mmPerPx)
	p := &painter{ctx: canvas.NewContext(c), rules: rules, styles: map[[2]string]cssStyle{}, family: canvas.NewFontFamily(text.Family)}
	p.ctx.SetCoordSystem(canvas.CartesianIV)
	for _, f := range text.Faces {
		if err := p.family.LoadFont(f.TTF, 0, fontStyle(f)); err != nil {
			panic(fmt.Sprintf("render: the embedded Go font does not load: %v", err))
		}
	}
	p.fill(p.style("", "bg"), canvas.Rectangle(s.W, s.H), 0, 0)
	for i := range s.Items {
		p.item(&s.Items[i])
	}
	return c
}

// item draws one item of the scene.
func (p *painter) item(it *scene.Item) {
	st := p.style("", it.Class)
	switch it.Kind {
	case scene.KindRect:
		shape := canvas.Rectangle(it.R.W, it.R.H)
		if it.Radius > 0 {
			shape = canvas.RoundedRectangle(it.R.W, it.R.H, it.Radius)
		}
		if st["fill"] == "url(#bp-hatch)" {
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
		p.text(it, p.style("text", it.Class))
	}
}

// stroke strokes shape at (x, y) when the style gives it a stroke.
func (p *painter) stroke(st cssStyle, shape *canvas.Path, x, y float64) {
	col, ok := parseColour(st["stroke"], st["stroke-opacity"])
	if !ok {
		return
	}
	w := 1.0
	if f, err := strconv.ParseFloat(st["stroke-width"], 64); err == nil {
		w = f
	}
	ctx := p.ctx
	ctx.Push()
	ctx.SetFillColor(canvas.Transparent)
	ctx.SetStrokeColor(col)
	ctx.SetStrokeWidth(w * mmPerPx)
	var dashes []float64
	for _, d := range strings.Fields(st["stroke-dasharray"]) {
		if f, err := strconv.ParseFloat(d, 64); err == nil {
			dashes = append(dashes, f*mmPerPx)
		}
	}
	ctx.SetDashes(0, dashes...)
	if st["stroke-linecap"] == "round" {
		ctx.SetStrokeCapper(canvas.RoundCap)
	}
	ctx.DrawPath(x*mmPerPx, y*mmPerPx, shape.Copy().Scale(mmPerPx, mmPerPx))
	ctx.Pop()
}

// fill fills shape at (x, y) when the style gives it a colour.
func (p *painter) fill(st cssStyle, shape *canvas.Path, x, y float64) {
	col, ok := parseColour(st["fill"], st["fill-opacity"])
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
	p.fill(p.style("", "hatch-bg"), canvas.Rectangle(r.W, r.H), r.X, r.Y)
	path := &canvas.Path{}
	step := 8 * math.Sqrt2
	for k := math.Ceil((r.X+r.Y)/step) * step; k <= r.Right()+r.Bottom(); k += step {
		x0, x1 := max(r.X, k-r.Bottom()), min(r.Right(), k-r.Y)
		if x0 < x1 {
			path.MoveTo(x0, k-x0)
			path.LineTo(x1, k-x1)
		}
	}
	p.stroke(p.style("", "hatch"), path, 0, 0)
}

// text writes the lines of a text item where the SVG puts them.
func (p *painter) text(it *scene.Item, st cssStyle) {
	col, ok := parseColour(st["fill"], st["fill-opacity"])
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
