package render

import (
	"encoding/base64"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/tdewolff/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
)

// A face is a font the pictures show and measure their text with: the Go
// fonts, embedded in every SVG as a subset of the glyphs it uses.
type face struct {
	weight string
	style  string
	sfnt   *font.SFNT
	em     float64    // units per em
	ascii  [128]int32 // advances of the ASCII glyphs, in font units
}

var (
	regular = mustFace(goregular.TTF, "normal", "normal")
	bold    = mustFace(gobold.TTF, "bold", "normal")
	italic  = mustFace(goitalic.TTF, "normal", "italic")
	faces   = []*face{regular, bold, italic}
)

// fontFamily is the family name the SVG gives the embedded Go fonts. It is
// the name the Debian package fonts-go installs too, so a rasteriser that
// ignores @font-face (rsvg-convert) still draws the same glyphs.
const fontFamily = "Go"

func mustFace(ttf []byte, weight, style string) *face {
	sfnt, err := font.ParseSFNT(ttf, 0)
	if err != nil {
		panic(fmt.Sprintf("render: the embedded Go font does not parse: %v", err))
	}
	f := &face{weight: weight, style: style, sfnt: sfnt, em: float64(sfnt.Head.UnitsPerEm)}
	for r := range f.ascii {
		f.ascii[r] = f.advance(rune(r))
	}
	return f
}

// advance returns the advance of r in font units. A character the font
// lacks is drawn by the viewer with another font; it is counted as one em,
// wider than most such glyphs, so that it still stays inside its box.
func (f *face) advance(r rune) int32 {
	if r < 128 && f.ascii[r] != 0 {
		return f.ascii[r]
	}
	g := f.sfnt.GlyphIndex(r)
	if g == 0 {
		return int32(f.em)
	}
	return int32(f.sfnt.GlyphAdvance(g))
}

// width returns the width of s in pixels at size. The SVG turns kerning off
// (font-kerning: none), so the sum of the advances is what the viewer draws.
func (f *face) width(s string, size float64) float64 {
	var units int64
	for _, r := range s {
		units += int64(f.advance(r))
	}
	return float64(units) * size / f.em
}

// A textStyle is a face at a size, with the distance between lines.
type textStyle struct {
	face       *face
	size, lead float64
}

// width returns the width of s in this style.
func (t textStyle) width(s string) float64 { return t.face.width(s, t.size) }

// height returns the height of n lines in this style.
func (t textStyle) height(n int) float64 { return float64(n) * t.lead }

// wrap breaks s into lines no wider than max, at spaces where it can and
// inside a word only when the word alone is wider than max. Line breaks in
// s are kept. It returns at least one line.
func (t textStyle) wrap(s string, max float64) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		lines = t.wrapParagraph(strings.Fields(para), max, lines)
	}
	if len(lines) == 0 {
		lines = append(lines, "")
	}
	return lines
}

func (t textStyle) wrapParagraph(words []string, max float64, lines []string) []string {
	space := t.width(" ")
	line, w := "", 0.0
	for _, word := range words {
		ww := t.width(word)
		switch {
		case line != "" && w+space+ww <= max:
			line, w = line+" "+word, w+space+ww
			continue
		case line != "":
			lines = append(lines, line)
		}
		for ww > max { // a word wider than the box: break it
			head, rest := t.cut(word, max)
			lines = append(lines, head)
			word, ww = rest, t.width(rest)
		}
		line, w = word, ww
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// cut splits word after the most runes that fit in max (at least one).
func (t textStyle) cut(word string, max float64) (string, string) {
	w, i := 0.0, 0
	for j, r := range word {
		rw := t.face.width(string(r), t.size)
		if w+rw > max && j > 0 {
			break
		}
		w += rw
		i = j + utf8.RuneLen(r)
	}
	return word[:i], word[i:]
}

// fontFaces returns the CSS @font-face rules that embed, for each face, the
// subset of its glyphs that texts[face] uses. Faces with no text are left out.
func fontFaces(used map[*face]map[rune]bool) (string, error) {
	var css strings.Builder
	for _, f := range faces {
		runes := used[f]
		if len(runes) == 0 {
			continue
		}
		data, err := f.subset(runes)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&css, "@font-face{font-family:%q;font-weight:%s;font-style:%s;src:url(data:font/ttf;base64,%s) format(\"truetype\")}\n",
			fontFamily, f.weight, f.style, base64.StdEncoding.EncodeToString(data))
	}
	return css.String(), nil
}

// subset returns a TrueType font with the glyphs of runes only.
func (f *face) subset(runes map[rune]bool) ([]byte, error) {
	sorted := make([]rune, 0, len(runes))
	for r := range runes {
		sorted = append(sorted, r)
	}
	slices.Sort(sorted)
	ids, seen := []uint16{0}, map[uint16]bool{0: true}
	for _, r := range sorted {
		if g := f.sfnt.GlyphIndex(r); !seen[g] {
			seen[g] = true
			ids = append(ids, g)
		}
	}
	sub, err := f.sfnt.Subset(ids, font.SubsetOptions{Tables: font.KeepMinTables})
	if err != nil {
		return nil, fmt.Errorf("subsetting the Go font: %w", err)
	}
	return sub.Write(), nil
}
