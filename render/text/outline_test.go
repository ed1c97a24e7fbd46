package text

import (
	"strings"
	"testing"
)

// TestOutline checks the outlines the SVG draws where the embedded font is
// ignored: a space has none, a letter starts with a move and closes, and
// the same rune gives the same path.
func TestOutline(t *testing.T) {
	if d, err := Regular.Outline(' '); err != nil || d != "" {
		t.Fatalf("the outline of a space is %q, %v; want none", d, err)
	}
	for _, f := range Faces {
		for _, r := range "IWäÄ€" {
			d, err := f.Outline(r)
			if err != nil || len(d) < 4 || d[0] != 'm' || d[len(d)-1] != 'z' {
				t.Fatalf("the %s %s outline of %q is %q, %v", f.Weight, f.FontStyle, r, d, err)
			}
			if again, _ := f.Outline(r); again != d {
				t.Fatalf("two outlines of %q differ", r)
			}
		}
	}
	if d, _ := Regular.Outline('I'); strings.Count(d, "m") != 1 {
		t.Fatalf("the outline of I, one bar, is %q", d)
	}
	if Bold.Has('\U0001F600') || !Bold.Has('ä') {
		t.Fatal("Has is wrong about an emoji or ä")
	}
}
