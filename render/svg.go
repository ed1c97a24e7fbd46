package render

import (
	"bytes"
	"math"
	"strconv"
)

// writeSVG serialises a scene as a self-contained SVG document: the fonts
// it uses embedded as subsets, the theme's colours in a style sheet, no
// script and no outside resource.
func writeSVG(s *scene, theme string) []byte {
	w := &svgWriter{}
	w.Grow(8192 + len(s.items)*128)
	w.str(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	w.str(`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="bp-title bp-desc" width="`)
	w.num(s.w)
	w.str(`" height="`)
	w.num(s.h)
	w.str(`" viewBox="0 0 `)
	w.num(s.w)
	w.str(" ")
	w.num(s.h)
	w.str(`" font-family="` + fontFamily + `, sans-serif">` + "\n")
	w.str(`<title id="bp-title">`)
	w.esc(s.title)
	w.str("</title>\n<desc id=\"bp-desc\">")
	w.esc(s.desc)
	w.str("</desc>\n<style>\n")
	css, err := fontFaces(s.used)
	if err != nil {
		// The Go fonts are embedded and subset deterministically: this
		// cannot happen short of a broken build. Fall back to the system's.
		css = ""
	}
	w.str(css)
	w.str(themeCSS(theme))
	w.str("</style>\n")
	w.str(`<defs><pattern id="bp-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch-bg" width="8" height="8"/><line class="hatch" x1="0" y1="0" x2="0" y2="8"/></pattern></defs>` + "\n")
	w.str(`<rect class="bg" width="100%" height="100%"/>` + "\n")
	for i := range s.items {
		w.item(&s.items[i])
	}
	w.str("</svg>\n")
	return w.Bytes()
}

// svgWriter appends SVG to a buffer; its writes to memory cannot fail.
type svgWriter struct{ bytes.Buffer }

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
func (w *svgWriter) esc(s string) { w.str(escapeText(s)) }

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

func (w *svgWriter) item(it *item) {
	switch it.kind {
	case kindRect:
		w.str("<rect")
		w.class(it.class)
		w.attr("x", it.r.x)
		w.attr("y", it.r.y)
		w.attr("width", it.r.w)
		w.attr("height", it.r.h)
		if it.radius > 0 {
			w.attr("rx", it.radius)
		}
		w.str("/>\n")
	case kindCircle:
		w.str("<circle")
		w.class(it.class)
		w.attr("cx", it.r.x+it.r.w/2)
		w.attr("cy", it.r.y+it.r.h/2)
		w.attr("r", it.r.w/2)
		w.str("/>\n")
	case kindLine, kindPolygon:
		if it.kind == kindLine {
			w.str("<polyline")
		} else {
			w.str("<polygon")
		}
		w.class(it.class)
		w.str(` points="`)
		for k, p := range it.pts {
			if k > 0 {
				w.str(" ")
			}
			w.num(p.x)
			w.str(",")
			w.num(p.y)
		}
		w.str(`"/>` + "\n")
	case kindText:
		w.text(it)
	case kindGroup:
		w.str("<g><title>")
		w.esc(it.tip)
		w.str("</title>\n")
	case kindEnd:
		w.str("</g>\n")
	}
}

// baseline returns the height of the baseline of line k of a text item:
// the line's capitals are centred in its line distance.
func baseline(it *item, k int) float64 {
	return it.r.y + float64(k)*it.style.lead + it.style.lead/2 + it.style.size*0.35
}

// text writes one <text> per line. The first baseline sits so that the
// line's capitals are centred in its line distance.
func (w *svgWriter) text(it *item) {
	x := it.r.x
	anchor := ""
	switch it.align {
	case alignMiddle:
		x, anchor = it.r.x+it.r.w/2, "middle"
	case alignEnd:
		x, anchor = it.r.right(), "end"
	}
	st := it.style
	for k, line := range it.lines {
		if line == "" {
			continue
		}
		y := baseline(it, k)
		w.str("<text")
		w.class(it.class)
		w.attr("x", x)
		w.attr("y", y)
		w.attr("font-size", st.size)
		if st.face.weight != "normal" {
			w.str(` font-weight="` + st.face.weight + `"`)
		}
		if st.face.style != "normal" {
			w.str(` font-style="` + st.face.style + `"`)
		}
		if anchor != "" {
			w.str(` text-anchor="` + anchor + `"`)
		}
		w.str(">")
		w.esc(line)
		w.str("</text>\n")
	}
}
