package report

import (
	"io"
	"math"
	"strconv"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/labels"
)

// A ScoreRow is one figure of a comparison as written: its label, its
// values in A and B, the difference B − A, and the better side, named and
// as the model judged it.
type ScoreRow struct {
	Label, A, B, Diff, Better string
	Side                      blueprint.Side
}

// Scorecard writes every row of c in the words of l.
func Scorecard(c blueprint.Comparison, l *labels.Set) []ScoreRow {
	names := figureLabels(l)
	rows := make([]ScoreRow, len(c.Rows))
	for k, r := range c.Rows {
		rows[k] = ScoreRow{Label: names[r.Key], A: writeValue(l, r.Kind, r.A), B: writeValue(l, r.Kind, r.B),
			Diff: writeDiff(l, r), Better: sideName(r.Better, l), Side: r.Better}
	}
	return rows
}

// figureLabels names the figures of a comparison, by their keys.
func figureLabels(l *labels.Set) map[string]string {
	st, c := &l.Stats, &l.Compare
	return map[string]string{
		"steps": c.Steps, "total": st.Total, "time_to_value": st.TimeToValue, "dead_time": st.DeadTime,
		"dead_share": c.DeadShare, "experienced": st.Experienced, "remembered": st.Remembered,
		"peak": c.Peak, "end": c.End, "expectations_below": c.Below, "expectations_met": c.Met,
		"expectations_exceeded": c.Exceeded, "fail_points": st.FailPoints, "touchpoints": st.Touchpoints,
		"channels": c.Channels, "opportunity_value": c.Opportunity,
	}
}

// writeValue writes one journey's value of a figure of kind k; a value
// the journey lacks is written as none.
func writeValue(l *labels.Set, k blueprint.FigureKind, v *blueprint.Value) string {
	if v == nil {
		return l.Stats.None
	}
	switch k {
	case blueprint.KindDuration:
		return l.Span(v.Span)
	case blueprint.KindShare:
		return l.Percent(v.Number)
	case blueprint.KindScore:
		return l.Score(v.Number)
	case blueprint.KindPoint:
		return labels.Signed(int(v.Number))
	case blueprint.KindMoney:
		return l.Money(v.Number) + " " + v.Currency + " " + l.Picture.PerYear
	}
	return strconv.FormatFloat(v.Number, 'f', -1, 64)
}

// writeDiff writes the difference B − A of a row with its sign, "" when
// there is none. It writes the difference at the precision of its kind
// (FigureKind.Round), as the better side is judged, so a difference written
// as none is always the same: a difference of durations is whole seconds,
// marked approximate when a range is involved, and an amount is in A's
// currency.
func writeDiff(l *labels.Set, r blueprint.Row) string {
	if r.Delta == nil {
		return ""
	}
	d := r.Kind.Round(*r.Delta)
	switch r.Kind {
	case blueprint.KindDuration:
		approx := ""
		if r.Approx {
			approx = "≈ "
		}
		return approx + l.SignedSpan(d)
	case blueprint.KindShare:
		return sign(d, d == 0) + l.Decimals(strconv.FormatFloat(math.Abs(d)*100, 'f', 1, 64)) + l.Compare.Points
	case blueprint.KindScore:
		return l.Score(d)
	case blueprint.KindMoney:
		return sign(d, d == 0) + writeValue(l, r.Kind, &blueprint.Value{Number: math.Abs(d), Currency: r.A.Currency})
	}
	return labels.Signed(int(d))
}

// sign is the sign written before the size of a difference d: none when
// it is written as zero.
func sign(d float64, zero bool) string {
	switch {
	case zero:
		return ""
	case d < 0:
		return "-"
	}
	return "+"
}

// sideName names the better side of a figure: A, B, the word for the same,
// or nothing when it is not judged.
func sideName(s blueprint.Side, l *labels.Set) string {
	switch s {
	case blueprint.SideA:
		return "A"
	case blueprint.SideB:
		return "B"
	case blueprint.SameSide:
		return l.Compare.Same
	}
	return ""
}

// CompareMarkdown writes the scorecard of a and b as a Markdown table, with
// the difference B − A and the better side of each figure, and then the
// table of moments: a row per column of the comparison (PairMoments), with
// what changed, or that a step is only in A or only in B.
func CompareMarkdown(w io.Writer, a, b blueprint.Measured) error {
	l := labels.Common([]blueprint.Measured{a, b})
	rows := [][]string{{l.Stats.Title, a.Journey.Title, b.Journey.Title, "", ""}}
	for _, r := range Scorecard(blueprint.Compare(a, b), l) {
		rows = append(rows, []string{r.Label, strongIf(r.A, r.Side == blueprint.SideA), strongIf(r.B, r.Side == blueprint.SideB), r.Diff, r.Better})
	}
	scorecard := markdownTable([]string{l.Stats.Figure, "A: " + a.Journey.File, "B: " + b.Journey.File, l.Compare.Difference, l.Compare.Better}, rows)
	_, err := io.WriteString(w, scorecard+"\n**"+l.Compare.Moments+"**\n\n"+markdownTable(momentRows(a.Journey, b.Journey, l)))
	return err
}

func strongIf(s string, on bool) string {
	if on {
		return "**" + s + "**"
	}
	return s
}

// compareJSON is the JSON of a comparison: both figure sets, the
// differences B − A (seconds for durations, at the middle of ranges), the
// better side of each figure ("a", "b", "same", or null when the figure is
// not judged or a journey lacks it) and the moments.
type compareJSON struct {
	A           statsJSON           `json:"a"`
	B           statsJSON           `json:"b"`
	Differences map[string]*float64 `json:"differences"`
	Better      map[string]*string  `json:"better"`
	Moments     []momentJSON        `json:"moments"`
}

// CompareJSON writes both figure sets, their differences, the better
// side of each figure and the moments, the columns of the comparison in
// order, as JSON.
func CompareJSON(w io.Writer, a, b blueprint.Measured) error {
	out := compareJSON{A: toStatsJSON(a), B: toStatsJSON(b), Differences: map[string]*float64{}, Better: map[string]*string{},
		Moments: toMomentsJSON(a.Journey, b.Journey)}
	for _, r := range blueprint.Compare(a, b).Rows {
		out.Differences[r.Key] = r.Delta
		out.Better[r.Key] = nil
		if r.Better != blueprint.NotJudged {
			name := r.Better.String()
			out.Better[r.Key] = &name
		}
	}
	return writeJSON(w, out)
}
