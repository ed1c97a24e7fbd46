package report

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/internal/golden"
	"github.com/blueprint-tool/blueprint/internal/testjourney"
	"github.com/blueprint-tool/blueprint/render/labels"
)

// TestScorecard checks the written cells of the police permit against the
// blood donation, worked out by hand from the two files.
func TestScorecard(t *testing.T) {
	a, b := testjourney.Load(t, "examples/police-permit.yaml"), testjourney.Load(t, "examples/blood-donation.yaml")
	c := blueprint.Compare(a, b)
	rows := map[string]ScoreRow{}
	for k, r := range Scorecard(c, labels.For("en")) {
		rows[c.Rows[k].Key] = r
	}
	for _, want := range []struct {
		key, a, b, diff, better string
		side                    blueprint.Side
	}{
		// total: 2h 55m + 3w..5w = 3w 2h 55m – 5w 2h 55m, middle 4w 2h 55m; B 1h 21m
		{"total", "3w 2h 55m – 5w 2h 55m", "1h 21m", "≈ -4w 1h 34m", "B", blueprint.SideB},
		{"time_to_value", "3w 2h 55m – 5w 2h 55m", "41m", "≈ -4w 2h 14m", "B", blueprint.SideB},
		{"dead_time", "3w 2h – 5w 2h", "0s", "≈ -4w 2h", "B", blueprint.SideB},
		{"remembered", "-0.50", "+2.00", "+2.50", "B", blueprint.SideB},
		{"peak", "-2", "+2", "+4", "B", blueprint.SideB},
		{"expectations_met", "3", "2", "-1", "", blueprint.NotJudged},
		{"fail_points", "2", "1", "-1", "B", blueprint.SideB},
		{"touchpoints", "6", "8", "+2", "", blueprint.NotJudged},
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
	c := blueprint.Compare(testjourney.Load(t, "examples/police-permit.yaml"), testjourney.Load(t, "examples/blood-donation.yaml"))
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

// TestCompareMarkdown checks that the table has a row per figure, all with
// five cells.
func TestCompareMarkdown(t *testing.T) {
	var md bytes.Buffer
	a, b := testjourney.Generate(5, 1), testjourney.Generate(7, 2)
	a.Journey.Title = "A | pipe"
	if err := CompareMarkdown(&md, a, b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(md.String()), "\n")
	if want := 3 + len(blueprint.Compare(a, b).Rows); len(lines) != want {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), want, md.String())
	}
	for _, l := range lines {
		if n := strings.Count(strings.ReplaceAll(l, `\|`, ""), "|"); n != 6 {
			t.Errorf("line %q has %d cell borders, want 6", l, n)
		}
	}
}

// TestCompareGolden writes the comparisons the product was made for as
// Markdown and JSON: the police permit against the blood donation, in
// English and in Finnish, and the bus ride against the permit.
func TestCompareGolden(t *testing.T) {
	for _, tc := range []struct{ a, b, name string }{
		{"police-permit.yaml", "blood-donation.yaml", "police-vs-blood"},
		{"fi/poliisi.yaml", "fi/verenluovutus.yaml", "poliisi-vs-verenluovutus"},
		{"ikea-bus.yaml", "police-permit.yaml", "ikea-vs-police"},
	} {
		a, b := testjourney.Load(t, "examples/"+tc.a), testjourney.Load(t, "examples/"+tc.b)
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
