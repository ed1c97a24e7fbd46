package render

import (
	"bytes"
	"image/png"
	"testing"
	"time"

	"github.com/blueprint-tool/blueprint/internal/testjourney"
	"github.com/blueprint-tool/blueprint/journeyfile"
	"github.com/blueprint-tool/blueprint/render/layout"
)

// TestEncode draws the blueprint as PNG, twice the size of the SVG, and as
// PDF; both the same bytes every time.
func TestEncode(t *testing.T) {
	m := testjourney.Load(t, "examples/police-permit.yaml")
	s := layout.Blueprint(m, Options{})
	pic, err := Views[0].Encode(m, Options{}, "", "png")
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
	doc, err := Views[0].Encode(m, Options{}, "print", "pdf")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(doc, []byte("%PDF-")) || bytes.Contains(doc, []byte("(D:")) {
		t.Error("the PDF lacks its header or carries a date")
	}
	for _, format := range []string{"png", "pdf"} {
		a, err := Views[1].Encode(m, Options{}, "dark", format)
		if err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		time.Sleep(1100 * time.Millisecond) // the PDF writer stamps the time, to the second
		b, err := Views[1].Encode(m, Options{}, "dark", format)
		if err != nil {
			t.Fatalf("%s, a second later: %v", format, err)
		}
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("two %s files of the same journey, a second apart, differ", format)
		}
	}
	if _, err := Views[0].Encode(m, Options{}, "", "gif"); err == nil {
		t.Error("gif encoded without an error")
	}
}

// TestViewsLaidOut checks that every view journeyfile names has its
// layout, and no other.
func TestViewsLaidOut(t *testing.T) {
	if len(layouts) != len(journeyfile.Views) {
		t.Errorf("%d layouts for the views %v", len(layouts), journeyfile.Views)
	}
	for _, v := range Views {
		if v.layout == nil {
			t.Errorf("view %s has no layout", v.Name)
		}
	}
}
