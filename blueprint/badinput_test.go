package blueprint

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// badInputs are journeys with one mistake each, with the diagnostic (its
// position and words) the mistake must draw, and a text no diagnostic may
// hold ("" for none).
var badInputs = []struct {
	name, src, want, not string
}{
	{"empty step id", stepsOf("  - {id: \"\", title: A, customer: x, value: true}"),
		`test.yaml:4:10: error: id is empty: write id: take-number`, ""},
	{"empty step id twice", stepsOf("  - {id: \"\", title: A, customer: x, value: true}\n  - {id: \"\", title: B, customer: x}"),
		`test.yaml:5:10: error: id is empty`, ""},
	{"boolean step id", stepsOf("  - {id: true, title: A, customer: x, value: true}"),
		`test.yaml:4:10: error: id must be an id (lowercase letters, digits and '-'), not true: write id: take-number`, ""},
	{"decimal step id", stepsOf("  - {id: 1.5, title: A, customer: x, value: true}"),
		`test.yaml:4:10: error: id must be an id (lowercase letters, digits and '-'), not the number 1.5: write id: take-number`, ""},
	{"empty phase id", "version: 1\ntitle: T\nphases:\n  - {id: \"\", title: P}\nsteps:\n  - {id: a, title: A, customer: x, value: true}\n",
		`test.yaml:4:10: error: id is empty: write id: arrive`, ""},
	{"null path item", "version: 1\ntitle: T\npaths: [{id: p}]\nsteps:\n  - {id: a, title: A, customer: x, value: true, path: [~]}\n",
		`test.yaml:5:56: error: path must be an id (lowercase letters, digits and '-'), not nothing: write path: by-mail`, ""},
	{"boolean moment", stepsOf("  - {id: a, moment: false, title: A, customer: x, value: true}"),
		`test.yaml:4:21: error: moment must be an id (lowercase letters, digits and '-'), not false: write moment: queue`, ""},
	{"unknown tag", stepsOf("  - {id: a, title: A, customer: !foo text, value: true}"),
		`test.yaml:4:33: error: unknown tag !foo: remove it`, ""},
	{"unknown tag on a list", stepsOf("  - {id: a, title: A, customer: !lines [x], value: true}"),
		`test.yaml:4:33: error: unknown tag !lines: remove it`, ""},
	{"non-standard tag", stepsOf("  - {id: a, title: A, customer: !!binary aGk=, value: true}"),
		`test.yaml:4:33: error: unknown tag !!binary: remove it`, ""},
	{"%YAML 1.2 without ---", "%YAML 1.2\n" + stepsOf("  - {id: a, title: A, customer: x, value: true}"),
		"test.yaml:2:8: error: YAML syntax: ", ""},
	{"%YAML 1.2 twice", "%YAML 1.2\n%YAML 1.2\n---\n" + stepsOf("  - {id: a, title: A, customer: x, value: true}"),
		"test.yaml:2:1: error: YAML syntax: found duplicate %YAML directive", ""},
	{"%YAML 1.3", "%YAML 1.3\n---\n" + stepsOf("  - {id: a, title: A, customer: x, value: true}"),
		"test.yaml:1:1: error: YAML syntax: found incompatible YAML document", ""},
	{"range with a dash", stepsOf("  - {id: a, title: A, customer: x, value: true, duration: 3-10 days}"),
		`test.yaml:4:59: error: duration "3-10 days" looks like a range: write it with '..', 3d..10d`, ""},
	{"channel synonym", stepsOf("  - {id: a, title: A, customer: x, value: true, channel: telephone}"),
		`test.yaml:4:58: warning: unknown channel "telephone" (drawn as given); did you mean "phone"?`, ""},
	{"channel synonym in capitals", stepsOf("  - {id: a, title: A, customer: x, value: true, channel: Face-to-face}"),
		`did you mean "in-person"?`, ""},
	{"channel misspelt", stepsOf("  - {id: a, title: A, customer: x, value: true, channel: e-mail}"),
		`did you mean "email"?`, ""},
	{"channel unknown", stepsOf("  - {id: a, title: A, customer: x, value: true, channel: telepathy}"),
		`(drawn as given); known: in-person, phone`, ""},
	{"step without a title", stepsOf("  - {id: a, title: A, customer: x, value: true}\n  - {id: pick-forms, customer: x}"),
		`test.yaml:5:5: error: missing required key "title" in step 2: add title: Pick forms`, "Take a queue number"},
	{"step with an empty title", stepsOf("  - id: wait-2-hours\n    title:\n    customer: x\n    value: true"),
		`test.yaml:5:11: error: title has no value: write title: Wait 2 hours`, ""},
	{"step without an id or a title", stepsOf("  - {customer: x, value: true}"),
		`add title: Take a queue number`, ""},
	{"tab before a key", stepsOf("  - id: a\n  \ttitle: A\n    customer: x\n    value: true"),
		"test.yaml:5:3: error: YAML syntax: a tab in the indentation at line 5: indent with spaces, YAML does not allow tabs there", "opens at"},
	{"tab before a list item", stepsOf("\t- {id: a, title: A, customer: x, value: true}"),
		"test.yaml:4:1: error: YAML syntax: a tab in the indentation at line 4: indent with spaces", ""},
	{"unclosed list", "version: 1\ntitle: T\nsteps: [{id: a, title: A, customer: x, value: true}\n",
		"(in the [ list that starts at line 3, column 8)", ""},
	{"value: yes", stepsOf("  - {id: a, title: A, customer: x, value: yes}"),
		`test.yaml:4:43: error: value must be true or false, not "yes"`, "no step has value: true"},
	{"no value at all", stepsOf("  - {id: a, title: A, customer: x, value: false}"),
		`test.yaml:3:1: warning: no step has value: true`, ""},
	{"long text", stepsOf("  - {id: a, title: A, value: true, customer: " + strings.Repeat("x", 200000) + "}"),
		"test.yaml:4:46: warning: customer is 200000 characters long, more than the 2000 a card shows well: shorten it", ""},
	{"long list item", stepsOf("  - {id: a, title: A, value: true, customer: [x, " + strings.Repeat("ä", MaxText+1) + "]}"),
		"test.yaml:4:50: warning: customer item is 2001 characters long", ""},
	{"text at the limit", stepsOf("  - {id: a, title: " + strings.Repeat("x", MaxText) + ", value: true, customer: x}"),
		"", "characters long"},
	{"tab in a quoted text's next line", stepsOf("  - {id: a, title: \"A\n\tB\", customer: x, value: true}"),
		"test.yaml:5:1: error: YAML syntax: a tab in the indentation at line 5: indent with spaces", ""},
	{"tab in a list's next line", stepsOf("  - {id: a, title: A, value: true, customer: [\n\tx]}"),
		"test.yaml:5:1: error: YAML syntax: a tab in the indentation at line 5: indent with spaces", ""},
}

// stepsOf returns a journey with the given lines of steps.
func stepsOf(steps string) string {
	return "version: 1\ntitle: T\nsteps:\n" + steps + "\n"
}

// TestBadInput: each mistake is reported where it is, saying what to write.
func TestBadInput(t *testing.T) {
	for _, tt := range badInputs {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := Load("test.yaml", []byte(tt.src))
			text := fmt.Sprint(diags)
			if !strings.Contains(text, tt.want) {
				t.Errorf("diagnostics = %s\nwant one containing %q", text, tt.want)
			}
			if tt.not != "" && strings.Contains(text, tt.not) {
				t.Errorf("diagnostics = %s\nwant none containing %q", text, tt.not)
			}
		})
	}
}

// The standard tags, written out, are read as without them.
func TestStandardTags(t *testing.T) {
	src := "version: !!int 1\ntitle: !!str 1984\nsteps: !!seq\n  - !!map {id: a, title: A, customer: ! x, value: !!bool true, pain: !!null ~, idea: !<tag:yaml.org,2002:str> y}\n"
	if j, diags := Load("test.yaml", []byte(src)); j == nil {
		t.Errorf("refused: %v", diags)
	}
}

// A %YAML 1.2 directive is read, and the positions after it stay exact.
func TestYAML12Directive(t *testing.T) {
	src := "# a journey\n%YAML 1.2 # the version\n---\n" + stepsOf("  - {id: a, title: A, customer: x, value: true, channel: telepathy}")
	j, diags := Load("test.yaml", []byte(src))
	if j == nil {
		t.Fatalf("refused: %v", diags)
	}
	if want := "test.yaml:7:58: warning: unknown channel"; !strings.Contains(fmt.Sprint(diags), want) {
		t.Errorf("diagnostics = %v, want %q", diags, want)
	}
}

// yaml12Version reads a directive line as the regular expression it
// replaced did.
func TestYAML12Version(t *testing.T) {
	re := regexp.MustCompile(`^%YAML[ \t]+(1\.2)(?:[ \t\r#]|$)`)
	for _, line := range []string{
		"%YAML 1.2", "%YAML\t1.2", "%YAML   1.2 # the version", "%YAML 1.2\r", "%YAML 1.2#x",
		"%YAML 1.1", "%YAML 1.20", "%YAML 1.2.1", "%YAML1.2", "%YAML", "%YAMLX 1.2", " %YAML 1.2", "%TAG ! tag:x", "",
	} {
		want := -1
		if m := re.FindStringSubmatchIndex(line); m != nil {
			want = m[2]
		}
		if got := yaml12Version([]byte(line)); got != want {
			t.Errorf("yaml12Version(%q) = %d, want %d", line, got, want)
		}
	}
}

// A line of tabs alone, or of tabs and a comment, is allowed, as is a tab
// that follows the spaces of the indentation, and any indentation of a
// journey written as one { } mapping.
func TestTabsAllowed(t *testing.T) {
	for _, src := range []string{
		stepsOf("\t\n\t# a comment\n  - {id: a, title: \"A\n  \tB\", customer: x, value: true}"),
		"{version: 1,\n\ttitle: T,\n\tsteps: [{id: a, title: A, customer: x, value: true}]}\n",
	} {
		if j, diags := Load("test.yaml", []byte(src)); j == nil {
			t.Errorf("refused %q: %v", src, diags)
		}
	}
}

// TestSlug makes ids of titles in several languages.
func TestSlug(t *testing.T) {
	for text, want := range map[string]string{
		"Käyn poliisilla": "kayn-poliisilla", "Straße 5": "strasse-5", "  Take a number! ": "take-a-number",
		"Œuvre d'été": "oeuvre-d-ete", "日本": "", "": "",
	} {
		if got := Slug(text); got != want {
			t.Errorf("Slug(%q) = %q, want %q", text, got, want)
		}
	}
}
