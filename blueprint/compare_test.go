package blueprint_test

import (
	"fmt"
	"math"
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
	const w, d, h, m = blueprint.Week, blueprint.Day, blueprint.Hour, blueprint.Minute
	c := blueprint.Compare(testjourney.LoadMain(t, "examples/police-permit.yaml"), testjourney.LoadMain(t, "examples/blood-donation.yaml"))
	rows := rowsByKey(c)
	for _, want := range []struct {
		key     string
		a, b, d float64
		approx  bool
		better  blueprint.Side
		spanA   blueprint.Span
	}{
		// the permit's main path, call: a visit of 2h 50m, then 3w, 10m..30m, 1d..3d
		// and 5m: 3w 1d 3h 5m – 3w 3d 3h 25m, middle 3w 2d 3h 15m; B 1h 21m
		{"total", float64(3*w + 2*d + 3*h + 15*m), float64(1*h + 21*m), -float64(3*w + 2*d + 1*h + 54*m), true, blueprint.SideB,
			blueprint.Span{Lo: 3*w + 1*d + 3*h + 5*m, Hi: 3*w + 3*d + 3*h + 25*m}},
		{"time_to_value", float64(3*w + 2*d + 3*h + 15*m), float64(41 * m), -float64(3*w + 2*d + 2*h + 34*m), true, blueprint.SideB,
			blueprint.Span{Lo: 3*w + 1*d + 3*h + 5*m, Hi: 3*w + 3*d + 3*h + 25*m}},
		// wait-turn 2h, wait-to-call 3w, wait-post 1d..3d
		{"dead_time", float64(3*w + 2*d + 2*h), 0, -float64(3*w + 2*d + 2*h), true, blueprint.SideB, blueprint.Span{Lo: 3*w + 1*d + 2*h, Hi: 3*w + 3*d + 2*h}},
		{"remembered", -0.5, 2, 2.5, false, blueprint.SideB, blueprint.Span{}},
		{"peak", -2, 2, 4, false, blueprint.SideB, blueprint.Span{}},
		// take-number, clerk-review, wait-post, permit-arrives
		{"expectations_met", 4, 2, -2, false, blueprint.NotJudged, blueprint.Span{}},
		{"fail_points", 3, 1, -2, false, blueprint.SideB, blueprint.Span{}},
		{"touchpoints", 7, 8, 1, false, blueprint.NotJudged, blueprint.Span{}},
		{"steps", 11, 10, -1, false, blueprint.NotJudged, blueprint.Span{}},
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

// felt returns a measured journey of steps lasting the given seconds,
// the first feeling 1 and the others 0, and the last a dead wait of dead
// seconds.
func felt(dead blueprint.Duration, seconds ...blueprint.Duration) blueprint.Measured {
	j := &blueprint.Journey{Currency: "EUR", DeadAfter: 1}
	for i, s := range seconds {
		e := 0
		if i == 0 {
			e = 1
		}
		j.Steps = append(j.Steps, blueprint.Step{ID: fmt.Sprint("s", i), Duration: blueprint.Span{Lo: s, Hi: s}, Emotion: &e})
	}
	j.Steps = append(j.Steps, blueprint.Step{ID: "dead", Duration: blueprint.Span{Lo: dead, Hi: dead}, Wait: true})
	return blueprint.Measure(j)
}

// TestBetterAtPrecision checks that a difference that rounds to zero at
// the precision of its kind makes the journeys the same, and that one that
// rounds away from zero names a side: at the edges of the experienced
// emotion (a hundredth), the dead share (a tenth of a percentage point)
// and durations (a second, from the middles of ranges).
func TestBetterAtPrecision(t *testing.T) {
	for _, tt := range []struct {
		name   string
		a, b   blueprint.Measured
		key    string
		better blueprint.Side
	}{
		// experienced 1/201 = 0.004975 against 0: rounds to 0.00
		{"experienced just under", felt(0, 1, 200), felt(0, 0, 201), "experienced", blueprint.SameSide},
		// 1/200 = 0.005: rounds to 0.01
		{"experienced at half", felt(0, 1, 199), felt(0, 0, 200), "experienced", blueprint.SideA},
		{"experienced over", felt(0, 1, 99), felt(0, 0, 100), "experienced", blueprint.SideA},
		// dead share 1/2001 = 0.04998 % against 0: rounds to 0.0 pp
		{"dead share just under", felt(1, 0, 2000), felt(0, 0, 2001), "dead_share", blueprint.SameSide},
		// 1/2000 = 0.05 %: rounds to 0.1 pp
		{"dead share at half", felt(1, 0, 1999), felt(0, 0, 2000), "dead_share", blueprint.SideB},
		{"total a second apart", felt(0, 0, 10), felt(0, 0, 11), "total", blueprint.SideA},
		{"total the same", felt(0, 0, 10), felt(0, 0, 10), "total", blueprint.SameSide},
	} {
		r := rowsByKey(blueprint.Compare(tt.a, tt.b))[tt.key]
		if r.Better != tt.better {
			t.Errorf("%s: difference %v judged %v, want %v", tt.name, *r.Delta, r.Better, tt.better)
		}
	}
}

// TestRoundAtHalf checks that halves of the precision round away from zero
// whatever the binary value of the half, and what is under them to zero.
func TestRoundAtHalf(t *testing.T) {
	for _, tt := range []struct {
		kind    blueprint.FigureKind
		d, want float64
	}{
		{blueprint.KindScore, 0.005, 0.01}, {blueprint.KindScore, -0.005, -0.01}, {blueprint.KindScore, 0.004999, 0},
		{blueprint.KindShare, 0.0005, 0.001}, {blueprint.KindShare, 0.0015, 0.002}, {blueprint.KindShare, -0.00049, 0},
		{blueprint.KindDuration, 0.5, 1}, {blueprint.KindDuration, -0.5, -1}, {blueprint.KindDuration, 0.49, 0},
		{blueprint.KindCount, 2, 2}, {blueprint.KindPoint, -1, -1},
	} {
		if got := tt.kind.Round(tt.d); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("kind %d: %v rounds to %v, want %v", tt.kind, tt.d, got, tt.want)
		}
	}
}
