package report

import (
	"bytes"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/examples"
	"github.com/blueprint-tool/blueprint/internal/golden"
	"github.com/blueprint-tool/blueprint/internal/testjourney"
	"github.com/blueprint-tool/blueprint/render/labels"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// reviewed returns a journey of two steps, in file, in locale, with three
// findings built by hand: a notice at the first step, a warning at the
// second, and an accepted notice there that holds on one path only.
func reviewed(file, locale string) Reviewed {
	minus, zero, one := -1, 0, 1
	at := func(line int) blueprint.Pos { return blueprint.Pos{File: file, Line: line, Col: 5} }
	j := &blueprint.Journey{File: file, Version: 1, Title: "Two steps", Locale: locale, Steps: []blueprint.Step{
		{ID: "arrive", Title: "Arrive", Emotion: &one, Expected: &one, Pos: at(4)},
		{ID: "leave", Title: "Leave", Emotion: &minus, Expected: &zero, Fail: "The door | sticks", Pos: at(9)},
	}}
	return Reviewed{blueprint.Measure(j), []blueprint.Finding{
		{Rule: "nothing-exceeds", Severity: blueprint.Notice, Step: 0, Pos: at(4), Emotion: &one, Expected: &one, Met: 2},
		{Rule: "ends-low", Severity: blueprint.Warning, Step: 1, Pos: at(9), Emotion: &minus, Experienced: 1},
		{Rule: "fail-no-recovery", Severity: blueprint.Notice, Step: 1, Pos: at(9), Paths: []string{"by-mail"}, Accepted: true},
	}}
}

// texts returns what FindingText writes of the i-th finding of r.
func texts(r Reviewed, i int) (message, advice, principle string) {
	return labels.For(r.Journey.Locale).FindingText(r.Journey, r.Findings[i])
}

// said returns what the one-line formats say of the i-th finding of r:
// the message, then the advice.
func said(r Reviewed, i int) string {
	message, advice, _ := texts(r, i)
	return written{message: message, advice: advice, paths: onPaths(labels.For(r.Journey.Locale), r.Findings[i])}.line()
}

// TestFindingLine checks how a line joins what was found and the advice.
func TestFindingLine(t *testing.T) {
	if got := (written{message: "ends low", advice: "end well"}).line(); got != "ends low; end well" {
		t.Errorf("got %q", got)
	}
	if got := (written{message: "ends low"}).line(); got != "ends low" {
		t.Errorf("without advice: got %q", got)
	}
	f := blueprint.Finding{Paths: []string{"call", "post"}}
	if got := (written{message: "ends low", advice: "end well", paths: onPaths(labels.For("en"), f)}).line(); got != "ends low (only on call, post); end well" {
		t.Errorf("on some paths: got %q", got)
	}
}

// write returns what a writer writes of rs, failing the test on an error.
func write(t *testing.T, writer func(*bytes.Buffer, []Reviewed) error, rs ...Reviewed) string {
	t.Helper()
	var b bytes.Buffer
	if err := writer(&b, rs); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// The writers, as write takes them.
var (
	reviewText     = func(b *bytes.Buffer, rs []Reviewed) error { return ReviewText(b, rs) }
	reviewGitHub   = func(b *bytes.Buffer, rs []Reviewed) error { return ReviewGitHub(b, rs) }
	reviewMarkdown = func(b *bytes.Buffer, rs []Reviewed) error { return ReviewMarkdown(b, rs) }
	reviewJSON     = func(b *bytes.Buffer, rs []Reviewed) error { return ReviewJSON(b, rs) }
	reviewSARIF    = func(b *bytes.Buffer, rs []Reviewed) error { return ReviewSARIF(b, rs, "v1.2.3") }
)

// TestReviewText checks a line per finding that is not accepted, in the
// order of the journeys and of their findings: FILE:LINE:COL: RULE: then
// what was found and the advice.
func TestReviewText(t *testing.T) {
	a, b := reviewed("a.yaml", "en"), reviewed("dir/b.yaml", "fi")
	want := "a.yaml:4:5: nothing-exceeds: " + said(a, 0) + "\n" +
		"a.yaml:9:5: ends-low: " + said(a, 1) + "\n" +
		"dir/b.yaml:4:5: nothing-exceeds: " + said(b, 0) + "\n" +
		"dir/b.yaml:9:5: ends-low: " + said(b, 1) + "\n"
	if got := write(t, reviewText, a, b); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := write(t, reviewText); got != "" {
		t.Errorf("no journeys: got %q", got)
	}
}

// TestReviewGitHub checks an annotation per finding that is not accepted,
// ::notice or ::warning, titled with the rule, escaped as check's are.
func TestReviewGitHub(t *testing.T) {
	r := reviewed("a,b.yaml", "en")
	want := blueprint.GitHubAnnotation(blueprint.Notice, r.Findings[0].Pos, "nothing-exceeds", said(r, 0)) +
		blueprint.GitHubAnnotation(blueprint.Warning, r.Findings[1].Pos, "ends-low", said(r, 1))
	got := write(t, reviewGitHub, r)
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if !strings.HasPrefix(got, "::notice file=a%2Cb.yaml,line=4,col=5,title=nothing-exceeds::") {
		t.Errorf("got %q, want a ::notice at a%%2Cb.yaml:4:5 first", got)
	}
}

// TestReviewMarkdown checks the table: its headers in the journeys'
// language, else in English, a row of six cells per finding that is not
// accepted, one line instead of a table when there is none, and nothing
// without a journey.
func TestReviewMarkdown(t *testing.T) {
	en, fi := reviewed("a.yaml", "en"), reviewed("b.yaml", "fi")
	message, advice, _ := texts(fi, 1)
	for _, tt := range []struct {
		rs     []Reviewed
		header string
		rows   int
	}{
		{[]Reviewed{en}, "| File | Rule | Severity | Step | Finding | Advice |", 2},
		{[]Reviewed{fi, fi}, "| Tiedosto | Sääntö | Vakavuus | Askel | Havainto | Neuvo |", 4},
		{[]Reviewed{fi, en}, "| File | Rule | Severity | Step | Finding | Advice |", 4},
	} {
		lines := strings.Split(strings.TrimSuffix(write(t, reviewMarkdown, tt.rs...), "\n"), "\n")
		if lines[0] != tt.header || len(lines) != 2+tt.rows {
			t.Errorf("got\n%s\nwant the header %q and %d rows", strings.Join(lines, "\n"), tt.header, tt.rows)
			continue
		}
		for _, l := range lines {
			if n := strings.Count(strings.ReplaceAll(l, `\|`, ""), "|"); n != 7 {
				t.Errorf("line %q has %d cell borders, want 7", l, n)
			}
		}
	}
	var row strings.Builder
	writeMarkdownRow(&row, []string{"b.yaml:9", "`ends-low`", "warning", "`leave`", message, advice})
	if got := strings.SplitAfter(write(t, reviewMarkdown, fi), "\n")[3]; got != row.String() {
		t.Errorf("the row of ends-low is %q, want %q", got, row.String())
	}
	none := Reviewed{en.Measured, en.Findings[2:]}
	for _, tt := range []struct {
		rs   []Reviewed
		want string
	}{
		{nil, ""}, {[]Reviewed{none}, "No findings.\n"},
		{[]Reviewed{{fi.Measured, nil}}, "Ei havaintoja.\n"},
	} {
		if got := write(t, reviewMarkdown, tt.rs...); got != tt.want {
			t.Errorf("%d journeys without findings: got %q, want %q", len(tt.rs), got, tt.want)
		}
	}
}

// TestReviewJSON checks an object per finding, accepted ones included,
// with exactly the keys of the format: paths [] when the finding holds on
// every path, else the paths; and [] for no findings.
func TestReviewJSON(t *testing.T) {
	r := reviewed("a.yaml", "fi")
	var got []map[string]any
	if err := json.Unmarshal([]byte(write(t, reviewJSON, r)), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("%d findings, want 3: %v", len(got), got)
	}
	keys := []string{"accepted", "advice", "col", "file", "line", "message", "paths", "principle", "rule", "severity", "step"}
	for i, f := range got {
		message, advice, principle := texts(r, i)
		if k := slices.Sorted(maps.Keys(f)); !slices.Equal(k, keys) {
			t.Errorf("finding %d has the keys %v, want %v", i, k, keys)
		}
		if f["message"] != message || f["advice"] != advice || f["principle"] != principle {
			t.Errorf("finding %d says %q, %q, %q; want FindingText's %q, %q, %q", i, f["message"], f["advice"], f["principle"],
				message, advice, principle)
		}
	}
	want := []map[string]any{
		{"file": "a.yaml", "line": 4.0, "col": 5.0, "rule": "nothing-exceeds", "severity": "notice", "step": "arrive", "paths": []any{}, "accepted": false},
		{"file": "a.yaml", "line": 9.0, "col": 5.0, "rule": "ends-low", "severity": "warning", "step": "leave", "paths": []any{}, "accepted": false},
		{"file": "a.yaml", "line": 9.0, "col": 5.0, "rule": "fail-no-recovery", "severity": "notice", "step": "leave", "paths": []any{"by-mail"}, "accepted": true},
	}
	for i, w := range want {
		for k, v := range w {
			if g, _ := json.Marshal(got[i][k]); string(g) != mustJSON(t, v) {
				t.Errorf("finding %d: %s is %s, want %s", i, k, g, mustJSON(t, v))
			}
		}
	}
	if got := write(t, reviewJSON, Reviewed{r.Measured, nil}); got != "[]\n" {
		t.Errorf("no findings: got %q, want []", got)
	}
}

// mustJSON returns v as JSON.
func mustJSON(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// sarifSchemas compiles every JSON schema of SARIF under
// testdata/sarif-schema, with the validator the journey schema's tests
// use, formats (uri, uri-reference) asserted.
func sarifSchemas(t *testing.T) map[string]*jsonschema.Schema {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "sarif-schema", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no SARIF schema under testdata/sarif-schema (%v)", err)
	}
	schemas := map[string]*jsonschema.Schema{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		if err := c.AddResource(filepath.Base(f), doc); err != nil {
			t.Fatal(err)
		}
		if schemas[f], err = c.Compile(filepath.Base(f)); err != nil {
			t.Fatalf("%s does not compile: %v", f, err)
		}
	}
	return schemas
}

// validateSARIF validates a SARIF log against every schema of SARIF.
func validateSARIF(t *testing.T, schemas map[string]*jsonschema.Schema, name, log string) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(log))
	if err != nil {
		t.Fatalf("%s is not JSON: %v", name, err)
	}
	for f, s := range schemas {
		if err := s.Validate(inst); err != nil {
			t.Errorf("%s does not validate against %s: %v", name, f, err)
		}
	}
}

// sarifOf is the part of a SARIF log TestReviewSARIF reads.
type sarifOf struct {
	Schema string `json:"$schema"`
	Runs   []struct {
		ColumnKind string
		Tool       struct {
			Driver struct {
				Name, Version string
				Rules         []struct {
					ID, Name                                string
					ShortDescription, FullDescription, Help struct{ Text string }
					DefaultConfiguration                    struct{ Level string }
				}
			}
		}
		Results []struct {
			RuleID    string
			RuleIndex int
			Level     string
			Message   struct{ Text string }
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct{ URI string }
					Region           struct{ StartLine, StartColumn int }
				}
			}
			Suppressions []struct{ Kind string }
			Properties   struct {
				Step  string
				Paths []string
			}
		}
	}
}

// TestReviewSARIF checks the SARIF log against the schemas of SARIF 2.1.0
// and what code scanning reads of it: one run of blueprint at its version,
// a rule per rule of review with its principle and advice, a result per
// finding at its step, the file as a relative URI, an accepted one
// suppressed in the source; the same bytes every time.
func TestReviewSARIF(t *testing.T) {
	en, fi := reviewed("my journeys/a.yaml", "en"), reviewed("dir/b.yaml", "fi")
	schemas := sarifSchemas(t)
	out := write(t, reviewSARIF, en, fi)
	validateSARIF(t, schemas, "the log", out)
	if again := write(t, reviewSARIF, en, fi); again != out {
		t.Error("a second log of the same findings differs")
	}
	var log sarifOf
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	run := log.Runs[0]
	if d := run.Tool.Driver; d.Name != "blueprint" || d.Version != "v1.2.3" || len(d.Rules) != len(blueprint.Rules) {
		t.Errorf("driver %q %q with %d rules, want blueprint v1.2.3 with %d", d.Name, d.Version, len(d.Rules), len(blueprint.Rules))
	}
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind %q, want unicodeCodePoints: columns count characters", run.ColumnKind)
	}
	l := labels.For("en") // the journeys' languages differ
	for i, r := range run.Tool.Driver.Rules {
		principle, advice := ruleTexts(l, blueprint.Rules[i])
		want := map[blueprint.Severity]string{blueprint.Warning: "warning", blueprint.Notice: "note"}[blueprint.Rules[i].Severity]
		if r.ID != blueprint.Rules[i].ID || r.FullDescription.Text != principle || r.Help.Text != advice ||
			r.DefaultConfiguration.Level != want || r.ShortDescription.Text == "" {
			t.Errorf("rule %d: %+v; want %s, level %s, the principle %q and the advice %q", i, r, blueprint.Rules[i].ID, want, principle, advice)
		}
	}
	if r := run.Tool.Driver.Rules[3]; r.Name != "IdleDeadMoment" || r.ShortDescription.Text != "Idle dead moment" {
		t.Errorf("idle-dead-moment is named %q, %q; want IdleDeadMoment, Idle dead moment", r.Name, r.ShortDescription.Text)
	}
	if len(run.Results) != 6 {
		t.Fatalf("%d results, want 6", len(run.Results))
	}
	for i, res := range run.Results {
		r := []Reviewed{en, fi}[i/3]
		f := r.Findings[i%3]
		loc := res.Locations[0].PhysicalLocation
		uri := map[string]string{"my journeys/a.yaml": "my%20journeys/a.yaml", "dir/b.yaml": "dir/b.yaml"}[f.Pos.File]
		if res.RuleID != f.Rule || run.Tool.Driver.Rules[res.RuleIndex].ID != f.Rule || res.Message.Text != said(r, i%3) ||
			loc.ArtifactLocation.URI != uri || loc.Region.StartLine != f.Pos.Line ||
			loc.Region.StartColumn != f.Pos.Col || res.Properties.Step != r.StepID(f.Step) || !slices.Equal(res.Properties.Paths, f.Paths) {
			t.Errorf("result %d: %+v; want %s at %v", i, res, f.Rule, f.Pos)
		}
		if level := map[bool]string{true: "note", false: "warning"}[f.Severity == blueprint.Notice]; res.Level != level {
			t.Errorf("result %d is a %s, want %s", i, res.Level, level)
		}
		if accepted := len(res.Suppressions) == 1 && res.Suppressions[0].Kind == "inSource"; accepted != f.Accepted {
			t.Errorf("result %d: suppressions %v, accepted %v", i, res.Suppressions, f.Accepted)
		}
	}
	empty := write(t, reviewSARIF)
	validateSARIF(t, schemas, "a log without journeys", empty)
	if !strings.Contains(empty, `"results": []`) {
		t.Errorf("a log without findings has no empty results:\n%s", empty)
	}
}

// TestReviewGolden writes the review of every example in each format.
func TestReviewGolden(t *testing.T) {
	var rs []Reviewed
	for _, name := range examples.Names() {
		m := testjourney.Load(t, "examples/"+name+".yaml")
		rs = append(rs, Reviewed{m, blueprint.Review(m)})
	}
	schemas := sarifSchemas(t)
	for ext, writer := range map[string]func(*bytes.Buffer, []Reviewed) error{
		"txt": reviewText, "md": reviewMarkdown, "json": reviewJSON, "github": reviewGitHub, "sarif": reviewSARIF,
	} {
		out := write(t, writer, rs...)
		if ext == "sarif" {
			validateSARIF(t, schemas, "the examples' log", out)
		}
		golden.Check(t, filepath.Join("testdata", "examples.review."+ext), []byte(out))
	}
}
