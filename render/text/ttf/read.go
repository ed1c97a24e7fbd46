package ttf

import (
	"encoding/binary"
	"errors"
	"fmt"
)

var be = binary.BigEndian

// A Font is a TrueType font file, parsed for measuring and subsetting. It
// is read only after Parse, so it is safe for concurrent use.
type Font struct {
	tables     map[string][]byte
	UnitsPerEm int
	Metrics    Metrics
	numGlyphs  int
	cmap       map[rune]uint16
	advances   []uint16 // by glyph id
	lsbs       []int16  // the left side bearings, by glyph id
	loca       []uint32 // the offsets of the glyphs in glyf, numGlyphs+1 of them
}

// Metrics are what a font says of all its glyphs, in font units.
type Metrics struct {
	BBox            [4]int16 // xMin, yMin, xMax, yMax of head
	Ascent, Descent int16    // of hhea
	CapHeight       int16    // of OS/2, 0 if it does not say
	ItalicAngle     float64  // of post, in degrees counter-clockwise from the vertical
}

// required are the tables Parse needs, with their least lengths.
var required = []struct {
	tag string
	min int
}{{"cmap", 4}, {"glyf", 0}, {"head", 54}, {"hhea", 36}, {"hmtx", 0}, {"loca", 0}, {"maxp", 6}}

// Parse parses a TrueType font file. The font keeps data, which must not
// change after.
func Parse(data []byte) (*Font, error) {
	tables, err := parseDirectory(data)
	if err != nil {
		return nil, err
	}
	for _, t := range required {
		if table, ok := tables[t.tag]; !ok || len(table) < t.min {
			return nil, fmt.Errorf("ttf: no %s table, or one of %d bytes", t.tag, len(table))
		}
	}
	f := &Font{tables: tables, numGlyphs: int(be.Uint16(tables["maxp"][4:]))}
	head := tables["head"]
	f.UnitsPerEm = int(be.Uint16(head[18:]))
	if f.UnitsPerEm == 0 {
		return nil, errors.New("ttf: head gives 0 units per em")
	}
	for i := range f.Metrics.BBox {
		f.Metrics.BBox[i] = int16(be.Uint16(head[36+2*i:]))
	}
	f.parseMetrics()
	if err := f.parseHmtx(); err != nil {
		return nil, err
	}
	if err := f.parseLoca(); err != nil {
		return nil, err
	}
	if f.cmap, err = parseCmap(tables["cmap"], f.numGlyphs); err != nil {
		return nil, err
	}
	return f, nil
}

// parseDirectory returns the tables of an sfnt file by tag.
func parseDirectory(data []byte) (map[string][]byte, error) {
	if len(data) < 12 {
		return nil, fmt.Errorf("ttf: a file of %d bytes", len(data))
	}
	if v := be.Uint32(data); v != 0x00010000 && v != 0x74727565 { // 1.0 or "true"
		return nil, fmt.Errorf("ttf: not a TrueType font (version %#08x)", v)
	}
	n := int(be.Uint16(data[4:]))
	if 12+16*n > len(data) {
		return nil, fmt.Errorf("ttf: %d tables do not fit in %d bytes", n, len(data))
	}
	tables := make(map[string][]byte, n)
	for i := range n {
		rec := data[12+16*i:]
		tag := string(rec[:4])
		off, length := uint64(be.Uint32(rec[8:])), uint64(be.Uint32(rec[12:]))
		if off+length > uint64(len(data)) {
			return nil, fmt.Errorf("ttf: the %s table ends past the end of the file", tag)
		}
		tables[tag] = data[off : off+length : off+length]
	}
	return tables, nil
}

// parseMetrics reads the metrics of hhea, OS/2 and post.
func (f *Font) parseMetrics() {
	hhea := f.tables["hhea"]
	f.Metrics.Ascent, f.Metrics.Descent = int16(be.Uint16(hhea[4:])), int16(be.Uint16(hhea[6:]))
	if os2 := f.tables["OS/2"]; len(os2) >= 90 && be.Uint16(os2) >= 2 {
		f.Metrics.CapHeight = int16(be.Uint16(os2[88:]))
	}
	if post := f.tables["post"]; len(post) >= 32 {
		f.Metrics.ItalicAngle = float64(int32(be.Uint32(post[4:]))) / (1 << 16)
	}
}

// parseHmtx reads the advance and left side bearing of every glyph.
func (f *Font) parseHmtx() error {
	hmtx, long := f.tables["hmtx"], int(be.Uint16(f.tables["hhea"][34:]))
	if long == 0 || long > f.numGlyphs || 4*long+2*(f.numGlyphs-long) > len(hmtx) {
		return fmt.Errorf("ttf: hmtx of %d bytes for %d glyphs, %d of them with an advance", len(hmtx), f.numGlyphs, long)
	}
	f.advances, f.lsbs = make([]uint16, f.numGlyphs), make([]int16, f.numGlyphs)
	for g := range f.numGlyphs {
		if g < long {
			f.advances[g], f.lsbs[g] = be.Uint16(hmtx[4*g:]), int16(be.Uint16(hmtx[4*g+2:]))
			continue
		}
		f.advances[g], f.lsbs[g] = f.advances[long-1], int16(be.Uint16(hmtx[4*long+2*(g-long):]))
	}
	return nil
}

// parseLoca reads where each glyph's data is in glyf.
func (f *Font) parseLoca() error {
	loca, glyf := f.tables["loca"], f.tables["glyf"]
	long := be.Uint16(f.tables["head"][50:]) != 0
	size := 2
	if long {
		size = 4
	}
	if (f.numGlyphs+1)*size > len(loca) {
		return fmt.Errorf("ttf: loca of %d bytes for %d glyphs", len(loca), f.numGlyphs)
	}
	f.loca = make([]uint32, f.numGlyphs+1)
	for g := range f.loca {
		if long {
			f.loca[g] = be.Uint32(loca[4*g:])
		} else {
			f.loca[g] = 2 * uint32(be.Uint16(loca[2*g:]))
		}
		if g > 0 && f.loca[g] < f.loca[g-1] || f.loca[g] > uint32(len(glyf)) {
			return fmt.Errorf("ttf: glyph %d is at %d in a glyf table of %d bytes", g, f.loca[g], len(glyf))
		}
	}
	return nil
}

// NumGlyphs returns the number of glyphs of the font.
func (f *Font) NumGlyphs() int { return f.numGlyphs }

// GlyphIndex returns the glyph of r, 0 if the font has none.
func (f *Font) GlyphIndex(r rune) uint16 { return f.cmap[r] }

// Advance returns the advance of glyph g in font units, 0 for a glyph the
// font does not have.
func (f *Font) Advance(g uint16) uint16 {
	if int(g) >= len(f.advances) {
		return 0
	}
	return f.advances[g]
}

// glyph returns the data of glyph g in glyf (empty for a glyph without
// ink). g is less than NumGlyphs.
func (f *Font) glyph(g uint16) []byte { return f.tables["glyf"][f.loca[g]:f.loca[g+1]] }
