package journeyfile

import "testing"

func TestPictureNames(t *testing.T) {
	if got := Suffix(Views[0], Formats[0]); got != ".blueprint.svg" {
		t.Errorf("the default picture's suffix is %q, want .blueprint.svg", got)
	}
	if got := Suffix("touchpoints", "pdf"); got != ".touchpoints.pdf" {
		t.Errorf("Suffix(touchpoints, pdf) = %q", got)
	}
	for name, want := range map[string]string{
		"vs.png": "png", "vs.PNG": "png", "site/img": "", "x.md": "", "x.svg.bak": "", "pdf": "",
	} {
		if got := FormatOf(name, Formats); got != want {
			t.Errorf("FormatOf(%q) = %q, want %q", name, got, want)
		}
	}
	if got := FormatOf("x.md", []string{"svg", "md"}); got != "md" {
		t.Errorf("FormatOf(x.md, svg md) = %q, want md", got)
	}
}
