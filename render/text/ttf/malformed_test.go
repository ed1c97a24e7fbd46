package ttf

import (
	"encoding/binary"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestMalformed checks that a font file with a broken table gets an error
// from Parse or Subset, which says what is broken.
func TestMalformed(t *testing.T) {
	regular := goFonts["regular"]
	tables := mustParse(t, regular).tables
	with := func(tag string, change func(b []byte) []byte) []byte {
		ts := maps.Clone(tables)
		if change == nil {
			delete(ts, tag)
		} else {
			ts[tag] = change(slices.Clone(ts[tag]))
		}
		return rebuild(ts)
	}
	put16 := func(at int, v uint16) func([]byte) []byte {
		return func(b []byte) []byte { binary.BigEndian.PutUint16(b[at:], v); return b }
	}
	cut := func(n int) func([]byte) []byte { return func(b []byte) []byte { return b[:n] } }
	composite := withComposites(t, regular)
	compositeWith := func(change func(glyph []byte) []byte) []byte {
		f := mustParse(t, composite)
		g := f.GlyphIndex('ä')
		ts := maps.Clone(f.tables)
		glyf := slices.Clone(ts["glyf"])
		change(glyf[f.loca[g]:f.loca[g+1]])
		ts["glyf"] = glyf
		return rebuild(ts)
	}
	cmap4 := func() int { // the offset of the format 4 subtable of Windows Unicode in cmap
		c := tables["cmap"]
		for i := range int(binary.BigEndian.Uint16(c[2:])) {
			if rec := c[4+8*i:]; binary.BigEndian.Uint16(rec) == 3 {
				return int(binary.BigEndian.Uint32(rec[4:]))
			}
		}
		t.Fatal("no Windows cmap")
		return 0
	}()
	for _, tc := range []struct {
		name, want string
		font       []byte
		kind       Tables
	}{
		{"empty", "a file of 0 bytes", nil, Web},
		{"OpenType with CFF", "not a TrueType font", append([]byte("OTTO"), regular[4:]...), Web},
		{"too many tables", "tables do not fit", append(slices.Clone(regular[:4]), append([]byte{0x7F, 0xFF}, regular[6:100]...)...), Web},
		{"a table past the end", "past the end of the file", regular[:len(regular)-1000], Web},
		{"no head", "no head table", with("head", nil), Web},
		{"short head", "no head table, or one of 20 bytes", with("head", cut(20)), Web},
		{"no units per em", "0 units per em", with("head", put16(18, 0)), Web},
		{"short hmtx", "hmtx of 100 bytes", with("hmtx", cut(100)), Web},
		{"no long metrics", "0 of them with an advance", with("hhea", put16(34, 0)), Web},
		{"short loca", "loca of 10 bytes", with("loca", cut(10)), Web},
		{"loca backwards", "glyph 2 is at", with("loca", put16(4, 0)), Web},
		{"loca past glyf", "in a glyf table of 100 bytes", with("glyf", cut(100)), Web},
		{"cmap without Unicode", "no Unicode subtable", with("cmap", func(b []byte) []byte {
			for i := range int(binary.BigEndian.Uint16(b[2:])) {
				binary.BigEndian.PutUint16(b[4+8*i:], 7) // no such platform
			}
			return b
		}), Web},
		{"cmap records past the end", "cmap of 4 bytes with 3 subtables", with("cmap", cut(4)), Web},
		{"cmap segments out of order", "out of order", with("cmap", put16(cmap4+14, 0xFFF0)), Web},
		{"cmap segments past the end", "segments do not fit", with("cmap", put16(cmap4+6, 0xFFFE)), Web},
		{"no name", "no name table", with("name", nil), Web},
		{"short name", "a name table of 4 bytes", with("name", cut(4)), Web},
		{"a name past the end", "names do not fit", with("name", put16(2, 2000)), Web},
		{"short post", "a post table of 10 bytes", with("post", cut(10)), Web},
		{"composite glyph cut short", "ends inside its component 1", compositeWith(func(g []byte) []byte {
			binary.BigEndian.PutUint16(g[10+6:], moreComponents|argsAreWords|haveTwoByTwo) // the second component's flags
			return g
		}), Web},
		{"component past the glyphs", "glyph 65535 of", compositeWith(func(g []byte) []byte {
			binary.BigEndian.PutUint16(g[12:], 0xFFFF)
			return g
		}), PDF},
	} {
		f, err := Parse(tc.font)
		if err == nil {
			_, err = f.Subset([]rune("aäb"), tc.kind)
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one saying %q", tc.name, err, tc.want)
		}
	}
}

// TestCorruptNeverPanics changes random bytes of the tables Parse and
// Subset read: they return an error or a font, never panic.
func TestCorruptNeverPanics(t *testing.T) {
	regular := goFonts["regular"]
	f := mustParse(t, withComposites(t, regular))
	rng := rand.New(rand.NewPCG(3, 40))
	tags := []string{"OS/2", "cmap", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "glyf"}
	for range 2000 {
		ts := maps.Clone(f.tables)
		tag := tags[rng.IntN(len(tags))]
		b := slices.Clone(ts[tag])
		for range 1 + rng.IntN(4) {
			at := rng.IntN(min(len(b), 2000))
			if tag == "glyf" { // in a composite glyph
				g := f.GlyphIndex(composites[rng.IntN(len(composites))].r)
				at = int(f.loca[g]) + rng.IntN(int(f.loca[g+1]-f.loca[g]))
			}
			b[at] = byte(rng.Uint32())
		}
		ts[tag] = b
		// an error is as fine as a font: what matters is that they return
		if font, err := Parse(rebuild(ts)); err == nil {
			font.Subset([]rune("aäöÖå Hello"), Web)
		}
	}
}
