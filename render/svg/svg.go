package svg

import (
	"bytes"
	"math"
	"strconv"

	"github.com/blueprint-tool/blueprint/render/scene"
	"github.com/blueprint-tool/blueprint/render/text"
	"github.com/blueprint-tool/blueprint/render/theme"
)

// Write serialises a scene as a self-contained SVG document: the fonts
// it uses embedded as subsets, the theme's colours in a style sheet, no
// script and no outside resource.
func Write(s *scene.Scene, themeName string) []byte {
	w := &svgWriter{}
	w.Grow(sizeHint(s))
	w.str(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	w.str(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" role="img" aria-labelledby="bp-title bp-desc" width="`)
	w.num(s.W)
	w.str(`" height="`)
	w.num(s.H)
	w.str(`" viewBox="0 0 `)
	w.num(s.W)
	w.str(" ")
	w.num(s.H)
	w.str(`" font-family="` + text.Family + `, sans-serif">` + "\n")
	w.str(`<title id="bp-title">`)
	w.esc(s.Title)
	w.str("</title>\n<desc id=\"bp-desc\">")
	w.esc(s.Desc)
	w.str("</desc>\n<style>\n")
	css, err := fontFaces(s.Used)
	if err != nil {
		// The Go fonts are embedded and subset deterministically: this
		// cannot happen short of a broken build. Fall back to the system's.
		css = ""
	}
	w.str(css)
	w.str(outlineCSS(themeName))
	w.str(theme.CSS(themeName))
	w.str("</style>\n")
	w.str(`<defs><pattern id="bp-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch-bg" width="8" height="8"/><line class="hatch" x1="0" y1="0" x2="0" y2="8"/></pattern>` + "\n")
	w.glyphs = glyphDefs(&w.Buffer, s.Used)
	w.str("</defs>\n")
	w.str(`<rect class="bg" width="100%" height="100%"/>` + "\n")
	for i := range s.Items {
		w.item(&s.Items[i])
	}
	w.str("</svg>\n")
	return w.Bytes()
}

// sizeHint guesses the size of the document: the fonts, 128 bytes an item,
// and 48 for each character of text (its <text>, and its <use> where the
// line is outlined).
func sizeHint(s *scene.Scene) int {
	n := 32768 + len(s.Items)*128
	for i := range s.Items {
		for _, l := range s.Items[i].Lines {
			n += 48 * len(l)
		}
	}
	return n
}

// svgWriter appends SVG to a buffer; its writes to memory cannot fail.
type svgWriter struct {
	bytes.Buffer
	glyphs map[*text.Face]*glyphIDs // the ids of the glyph outlines in <defs>
}

func (w *svgWriter) str(s string) { w.WriteString(s) }

// num writes v rounded to two decimals, without trailing zeros.
func (w *svgWriter) num(v float64) {
	v = math.Round(v*100) / 100
	if v == 0 {
		v = 0 // no "-0"
	}
	w.Write(strconv.AppendFloat(w.AvailableBuffer(), v, 'f', -1, 64))
}

// esc writes s escaped for XML text and attributes.
func (w *svgWriter) esc(s string) { w.str(EscapeText(s)) }

// attr writes ` name="v"`.
func (w *svgWriter) attr(name string, v float64) {
	w.str(" " + name + `="`)
	w.num(v)
	w.str(`"`)
}

func (w *svgWriter) class(c string) {
	if c != "" {
		w.str(` class="` + c + `"`)
	}
}

func (w *svgWriter) item(it *scene.Item) {
	switch it.Kind {
	case scene.KindRect:
		w.str("<rect")
		w.class(it.Class)
		w.attr("x", it.R.X)
		w.attr("y", it.R.Y)
		w.attr("width", it.R.W)
		w.attr("height", it.R.H)
		if it.Radius > 0 {
			w.attr("rx", it.Radius)
		}
		w.str("/>\n")
	case scene.KindCircle:
		w.str("<circle")
		w.class(it.Class)
		w.attr("cx", it.R.X+it.R.W/2)
		w.attr("cy", it.R.Y+it.R.H/2)
		w.attr("r", it.R.W/2)
		w.str("/>\n")
	case scene.KindLine, scene.KindPolygon:
		if it.Kind == scene.KindLine {
			w.str("<polyline")
		} else {
			w.str("<polygon")
		}
		w.class(it.Class)
		w.str(` points="`)
		for k, p := range it.Pts {
			if k > 0 {
				w.str(" ")
			}
			w.num(p.X)
			w.str(",")
			w.num(p.Y)
		}
		w.str(`"/>` + "\n")
	case scene.KindText:
		w.text(it)
	case scene.KindGroup:
		w.str("<g><title>")
		w.esc(it.Tip)
		w.str("</title>\n")
	case scene.KindEnd:
		w.str("</g>\n")
	}
}

// text writes one <text> per line. The first baseline sits so that the
// line's capitals are centred in its line distance.
func (w *svgWriter) text(it *scene.Item) {
	x := it.R.X
	anchor := ""
	switch it.Align {
	case scene.AlignMiddle:
		x, anchor = it.R.X+it.R.W/2, "middle"
	case scene.AlignEnd:
		x, anchor = it.R.Right(), "end"
	}
	st := it.Style
	for k, line := range it.Lines {
		if line == "" {
			continue
		}
		y := scene.Baseline(it, k)
		width := st.Width(line)
		if width*FallbackWidth > it.R.W {
			w.outline(st, line, x-anchorShift(it.Align, width), y, it.Class)
		}
		w.str("<text")
		w.class(it.Class)
		w.attr("x", x)
		w.attr("y", y)
		w.attr("font-size", st.Size)
		if st.Face.Weight != "normal" {
			w.str(` font-weight="` + st.Face.Weight + `"`)
		}
		if st.Face.FontStyle != "normal" {
			w.str(` font-style="` + st.Face.FontStyle + `"`)
		}
		if anchor != "" {
			w.str(` text-anchor="` + anchor + `"`)
		}
		w.str(` textLength="` + strconv.FormatFloat(chromeLength(width), 'f', -1, 64) + `"`)
		w.str(` lengthAdjust="spacingAndGlyphs">`)
		w.esc(line)
		w.str("</text>\n")
	}
}
