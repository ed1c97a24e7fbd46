package report

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/labels"
)

// A side is the journey a figure favours in a comparison.
type Side int

const (
	NotJudged Side = iota // the figure is not better or worse either way
	SideA
	SideB
	SameSide
)

// String names the side as JSON and Markdown write it.
func (s Side) String() string {
	return [...]string{"", "a", "b", "same"}[s]
}

// direction says which way a figure is better: higher, lower, or neither.
type direction int

const (
	neither direction = iota
	higher
	lower
)

// A scoreRow is one figure of a comparison: both values as written, the
// difference B − A, and the side it favours.
type ScoreRow struct {
	Key   string // the figure's key in JSON
	Label string
	A, B  string
	Diff  string
	Delta *float64 // B − A; nil when a journey lacks the figure
	Side  Side
}

// judge sets the difference of a row and the side it favours.
func (r *ScoreRow) judge(va, vb *float64, dir direction, write func(float64) string) {
	if va == nil || vb == nil {
		return
	}
	d := *vb - *va
	r.Delta, r.Diff = &d, write(d)
	switch {
	case dir == neither:
	case math.Abs(d) < 1e-9:
		r.Side = SameSide
	case (d > 0) == (dir == higher):
		r.Side = SideB
	default:
		r.Side = SideA
	}
}

// scorecard returns every figure of a and b side by side, in the words of l.
func Scorecard(a, b blueprint.Measured, l *labels.Set) []ScoreRow {
	fa, fb := &a.Figures, &b.Figures
	st, c := &l.Stats, &l.Compare
	count := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	signedCount := func(d float64) string { return labels.Signed(int(d)) }
	signedScore := func(d float64) string { return l.Score(d) }
	rows := []ScoreRow{
		countRow("steps", c.Steps, float64(len(a.Journey.Steps)), float64(len(b.Journey.Steps)), neither, count, signedCount),
		durationRow(l, "total", st.Total, &fa.Total, &fb.Total, lower),
		durationRow(l, "time_to_value", st.TimeToValue, fa.TimeToValue, fb.TimeToValue, lower),
		durationRow(l, "dead_time", st.DeadTime, &fa.DeadTime, &fb.DeadTime, lower),
		countRow("dead_share", c.DeadShare, fa.DeadShare, fb.DeadShare, lower, l.Percent, func(d float64) string {
			return l.Decimals(fmt.Sprintf("%+.1f", d*100)) + c.Points
		}),
	}
	rows = append(rows,
		emotionRow(l, "experienced", st.Experienced, a, b, func(e blueprint.Emotion) float64 { return e.Experienced }, l.Score, signedScore),
		emotionRow(l, "remembered", st.Remembered, a, b, func(e blueprint.Emotion) float64 { return e.Remembered }, l.Score, signedScore),
		emotionRow(l, "peak", c.Peak, a, b, func(e blueprint.Emotion) float64 { return float64(e.Peak.Value) }, func(v float64) string { return labels.Signed(int(v)) }, signedCount),
		emotionRow(l, "end", c.End, a, b, func(e blueprint.Emotion) float64 { return float64(e.End.Value) }, func(v float64) string { return labels.Signed(int(v)) }, signedCount),
		countRow("expectations_below", c.Below, float64(fa.Expectations.Below), float64(fb.Expectations.Below), lower, count, signedCount),
		countRow("expectations_met", c.Met, float64(fa.Expectations.Met), float64(fb.Expectations.Met), neither, count, signedCount),
		countRow("expectations_exceeded", c.Exceeded, float64(fa.Expectations.Exceeded), float64(fb.Expectations.Exceeded), higher, count, signedCount),
		countRow("fail_points", st.FailPoints, float64(len(fa.FailPoints)), float64(len(fb.FailPoints)), lower, count, signedCount),
		countRow("touchpoints", st.Touchpoints, float64(fa.Touchpoints), float64(fb.Touchpoints), neither, count, signedCount),
		countRow("channels", c.Channels, float64(len(fa.Channels)), float64(len(fb.Channels)), neither, count, signedCount),
		opportunityRow(l, a, b),
	)
	return rows
}

func countRow(key, label string, va, vb float64, dir direction, write, writeDiff func(float64) string) ScoreRow {
	r := ScoreRow{Key: key, Label: label, A: write(va), B: write(vb)}
	r.judge(&va, &vb, dir, writeDiff)
	return r
}

// durationRow compares two durations at the middle of their ranges; a
// difference of ranges is marked as approximate.
func durationRow(l *labels.Set, key, label string, sa, sb *blueprint.Span, dir direction) ScoreRow {
	r := ScoreRow{Key: key, Label: label, A: l.Stats.None, B: l.Stats.None}
	var va, vb *float64
	approx := ""
	if sa != nil {
		r.A, va = l.Span(*sa), ptr(sa.Mid())
		if sa.IsRange() {
			approx = "≈ "
		}
	}
	if sb != nil {
		r.B, vb = l.Span(*sb), ptr(sb.Mid())
		if sb.IsRange() {
			approx = "≈ "
		}
	}
	r.judge(va, vb, dir, func(d float64) string {
		sign := "+"
		if d < 0 {
			sign = "-"
		}
		abs := blueprint.Duration(math.Round(math.Abs(d)))
		if abs == 0 {
			sign = ""
		}
		return approx + sign + l.Span(blueprint.Span{Lo: abs, Hi: abs})
	})
	return r
}

// emotionRow compares an emotion figure, which a journey without emotions
// lacks.
func emotionRow(l *labels.Set, key, label string, a, b blueprint.Measured, get func(blueprint.Emotion) float64, write, writeDiff func(float64) string) ScoreRow {
	r := ScoreRow{Key: key, Label: label, A: l.Stats.None, B: l.Stats.None}
	var va, vb *float64
	if a.Figures.Emotion.Known {
		va = ptr(get(a.Figures.Emotion))
		r.A = write(*va)
	}
	if b.Figures.Emotion.Known {
		vb = ptr(get(b.Figures.Emotion))
		r.B = write(*vb)
	}
	r.judge(va, vb, higher, writeDiff)
	return r
}

// opportunityRow compares the yearly value of the ideas placed in each
// journey, in their currencies; different currencies are not subtracted.
func opportunityRow(l *labels.Set, a, b blueprint.Measured) ScoreRow {
	sum := func(m blueprint.Measured) float64 {
		total := 0.0
		for _, o := range m.Figures.Opportunities {
			total += o.PerYear
		}
		return total
	}
	write := func(m blueprint.Measured, v float64) string {
		return l.Money(v) + " " + m.Journey.Currency + " " + l.PerYear
	}
	va, vb := sum(a), sum(b)
	r := ScoreRow{Key: "opportunity_value", Label: l.Compare.Opportunity, A: write(a, va), B: write(b, vb)}
	if a.Journey.Currency == b.Journey.Currency {
		r.judge(&va, &vb, neither, func(d float64) string {
			sign := "+"
			switch {
			case d < 0:
				sign = "-"
			case d == 0:
				sign = ""
			}
			return sign + write(a, math.Abs(d))
		})
	}
	return r
}

func ptr(v float64) *float64 { return &v }

// CompareMarkdown writes the scorecard of a and b as a Markdown table, with
// the difference B − A and the better side of each figure.
func CompareMarkdown(w io.Writer, a, b blueprint.Measured) error {
	l := labels.Common([]blueprint.Measured{a, b})
	var sb strings.Builder
	writeMarkdownRow(&sb, []string{l.Stats.Figure, "A: " + a.Journey.File, "B: " + b.Journey.File, l.Compare.Difference, l.Compare.Better})
	sb.WriteString("| --- | --- | --- | --- | --- |\n")
	writeMarkdownRow(&sb, []string{l.Stats.Title, a.Journey.Title, b.Journey.Title, "", ""})
	for _, r := range Scorecard(a, b, l) {
		writeMarkdownRow(&sb, []string{r.Label, strongIf(r.A, r.Side == SideA), strongIf(r.B, r.Side == SideB), r.Diff, markdownSide(r.Side, l)})
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

func strongIf(s string, on bool) string {
	if on {
		return "**" + s + "**"
	}
	return s
}

func markdownSide(s Side, l *labels.Set) string {
	switch s {
	case SideA:
		return "A"
	case SideB:
		return "B"
	case SameSide:
		return l.Compare.Same
	}
	return ""
}

// compareJSON is the JSON of a comparison: both figure sets, the
// differences B − A (seconds for durations, at the middle of ranges) and
// the better side of each figure ("a", "b", "same", or null when the
// figure is not judged or a journey lacks it).
type compareJSON struct {
	A           statsJSON           `json:"a"`
	B           statsJSON           `json:"b"`
	Differences map[string]*float64 `json:"differences"`
	Better      map[string]*string  `json:"better"`
}

// CompareJSON writes both figure sets, their differences and the better
// side of each figure as JSON.
func CompareJSON(w io.Writer, a, b blueprint.Measured) error {
	out := compareJSON{A: toStatsJSON(a), B: toStatsJSON(b), Differences: map[string]*float64{}, Better: map[string]*string{}}
	for _, r := range Scorecard(a, b, labels.For("en")) {
		out.Differences[r.Key] = r.Delta
		out.Better[r.Key] = nil
		if r.Side != NotJudged {
			name := r.Side.String()
			out.Better[r.Key] = &name
		}
	}
	return writeJSON(w, out)
}
