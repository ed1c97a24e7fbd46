package pdf

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/blueprint-tool/blueprint/render/text"
)

// A font is a face embedded as a subset of the characters a scene draws
// with it: a Type0 font with Identity-H encoding, whose character codes
// are the glyph ids of the subset.
type font struct {
	name  string // its resource name, F0, F1, ...
	face  *text.Face
	runes []rune
	sub   *text.PDFSubset
}

// newFont subsets face to runes.
func newFont(name string, face *text.Face, runes []rune) (*font, error) {
	sub, err := face.SubsetPDF(runes)
	if err != nil {
		return nil, fmt.Errorf("writing pdf: %w", err)
	}
	return &font{name: name, face: face, runes: runes, sub: sub}, nil
}

// show appends line as a hexadecimal string of glyph ids.
func (f *font) show(b []byte, line string) []byte {
	b = append(b, '<')
	for _, r := range line {
		b = fmt.Appendf(b, "%04X", f.sub.Glyph[r])
	}
	return append(b, '>')
}

// postScriptName is the name of the face, after a tag made from the
// characters of the subset, as PDF names subsets ("ABCDEF+Go-Bold").
func (f *font) postScriptName() string {
	name := text.Family
	switch {
	case f.face.Weight == "bold":
		name += "-Bold"
	case f.face.FontStyle == "italic":
		name += "-Italic"
	}
	h := fnv.New32a()
	h.Write([]byte(string(f.runes)))
	sum, tag := h.Sum32(), make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + byte(sum%26)
		sum /= 26
	}
	return string(tag) + "+" + name
}

// write writes the font's objects, the first of them as object n.
func (f *font) write(pdf *file, n int) {
	cid, desc, file, toUni := pdf.ref(), pdf.ref(), pdf.ref(), pdf.ref()
	name := f.postScriptName()
	pdf.object(n, fmt.Sprintf("<</Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R>>",
		name, cid, toUni))
	pdf.object(cid, fmt.Sprintf("<</Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor %d 0 R /DW 1000 /W [0 [%s]] /CIDToGIDMap /Identity>>",
		name, desc, f.widths()))
	m := f.face.Metrics()
	flags := 32 // nonsymbolic
	if m.ItalicAngle != 0 {
		flags |= 64
	}
	stem := 80
	if f.face.Weight == "bold" {
		stem = 140
	}
	pdf.object(desc, fmt.Sprintf("<</Type /FontDescriptor /FontName /%s /Flags %d /FontBBox [%d %d %d %d] /ItalicAngle %s /Ascent %d /Descent %d /CapHeight %d /StemV %d /FontFile2 %d 0 R>>",
		name, flags, m.BBox[0], m.BBox[1], m.BBox[2], m.BBox[3], num(nil, m.ItalicAngle), m.Ascent, m.Descent, m.CapHeight, stem, file))
	pdf.stream(file, fmt.Sprintf(" /Length1 %d", len(f.sub.TTF)), f.sub.TTF)
	pdf.stream(toUni, "", f.toUnicode())
}

// widths is the W array's widths of the glyphs from 0.
func (f *font) widths() string {
	ws := make([]string, len(f.sub.Advances))
	for i, w := range f.sub.Advances {
		ws[i] = fmt.Sprint(w)
	}
	return strings.Join(ws, " ")
}

// toUnicode is the CMap from glyph ids to the characters they draw, so
// that the text can be searched and copied.
func (f *font) toUnicode() []byte {
	type pair struct {
		g uint16
		r rune
	}
	var pairs []pair
	for r, g := range f.sub.Glyph {
		if g != 0 {
			pairs = append(pairs, pair{g, r})
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int { return cmp.Or(cmp.Compare(a.g, b.g), cmp.Compare(a.r, b.r)) })
	pairs = slices.CompactFunc(pairs, func(a, b pair) bool { return a.g == b.g })
	b := []byte("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	for len(pairs) > 0 {
		chunk := pairs[:min(100, len(pairs))]
		pairs = pairs[len(chunk):]
		b = fmt.Appendf(b, "%d beginbfchar\n", len(chunk))
		for _, p := range chunk {
			b = fmt.Appendf(b, "<%04X> %s\n", p.g, utf16Hex(p.r))
		}
		b = append(b, "endbfchar\n"...)
	}
	return append(b, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"...)
}

// utf16Hex is r in UTF-16, in hexadecimal between angle brackets.
func utf16Hex(r rune) string {
	s := textString(string(r))
	return "<" + s[5:]
}
