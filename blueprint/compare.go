package blueprint

import "math"

// A Comparison sets the figures of two journeys, A and B, side by side.
type Comparison struct {
	Rows []Row // a row per figure, in the order the writers keep
}

// A Row is one figure of a comparison: its value in A and in B, the
// difference B − A and the side it favours.
type Row struct {
	Key    string     // the figure's key in JSON: "time_to_value"
	Kind   FigureKind // what the values measure
	A, B   *Value     // nil when the journey lacks the figure
	Delta  *float64   // B − A; nil when a journey lacks the figure or they count it in different currencies
	Approx bool       // a value is a range, so Delta is between the middles of ranges
	Better Side       // the journey the difference favours
}

// A Value is one journey's value of a figure.
type Value struct {
	Number   float64 // the figure; for a duration, the middle of Span in seconds
	Span     Span    // a duration as measured, a range when it is uncertain
	Currency string  // the unit of money; "" for other kinds
}

// isRange reports whether v is a duration known only within a range.
func (v *Value) isRange() bool { return v != nil && v.Span.IsRange() }

// FigureKind is what a figure measures, and so how it is written.
type FigureKind int

// The kinds of figure.
const (
	KindCount    FigureKind = iota // a number of things: steps, fail points
	KindDuration                   // a length of time, in seconds
	KindShare                      // a part of a whole, from 0 to 1
	KindScore                      // a mean emotion, from -2 to 2
	KindPoint                      // the emotion of one step, a whole number from -2 to 2
	KindMoney                      // an amount a year, in a journey's currency
)

// Precision returns the least difference the figures of kind k are told
// apart by: a whole count, second or emotion point, a tenth of a
// percentage point of a share, a hundredth of a score or of money.
func (k FigureKind) Precision() float64 {
	return [...]float64{KindCount: 1, KindDuration: 1, KindShare: 0.001, KindScore: 0.01, KindPoint: 1, KindMoney: 0.01}[k]
}

// Round returns d at the precision of kind k: the nearest multiple of
// Precision, halves away from zero. It is the difference as the tables
// write it, and what the better side is judged by.
func (k FigureKind) Round(d float64) float64 {
	p := k.Precision()
	return math.Round(d/p) * p
}

// Side is the journey a figure favours in a comparison.
type Side int

// The sides a figure can favour.
const (
	NotJudged Side = iota // neither: the figure is not judged, or a journey lacks it
	SideA
	SideB
	SameSide // both journeys are alike in it
)

// String names the side as a comparison's JSON writes it: "a", "b",
// "same", or "" when not judged.
func (s Side) String() string { return [...]string{"", "a", "b", "same"}[s] }

// direction says which way a figure is better: higher, lower, or neither.
type direction int

const (
	neither direction = iota
	higher
	lower
)

// judge returns the side a difference B − A of kind k favours; a
// difference that is zero at the precision of k, so written as none, makes
// the journeys the same.
func (dir direction) judge(k FigureKind, d float64) Side {
	d = k.Round(d)
	switch {
	case dir == neither:
		return NotJudged
	case d == 0:
		return SameSide
	case (d > 0) == (dir == higher):
		return SideB
	}
	return SideA
}

// A figure is one row of every comparison: what it measures, which way it
// is better, and its value in a journey, nil when the journey lacks it.
type figure struct {
	key   string
	kind  FigureKind
	dir   direction
	value func(m Measured) *Value
}

// comparedFigures are the rows of a comparison, in order.
var comparedFigures = []figure{
	{"steps", KindCount, neither, func(m Measured) *Value { return countValue(len(m.Journey.Steps)) }},
	{"total", KindDuration, lower, func(m Measured) *Value { return spanValue(&m.Figures.Total) }},
	{"time_to_value", KindDuration, lower, func(m Measured) *Value { return spanValue(m.Figures.TimeToValue) }},
	{"dead_time", KindDuration, lower, func(m Measured) *Value { return spanValue(&m.Figures.DeadTime) }},
	{"dead_share", KindShare, lower, func(m Measured) *Value { return &Value{Number: m.Figures.DeadShare} }},
	{"experienced", KindScore, higher, emotionValue(func(e Emotion) float64 { return e.Experienced })},
	{"remembered", KindScore, higher, emotionValue(func(e Emotion) float64 { return e.Remembered })},
	{"peak", KindPoint, higher, emotionValue(func(e Emotion) float64 { return float64(e.Peak.Value) })},
	{"end", KindPoint, higher, emotionValue(func(e Emotion) float64 { return float64(e.End.Value) })},
	{"expectations_below", KindCount, lower, func(m Measured) *Value { return countValue(m.Figures.Expectations.Below) }},
	{"expectations_met", KindCount, neither, func(m Measured) *Value { return countValue(m.Figures.Expectations.Met) }},
	{"expectations_exceeded", KindCount, higher, func(m Measured) *Value { return countValue(m.Figures.Expectations.Exceeded) }},
	{"fail_points", KindCount, lower, func(m Measured) *Value { return countValue(len(m.Figures.FailPoints)) }},
	{"touchpoints", KindCount, neither, func(m Measured) *Value { return countValue(m.Figures.Touchpoints) }},
	{"channels", KindCount, neither, func(m Measured) *Value { return countValue(len(m.Figures.Channels)) }},
	{"opportunity_value", KindMoney, neither, opportunityValue},
}

func countValue(n int) *Value { return &Value{Number: float64(n)} }

// spanValue is the value of a span, at its middle; nil for no span.
func spanValue(s *Span) *Value {
	if s == nil {
		return nil
	}
	return &Value{Number: s.Mid(), Span: *s}
}

// emotionValue is the value of an emotion figure, which a journey without
// emotions lacks.
func emotionValue(get func(Emotion) float64) func(Measured) *Value {
	return func(m Measured) *Value {
		if !m.Figures.Emotion.Known {
			return nil
		}
		return &Value{Number: get(m.Figures.Emotion)}
	}
}

// opportunityValue is the yearly value of the ideas placed in a journey,
// in its currency.
func opportunityValue(m Measured) *Value {
	total := 0.0
	for _, o := range m.Figures.Opportunities {
		total += o.PerYear
	}
	return &Value{Number: total, Currency: m.Journey.Currency}
}

// Compare sets every figure of a and b side by side, with the difference
// B − A and the better side of each. Durations are compared at the middle
// of their ranges; amounts in different currencies are not subtracted. A
// journey with paths is compared along one of them, as PairMoments says.
func Compare(a, b Measured) Comparison {
	c := Comparison{Rows: make([]Row, len(comparedFigures))}
	for k, f := range comparedFigures {
		c.Rows[k] = f.compare(a, b)
	}
	return c
}

// compare returns the row of f for a and b.
func (f figure) compare(a, b Measured) Row {
	r := Row{Key: f.key, Kind: f.kind, A: f.value(a), B: f.value(b)}
	r.Approx = r.A.isRange() || r.B.isRange()
	if r.A == nil || r.B == nil || r.A.Currency != r.B.Currency {
		return r
	}
	d := r.B.Number - r.A.Number
	r.Delta, r.Better = &d, f.dir.judge(f.kind, d)
	return r
}
