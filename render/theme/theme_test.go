package theme

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestPaint checks that a class finds its paint, later rules overriding
// earlier ones for an item with several classes, and that texts start from
// the text paint.
func TestPaint(t *testing.T) {
	light := Named("light")
	if got := light.Paint("card").Fill; got != "#ffffff" {
		t.Errorf("card fill %q, want #ffffff", got)
	}
	if got := light.Paint("seg-a seg-wait"); !slices.Equal(got.Dash, []float64{4, 2}) || got.Fill != "#dcebf7" || got.StrokeWidth != 1.5 {
		t.Errorf("wait segment %+v, want the tint of A with dashes 4 2 of width 1.5", got)
	}
	if got := light.TextPaint("muted").Fill; got != "#5b6069" {
		t.Errorf("muted text fill %q, want #5b6069", got)
	}
	if got := light.TextPaint("no-such-class").Fill; got != palettes()["light"].ink {
		t.Errorf("a text without a rule is filled %q, want the ink", got)
	}
	if got := Named("no-such-theme"); got.Name != Names[0] {
		t.Errorf("an unknown theme is %q, want %q", got.Name, Names[0])
	}
}

// TestThemesComplete checks that every theme of Names has a palette with
// every colour set, and that all themes paint the same classes.
func TestThemesComplete(t *testing.T) {
	if len(palettes()) != len(Names) {
		t.Fatalf("%d palettes for %d names", len(palettes()), len(Names))
	}
	classes := func(th *Theme) []string {
		var out []string
		for _, r := range th.Rules {
			out = append(out, r.Classes...)
		}
		return out
	}
	first := classes(Named(Names[0]))
	for _, name := range Names {
		p, ok := palettes()[name]
		if !ok {
			t.Fatalf("theme %q has no palette", name)
		}
		v := reflect.ValueOf(p)
		for i := range v.NumField() {
			f := v.Field(i)
			if f.Kind() == reflect.String && !strings.HasPrefix(f.String(), "#") {
				t.Errorf("%s: %s is %q, not a colour", name, v.Type().Field(i).Name, f.String())
			}
			if f.Kind() == reflect.Array {
				for k := range f.Len() {
					if !strings.HasPrefix(f.Index(k).String(), "#") {
						t.Errorf("%s: %s[%d] is not a colour", name, v.Type().Field(i).Name, k)
					}
				}
			}
		}
		if got := classes(Named(name)); !slices.Equal(got, first) {
			t.Errorf("%s paints other classes than %s", name, Names[0])
		}
	}
}

// TestCSS checks the style sheet written from the data: one rule a line,
// the text rule first with kerning off, numbers as short as CSS takes them.
func TestCSS(t *testing.T) {
	css := CSS("light")
	for _, want := range []string{
		"text{fill:#1b1d21;font-kerning:none;font-variant-ligatures:none}\n",
		".muted,.label-text,.legend-text,.note-text{fill:#5b6069}\n",
		".dead{fill:url(#bp-hatch);fill-opacity:.9}\n",
		".emo-grid{fill:none;stroke:#8d939c;stroke-width:.5;stroke-opacity:.6}\n",
		".path-gap{fill:none;stroke:#0072b2;stroke-width:3;stroke-dasharray:2 6;stroke-linecap:round;stroke-linejoin:round}\n",
	} {
		if !strings.Contains(css, want) {
			t.Errorf("the style sheet lacks %q", want)
		}
	}
	if n := strings.Count(css, "\n"); n != len(Named("light").Rules)+1 {
		t.Errorf("%d lines for %d rules and the text rule", n, len(Named("light").Rules))
	}
}

// TestRGB reads the colours of every paint of every theme, and refuses
// what paints nothing.
func TestRGB(t *testing.T) {
	if r, g, b, ok := RGB("#1a2B3c"); !ok || r != 0x1a || g != 0x2b || b != 0x3c {
		t.Errorf("RGB(#1a2B3c) = %d %d %d %v", r, g, b, ok)
	}
	for _, v := range []string{"", "none", "#12345", "#1234567", "#12345g", "123456#"} {
		if _, _, _, ok := RGB(v); ok {
			t.Errorf("RGB(%q) reads a colour", v)
		}
	}
	for _, name := range Names {
		th := Named(name)
		for _, r := range th.Rules {
			for _, v := range []string{r.Paint.Fill, r.Paint.Stroke} {
				if _, _, _, ok := RGB(v); !ok && v != "" && v != "none" {
					t.Errorf("%s: %v paints %q, which no raster writer reads", name, r.Classes, v)
				}
			}
		}
	}
}

// TestPaintsAsTheme checks that the resolver gives what the theme gives.
func TestPaintsAsTheme(t *testing.T) {
	th := Named("dark")
	p := th.Paints()
	for _, classes := range []string{"card", "card fail", "quote", "bg", "hatch"} {
		for range 2 { // the second from the cache
			if got, want := p.Shape(classes), th.Paint(classes); !reflect.DeepEqual(got, want) {
				t.Errorf("Shape(%q) = %+v, want %+v", classes, got, want)
			}
			if got, want := p.Text(classes), th.TextPaint(classes); !reflect.DeepEqual(got, want) {
				t.Errorf("Text(%q) = %+v, want %+v", classes, got, want)
			}
		}
	}
}
