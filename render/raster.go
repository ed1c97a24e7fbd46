package render

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"image/color"
	"image/png"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/blueprint-tool/blueprint/journeyfile"
	"github.com/tdewolff/canvas"
	"github.com/tdewolff/canvas/renderers/pdf"
	"github.com/tdewolff/canvas/renderers/rasterizer"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
)

// Formats lists the files a picture can be written as, as
// journeyfile.Formats names them; the first is the default.
var Formats = journeyfile.Formats

// encode writes a scene in format: SVG as writeSVG does, or PNG (two pixels
// for each pixel of the SVG) or PDF (at 96 pixels to the inch) drawn with
// tdewolff/canvas from the same scene, with the same fonts and colours.
func encode(s *scene, theme, format string) ([]byte, error) {
	switch format {
	case "", "svg":
		return writeSVG(s, theme), nil
	case "png", "pdf":
		c := drawCanvas(s, parseTheme(themeCSS(theme)))
		var out bytes.Buffer
		var err error
		if format == "png" {
			err = png.Encode(&out, rasterizer.Draw(c, canvas.DPMM(2/mmPerPx), canvas.DefaultColorSpace))
		} else {
			// uncompressed, so that fixedFontDates can reach the fonts
			doc := pdf.New(&out, c.W, c.H, &pdf.Options{Compress: false, SubsetFonts: true})
			doc.SetInfo(s.title, s.desc, "", "", "blueprint")
			c.RenderTo(doc)
			err = doc.Close()
		}
		if err != nil {
			return nil, fmt.Errorf("writing %s: %w", format, err)
		}
		if format == "pdf" {
			return fixedFontDates(fixedFontTags(fixedDate(out.Bytes())))
		}
		return out.Bytes(), nil
	}
	return nil, fmt.Errorf("unknown format %q (known: %s)", format, strings.Join(Formats, ", "))
}

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
	date := regular.sfnt.Tables["head"][28:36]
	sig := []byte{0, 1, 0, 0}
	for at := 0; ; at++ {
		k := bytes.Index(doc[at:], sig)
		if k < 0 {
			return doc, nil
		}
		at += k
		if n := ttfLength(doc[at:]); n > 0 {
			if _, err := stampHead(doc[at:at+n], date); err != nil {
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
func drawCanvas(s *scene, rules []cssRule) *canvas.Canvas {
	c := canvas.New(s.w*mmPerPx, s.h*mmPerPx)
	p := &painter{ctx: canvas.NewContext(c), rules: rules, styles: map[[2]string]cssStyle{}, family: canvas.NewFontFamily(fontFamily)}
	p.ctx.SetCoordSystem(canvas.CartesianIV)
	for _, f := range []struct {
		ttf   []byte
		style canvas.FontStyle
	}{{goregular.TTF, canvas.FontRegular}, {gobold.TTF, canvas.FontBold}, {goitalic.TTF, canvas.FontRegular | canvas.FontItalic}} {
		if err := p.family.LoadFont(f.ttf, 0, f.style); err != nil {
			panic(fmt.Sprintf("render: the embedded Go font does not load: %v", err))
		}
	}
	p.fill(p.style("", "bg"), canvas.Rectangle(s.w, s.h), 0, 0)
	for i := range s.items {
		p.item(&s.items[i])
	}
	return c
}

// item draws one item of the scene.
func (p *painter) item(it *item) {
	st := p.style("", it.class)
	switch it.kind {
	case kindRect:
		shape := canvas.Rectangle(it.r.w, it.r.h)
		if it.radius > 0 {
			shape = canvas.RoundedRectangle(it.r.w, it.r.h, it.radius)
		}
		if st["fill"] == "url(#bp-hatch)" {
			p.hatch(it.r)
		} else {
			p.fill(st, shape, it.r.x, it.r.y)
		}
		p.stroke(st, shape, it.r.x, it.r.y)
	case kindCircle:
		p.fill(st, canvas.Circle(it.r.w/2), it.r.x+it.r.w/2, it.r.y+it.r.h/2)
		p.stroke(st, canvas.Circle(it.r.w/2), it.r.x+it.r.w/2, it.r.y+it.r.h/2)
	case kindLine, kindPolygon:
		path := &canvas.Path{}
		for k, pt := range it.pts {
			if k == 0 {
				path.MoveTo(pt.x, pt.y)
			} else {
				path.LineTo(pt.x, pt.y)
			}
		}
		if it.kind == kindPolygon {
			path.Close()
			p.fill(st, path, 0, 0)
		}
		p.stroke(st, path, 0, 0)
	case kindText:
		p.text(it, p.style("text", it.class))
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
func (p *painter) hatch(r rect) {
	p.fill(p.style("", "hatch-bg"), canvas.Rectangle(r.w, r.h), r.x, r.y)
	path := &canvas.Path{}
	step := 8 * math.Sqrt2
	for k := math.Ceil((r.x+r.y)/step) * step; k <= r.right()+r.bottom(); k += step {
		x0, x1 := max(r.x, k-r.bottom()), min(r.right(), k-r.y)
		if x0 < x1 {
			path.MoveTo(x0, k-x0)
			path.LineTo(x1, k-x1)
		}
	}
	p.stroke(p.style("", "hatch"), path, 0, 0)
}

// text writes the lines of a text item where the SVG puts them.
func (p *painter) text(it *item, st cssStyle) {
	col, ok := parseColour(st["fill"], st["fill-opacity"])
	if !ok {
		return
	}
	style := canvas.FontRegular
	switch it.style.face {
	case bold:
		style = canvas.FontBold
	case italic:
		style = canvas.FontRegular | canvas.FontItalic
	}
	face := p.family.Face(it.style.size*mmPerPx*ptPerMm, col, style)
	x, align := it.r.x, canvas.Left
	switch it.align {
	case alignMiddle:
		x, align = it.r.x+it.r.w/2, canvas.Center
	case alignEnd:
		x, align = it.r.right(), canvas.Right
	}
	for k, line := range it.lines {
		if line == "" {
			continue
		}
		y := baseline(it, k)
		p.ctx.DrawText(x*mmPerPx, y*mmPerPx, canvas.NewTextLine(face, line, align))
	}
}

// ptPerMm converts millimetres to the points font sizes are given in.
const ptPerMm = 72 / 25.4
