package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
)

// TestCompareGolden draws the comparisons the product was made for: the
// police permit against the blood donation, in English and in Finnish, and
// the bus ride against the permit (different lengths and phases).
func TestCompareGolden(t *testing.T) {
	for _, tc := range []struct{ a, b, name string }{
		{"../examples/police-permit.yaml", "../examples/blood-donation.yaml", "police-vs-blood"},
		{"../examples/fi/poliisi.yaml", "../examples/fi/verenluovutus.yaml", "poliisi-vs-verenluovutus"},
		{"../examples/ikea-bus.yaml", "../examples/police-permit.yaml", "ikea-vs-police"},
	} {
		a, b := loadExample(t, tc.a), loadExample(t, tc.b)
		golden(t, tc.name+".compare.svg", CompareSVG(a, b, ""))
		var md, js bytes.Buffer
		if err := CompareMarkdown(&md, a, b); err != nil {
			t.Fatal(err)
		}
		if err := CompareJSON(&js, a, b); err != nil {
			t.Fatal(err)
		}
		golden(t, tc.name+".compare.md", md.Bytes())
		golden(t, tc.name+".compare.json", js.Bytes())
	}
}

// TestScorecard checks the figures of the police permit against the blood
// donation, worked out by hand from the two files.
func TestScorecard(t *testing.T) {
	a, b := loadExample(t, "../examples/police-permit.yaml"), loadExample(t, "../examples/blood-donation.yaml")
	rows := map[string]scoreRow{}
	for _, r := range scorecard(a, b, LabelsFor("en")) {
		rows[r.key] = r
	}
	for _, want := range []struct {
		key, a, b, diff string
		side            side
	}{
		// total: 2h 55m + 3w..5w = 3w 2h 55m – 5w 2h 55m, middle 4w 2h 55m; B 1h 21m
		{"total", "3w 2h 55m – 5w 2h 55m", "1h 21m", "≈ -4w 1h 34m", sideB},
		{"time_to_value", "3w 2h 55m – 5w 2h 55m", "41m", "≈ -4w 2h 14m", sideB},
		{"dead_time", "3w 2h – 5w 2h", "0s", "≈ -4w 2h", sideB},
		{"remembered", "-0.50", "+2.00", "+2.50", sideB},
		{"peak", "-2", "+2", "+4", sideB},
		{"expectations_met", "3", "2", "-1", notJudged},
		{"fail_points", "2", "1", "-1", sideB},
		{"touchpoints", "6", "8", "+2", notJudged},
	} {
		r := rows[want.key]
		if r.a != want.a || r.b != want.b || r.diff != want.diff || r.side != want.side {
			t.Errorf("%s: got %q, %q, %q, side %v; want %q, %q, %q, side %v", want.key, r.a, r.b, r.diff, r.side, want.a, want.b, want.diff, want.side)
		}
	}
}

// TestCompareJSON checks the shape: both figure sets, the differences and
// the better sides, null where a journey lacks a figure.
func TestCompareJSON(t *testing.T) {
	a := genJourney(3, 1)
	b := genJourney(300, 2)
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

// TestCompareLayout compares generated journeys of very different lengths,
// with and without phases, value or emotion, in both languages: no text
// leaves its box or overlaps another, and the SVG is well-formed.
func TestCompareLayout(t *testing.T) {
	for k, sizes := range [][2]int{{1, 1}, {3, 300}, {300, 3}, {20, 25}} {
		for _, locales := range [][2]string{{"en", "en"}, {"fi", "fi"}, {"en", "fi"}} {
			t.Run(fmt.Sprintf("%d-%d-%s-%s", sizes[0], sizes[1], locales[0], locales[1]), func(t *testing.T) {
				a, b := genJourney(sizes[0], uint64(k+10)), genJourney(sizes[1], uint64(k+20))
				a.Journey.Locale, b.Journey.Locale = locales[0], locales[1]
				if k%2 == 1 {
					b.Journey.Phases = nil
					for i := range b.Journey.Steps {
						b.Journey.Steps[i].Phase = ""
					}
				}
				s := layoutCompare(a, b)
				checkLayout(t, s)
				svg := WriteSVG(s, "")
				checkSVG(t, svg)
				if locales[0] != locales[1] && !bytes.Contains(svg, []byte(">Scorecard<")) {
					t.Error("journeys in two languages are not compared in English")
				}
			})
		}
	}
}

// TestCompareMarkdown checks that the table has a row per figure, all with
// five cells.
func TestCompareMarkdown(t *testing.T) {
	var md bytes.Buffer
	a, b := genJourney(5, 1), genJourney(7, 2)
	a.Journey.Title = "A | pipe"
	if err := CompareMarkdown(&md, a, b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(md.String()), "\n")
	if want := 3 + len(scorecard(a, b, LabelsFor("en"))); len(lines) != want {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), want, md.String())
	}
	for _, l := range lines {
		if n := strings.Count(strings.ReplaceAll(l, `\|`, ""), "|"); n != 6 {
			t.Errorf("line %q has %d cell borders, want 6", l, n)
		}
	}
}
