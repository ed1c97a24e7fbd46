package text

import (
	"encoding/binary"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// TestWidth checks a measurement against the Go font's advances, known from
// golang.org/x/image: 262.16 px at 12 px with its 26.6 rounding, 262.24
// exact.
func TestWidth(t *testing.T) {
	got := Regular.width("Täytän lomakkeet ja odotan kaksi tuntia vuoroani", 12)
	if got < 262.1 || got > 262.3 {
		t.Errorf("width = %.2f, want about 262.2", got)
	}
	if w := Bold.width("Hello world", 100); w <= Regular.width("Hello world", 100) {
		t.Errorf("bold %.1f is not wider than regular %.1f", w, Regular.width("Hello world", 100))
	}
}

func TestWrap(t *testing.T) {
	st := Style{Regular, 13, 17}
	long := "Lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilas"
	for _, tc := range []struct {
		text string
		max  float64
		want []string
	}{
		{"", 100, []string{""}},
		{"short", 100, []string{"short"}},
		{"  spaces   between  words ", 1000, []string{"spaces between words"}},
		{"one two three four five six seven", st.Width("one two three"), []string{"one two three", "four five six", "seven"}},
		{"line\nbreak kept", 1000, []string{"line", "break kept"}},
		{"a " + long + " b", 100, nil}, // checked below: every line fits
	} {
		got := st.Wrap(tc.text, tc.max)
		if tc.want != nil && !slices.Equal(got, tc.want) {
			t.Errorf("wrap(%q, %.0f) = %q, want %q", tc.text, tc.max, got, tc.want)
		}
		for _, line := range got {
			if st.Width(line) > tc.max {
				t.Errorf("wrap(%q, %.0f): line %q is %.1f wide", tc.text, tc.max, line, st.Width(line))
			}
		}
		if joined := strings.ReplaceAll(strings.Join(got, ""), " ", ""); joined != strings.Join(strings.Fields(tc.text), "") {
			t.Errorf("wrap(%q) lost or added text: %q", tc.text, got)
		}
	}
}

// TestSubset checks that a subset is a font x/image reads, with the glyphs
// asked for and no other, each with the outline the face draws, and
// carries the original's date rather than the time it was made.
func TestSubset(t *testing.T) {
	data, err := Regular.Subset([]rune("Hä?"))
	if err != nil {
		t.Fatal(err)
	}
	sub, err := sfnt.Parse(data)
	if err != nil {
		t.Fatalf("the subset does not parse: %v", err)
	}
	var buf sfnt.Buffer
	for _, r := range "Hä?" {
		g, err := sub.GlyphIndex(&buf, r)
		if err != nil || g == 0 {
			t.Fatalf("the subset lacks %q (%v)", r, err)
		}
		segs, err := sub.LoadGlyph(&buf, g, fixed.I(Em), nil)
		want, _ := Regular.Segments(r)
		if err != nil || !slices.Equal(segs, want) {
			t.Errorf("the outline of %q in the subset (%v) is not the face's", r, err)
		}
	}
	if g, _ := sub.GlyphIndex(&buf, 'x'); g != 0 {
		t.Error("the subset has x, which was not asked for")
	}
	if got, want := sfntTable(t, data, "head")[28:36], sfntTable(t, Regular.TTF, "head")[28:36]; !slices.Equal(got, want) {
		t.Errorf("modified %x, want the original's %x", got, want)
	}
	if again, _ := Regular.Subset([]rune("Hä?")); !slices.Equal(again, data) {
		t.Error("two subsets of the same glyphs differ")
	}
}

// TestSubsetPDF checks that the glyph ids of a PDF subset follow the runes'
// order after glyph 0, that a rune the font lacks gets glyph 0, that the
// advances are those the text is measured with, one for each glyph of the
// subset, and that the subset has the glyphs of the browser's subset.
func TestSubsetPDF(t *testing.T) {
	runes := []rune("Hä?\U0001F600")
	sub, err := Bold.SubsetPDF(runes)
	if err != nil {
		t.Fatal(err)
	}
	want := map[rune]uint16{'H': 1, 'ä': 2, '?': 3, '\U0001F600': 0}
	for r, g := range want {
		if sub.Glyph[r] != g {
			t.Errorf("%q: glyph %d, want %d", r, sub.Glyph[r], g)
		}
	}
	st := Style{Face: Bold, Size: 1000}
	for r, g := range want {
		if float64(sub.Advances[g]) != math.Round(st.Width(string(r))) {
			t.Errorf("%q: advance %d, measured %v", r, sub.Advances[g], st.Width(string(r)))
		}
	}
	if n := binary.BigEndian.Uint16(sfntTable(t, sub.TTF, "maxp")[4:]); int(n) != len(sub.Advances) {
		t.Errorf("%d advances for %d glyphs", len(sub.Advances), n)
	}
	web, err := Bold.Subset(runes)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(sfntTable(t, sub.TTF, "glyf"), sfntTable(t, web, "glyf")) {
		t.Error("the PDF subset's glyphs are not the browser's subset's, whose outlines TestSubset checks")
	}
	if len(sub.TTF) == 0 || len(sub.TTF) > len(Bold.TTF)/4 {
		t.Errorf("a subset of %d bytes from a font of %d", len(sub.TTF), len(Bold.TTF))
	}
}

// sfntTable returns the table tag of a font file.
func sfntTable(t *testing.T, ttf []byte, tag string) []byte {
	t.Helper()
	be := binary.BigEndian
	for i := range int(be.Uint16(ttf[4:])) {
		rec := ttf[12+16*i:]
		if string(rec[:4]) == tag {
			off, n := be.Uint32(rec[8:]), be.Uint32(rec[12:])
			return ttf[off : off+n]
		}
	}
	t.Fatalf("the font has no %s table", tag)
	return nil
}

// TestParsedOnFirstUse: a face parses its font when it is first measured,
// not before, and faces measured on several goroutines at once (as pictures
// are drawn) all get the same parse.
func TestParsedOnFirstUse(t *testing.T) {
	f := &Face{TTF: Regular.TTF}
	if f.parsed != nil {
		t.Fatal("a new face is parsed before it is used")
	}
	want := Regular.width("Hello world", 12)
	var wg sync.WaitGroup
	widths := make([]float64, 8)
	for i := range widths {
		wg.Go(func() { widths[i] = Style{f, 12, 15}.Width("Hello world") })
	}
	wg.Wait()
	for i, w := range widths {
		if w != want {
			t.Errorf("goroutine %d measured %.2f, want %.2f", i, w, want)
		}
	}
	if f.parsed == nil {
		t.Error("the face is not parsed after it was measured")
	}
}
