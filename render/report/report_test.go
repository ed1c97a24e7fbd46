package report

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/internal/golden"
	"github.com/blueprint-tool/blueprint/internal/testjourney"
	"github.com/blueprint-tool/blueprint/render/labels"
)

// TestScorecard checks the written cells of the police permit against the
// blood donation, worked out by hand from the two files.
func TestScorecard(t *testing.T) {
	a, b := testjourney.LoadMain(t, "examples/police-permit.yaml"), testjourney.LoadMain(t, "examples/blood-donation.yaml")
	c := blueprint.Compare(a, b)
	rows := map[string]ScoreRow{}
	for k, r := range Scorecard(c, labels.For("en")) {
		rows[c.Rows[k].Key] = r
	}
	for _, want := range []struct {
		key, a, b, diff, better string
		side                    blueprint.Side
	}{
		// along the main path, call: a visit of 2h 50m, then 3w, 10m..30m, 1d..3d
		// and 5m; the middle 3w 2d 3h 15m against B's 1h 21m
		{"total", "3w 1d 3h 5m – 3w 3d 3h 25m", "1h 21m", "≈ -3w 2d 1h 54m", "B", blueprint.SideB},
		{"time_to_value", "3w 1d 3h 5m – 3w 3d 3h 25m", "41m", "≈ -3w 2d 2h 34m", "B", blueprint.SideB},
		{"dead_time", "3w 1d 2h – 3w 3d 2h", "0s", "≈ -3w 2d 2h", "B", blueprint.SideB},
		{"remembered", "-0.50", "+2.00", "+2.50", "B", blueprint.SideB},
		{"peak", "-2", "+2", "+4", "B", blueprint.SideB},
		{"expectations_met", "4", "2", "-2", "", blueprint.NotJudged},
		{"fail_points", "3", "1", "-2", "B", blueprint.SideB},
		{"touchpoints", "7", "8", "+1", "", blueprint.NotJudged},
	} {
		r := rows[want.key]
		if r.A != want.a || r.B != want.b || r.Diff != want.diff || r.Better != want.better || r.Side != want.side {
			t.Errorf("%s: got %q, %q, %q, %q, side %v; want %q, %q, %q, %q, side %v", want.key, r.A, r.B, r.Diff, r.Better, r.Side,
				want.a, want.b, want.diff, want.better, want.side)
		}
	}
}

// TestScorecardLabels checks that every figure of a comparison has a label
// in every language.
func TestScorecardLabels(t *testing.T) {
	c := blueprint.Compare(testjourney.Generate(3, 1), testjourney.Generate(4, 2))
	for _, locale := range blueprint.Locales {
		for k, r := range Scorecard(c, labels.For(locale)) {
			if r.Label == "" {
				t.Errorf("%s: %s has no label", locale, c.Rows[k].Key)
			}
		}
	}
}

// TestDiffPrecision checks that each kind of figure is written to the
// precision the model gives it: a difference of that much is not written
// as no difference.
func TestDiffPrecision(t *testing.T) {
	l := labels.For("en")
	c := blueprint.Compare(testjourney.LoadMain(t, "examples/police-permit.yaml"), testjourney.LoadMain(t, "examples/blood-donation.yaml"))
	for _, r := range c.Rows {
		zero, least := 0.0, r.Kind.Precision()
		r.Approx = false
		r.Delta = &zero
		none := writeDiff(l, r)
		r.Delta = &least
		if got := writeDiff(l, r); got == none {
			t.Errorf("%s: a difference of %g is written %q, as no difference", r.Key, least, got)
		}
	}
}

// TestDiffWrittenAsJudged checks, about the edges of each kind's
// precision, that a difference is written as none exactly when it rounds
// to zero, which is when the model judges the journeys the same: a
// difference written "+0.00" or "0.0 pp" is never a win.
func TestDiffWrittenAsJudged(t *testing.T) {
	for _, locale := range blueprint.Locales {
		l := labels.For(locale)
		for kind := blueprint.KindCount; kind <= blueprint.KindMoney; kind++ {
			p, zero := kind.Precision(), 0.0
			none := writeDiff(l, blueprint.Row{Kind: kind, Delta: &zero, A: &blueprint.Value{Currency: "EUR"}})
			for _, f := range []float64{0, 1e-12, 0.1, 0.49, 0.4999999, 0.5, 0.5000001, 0.51, 0.99, 1, 1.49, 1.5, 2.5, 1000.5} {
				for _, d := range []float64{f * p, -f * p} {
					got := writeDiff(l, blueprint.Row{Kind: kind, Delta: &d, A: &blueprint.Value{Currency: "EUR"}})
					if same := kind.Round(d) == 0; (got == none) != same {
						t.Errorf("%s, kind %d: %g written %q; rounds to zero: %v", locale, kind, d, got, same)
					}
					if strings.HasPrefix(got, "+") && kind.Round(d) <= 0 || strings.HasPrefix(got, "-") && kind.Round(d) >= 0 {
						t.Errorf("%s, kind %d: %g written %q, with the wrong sign", locale, kind, d, got)
					}
				}
			}
		}
	}
}

// TestCompareJSON checks the shape: both figure sets, the differences and
// the better sides, null where a journey lacks a figure.
func TestCompareJSON(t *testing.T) {
	a := testjourney.Generate(3, 1)
	b := testjourney.Generate(300, 2)
	for i := range b.Journey.Steps {
		b.Journey.Steps[i].Value, b.Journey.Steps[i].Emotion = false, nil
	}
	b.Figures = blueprint.FiguresOf(b.Journey)
	var out bytes.Buffer
	if err := CompareJSON(&out, a, b); err != nil {
		t.Fatal(err)
	}
	var got struct {
		A, B        map[string]any
		Differences map[string]*float64
		Better      map[string]*string
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.A["steps"] != 3.0 || got.B["steps"] != 300.0 {
		t.Errorf("steps %v and %v, want 3 and 300", got.A["steps"], got.B["steps"])
	}
	if got.Differences["time_to_value"] != nil || got.Better["time_to_value"] != nil {
		t.Error("time_to_value compared although B has no value moment")
	}
	if got.Differences["experienced"] != nil {
		t.Error("experienced compared although B has no emotion")
	}
	if d := got.Differences["steps"]; d == nil || *d != 297 {
		t.Errorf("steps difference %v, want 297", d)
	}
}

// TestCompareJSONMoments checks the shape of the moments: a column per
// pair or lone step, in order, null for the step a journey lacks and for
// an emotion a step lacks, the diffs null unless both, and changed a list,
// never null.
func TestCompareJSONMoments(t *testing.T) {
	one := 1
	a := blueprint.Measure(&blueprint.Journey{Steps: []blueprint.Step{
		{ID: "take-number", Moment: "queue", Title: "Take a queue number", Duration: blueprint.Span{Lo: 60, Hi: 60}},
		{ID: "gone", Title: "Gone", Emotion: &one},
	}})
	b := blueprint.Measure(&blueprint.Journey{Steps: []blueprint.Step{
		{ID: "queue-number", Moment: "queue", Title: "Queue", Duration: blueprint.Span{Lo: 30, Hi: 30}, Emotion: &one},
	}})
	var out bytes.Buffer
	if err := CompareJSON(&out, a, b); err != nil {
		t.Fatal(err)
	}
	var got struct{ Moments json.RawMessage }
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, got.Moments); err != nil {
		t.Fatal(err)
	}
	want := `[{"key":"queue",` +
		`"a":{"step":"take-number","title":"Take a queue number","duration":{"lo":60,"hi":60},"emotion":null},` +
		`"b":{"step":"queue-number","title":"Queue","duration":{"lo":30,"hi":30},"emotion":1},` +
		`"duration_diff":-30,"emotion_diff":null,"changed":["title","duration","emotion"]},` +
		`{"key":"gone","a":{"step":"gone","title":"Gone","duration":{"lo":0,"hi":0},"emotion":1},"b":null,` +
		`"duration_diff":null,"emotion_diff":null,"changed":[]}]`
	if compact.String() != want {
		t.Errorf("moments\n%s\nwant\n%s", compact.String(), want)
	}
}

// TestCompareMarkdown checks that the scorecard has a row per figure, all
// with five cells, and that the table of moments follows it under its
// heading, with a row per column of the comparison, all with six cells.
func TestCompareMarkdown(t *testing.T) {
	var md bytes.Buffer
	a, b := testjourney.Generate(5, 1), testjourney.Generate(7, 2)
	a.Journey.Title = "A | pipe"
	b.Journey.Steps[0].Title = "B | pipe"
	if err := CompareMarkdown(&md, a, b); err != nil {
		t.Fatal(err)
	}
	scorecard, moments, ok := strings.Cut(md.String(), "\n**Moment by moment**\n\n")
	if !ok {
		t.Fatalf("no heading between the scorecard and the moments:\n%s", md.String())
	}
	for _, table := range []struct {
		text         string
		rows, border int
	}{
		{scorecard, 3 + len(blueprint.Compare(a, b).Rows), 6},
		{moments, 2 + len(blueprint.PairMoments(a.Journey, b.Journey)), 7},
	} {
		lines := strings.Split(strings.TrimSpace(table.text), "\n")
		if len(lines) != table.rows {
			t.Fatalf("%d lines, want %d:\n%s", len(lines), table.rows, table.text)
		}
		for _, l := range lines {
			if n := strings.Count(strings.ReplaceAll(l, `\|`, ""), "|"); n != table.border {
				t.Errorf("line %q has %d cell borders, want %d", l, n, table.border)
			}
		}
	}
}

// TestMomentsMarkdown checks the rows of the table of moments of an edited
// copy: a changed step with both durations and emotions and the
// difference, an unchanged one, one only in A and one only in B, in
// English and in Finnish.
func TestMomentsMarkdown(t *testing.T) {
	one, two := 1, 2
	a := &blueprint.Journey{Steps: []blueprint.Step{
		{ID: "ride", Title: "Ride", Duration: blueprint.Span{Lo: 1500, Hi: 1500}, Emotion: &one},
		{ID: "same", Title: "Same", Duration: blueprint.Span{Lo: 60, Hi: 60}},
		{ID: "gone", Title: "Gone", Duration: blueprint.Span{Lo: 60, Hi: 120}},
	}}
	b := &blueprint.Journey{Steps: []blueprint.Step{
		{ID: "ride", Title: "Ride", Duration: blueprint.Span{Lo: 1200, Hi: 1800}, Emotion: &two},
		{ID: "same", Title: "Same", Duration: blueprint.Span{Lo: 60, Hi: 60}},
		{ID: "new", Title: "New", Emotion: &two},
	}}
	for _, tt := range []struct {
		locale string
		want   [][]string
	}{
		{"en", [][]string{
			{"ride", "Ride", "Ride", "25m → 20m – 30m (≈ 0s)", "+1 → +2 (+1)", "changed: duration, emotion"},
			{"same", "Same", "Same", "1m", "none", ""},
			{"gone", "Gone", "", "1m – 2m", "none", "only in A"},
			{"new", "", "New", "0s", "+2", "only in B"},
		}},
		{"fi", [][]string{
			{"ride", "Ride", "Ride", "25 min → 20 min – 30 min (≈ 0 s)", "+1 → +2 (+1)", "muuttui: duration, emotion"},
			{"same", "Same", "Same", "1 min", "ei yhtään", ""},
			{"gone", "Gone", "", "1 min – 2 min", "ei yhtään", "vain A:ssa"},
			{"new", "", "New", "0 s", "+2", "vain B:ssä"},
		}},
	} {
		header, rows := momentRows(a, b, labels.For(tt.locale))
		if len(header) != 6 || !slices.EqualFunc(rows, tt.want, slices.Equal) {
			t.Errorf("%s: %q\n%q,\nwant\n%q", tt.locale, header, rows, tt.want)
		}
	}
}

// TestCompareGolden writes the comparisons the product was made for as
// Markdown and JSON: the police permit against the blood donation, in
// English and in Finnish, the bus ride against the permit, and the bus as
// it is against as it could be.
func TestCompareGolden(t *testing.T) {
	for _, tc := range []struct{ a, b, name string }{
		{"police-permit.yaml", "blood-donation.yaml", "police-vs-blood"},
		{"fi/poliisi.yaml", "fi/verenluovutus.yaml", "poliisi-vs-verenluovutus"},
		{"ikea-bus.yaml", "police-permit.yaml", "ikea-vs-police"},
		{"ikea-bus.yaml", "ikea-bus-to-be.yaml", "ikea-as-is-vs-to-be"},
	} {
		a, b := testjourney.LoadMain(t, "examples/"+tc.a), testjourney.LoadMain(t, "examples/"+tc.b)
		var md, js bytes.Buffer
		if err := CompareMarkdown(&md, a, b); err != nil {
			t.Fatal(err)
		}
		if err := CompareJSON(&js, a, b); err != nil {
			t.Fatal(err)
		}
		golden.Check(t, filepath.Join("testdata", tc.name+".compare.md"), md.Bytes())
		golden.Check(t, filepath.Join("testdata", tc.name+".compare.json"), js.Bytes())
	}
}

// TestStatsGolden writes the figures of the police permit, with its two
// paths, in every format and in both languages, and of the permit beside
// the blood donation, which has none: the rows of a path are empty in its
// column.
func TestStatsGolden(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files []string
	}{
		{"police", []string{"police-permit.yaml"}},
		{"poliisi", []string{"fi/poliisi.yaml"}},
		{"police-and-blood", []string{"police-permit.yaml", "blood-donation.yaml"}},
	} {
		var ms []blueprint.Measured
		for _, f := range tc.files {
			ms = append(ms, testjourney.Load(t, "examples/"+f))
		}
		var text, md, js bytes.Buffer
		if err := StatsText(&text, ms, 0); err != nil {
			t.Fatal(err)
		}
		if err := StatsMarkdown(&md, ms); err != nil {
			t.Fatal(err)
		}
		if err := StatsJSON(&js, ms, false); err != nil {
			t.Fatal(err)
		}
		golden.Check(t, filepath.Join("testdata", tc.name+".stats.txt"), text.Bytes())
		checkNarrowStats(t, tc.name, ms)
		golden.Check(t, filepath.Join("testdata", tc.name+".stats.md"), md.Bytes())
		golden.Check(t, filepath.Join("testdata", tc.name+".stats.json"), js.Bytes())
	}
}

// TestStatsJSONPaths checks the shape of "paths": absent without paths;
// with them, one object per path in order with the keys of section 9,
// share null when not given, time to value null on a path that skips the
// value step, and the journey's own figures those of its main path.
// narrowWidth is the terminal width of the narrow stats goldens: the
// table of any of the examples is wider.
const narrowWidth = 60

// checkNarrowStats writes the figures of ms as text narrowWidth wide: one
// block per journey, no line wider, as in testdata/NAME.stats.narrow.txt.
func checkNarrowStats(t *testing.T, name string, ms []blueprint.Measured) {
	t.Helper()
	var text bytes.Buffer
	if err := StatsText(&text, ms, narrowWidth); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(text.String(), "\n") {
		if n := utf8.RuneCountInString(line); n > narrowWidth {
			t.Errorf("%s: a line of %d characters, wider than %d: %q", name, n, narrowWidth, line)
		}
	}
	golden.Check(t, filepath.Join("testdata", name+".stats.narrow.txt"), text.Bytes())
}

func TestStatsJSONPaths(t *testing.T) {
	one, two := 1, 2
	share := 30.0
	j := &blueprint.Journey{File: "p.yaml", Paths: []blueprint.Path{{ID: "main", Title: "Main"}, {ID: "side", Title: "Side", Share: &share}},
		Steps: []blueprint.Step{
			{ID: "a", Duration: blueprint.Span{Lo: 60, Hi: 120}, Emotion: &one},
			{ID: "v", Paths: []string{"main"}, Value: true, Emotion: &two},
			{ID: "s", Paths: []string{"side"}, Duration: blueprint.Span{Lo: 600, Hi: 600}},
		}}
	var out bytes.Buffer
	if err := StatsJSON(&out, []blueprint.Measured{blueprint.Measure(j)}, false); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Steps int
		Paths []json.RawMessage
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Steps != 2 || len(got.Paths) != 2 {
		t.Fatalf("steps %d, %d paths; want the main path's 2 steps, and 2 paths:\n%s", got.Steps, len(got.Paths), out.String())
	}
	want := []string{`{"id":"main","title":"Main","share":null,"steps":2,"total":{"lo":60,"hi":120},"time_to_value":{"lo":60,"hi":120},` +
		`"dead_time":{"lo":0,"hi":0},"dead_share":0,"emotion":{"experienced":1,"remembered":2}}`,
		`{"id":"side","title":"Side","share":30,"steps":2,"total":{"lo":660,"hi":720},"time_to_value":null,` +
			`"dead_time":{"lo":0,"hi":0},"dead_share":0,"emotion":{"experienced":1,"remembered":1}}`}
	for i, p := range got.Paths {
		var compact bytes.Buffer
		if err := json.Compact(&compact, p); err != nil {
			t.Fatal(err)
		}
		if compact.String() != want[i] {
			t.Errorf("path %d:\n%s\nwant\n%s", i, compact.String(), want[i])
		}
	}
	out.Reset()
	if err := StatsJSON(&out, []blueprint.Measured{testjourney.Load(t, "examples/ikea-bus.yaml")}, false); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), `"paths"`) {
		t.Error("a journey without paths has \"paths\"")
	}
}
