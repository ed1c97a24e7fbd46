package text

import (
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/tdewolff/font"
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

// TestSubset checks that a subset is a font with the glyphs asked for, and
// carries the original's date rather than the time it was made.
func TestSubset(t *testing.T) {
	data, err := Regular.Subset([]rune("Hä?"))
	if err != nil {
		t.Fatal(err)
	}
	sub, err := font.ParseSFNT(data, 0)
	if err != nil {
		t.Fatalf("the subset does not parse: %v", err)
	}
	for _, r := range "Hä?" {
		if sub.GlyphIndex(r) == 0 {
			t.Errorf("the subset lacks %q", r)
		}
	}
	if sub.GlyphIndex('x') != 0 {
		t.Error("the subset has x, which was not asked for")
	}
	if !sub.Head.Modified.Equal(Regular.font().sfnt.Head.Modified) {
		t.Errorf("modified %v, want the original's %v", sub.Head.Modified, Regular.font().sfnt.Head.Modified)
	}
	if again, _ := Regular.Subset([]rune("Hä?")); !slices.Equal(again, data) {
		t.Error("two subsets of the same glyphs differ")
	}
}

// TestSubsetPDF checks that the glyph ids of a PDF subset follow the runes'
// order after glyph 0, that a rune the font lacks gets glyph 0, and that the
// advances are those the text is measured with.
func TestSubsetPDF(t *testing.T) {
	sub, err := Bold.SubsetPDF([]rune("Hä?\U0001F600"))
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
		if g != 0 && float64(sub.Advances[g]) != math.Round(st.Width(string(r))) {
			t.Errorf("%q: advance %d, measured %v", r, sub.Advances[g], st.Width(string(r)))
		}
	}
	if len(sub.TTF) == 0 || len(sub.TTF) > len(Bold.TTF)/4 {
		t.Errorf("a subset of %d bytes from a font of %d", len(sub.TTF), len(Bold.TTF))
	}
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
