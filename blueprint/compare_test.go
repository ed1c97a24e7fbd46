package blueprint_test

import (
	"slices"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/internal/testjourney"
)

// rowsByKey returns the rows of a comparison by their keys.
func rowsByKey(c blueprint.Comparison) map[string]blueprint.Row {
	rows := map[string]blueprint.Row{}
	for _, r := range c.Rows {
		rows[r.Key] = r
	}
	return rows
}

// TestCompare checks the figures of the police permit against the blood
// donation, worked out by hand from the two files: the values, the
// difference B − A and the better side.
func TestCompare(t *testing.T) {
	const w, h, m = blueprint.Week, blueprint.Hour, blueprint.Minute
	c := blueprint.Compare(testjourney.Load(t, "examples/police-permit.yaml"), testjourney.Load(t, "examples/blood-donation.yaml"))
	rows := rowsByKey(c)
	for _, want := range []struct {
		key     string
		a, b, d float64
		approx  bool
		better  blueprint.Side
		spanA   blueprint.Span
	}{
		// total: 2h 55m + 3w..5w = 3w 2h 55m – 5w 2h 55m, middle 4w 2h 55m; B 1h 21m
		{"total", float64(4*w + 2*h + 55*m), float64(1*h + 21*m), -float64(4*w + 1*h + 34*m), true, blueprint.SideB,
			blueprint.Span{Lo: 3*w + 2*h + 55*m, Hi: 5*w + 2*h + 55*m}},
		{"time_to_value", float64(4*w + 2*h + 55*m), float64(41 * m), -float64(4*w + 2*h + 14*m), true, blueprint.SideB,
			blueprint.Span{Lo: 3*w + 2*h + 55*m, Hi: 5*w + 2*h + 55*m}},
		{"dead_time", float64(4*w + 2*h), 0, -float64(4*w + 2*h), true, blueprint.SideB, blueprint.Span{Lo: 3*w + 2*h, Hi: 5*w + 2*h}},
		{"remembered", -0.5, 2, 2.5, false, blueprint.SideB, blueprint.Span{}},
		{"peak", -2, 2, 4, false, blueprint.SideB, blueprint.Span{}},
		{"expectations_met", 3, 2, -1, false, blueprint.NotJudged, blueprint.Span{}},
		{"fail_points", 2, 1, -1, false, blueprint.SideB, blueprint.Span{}},
		{"touchpoints", 6, 8, 2, false, blueprint.NotJudged, blueprint.Span{}},
	} {
		r := rows[want.key]
		if r.A == nil || r.B == nil || r.Delta == nil {
			t.Errorf("%s: a value or the difference is missing: %+v", want.key, r)
			continue
		}
		if r.A.Number != want.a || r.B.Number != want.b || *r.Delta != want.d || r.Approx != want.approx || r.Better != want.better || r.A.Span != want.spanA {
			t.Errorf("%s: got %v, %v, %v, approx %v, %v, span %v; want %v, %v, %v, approx %v, %v, span %v", want.key,
				r.A.Number, r.B.Number, *r.Delta, r.Approx, r.Better, r.A.Span, want.a, want.b, want.d, want.approx, want.better, want.spanA)
		}
	}
}

// TestCompareOrder checks the rows and their order, which every writer
// keeps.
func TestCompareOrder(t *testing.T) {
	var keys []string
	for _, r := range blueprint.Compare(testjourney.Generate(3, 1), testjourney.Generate(4, 2)).Rows {
		keys = append(keys, r.Key)
	}
	want := []string{"steps", "total", "time_to_value", "dead_time", "dead_share", "experienced", "remembered", "peak", "end",
		"expectations_below", "expectations_met", "expectations_exceeded", "fail_points", "touchpoints", "channels", "opportunity_value"}
	if !slices.Equal(keys, want) {
		t.Errorf("rows %v, want %v", keys, want)
	}
}

// TestCompareItself checks that a journey compared with itself is the
// same in every figure that is judged, and no better in the others.
func TestCompareItself(t *testing.T) {
	a := testjourney.Load(t, "examples/police-permit.yaml")
	for _, r := range blueprint.Compare(a, a).Rows {
		want := blueprint.SameSide
		if r.Key == "steps" || r.Key == "expectations_met" || r.Key == "touchpoints" || r.Key == "channels" || r.Key == "opportunity_value" {
			want = blueprint.NotJudged
		}
		if r.Delta == nil || *r.Delta != 0 || r.Better != want {
			t.Errorf("%s: difference %v, side %v; want 0, %v", r.Key, r.Delta, r.Better, want)
		}
	}
}

// TestCompareLacking checks that a figure a journey lacks, or amounts in
// different currencies, have no difference and no better side.
func TestCompareLacking(t *testing.T) {
	a, b := testjourney.Generate(5, 1), testjourney.Generate(5, 2)
	for i := range b.Journey.Steps {
		b.Journey.Steps[i].Value, b.Journey.Steps[i].Emotion = false, nil
	}
	b.Journey.Currency = "SEK"
	b.Figures = blueprint.FiguresOf(b.Journey)
	rows := rowsByKey(blueprint.Compare(a, b))
	for _, key := range []string{"time_to_value", "experienced", "remembered", "peak", "end"} {
		if r := rows[key]; r.A == nil || r.B != nil || r.Delta != nil || r.Better != blueprint.NotJudged {
			t.Errorf("%s: %+v, want A's value alone", key, r)
		}
	}
	if r := rows["opportunity_value"]; r.A == nil || r.B == nil || r.B.Currency != "SEK" || r.Delta != nil {
		t.Errorf("opportunity_value: %+v, want both values in their currencies, not subtracted", r)
	}
}

// TestSideString checks the names of the sides in JSON.
func TestSideString(t *testing.T) {
	for s, want := range map[blueprint.Side]string{blueprint.NotJudged: "", blueprint.SideA: "a", blueprint.SideB: "b", blueprint.SameSide: "same"} {
		if s.String() != want {
			t.Errorf("%d is %q, want %q", s, s.String(), want)
		}
	}
}
