package ttf

import (
	"encoding/binary"
	"maps"
	"slices"
	"testing"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
)

// goFonts are the fonts the program embeds, by name.
var goFonts = map[string][]byte{"regular": goregular.TTF, "bold": gobold.TTF, "italic": goitalic.TTF}

// mustParse parses a font the test made or embeds.
func mustParse(t testing.TB, data []byte) *Font {
	t.Helper()
	f, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// rebuild writes a font file of tables.
func rebuild(tables map[string][]byte) []byte {
	return writeFile(slices.Sorted(maps.Keys(tables)), tables)
}

// A component is a part of a composite glyph the test makes: the rune whose
// glyph it draws, its offset, and its transform: none, a scale, x and y
// scales, or a 2x2 matrix (F2Dot14).
type component struct {
	r         rune
	dx, dy    int16
	transform []int16
}

// composites are the glyphs the Go fonts (which have none) are given as
// composite glyphs, to test the subsets of such glyphs: byte and word
// offsets, each transform, and composites of composites (ö of ä, Ö of ö).
var composites = []struct {
	r     rune
	parts []component
}{
	{'ä', []component{{'a', 0, 0, nil}, {'¨', 10, -5, nil}}},
	{'ö', []component{{'ä', 300, 0, nil}, {'o', 0, 0, []int16{0x3000}}}},
	{'Ö', []component{{'ö', -20, 200, []int16{0x4000, 0x2000}}, {'O', 0, 0, nil}}},
	{'å', []component{{'a', 0, 0, nil}, {'°', 100, 0, []int16{0x4000, 0x0800, -0x0800, 0x4000}}}},
}

// withComposites returns font with the glyphs of composites made composite,
// referring to the glyphs of other runes, which stay as they were.
func withComposites(t testing.TB, font []byte) []byte {
	t.Helper()
	f := mustParse(t, font)
	data := map[uint16][]byte{}
	for _, c := range composites {
		data[f.GlyphIndex(c.r)] = compositeGlyph(t, f, c.parts)
	}
	tables := maps.Clone(f.tables)
	var glyf []byte
	loca := binary.BigEndian.AppendUint32(nil, 0)
	for g := range f.numGlyphs {
		d, ok := data[uint16(g)]
		if !ok {
			d = f.glyph(uint16(g))
		}
		glyf = append(glyf, d...)
		glyf = append(glyf, make([]byte, -len(glyf)&3)...)
		loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
	}
	head := slices.Clone(tables["head"])
	binary.BigEndian.PutUint16(head[50:], 1)
	tables["glyf"], tables["loca"], tables["head"] = glyf, loca, head
	return rebuild(tables)
}

// compositeGlyph writes the data of a composite glyph of parts.
func compositeGlyph(t testing.TB, f *Font, parts []component) []byte {
	be := binary.BigEndian
	b := be.AppendUint16(nil, 0xFFFF) // numberOfContours -1
	b = append(b, f.glyph(f.GlyphIndex(parts[0].r))[2:10]...)
	for i, p := range parts {
		flags := uint16(0x0002) // ARGS_ARE_XY_VALUES
		if i < len(parts)-1 {
			flags |= moreComponents
		}
		words := p.dx < -128 || p.dx > 127 || p.dy < -128 || p.dy > 127
		if words {
			flags |= argsAreWords
		}
		flags |= [...]uint16{0, haveScale, haveXYScale, 0, haveTwoByTwo}[len(p.transform)]
		g := f.GlyphIndex(p.r)
		if g == 0 {
			t.Fatalf("the font has no %q", p.r)
		}
		b = be.AppendUint16(b, flags)
		b = be.AppendUint16(b, g)
		if words {
			b = be.AppendUint16(b, uint16(p.dx))
			b = be.AppendUint16(b, uint16(p.dy))
		} else {
			b = append(b, byte(int8(p.dx)), byte(int8(p.dy)))
		}
		for _, v := range p.transform {
			b = be.AppendUint16(b, uint16(v))
		}
	}
	return b
}

// table returns the table tag of a font file the test checks, nil if it
// has none.
func table(ttf []byte, tag string) []byte {
	be := binary.BigEndian
	for i := range int(be.Uint16(ttf[4:])) {
		rec := ttf[12+16*i:]
		if string(rec[:4]) == tag {
			off, n := be.Uint32(rec[8:]), be.Uint32(rec[12:])
			return ttf[off : off+n]
		}
	}
	return nil
}
