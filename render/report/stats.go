package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/labels"
)

// statRow is one line of the figures table: a label and how to write the
// figure of one journey, in the language of l.
type statRow struct {
	label func(l *labels.Set) string
	value func(m blueprint.Measured, l *labels.Set) string
}

var statRows = []statRow{
	{func(l *labels.Set) string { return l.Stats.Title }, func(m blueprint.Measured, _ *labels.Set) string { return m.Journey.Title }},
	{func(l *labels.Set) string { return l.Stats.Steps }, func(m blueprint.Measured, _ *labels.Set) string { return strconv.Itoa(len(m.Journey.Steps)) }},
	{func(l *labels.Set) string { return l.Stats.Total }, func(m blueprint.Measured, l *labels.Set) string { return l.Span(m.Figures.Total) }},
	{func(l *labels.Set) string { return l.Stats.TimeToValue }, func(m blueprint.Measured, l *labels.Set) string {
		if m.Figures.TimeToValue == nil {
			return l.Stats.NoValue
		}
		return l.Span(*m.Figures.TimeToValue) + " (" + l.Stats.At + " " + m.StepID(m.Figures.ValueStep) + ")"
	}},
	{func(l *labels.Set) string { return l.Stats.DeadMoments }, func(m blueprint.Measured, l *labels.Set) string {
		parts := []string{strconv.Itoa(len(m.Figures.DeadMoments))}
		for _, d := range m.Figures.DeadMoments {
			parts = append(parts, m.StepID(d.Step)+" "+l.Span(d.Duration))
		}
		return joinCount(parts)
	}},
	{func(l *labels.Set) string { return l.Stats.DeadTime }, func(m blueprint.Measured, l *labels.Set) string {
		return l.Span(m.Figures.DeadTime) + " (" + l.Percent(m.Figures.DeadShare) + " " + l.Stats.OfTotal + ")"
	}},
	{func(l *labels.Set) string { return l.Stats.Experienced }, func(m blueprint.Measured, l *labels.Set) string {
		return emotionFigure(m, l, m.Figures.Emotion.Experienced)
	}},
	{func(l *labels.Set) string { return l.Stats.Remembered }, func(m blueprint.Measured, l *labels.Set) string {
		e := m.Figures.Emotion
		if !e.Known {
			return emotionFigure(m, l, 0)
		}
		return l.Score(e.Remembered) + " (" + fmt.Sprintf(l.Stats.PeakEnd,
			e.Peak.Value, m.StepID(e.Peak.Step), e.End.Value, m.StepID(e.End.Step)) + ")"
	}},
	{func(l *labels.Set) string { return l.Stats.Expectations }, func(m blueprint.Measured, l *labels.Set) string {
		x := m.Figures.Expectations
		return fmt.Sprintf(l.Stats.Expectation, x.Below, x.Met, x.Exceeded)
	}},
	{func(l *labels.Set) string { return l.Stats.FailPoints }, func(m blueprint.Measured, _ *labels.Set) string {
		parts := []string{strconv.Itoa(len(m.Figures.FailPoints))}
		for _, i := range m.Figures.FailPoints {
			parts = append(parts, m.StepID(i))
		}
		return joinCount(parts)
	}},
	{func(l *labels.Set) string { return l.Stats.Touchpoints }, func(m blueprint.Measured, _ *labels.Set) string { return strconv.Itoa(m.Figures.Touchpoints) }},
	{func(l *labels.Set) string { return l.Stats.Channels }, func(m blueprint.Measured, l *labels.Set) string {
		if len(m.Figures.Channels) == 0 {
			return l.Stats.None
		}
		return strings.Join(m.Figures.Channels, ", ")
	}},
	{func(l *labels.Set) string { return l.Stats.Opportunities }, func(m blueprint.Measured, l *labels.Set) string {
		if len(m.Figures.Opportunities) == 0 {
			return l.Stats.None
		}
		var parts []string
		for _, o := range m.Figures.Opportunities {
			parts = append(parts, fmt.Sprintf("%s %s %s (%s %s %s)", l.Money(o.PerYear), m.Journey.Currency, l.Stats.PerYear,
				o.Idea, l.Stats.At, m.StepID(o.Step)))
		}
		return strings.Join(parts, "; ")
	}},
}

// joinCount writes a count followed by the items it counts: "2: a, b".
func joinCount(parts []string) string {
	if len(parts) == 1 {
		return parts[0]
	}
	return parts[0] + ": " + strings.Join(parts[1:], ", ")
}

func emotionFigure(m blueprint.Measured, l *labels.Set, v float64) string {
	if !m.Figures.Emotion.Known {
		return l.Stats.NoEmotion
	}
	return l.Score(v)
}

// statsTable returns the header and the rows of the figures table: one
// column of labels and one column per journey.
func statsTable(ms []blueprint.Measured) (header []string, rows [][]string) {
	l := labels.Common(ms)
	header = []string{l.Stats.Figure}
	for _, m := range ms {
		header = append(header, m.Journey.File)
	}
	for _, r := range statRows {
		row := []string{r.label(l)}
		for _, m := range ms {
			row = append(row, r.value(m, l))
		}
		rows = append(rows, row)
	}
	return header, rows
}

// StatsText writes the figures as an aligned plain-text table, a column per
// journey.
func StatsText(w io.Writer, ms []blueprint.Measured) error {
	header, rows := statsTable(ms)
	all := append([][]string{header}, rows...)
	widths := make([]int, len(header))
	for _, row := range all {
		for i, cell := range row {
			widths[i] = max(widths[i], len([]rune(cell)))
		}
	}
	var b strings.Builder
	for _, row := range all {
		for i, cell := range row {
			if i == len(row)-1 {
				b.WriteString(cell)
				break
			}
			b.WriteString(cell + strings.Repeat(" ", widths[i]-len([]rune(cell))+2))
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// StatsMarkdown writes the figures as a Markdown table, a column per journey.
func StatsMarkdown(w io.Writer, ms []blueprint.Measured) error {
	_, err := io.WriteString(w, markdownTable(statsTable(ms)))
	return err
}

// markdownTable returns a Markdown table: the header, the line under it,
// and the rows.
func markdownTable(header []string, rows [][]string) string {
	var b strings.Builder
	writeMarkdownRow(&b, header)
	b.WriteString("|" + strings.Repeat(" --- |", len(header)) + "\n")
	for _, row := range rows {
		writeMarkdownRow(&b, row)
	}
	return b.String()
}

var markdownEscaper = strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ")

func writeMarkdownRow(b *strings.Builder, cells []string) {
	b.WriteString("|")
	for _, c := range cells {
		b.WriteString(" " + markdownEscaper.Replace(c) + " |")
	}
	b.WriteString("\n")
}

// The JSON shape of the figures, as docs/format.md defines it.
type (
	statsJSON struct {
		File          string            `json:"file"`
		Title         string            `json:"title"`
		Steps         int               `json:"steps"`
		Touchpoints   int               `json:"touchpoints"`
		Channels      []string          `json:"channels"`
		Total         spanJSON          `json:"total"`
		TimeToValue   *spanJSON         `json:"time_to_value"`
		DeadMoments   []deadJSON        `json:"dead_moments"`
		DeadTime      spanJSON          `json:"dead_time"`
		DeadShare     float64           `json:"dead_share"`
		Emotion       emotionJSON       `json:"emotion"`
		Expectations  expectationsJSON  `json:"expectations"`
		FailPoints    int               `json:"fail_points"`
		Opportunities []opportunityJSON `json:"opportunities"`
	}
	spanJSON struct {
		Lo int64 `json:"lo"`
		Hi int64 `json:"hi"`
	}
	deadJSON struct {
		Step     string   `json:"step"`
		Duration spanJSON `json:"duration"`
	}
	emotionJSON struct {
		Experienced *float64   `json:"experienced"`
		Remembered  *float64   `json:"remembered"`
		Peak        *pointJSON `json:"peak"`
		End         *pointJSON `json:"end"`
	}
	pointJSON struct {
		Step  string `json:"step"`
		Value int    `json:"value"`
	}
	expectationsJSON struct {
		Below    int `json:"below"`
		Met      int `json:"met"`
		Exceeded int `json:"exceeded"`
	}
	opportunityJSON struct {
		Step     string  `json:"step"`
		Idea     string  `json:"idea"`
		PerYear  float64 `json:"per_year"`
		Currency string  `json:"currency"`
	}
)

func toSpanJSON(s blueprint.Span) spanJSON { return spanJSON{int64(s.Lo), int64(s.Hi)} }

func toStatsJSON(m blueprint.Measured) statsJSON {
	f := m.Figures
	out := statsJSON{
		File: m.Journey.File, Title: m.Journey.Title, Steps: len(m.Journey.Steps),
		Touchpoints: f.Touchpoints, Channels: append([]string{}, f.Channels...),
		Total: toSpanJSON(f.Total), DeadMoments: []deadJSON{},
		DeadTime: toSpanJSON(f.DeadTime), DeadShare: f.DeadShare,
		Expectations:  expectationsJSON{f.Expectations.Below, f.Expectations.Met, f.Expectations.Exceeded},
		FailPoints:    len(f.FailPoints),
		Opportunities: []opportunityJSON{},
	}
	if f.TimeToValue != nil {
		ttv := toSpanJSON(*f.TimeToValue)
		out.TimeToValue = &ttv
	}
	for _, d := range f.DeadMoments {
		out.DeadMoments = append(out.DeadMoments, deadJSON{m.StepID(d.Step), toSpanJSON(d.Duration)})
	}
	if e := f.Emotion; e.Known {
		out.Emotion = emotionJSON{&e.Experienced, &e.Remembered,
			&pointJSON{m.StepID(e.Peak.Step), e.Peak.Value}, &pointJSON{m.StepID(e.End.Step), e.End.Value}}
	}
	for _, o := range f.Opportunities {
		out.Opportunities = append(out.Opportunities, opportunityJSON{m.StepID(o.Step), o.Idea, o.PerYear, m.Journey.Currency})
	}
	return out
}

// StatsJSON writes the figures as JSON: an array of objects, or the one
// object alone when array is false and there is one journey.
func StatsJSON(w io.Writer, ms []blueprint.Measured, array bool) error {
	var v any
	if len(ms) == 1 && !array {
		v = toStatsJSON(ms[0])
	} else {
		all := make([]statsJSON, len(ms))
		for i, m := range ms {
			all[i] = toStatsJSON(m)
		}
		v = all
	}
	return writeJSON(w, v)
}

// writeJSON writes v as indented JSON, leaving <, > and & as they are.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
