package text

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/blueprint-tool/blueprint/render/text/ttf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
)

// A Face is a font the pictures show and measure their text with: one of
// the Go fonts, which every writer draws with (the SVG embeds a subset of
// the glyphs it uses). Its font file is parsed on first use, not when the
// program starts: a command that draws nothing does not pay for it.
type Face struct {
	Weight    string // the CSS font-weight: normal, bold
	FontStyle string // the CSS font-style: normal, italic
	TTF       []byte // the whole font file
	once      sync.Once
	parsed    *parsed
}

// parsed is what a face reads from its font file.
type parsed struct {
	ttf   *ttf.Font
	em    float64    // units per em
	ascii [128]int32 // advances of the ASCII glyphs, in font units
}

// The faces of the pictures.
var (
	Regular = &Face{Weight: "normal", FontStyle: "normal", TTF: goregular.TTF}
	Bold    = &Face{Weight: "bold", FontStyle: "normal", TTF: gobold.TTF}
	Italic  = &Face{Weight: "normal", FontStyle: "italic", TTF: goitalic.TTF}
	Faces   = []*Face{Regular, Bold, Italic}
)

// Family is the family name the SVG gives the embedded Go fonts. It is
// the name the Debian package fonts-go installs too, so a rasteriser that
// ignores @font-face (rsvg-convert) still draws the same glyphs.
const Family = "Go"

// font returns the parsed font file, parsing it on the first call.
func (f *Face) font() *parsed {
	f.once.Do(func() { f.parsed = mustParse(f.TTF) })
	return f.parsed
}

// mustParse parses one of the embedded Go fonts, which always parse.
func mustParse(data []byte) *parsed {
	font, err := ttf.Parse(data)
	if err != nil {
		panic(fmt.Sprintf("render: the embedded Go font does not parse: %v", err))
	}
	p := &parsed{ttf: font, em: float64(font.UnitsPerEm)}
	for r := range p.ascii {
		p.ascii[r] = p.glyphAdvance(rune(r))
	}
	return p
}

// advance returns the advance of r in font units. A character the font
// lacks is drawn by the viewer with another font; it is counted as one em,
// wider than most such glyphs, so that it still stays inside its box.
func (p *parsed) advance(r rune) int32 {
	if r >= 0 && r < 128 && p.ascii[r] != 0 {
		return p.ascii[r]
	}
	return p.glyphAdvance(r)
}

func (p *parsed) glyphAdvance(r rune) int32 {
	g := p.ttf.GlyphIndex(r)
	if g == 0 {
		return int32(p.em)
	}
	return int32(p.ttf.Advance(g))
}

// width returns the width of s in pixels at size. The SVG turns kerning off
// (font-kerning: none), so the sum of the advances is what the viewer draws.
func (f *Face) width(s string, size float64) float64 {
	p := f.font()
	var units int64
	for _, r := range s {
		units += int64(p.advance(r))
	}
	return float64(units) * size / p.em
}

// A Style is a face at a size, with the distance between lines.
type Style struct {
	Face       *Face
	Size, Lead float64
}

// Width returns the width of s in this style.
func (t Style) Width(s string) float64 { return t.Face.width(s, t.Size) }

// Height returns the height of n lines in this style.
func (t Style) Height(n int) float64 { return float64(n) * t.Lead }

// Wrap breaks s into lines no wider than max, at spaces where it can and
// inside a word only when the word alone is wider than max. Line breaks in
// s are kept, runs of spaces become one. It returns at least one line.
func (t Style) Wrap(s string, max float64) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		lines = t.wrapParagraph(strings.Join(strings.Fields(para), " "), max, lines)
	}
	if len(lines) == 0 {
		lines = append(lines, "")
	}
	return lines
}

// wrapParagraph appends the lines of para, whose words are separated by
// single spaces, to lines. Lines are slices of para.
func (t Style) wrapParagraph(para string, max float64, lines []string) []string {
	space := t.Width(" ")
	start, w := -1, 0.0 // the start of the current line in para, and its width
	for i := 0; i < len(para); {
		end := strings.IndexByte(para[i:], ' ')
		if end < 0 {
			end = len(para)
		} else {
			end += i
		}
		word := para[i:end]
		ww := t.Width(word)
		switch {
		case start >= 0 && w+space+ww <= max:
			w += space + ww
			i = end + 1
			continue
		case start >= 0:
			lines = append(lines, para[start:i-1])
		}
		for ww > max { // a word wider than the box: break it
			var head string
			head, word = t.cut(word, max)
			lines = append(lines, head)
			ww = t.Width(word)
		}
		start, w = end-len(word), ww
		i = end + 1
	}
	if start >= 0 && start < len(para) {
		lines = append(lines, para[start:])
	}
	return lines
}

// cut splits word after the most runes that fit in max (at least one).
func (t Style) cut(word string, max float64) (string, string) {
	p := t.Face.font()
	w, i := 0.0, 0
	for j, r := range word {
		rw := float64(p.advance(r)) * t.Size / p.em
		if w+rw > max && j > 0 {
			break
		}
		w += rw
		i = j + utf8.RuneLen(r)
	}
	return word[:i], word[i:]
}

// Subset returns a TrueType font with the glyphs of runes only, with the
// tables a browser requires of an @font-face.
func (f *Face) Subset(runes []rune) ([]byte, error) {
	sub, err := f.font().ttf.Subset(runes, ttf.Web)
	if err != nil {
		return nil, fmt.Errorf("subsetting the Go font: %w", err)
	}
	return sub.TTF, nil
}

// A PDFSubset is a TrueType font with the glyphs of some runes only, as a
// PDF embeds it: the glyph id of each rune in the subset (0 for a rune the
// font lacks; the runes' glyphs follow glyph 0 in their order) and the
// advance of each glyph, in thousandths of an em, the widths the layout
// measured with.
type PDFSubset struct {
	TTF      []byte
	Glyph    map[rune]uint16
	Advances []int // by glyph id of the subset, all of them
}

// SubsetPDF returns a subset of the glyphs of runes with the tables a PDF
// needs.
func (f *Face) SubsetPDF(runes []rune) (*PDFSubset, error) {
	p := f.font()
	sub, err := p.ttf.Subset(runes, ttf.PDF)
	if err != nil {
		return nil, fmt.Errorf("subsetting the Go font: %w", err)
	}
	adv := make([]int, len(sub.Original))
	adv[0] = 1000 // a rune the font lacks is measured as one em
	for i, g := range sub.Original[1:] {
		adv[i+1] = int(math.Round(float64(p.ttf.Advance(g)) * 1000 / p.em))
	}
	return &PDFSubset{TTF: sub.TTF, Glyph: sub.Glyph, Advances: adv}, nil
}

// Metrics are what a PDF's font descriptor says of a face, in thousandths
// of an em.
type Metrics struct {
	BBox                       [4]int
	Ascent, Descent, CapHeight int
	ItalicAngle                float64
}

// Metrics returns the metrics of the face. A font that gives no cap height
// is said to have its ascent as one.
func (f *Face) Metrics() Metrics {
	p := f.font()
	fm := p.ttf.Metrics
	u := func(v int16) int { return int(math.Round(float64(v) * 1000 / p.em)) }
	m := Metrics{
		BBox:   [4]int{u(fm.BBox[0]), u(fm.BBox[1]), u(fm.BBox[2]), u(fm.BBox[3])},
		Ascent: u(fm.Ascent), Descent: u(fm.Descent), CapHeight: u(fm.Ascent),
		ItalicAngle: fm.ItalicAngle,
	}
	if fm.CapHeight != 0 {
		m.CapHeight = u(fm.CapHeight)
	}
	return m
}
