package render

import (
	"bytes"
	"image/png"
	"testing"
	"time"
)

// TestEncode draws the blueprint as PNG, twice the size of the SVG, and as
// PDF; both the same bytes every time.
func TestEncode(t *testing.T) {
	m := loadExample(t, "../examples/police-permit.yaml")
	s := layoutBlueprint(m)
	pic, err := Views[0].Encode(m, "", "png")
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(pic))
	if err != nil {
		t.Fatalf("the PNG does not decode: %v", err)
	}
	if w, h := img.Bounds().Dx(), img.Bounds().Dy(); w < int(2*s.W)-2 || w > int(2*s.W)+2 || h < int(2*s.H)-2 || h > int(2*s.H)+2 {
		t.Errorf("PNG of %dx%d, want twice the SVG's %vx%v", w, h, s.W, s.H)
	}
	doc, err := Views[0].Encode(m, "print", "pdf")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(doc, []byte("%PDF-")) || !bytes.Contains(doc, []byte("(D:20000101000000Z)")) {
		t.Error("the PDF lacks its header or its fixed date")
	}
	for _, format := range []string{"png", "pdf"} {
		a, _ := Views[1].Encode(m, "dark", format)
		time.Sleep(1100 * time.Millisecond) // the PDF writer stamps the time, to the second
		b, _ := Views[1].Encode(m, "dark", format)
		if !bytes.Equal(a, b) {
			t.Errorf("two %s files of the same journey, a second apart, differ", format)
		}
	}
	if _, err := Views[0].Encode(m, "", "gif"); err == nil {
		t.Error("gif encoded without an error")
	}
}

// TestThemeRules checks that the style sheet reader finds a class's paint,
// later rules overriding earlier ones.
func TestThemeRules(t *testing.T) {
	rules := parseTheme(themeCSS("light"))
	if got := styleOf(rules, "", "card")["fill"]; got != "#ffffff" {
		t.Errorf("card fill %q, want #ffffff", got)
	}
	if got := styleOf(rules, "", "seg-a seg-wait")["stroke-dasharray"]; got != "4 2" {
		t.Errorf("wait segment dashes %q, want 4 2", got)
	}
	if got := styleOf(rules, "text", "muted")["fill"]; got != "#5b6069" {
		t.Errorf("muted text fill %q, want #5b6069", got)
	}
}
