package text

import (
	"encoding/binary"
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/tdewolff/font"
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
	sfnt  *font.SFNT
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
func mustParse(ttf []byte) *parsed {
	sfnt, err := font.ParseSFNT(ttf, 0)
	if err != nil {
		panic(fmt.Sprintf("render: the embedded Go font does not parse: %v", err))
	}
	p := &parsed{sfnt: sfnt, em: float64(sfnt.Head.UnitsPerEm)}
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
	g := p.sfnt.GlyphIndex(r)
	if g == 0 {
		return int32(p.em)
	}
	return int32(p.sfnt.GlyphAdvance(g))
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

// subsetting serialises the subsetter, which writes into the tables of the
// font it subsets (tdewolff/font SFNT.Subset shares maxp and OS/2 with its
// result), so that pictures can be drawn on several goroutines at once.
var subsetting sync.Mutex

// Subset returns a TrueType font with the glyphs of runes, in order, only.
func (f *Face) Subset(runes []rune) ([]byte, error) {
	ttf, _, err := f.subset(runes, font.KeepMinTables)
	return ttf, err
}

// A PDFSubset is a TrueType font with the glyphs of some runes only, as a
// PDF embeds it: the glyph id of each rune in the subset (0 for a rune the
// font lacks) and the advance of each glyph, in thousandths of an em, the
// widths the layout measured with.
type PDFSubset struct {
	TTF      []byte
	Glyph    map[rune]uint16
	Advances []int // by glyph id of the subset
}

// SubsetPDF returns a subset of the glyphs of runes with the tables a PDF
// needs.
func (f *Face) SubsetPDF(runes []rune) (*PDFSubset, error) {
	ttf, glyph, err := f.subset(runes, font.KeepPDFTables)
	if err != nil {
		return nil, err
	}
	adv := make([]int, len(glyph)+1)
	adv[0] = 1000
	for r, g := range glyph {
		adv[g] = int(math.Round(float64(f.font().advance(r)) * 1000 / f.font().em))
	}
	return &PDFSubset{TTF: ttf, Glyph: glyph, Advances: adv}, nil
}

// subset writes a subset of the glyphs of runes, in order after glyph 0,
// with the given tables, and returns it with the glyph id of each rune in it.
func (f *Face) subset(runes []rune, tables []string) ([]byte, map[rune]uint16, error) {
	subsetting.Lock()
	defer subsetting.Unlock()
	ids, seen, glyph := []uint16{0}, map[uint16]uint16{0: 0}, make(map[rune]uint16, len(runes))
	for _, r := range runes {
		g := f.font().sfnt.GlyphIndex(r)
		k, ok := seen[g]
		if !ok {
			k = uint16(len(ids))
			seen[g] = k
			ids = append(ids, g)
		}
		glyph[r] = k
	}
	sub, err := f.font().sfnt.Subset(ids, font.SubsetOptions{Tables: tables})
	if err != nil {
		return nil, nil, fmt.Errorf("subsetting the Go font: %w", err)
	}
	ttf, err := StampHead(sub.Write(), f.Modified())
	return ttf, glyph, err
}

// Metrics are what a PDF's font descriptor says of a face, in thousandths
// of an em.
type Metrics struct {
	BBox                       [4]int
	Ascent, Descent, CapHeight int
	ItalicAngle                float64
}

// Metrics returns the metrics of the face.
func (f *Face) Metrics() Metrics {
	s := f.font().sfnt
	u := func(v int16) int { return int(math.Round(float64(v) * 1000 / f.font().em)) }
	m := Metrics{
		BBox:   [4]int{u(s.Head.XMin), u(s.Head.YMin), u(s.Head.XMax), u(s.Head.YMax)},
		Ascent: u(s.Hhea.Ascender), Descent: u(s.Hhea.Descender), CapHeight: u(s.Hhea.Ascender),
	}
	if s.OS2 != nil && s.OS2.SCapHeight != 0 {
		m.CapHeight = u(s.OS2.SCapHeight)
	}
	if s.Post != nil {
		m.ItalicAngle = s.Post.ItalicAngle
	}
	return m
}

// Modified returns the "modified" date of the font's head table as it is
// stored: what StampHead puts back into a subset.
func (f *Face) Modified() []byte { return f.font().sfnt.Tables["head"][28:36] }

// StampHead sets the "modified" date of a TrueType font's head table, which
// the subsetter sets to the current time, back to modified, so the same
// text gives the same bytes; then it mends the checksums.
func StampHead(ttf, modified []byte) ([]byte, error) {
	be := binary.BigEndian
	if len(ttf) < 12 {
		return nil, fmt.Errorf("subsetting the Go font: a font of %d bytes", len(ttf))
	}
	for i := range int(be.Uint16(ttf[4:])) {
		rec := 12 + 16*i
		if rec+16 > len(ttf) || string(ttf[rec:rec+4]) != "head" {
			continue
		}
		off, n := int(be.Uint32(ttf[rec+8:])), int(be.Uint32(ttf[rec+12:]))
		if off+n > len(ttf) || n < 36 {
			break
		}
		head := ttf[off : off+n]
		copy(head[28:36], modified)
		be.PutUint32(head[8:], 0)
		be.PutUint32(ttf[rec+4:], checksum(ttf[off:min(off+(n+3)&^3, len(ttf))]))
		be.PutUint32(head[8:], 0xB1B0AFBA-checksum(ttf))
		return ttf, nil
	}
	return nil, fmt.Errorf("subsetting the Go font: no head table")
}

// checksum is the TrueType checksum: the sum of the big-endian 32-bit words
// of b, padded with zeros.
func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var word [4]byte
		copy(word[:], b[i:])
		sum += binary.BigEndian.Uint32(word[:])
	}
	return sum
}
