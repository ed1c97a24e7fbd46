package svg

import (
	"bytes"
	"math"
	"strconv"

	"github.com/blueprint-tool/blueprint/render/scene"
	"github.com/blueprint-tool/blueprint/render/text"
	"github.com/blueprint-tool/blueprint/render/theme"
)

// Every line of text is written twice: as a <text>, which browsers and
// Inkscape draw with the embedded font (Inkscape, which ignores
// @font-face, squeezes its fallback font to the measured width by
// textLength), and just before it as the Go font's glyph outlines, a group
// of <use>s of the outlines in <defs>, for the programs that ignore both
// @font-face and textLength (librsvg, and the viewers and converters built
// on it). The style sheet shows the outlines and hides the text after them;
// a rule inside @media, which librsvg skips and browsers and Inkscape
// apply, turns that round. A program that reads no @media draws the
// outlines, which stay in their box whatever fonts it has.

// FallbackWidth is how many times wider than the Go font's a line may be
// drawn in a fallback font. A line with that much room in its box is
// written as text alone; only the others get outlines too. Measured: DejaVu
// Sans, the fallback of most Linux systems, draws the examples' lines 0.94
// to 1.22 times as wide as Go (median 1.12).
const FallbackWidth = 1.3

// outlineClass is the class of a group of glyph outlines.
const outlineClass = "bp-ol"

// outlineCSS returns the rules that choose between the outlines and the
// text: outlines in the texts' colour, the text after them hidden, and in
// @media all, the other way round.
func outlineCSS(themeName string) string {
	return "." + outlineClass + "{fill:" + theme.Named(themeName).Text.Fill + "}\n" +
		"." + outlineClass + "+text{display:none}\n" +
		"@media all{." + outlineClass + "{display:none}." + outlineClass + "+text{display:inline}}\n"
}

// glyphIDs are the ids of the outlines in <defs> of the characters of a
// face: "g" and a number in base 36, "" for a character without ink (a
// space). A character the Go fonts lack has none.
type glyphIDs struct {
	ascii [128]string
	has   [128]bool
	other map[rune]string
}

// id returns the id of the outline of r, and whether the face has r.
func (g *glyphIDs) id(r rune) (string, bool) {
	if g == nil {
		return "", false
	}
	if r < 128 {
		return g.ascii[r], g.has[r]
	}
	id, ok := g.other[r]
	return id, ok
}

func (g *glyphIDs) set(r rune, id string) {
	if r < 128 {
		g.ascii[r], g.has[r] = id, true
		return
	}
	g.other[r] = id
}

// glyphDefs writes into b a <path> for the outline of each character the
// scene draws, face by face and in the order of the characters, and returns
// their ids.
func glyphDefs(b *bytes.Buffer, used map[*text.Face]*text.GlyphSet) map[*text.Face]*glyphIDs {
	ids := map[*text.Face]*glyphIDs{}
	n := 0
	for _, f := range text.Faces {
		if used[f] == nil {
			continue
		}
		g := &glyphIDs{other: map[rune]string{}}
		ids[f] = g
		for _, r := range used[f].Runes() {
			d, err := f.Outline(r)
			if err != nil || (d == "" && !f.Has(r)) {
				continue
			}
			if d == "" {
				g.set(r, "")
				continue
			}
			n++
			id := "g" + strconv.FormatInt(int64(n), 36)
			g.set(r, id)
			b.WriteString(`<path id="` + id + `" d="` + d + `"/>` + "\n")
		}
	}
	return ids
}

// chromeLength returns the length Chromium computes for a line the Go font
// sets width wide: the width rounded up to a 64th of a pixel (measured on
// the 109 lines of a picture: all equal). Written as the textLength, it
// leaves Chromium nothing to adjust, so it draws as without it; other
// programs scale their font to within a 64th of a pixel of the measure.
func chromeLength(width float64) float64 { return math.Ceil(width*64-1e-9) / 64 }

// anchorShift returns how far left of its anchor a line of the given width
// starts.
func anchorShift(a scene.Anchor, width float64) float64 {
	switch a {
	case scene.AlignMiddle:
		return width / 2
	case scene.AlignEnd:
		return width
	}
	return 0
}

// outline writes the glyph outlines of a line of text whose left end is at
// (x, y): one group, scaled from font units to the style's size, of a
// <use> per character at its advance. It writes nothing for a line with a
// character whose outline <defs> lacks (one the Go fonts do not have): that
// line is left to the <text> alone, which the style sheet then shows.
func (w *svgWriter) outline(st text.Style, line string, x, y float64, class string) {
	ids := w.glyphs[st.Face]
	for _, r := range line {
		if _, ok := ids.id(r); !ok && r != ' ' {
			return
		}
	}
	w.str(`<g class="` + outlineClass)
	if class != "" {
		w.str(" " + class)
	}
	w.str(`" transform="translate(`)
	w.num(x)
	w.str(" ")
	w.num(y)
	w.str(`) scale(`)
	w.Write(strconv.AppendFloat(w.AvailableBuffer(), st.Size/text.Em, 'g', 6, 64))
	w.str(`)">`)
	var pos int64
	for _, r := range line {
		if id, _ := ids.id(r); id != "" {
			w.str(`<use xlink:href="#`)
			w.str(id)
			if pos != 0 {
				w.str(`" x="`)
				w.Write(strconv.AppendInt(w.AvailableBuffer(), pos, 10))
			}
			w.str(`"/>`)
		}
		pos += int64(st.Face.Advance(r))
	}
	w.str("</g>\n")
}
