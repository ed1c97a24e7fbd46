package svg

import (
	"strings"
	"testing"

	"github.com/blueprint-tool/blueprint/render/text"
)

// TestFontFacesLeaveOutMissing: a face whose characters are all ones the Go
// fonts lack (Japanese) gets no @font-face, and one with some of its own
// embeds those.
func TestFontFacesLeaveOutMissing(t *testing.T) {
	var only, mixed text.GlyphSet
	only.Add("予約")
	mixed.Add("Aika 予約")
	css, err := fontFaces(map[*text.Face]*text.GlyphSet{text.Bold: &only, text.Regular: &mixed})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(css, "@font-face"); n != 1 || !strings.Contains(css, "font-weight:normal") {
		t.Errorf("%d @font-face rules, want the regular face's only:\n%.300s", n, css)
	}
	var all text.GlyphSet
	all.Add("Aika")
	want, err := fontFaces(map[*text.Face]*text.GlyphSet{text.Regular: &all})
	if err != nil {
		t.Fatal(err)
	}
	var spaced text.GlyphSet
	spaced.Add("Aika予")
	got, _ := fontFaces(map[*text.Face]*text.GlyphSet{text.Regular: &spaced})
	if got != want {
		t.Error("a character the face lacks changed its subset")
	}
}
