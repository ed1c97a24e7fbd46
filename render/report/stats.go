package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/labels"
)

// statRow is one line of the figures table: a label and how to write the
// figure of one journey, in the language of l. perPath rows are written
// for each path too.
type statRow struct {
	label   func(l *labels.Set) string
	value   func(m blueprint.Measured, l *labels.Set) string
	perPath bool
}

var statRows = []statRow{
	{func(l *labels.Set) string { return l.Stats.Title }, func(m blueprint.Measured, _ *labels.Set) string { return m.Journey.Title }, false},
	{func(l *labels.Set) string { return l.Stats.Steps }, func(m blueprint.Measured, _ *labels.Set) string { return strconv.Itoa(len(m.Journey.Steps)) }, true},
	{func(l *labels.Set) string { return l.Stats.Total }, func(m blueprint.Measured, l *labels.Set) string { return l.Span(m.Figures.Total) }, true},
	{func(l *labels.Set) string { return l.Stats.TimeToValue }, func(m blueprint.Measured, l *labels.Set) string {
		if m.Figures.TimeToValue == nil {
			return l.Stats.NoValue
		}
		return l.Span(*m.Figures.TimeToValue) + " (" + l.Stats.At + " " + m.StepID(m.Figures.ValueStep) + ")"
	}, true},
	{func(l *labels.Set) string { return l.Stats.DeadMoments }, func(m blueprint.Measured, l *labels.Set) string {
		parts := []string{strconv.Itoa(len(m.Figures.DeadMoments))}
		for _, d := range m.Figures.DeadMoments {
			parts = append(parts, m.StepID(d.Step)+" "+l.Span(d.Duration))
		}
		return joinCount(parts)
	}, false},
	{func(l *labels.Set) string { return l.Stats.DeadTime }, func(m blueprint.Measured, l *labels.Set) string {
		return l.Span(m.Figures.DeadTime) + " (" + l.Percent(m.Figures.DeadShare) + " " + l.Stats.OfTotal + ")"
	}, true},
	{func(l *labels.Set) string { return l.Stats.Experienced }, func(m blueprint.Measured, l *labels.Set) string {
		return emotionFigure(m, l, m.Figures.Emotion.Experienced)
	}, true},
	{func(l *labels.Set) string { return l.Stats.Remembered }, func(m blueprint.Measured, l *labels.Set) string {
		e := m.Figures.Emotion
		if !e.Known {
			return emotionFigure(m, l, 0)
		}
		return l.Score(e.Remembered) + " (" + fmt.Sprintf(l.Stats.PeakEnd,
			e.Peak.Value, m.StepID(e.Peak.Step), e.End.Value, m.StepID(e.End.Step)) + ")"
	}, true},
	{func(l *labels.Set) string { return l.Stats.Expectations }, func(m blueprint.Measured, l *labels.Set) string {
		x := m.Figures.Expectations
		return fmt.Sprintf(l.Stats.Expectation, x.Below, x.Met, x.Exceeded)
	}, false},
	{func(l *labels.Set) string { return l.Stats.FailPoints }, func(m blueprint.Measured, _ *labels.Set) string {
		parts := []string{strconv.Itoa(len(m.Figures.FailPoints))}
		for _, i := range m.Figures.FailPoints {
			parts = append(parts, m.StepID(i))
		}
		return joinCount(parts)
	}, false},
	{func(l *labels.Set) string { return l.Stats.Touchpoints }, func(m blueprint.Measured, _ *labels.Set) string { return strconv.Itoa(m.Figures.Touchpoints) }, false},
	{func(l *labels.Set) string { return l.Stats.Channels }, func(m blueprint.Measured, l *labels.Set) string {
		if len(m.Figures.Channels) == 0 {
			return l.Stats.None
		}
		return strings.Join(m.Figures.Channels, ", ")
	}, false},
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
	}, false},
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
// column of labels and one column per journey. The rows of the journeys'
// own figures, those of their main paths, come first; then, for the k-th
// path of any journey, a row that names it and a row for each figure
// written per path, empty for a journey with fewer paths.
func statsTable(ms []blueprint.Measured) (header []string, rows [][]string) {
	l := labels.Common(ms)
	header = []string{l.Stats.Figure}
	mains := make([]blueprint.Measured, len(ms))
	paths := make([][]blueprint.Measured, len(ms))
	most := 0
	for i, m := range ms {
		header = append(header, m.Journey.File)
		mains[i], paths[i] = lived(m)
		most = max(most, len(paths[i]))
	}
	for _, r := range statRows {
		rows = append(rows, figureRow(r.label(l), len(ms), func(i int) string { return r.value(mains[i], l) }))
	}
	for k := range most {
		// onKth writes the cell of journey i with its k-th path, "" when it has none.
		onKth := func(cell func(i int) string) func(i int) string {
			return func(i int) string {
				if k >= len(paths[i]) {
					return ""
				}
				return cell(i)
			}
		}
		rows = append(rows, figureRow(fmt.Sprintf(l.Stats.Path, k+1), len(ms), onKth(func(i int) string {
			return pathName(ms[i].Journey.Paths[k], k == 0, l)
		})))
		for _, r := range statRows {
			if r.perPath {
				rows = append(rows, figureRow(fmt.Sprintf(l.Stats.PathFigure, k+1, r.label(l)), len(ms), onKth(func(i int) string {
					return r.value(paths[i][k], l)
				})))
			}
		}
	}
	return header, rows
}

// figureRow returns a row of the figures table: its label, then the cell
// of each of n journeys.
func figureRow(label string, n int, cell func(i int) string) []string {
	row := []string{label}
	for i := range n {
		row = append(row, cell(i))
	}
	return row
}

// lived returns the journey of m as lived on its main path, and as lived
// on each of its paths in order, measured: what stats writes of it. A
// journey without paths is its own main path, and has no paths.
func lived(m blueprint.Measured) (main blueprint.Measured, paths []blueprint.Measured) {
	j := m.Journey
	for _, p := range j.Paths {
		paths = append(paths, blueprint.Measure(j.Along(p.ID)))
	}
	if len(paths) == 0 {
		return m, nil
	}
	return paths[0], paths
}

// pathName writes a path for the figures table: its id, its title when it
// has one of its own, and whether it is the main path and its share.
func pathName(p blueprint.Path, main bool, l *labels.Set) string {
	name := p.ID
	if p.Title != p.ID {
		name += ": " + p.Title
	}
	var notes []string
	if main {
		notes = append(notes, l.Stats.MainPath)
	}
	if p.Share != nil {
		notes = append(notes, fmt.Sprintf(l.Stats.Share, l.Percentage(*p.Share)))
	}
	if len(notes) > 0 {
		name += " (" + strings.Join(notes, ", ") + ")"
	}
	return name
}

// StatsText writes the figures as an aligned plain-text table, a column per
// journey. When width is more than 0 and the table is wider, it writes one
// block per journey instead: its file, then a line per figure, the figures
// wrapped at spaces to fit width; 0 is no limit.
func StatsText(w io.Writer, ms []blueprint.Measured, width int) error {
	header, rows := statsTable(ms)
	text := textTable(header, rows)
	if width > 0 && widest(text) > width {
		text = textBlocks(header, rows, width)
	}
	_, err := io.WriteString(w, text)
	return err
}

// textTable returns the rows under the header, each cell padded to the
// width of its column.
func textTable(header []string, rows [][]string) string {
	all := append([][]string{header}, rows...)
	widths := make([]int, len(header))
	for _, row := range all {
		for i, cell := range row {
			widths[i] = max(widths[i], runes(cell))
		}
	}
	var b strings.Builder
	for _, row := range all {
		for i, cell := range row {
			if i == len(row)-1 {
				b.WriteString(cell)
				break
			}
			b.WriteString(cell + strings.Repeat(" ", widths[i]-runes(cell)+2))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// textBlocks returns the table a journey at a time: the journey's header
// cell, then for each row with a cell for it, the row's label and the cell
// wrapped to width under a column of its own. Blocks are a blank line apart.
func textBlocks(header []string, rows [][]string, width int) string {
	labels := 0
	for _, row := range rows {
		labels = max(labels, runes(row[0]))
	}
	indent := strings.Repeat(" ", 2+labels+2)
	var b strings.Builder
	for i := 1; i < len(header); i++ {
		if i > 1 {
			b.WriteByte('\n')
		}
		b.WriteString(header[i] + "\n")
		for _, row := range rows {
			if row[i] == "" {
				continue
			}
			lines := wrap(row[i], width-len(indent))
			b.WriteString("  " + row[0] + strings.Repeat(" ", labels-runes(row[0])+2) + lines[0] + "\n")
			for _, line := range lines[1:] {
				b.WriteString(indent + line + "\n")
			}
		}
	}
	return b.String()
}

// wrap splits text at spaces into lines of at most width characters; a
// word longer than width has a line of its own.
func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(text) {
		switch {
		case line == "":
			line = word
		case runes(line)+1+runes(word) <= width:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
	}
	return append(lines, line)
}

// widest returns the number of characters of the longest line of text.
func widest(text string) int {
	most := 0
	for _, line := range strings.Split(text, "\n") {
		most = max(most, runes(line))
	}
	return most
}

// runes returns the number of characters of s, as a terminal counts them
// in the scripts of the examples.
func runes(s string) int { return utf8.RuneCountInString(s) }

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
		Paths         []pathJSON        `json:"paths,omitempty"` // when the journey declares paths
	}
	pathJSON struct {
		ID          string          `json:"id"`
		Title       string          `json:"title"`
		Share       *float64        `json:"share"`
		Steps       int             `json:"steps"`
		Total       spanJSON        `json:"total"`
		TimeToValue *spanJSON       `json:"time_to_value"`
		DeadTime    spanJSON        `json:"dead_time"`
		DeadShare   float64         `json:"dead_share"`
		Emotion     pathEmotionJSON `json:"emotion"`
	}
	pathEmotionJSON struct {
		Experienced *float64 `json:"experienced"`
		Remembered  *float64 `json:"remembered"`
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

// toOptionalSpanJSON converts a duration that may be unknown: nil stays nil.
func toOptionalSpanJSON(s *blueprint.Span) *spanJSON {
	if s == nil {
		return nil
	}
	out := toSpanJSON(*s)
	return &out
}

// toStatsJSON converts the figures of m, those of its main path, and
// those of each of its paths.
func toStatsJSON(m blueprint.Measured) statsJSON {
	main, paths := lived(m)
	f := main.Figures
	out := statsJSON{
		File: m.Journey.File, Title: m.Journey.Title, Steps: len(main.Journey.Steps),
		Touchpoints: f.Touchpoints, Channels: append([]string{}, f.Channels...),
		Total: toSpanJSON(f.Total), TimeToValue: toOptionalSpanJSON(f.TimeToValue), DeadMoments: []deadJSON{},
		DeadTime: toSpanJSON(f.DeadTime), DeadShare: f.DeadShare,
		Expectations:  expectationsJSON{f.Expectations.Below, f.Expectations.Met, f.Expectations.Exceeded},
		FailPoints:    len(f.FailPoints),
		Opportunities: []opportunityJSON{},
	}
	for _, d := range f.DeadMoments {
		out.DeadMoments = append(out.DeadMoments, deadJSON{main.StepID(d.Step), toSpanJSON(d.Duration)})
	}
	if e := f.Emotion; e.Known {
		out.Emotion = emotionJSON{&e.Experienced, &e.Remembered,
			&pointJSON{main.StepID(e.Peak.Step), e.Peak.Value}, &pointJSON{main.StepID(e.End.Step), e.End.Value}}
	}
	for _, o := range f.Opportunities {
		out.Opportunities = append(out.Opportunities, opportunityJSON{main.StepID(o.Step), o.Idea, o.PerYear, m.Journey.Currency})
	}
	for k, p := range paths {
		out.Paths = append(out.Paths, toPathJSON(m.Journey.Paths[k], p))
	}
	return out
}

// toPathJSON converts the figures of path p, the journey as lived on it.
func toPathJSON(p blueprint.Path, along blueprint.Measured) pathJSON {
	f := along.Figures
	out := pathJSON{ID: p.ID, Title: p.Title, Share: p.Share, Steps: len(along.Journey.Steps),
		Total: toSpanJSON(f.Total), TimeToValue: toOptionalSpanJSON(f.TimeToValue),
		DeadTime: toSpanJSON(f.DeadTime), DeadShare: f.DeadShare}
	if e := f.Emotion; e.Known {
		out.Emotion = pathEmotionJSON{&e.Experienced, &e.Remembered}
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
