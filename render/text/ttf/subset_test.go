package ttf

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// TestParse checks the reader against x/image's: every character of the
// BMP and beyond has the same glyph, every glyph the same advance.
func TestParse(t *testing.T) {
	for name, data := range goFonts {
		f, want := mustParse(t, data), mustSFNT(t, data)
		var buf sfnt.Buffer
		for r := rune(0); r < 0x20000; r++ {
			g, err := want.GlyphIndex(&buf, r)
			if err != nil || uint16(g) != f.GlyphIndex(r) {
				t.Fatalf("%s: %U is glyph %d, x/image says %d (%v)", name, r, f.GlyphIndex(r), g, err)
			}
		}
		if f.NumGlyphs() != want.NumGlyphs() || f.UnitsPerEm != int(want.UnitsPerEm()) {
			t.Fatalf("%s: %d glyphs, %d units per em; x/image says %d, %d", name, f.NumGlyphs(), f.UnitsPerEm, want.NumGlyphs(), want.UnitsPerEm())
		}
		for g := range f.NumGlyphs() {
			adv, err := want.GlyphAdvance(&buf, sfnt.GlyphIndex(g), fixed.I(f.UnitsPerEm), 0)
			if err != nil || fixed.I(int(f.Advance(uint16(g)))) != adv {
				t.Fatalf("%s: glyph %d advances %d, x/image says %v (%v)", name, g, f.Advance(uint16(g)), adv, err)
			}
		}
		m, _ := want.Metrics(&buf, fixed.I(f.UnitsPerEm), 0)
		if fixed.I(int(f.Metrics.Ascent)) != m.Ascent || fixed.I(-int(f.Metrics.Descent)) != m.Descent || fixed.I(int(f.Metrics.CapHeight)) != m.CapHeight {
			t.Errorf("%s: metrics %+v, x/image says %+v", name, f.Metrics, m)
		}
	}
}

// runePools are the characters the random subsets are drawn from: ASCII,
// Latin-1, Nordic and Finnish accents, signs, and characters the Go fonts
// lack (CJK, an emoji beyond the BMP, a control character, an unassigned
// code point).
var runePools = []string{
	" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~",
	"¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ",
	"äöåÄÖÅøØæÆšŠžŽõÕ–—‘’“”…€•",
	"中文\U0001F600\u0378\t\u0080",
}

// randomRunes draws 1 to 40 characters from the pools, sometimes one twice.
func randomRunes(rng *rand.Rand) []rune {
	n := 1 + rng.IntN(40)
	var rs []rune
	for range n {
		pool := []rune(runePools[rng.IntN(len(runePools))])
		rs = append(rs, pool[rng.IntN(len(pool))])
	}
	return rs
}

// TestSubsetKeepsGlyphs is a property test: for random sets of characters,
// in the Go fonts and in the Go fonts with composite glyphs, x/image reads
// the subset, and each character has the glyph Subset says, whose outline
// and advance are the font's; a character the font lacks has none, nor one
// not asked for; the glyphs follow the characters' order.
func TestSubsetKeepsGlyphs(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 2026))
	fonts := map[string][]byte{}
	for name, data := range goFonts {
		fonts[name] = data
		fonts[name+" with composites"] = withComposites(t, data)
	}
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for n := range fonts {
			if !yield(n) {
				return
			}
		}
	}) {
		f, orig := mustParse(t, fonts[name]), mustSFNT(t, fonts[name])
		sets := [][]rune{[]rune("äÖå"), []rune(runePools[0] + runePools[1] + runePools[2])}
		for range 150 {
			sets = append(sets, randomRunes(rng))
		}
		for _, runes := range sets {
			sub, err := f.Subset(runes, Web)
			if err != nil {
				t.Fatalf("%s %q: %v", name, string(runes), err)
			}
			checkSubset(t, fmt.Sprintf("%s %q", name, string(runes)), orig, runes, sub)
		}
	}
}

// checkSubset checks a subset of runes of the font orig.
func checkSubset(t *testing.T, name string, orig *sfnt.Font, runes []rune, sub *Subset) {
	t.Helper()
	got, err := sfnt.Parse(sub.TTF)
	if err != nil {
		t.Fatalf("%s: x/image does not read the subset: %v", name, err)
	}
	checkFile(t, name, sub.TTF, tables[Web])
	if got.NumGlyphs() != len(sub.Original) {
		t.Fatalf("%s: %d glyphs, Original lists %d", name, got.NumGlyphs(), len(sub.Original))
	}
	var b1, b2 sfnt.Buffer
	next := uint16(1) // the subset's glyph of the next new glyph
	seen := map[sfnt.GlyphIndex]uint16{0: 0}
	for _, r := range runes {
		og, _ := orig.GlyphIndex(&b1, r)
		sg, _ := got.GlyphIndex(&b2, r)
		want, ok := seen[og]
		if !ok {
			want, seen[og] = next, next
			next++
		}
		if uint16(sg) != sub.Glyph[r] || sub.Glyph[r] != want || sub.Original[sg] != uint16(og) {
			t.Fatalf("%s: %q is glyph %d of the subset (Glyph says %d, want %d), glyph %d of the font (Original says %d)",
				name, r, sg, sub.Glyph[r], want, og, sub.Original[sg])
		}
		if og != 0 {
			sameGlyph(t, fmt.Sprintf("%s: %q", name, r), orig, got, og, sg)
		}
	}
	for _, r := range "xÿ@" {
		if sg, _ := got.GlyphIndex(&b2, r); !slices.Contains(runes, r) && sg != 0 {
			t.Fatalf("%s: the subset has %q, which was not asked for", name, r)
		}
	}
}

// sameGlyph checks that glyph og of orig and sg of sub have the same
// outline and advance.
func sameGlyph(t *testing.T, name string, orig, sub *sfnt.Font, og, sg sfnt.GlyphIndex) {
	t.Helper()
	var b1, b2 sfnt.Buffer
	ppem := fixed.I(int(orig.UnitsPerEm()))
	want, err1 := orig.LoadGlyph(&b1, og, ppem, nil)
	got, err2 := sub.LoadGlyph(&b2, sg, ppem, nil)
	if err1 != nil || err2 != nil || !slices.Equal(got, want) {
		t.Fatalf("%s: the outline of the subset (%v) is not the font's (%v): %d segments, want %d", name, err2, err1, len(got), len(want))
	}
	wa, _ := orig.GlyphAdvance(&b1, og, ppem, 0)
	ga, err := sub.GlyphAdvance(&b2, sg, ppem, 0)
	if err != nil || ga != wa {
		t.Fatalf("%s: advance %v in the subset (%v), %v in the font", name, ga, err, wa)
	}
}

// checkFile checks the structure of a font file x/image does not check:
// the tables are those wanted, sorted by tag, 4-byte aligned, with
// correct checksums, and head's checkSumAdjustment makes the file's
// checksum 0xB1B0AFBA.
func checkFile(t *testing.T, name string, ttf []byte, want []struct {
	tag      string
	optional bool
}) {
	t.Helper()
	be := binary.BigEndian
	n := int(be.Uint16(ttf[4:]))
	var tags []string
	sum := func(b []byte) uint32 {
		b = append(slices.Clone(b), 0, 0, 0)
		var s uint32
		for i := 0; i+4 <= len(b); i += 4 {
			s += be.Uint32(b[i:])
		}
		return s
	}
	for i := range n {
		rec := ttf[12+16*i:]
		tag, off, length := string(rec[:4]), be.Uint32(rec[8:]), be.Uint32(rec[12:])
		tags = append(tags, tag)
		data := slices.Clone(ttf[off : off+length])
		if tag == "head" {
			be.PutUint32(data[8:], 0)
		}
		if off%4 != 0 || sum(data) != be.Uint32(rec[4:]) {
			t.Fatalf("%s: table %s at %d has checksum %#x, want %#x", name, tag, off, be.Uint32(rec[4:]), sum(data))
		}
	}
	var wantTags []string
	for _, w := range want {
		wantTags = append(wantTags, w.tag)
	}
	if !slices.Equal(tags, wantTags) {
		t.Fatalf("%s: tables %q, want %q", name, tags, wantTags)
	}
	if s := sum(ttf); s != 0xB1B0AFBA || len(ttf)%4 != 0 {
		t.Fatalf("%s: the file's checksum is %#x, want 0xB1B0AFBA", name, s)
	}
}

// mustSFNT parses a font with x/image.
func mustSFNT(t testing.TB, data []byte) *sfnt.Font {
	t.Helper()
	f, err := sfnt.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestCompositeComponents checks that a subset of composite glyphs has
// their components, after the characters' glyphs, with the components'
// ids changed to the subset's, and a composite of composites all of them.
func TestCompositeComponents(t *testing.T) {
	data := withComposites(t, goFonts["regular"])
	f := mustParse(t, data)
	sub, err := f.Subset([]rune("Ö"), Web)
	if err != nil {
		t.Fatal(err)
	}
	g := func(r rune) uint16 { return f.GlyphIndex(r) }
	// Ö of ö and O; ö of ä and o; ä of a and ¨
	want := []uint16{0, g('Ö'), g('ö'), g('O'), g('ä'), g('o'), g('a'), g('¨')}
	if !slices.Equal(sub.Original, want) {
		t.Fatalf("the subset's glyphs are %d, want %d", sub.Original, want)
	}
	got := mustParse(t, sub.TTF)
	if len(got.glyph(0)) != 0 {
		t.Errorf(".notdef has %d bytes, want none", len(got.glyph(0)))
	}
	offs, err := components(got.glyph(1), got.NumGlyphs())
	if err != nil || len(offs) != 2 {
		t.Fatalf("Ö has components at %d (%v), want 2", offs, err)
	}
	if c1, c2 := be.Uint16(got.glyph(1)[offs[0]:]), be.Uint16(got.glyph(1)[offs[1]:]); c1 != 2 || c2 != 3 {
		t.Fatalf("the components of Ö are glyphs %d and %d of the subset, want 2 and 3", c1, c2)
	}
	checkSubset(t, "Ö", mustSFNT(t, data), []rune("Ö"), sub)
}

// TestSubsetPDF checks that a PDF subset has the PDF's tables, with the
// same glyphs, metrics and ids as the browser's subset of the same runes.
func TestSubsetPDF(t *testing.T) {
	f := mustParse(t, withComposites(t, goFonts["bold"]))
	runes := []rune("Hyvä päivä, Åbo!\U0001F600")
	web, err := f.Subset(runes, Web)
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := f.Subset(runes, PDF)
	if err != nil {
		t.Fatal(err)
	}
	checkFile(t, "pdf", pdf.TTF, tables[PDF])
	if !slices.Equal(web.Original, pdf.Original) || len(web.Glyph) != len(pdf.Glyph) {
		t.Fatalf("the PDF subset has glyphs %d, the browser's %d", pdf.Original, web.Original)
	}
	for _, tag := range []string{"glyf", "loca", "hmtx", "hhea", "maxp"} {
		if !bytes.Equal(table(web.TTF, tag), table(pdf.TTF, tag)) {
			t.Errorf("the %s tables of the PDF subset and the browser's differ", tag)
		}
	}
	for _, tag := range []string{"cvt ", "fpgm", "prep"} {
		if !bytes.Equal(table(pdf.TTF, tag), f.tables[tag]) {
			t.Errorf("the PDF subset's %s is not the font's", tag)
		}
	}
}

// TestCmapBeyondBMP checks a subset with a character beyond the BMP, which
// the Go fonts lack: its cmap has a subtable of format 12 as well, which
// x/image and Parse read.
func TestCmapBeyondBMP(t *testing.T) {
	f := mustParse(t, goFonts["regular"])
	g := f.GlyphIndex('☺')
	if g == 0 {
		g = f.GlyphIndex('@')
	}
	f.cmap[0x1F600] = g // this font only: the test parsed it
	runes := []rune("A\U0001F600ä")
	sub, err := f.Subset(runes, Web)
	if err != nil {
		t.Fatal(err)
	}
	if n := be.Uint16(table(sub.TTF, "cmap")[2:]); n != 2 {
		t.Fatalf("cmap has %d subtables, want 2", n)
	}
	got, err := sfnt.Parse(sub.TTF)
	if err != nil {
		t.Fatal(err)
	}
	back := mustParse(t, sub.TTF)
	var buf sfnt.Buffer
	for _, r := range runes {
		sg, err := got.GlyphIndex(&buf, r)
		if err != nil || uint16(sg) != sub.Glyph[r] || back.GlyphIndex(r) != sub.Glyph[r] || sg == 0 {
			t.Errorf("%U: glyph %d for x/image (%v), %d for Parse, want %d", r, sg, err, back.GlyphIndex(r), sub.Glyph[r])
		}
	}
	if len(back.cmap) != len(runes) {
		t.Errorf("the subset maps %d characters, want %d", len(back.cmap), len(runes))
	}
}

// TestSubsetSameBytes: the same runes give the same bytes, on several
// goroutines at once too (Subset writes nothing of the font).
func TestSubsetSameBytes(t *testing.T) {
	f := mustParse(t, goFonts["italic"])
	runes := []rune(runePools[0] + runePools[2])
	want, err := f.Subset(runes, Web)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	got := make([][]byte, 8)
	for i := range got {
		wg.Go(func() {
			sub, _ := f.Subset(runes, Web)
			got[i] = sub.TTF
		})
	}
	wg.Wait()
	for i, b := range got {
		if !bytes.Equal(b, want.TTF) {
			t.Errorf("goroutine %d wrote other bytes", i)
		}
	}
	if !bytes.Equal(table(want.TTF, "head")[28:36], table(goFonts["italic"], "head")[28:36]) {
		t.Error("the subset's modified date is not the font's")
	}
}

// BenchmarkParse parses a Go font, as the first picture drawn with a face
// does.
func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(goFonts["regular"]); err != nil {
			b.Fatal(err)
		}
	}
}
