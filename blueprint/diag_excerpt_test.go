package blueprint

import (
	"strings"
	"testing"
)

func TestWriteExcerpt(t *testing.T) {
	diag := func(line, col int, sev Severity, msg string) Diagnostic {
		return Diagnostic{Pos: Pos{File: "j.yaml", Line: line, Col: col}, Severity: sev, Message: msg}
	}
	long := strings.Repeat("x", 200) + "Y" + strings.Repeat("z", 200)
	tests := []struct {
		name   string
		src    string
		d      Diagnostic
		colour bool
		want   string
	}{
		{"plain", "version: 1\n  titel: One\n", diag(2, 3, Error, `unknown key "titel"`), false,
			"j.yaml:2:3: error: unknown key \"titel\"\n  2 |   titel: One\n    |   ^\n"},
		{"columns are characters", "title: Päivä ja yö\n", diag(1, 17, Warning, "w"), false,
			"j.yaml:1:17: warning: w\n  1 | title: Päivä ja yö\n    |                 ^\n"},
		{"tabs are kept", "a:\t\tb\n", diag(1, 5, Error, "e"), false,
			"j.yaml:1:5: error: e\n  1 | a:\t\tb\n    |   \t\t^\n"},
		{"past the end of the line", "steps:\n", diag(1, 7, Error, "e"), false,
			"j.yaml:1:7: error: e\n  1 | steps:\n    |       ^\n"},
		{"the whole file", "", diag(0, 0, Error, "e"), false, "j.yaml: error: e\n"},
		{"control characters", "a: \x1b[31mred\r\nb: 1\n", diag(2, 1, Error, "bad \x1b[2J"), false,
			"j.yaml:2:1: error: bad \uFFFD[2J\n  2 | b: 1\n    | ^\n"},
		{"escape in the line", "a: \x1b[31m\n", diag(1, 4, Error, "e"), false,
			"j.yaml:1:4: error: e\n  1 | a: \uFFFD[31m\n    |    ^\n"},
		{"long line", long, diag(1, 201, Error, "e"), false,
			"j.yaml:1:201: error: e\n  1 | …" + strings.Repeat("x", 60) + "Y" + strings.Repeat("z", 59) + "…\n    |  " + strings.Repeat(" ", 60) + "^\n"},
		{"colour", "a: b\n", diag(1, 4, Error, "e"), true,
			"\x1b[1mj.yaml:1:4:\x1b[0m \x1b[1;31merror:\x1b[0m \x1b[1me\x1b[0m\n\x1b[2m  1 |\x1b[0m a: b\n\x1b[2m    |\x1b[0m    \x1b[1;32m^\x1b[0m\n"},
		{"colour warning", "a: b\n", diag(1, 1, Warning, "w"), true,
			"\x1b[1mj.yaml:1:1:\x1b[0m \x1b[1;35mwarning:\x1b[0m \x1b[1mw\x1b[0m\n\x1b[2m  1 |\x1b[0m a: b\n\x1b[2m    |\x1b[0m \x1b[1;32m^\x1b[0m\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			if err := (Diagnostics{tt.d}).WriteExcerpt(&b, []byte(tt.src), tt.colour); err != nil {
				t.Fatal(err)
			}
			if b.String() != tt.want {
				t.Errorf("got\n%q\nwant\n%q", b.String(), tt.want)
			}
		})
	}
}

// Without colour, the first line of each diagnostic is the line
// WriteText writes, and the gutter is as wide as the longest line
// number.
func TestWriteExcerptFirstLines(t *testing.T) {
	src := strings.Repeat("a: b\n", 120)
	ds := Diagnostics{
		{Pos: Pos{File: "j.yaml", Line: 9, Col: 1}, Message: "one"},
		{Pos: Pos{File: "j.yaml", Line: 110, Col: 4}, Severity: Warning, Message: "two"},
	}
	var text, ex strings.Builder
	ds.WriteText(&text)
	ds.WriteExcerpt(&ex, []byte(src), false)
	lines := strings.Split(ex.String(), "\n")
	if got, want := lines[0]+"\n"+lines[3]+"\n", text.String(); got != want {
		t.Errorf("first lines\n%q\nwant\n%q", got, want)
	}
	if lines[1] != "    9 | a: b" || lines[4] != "  110 | a: b" {
		t.Errorf("gutters %q, %q", lines[1], lines[4])
	}
}
