package sheet

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/convert/sheet/xlsx"
)

// The sheets of a workbook, in order. Phases and Paths are there only
// when the journey declares phases or paths.
const (
	sheetJourney       = "Journey"
	sheetSteps         = "Steps"
	sheetPhases        = "Phases"
	sheetPaths         = "Paths"
	sheetFigures       = "Figures"
	sheetOpportunities = "Opportunities"
)

// fixedTime stamps the workbook's properties, so that the same journey
// gives the same bytes.
var fixedTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// WriteCSV writes the steps of m as a CSV table (RFC 4180, UTF-8): row 1
// the headers, then one row per step.
func WriteCSV(w io.Writer, m blueprint.Measured) error {
	cols := stepColumns(otherMetrics(m.Journey))
	cw := csv.NewWriter(w)
	cw.UseCRLF = true // as RFC 4180 ends its lines
	row := make([]string, len(cols))
	for i, c := range cols {
		row[i] = c.header
	}
	cw.Write(row)
	for i := range m.Journey.Steps {
		for k, c := range cols {
			row[k] = cellText(cellOf(&m.Journey.Steps[i], c))
		}
		cw.Write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("writing the CSV table: %w", err)
	}
	return nil
}

// WriteXLSX writes m as a workbook: the sheets Journey, Steps, Phases and
// Paths (when declared), Figures and Opportunities.
func WriteXLSX(w io.Writer, m blueprint.Measured) error {
	f := xlsx.NewBook()
	f.Title, f.Creator, f.Time, f.FullCalcOnLoad = m.Journey.Title, "blueprint", fixedTime, true
	b := &book{f: f}
	b.styles()
	b.journey(m.Journey)
	b.steps(m.Journey)
	if len(m.Journey.Phases) > 0 {
		b.phases(m.Journey)
	}
	if len(m.Journey.Paths) > 0 {
		b.paths(m.Journey)
	}
	b.figures(m)
	b.opportunities(m)
	if b.err != nil {
		return fmt.Errorf("writing the workbook: %w", b.err)
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("writing the workbook: %w", err)
	}
	return nil
}

// book writes the sheets of a workbook, keeping the first error.
type book struct {
	f                             *xlsx.Book
	err                           error
	header, wrap, percent, number int // style ids
}

func (b *book) try(err error) {
	if b.err == nil {
		b.err = err
	}
}

func (b *book) styles() {
	b.header = b.f.Style(xlsx.Style{Bold: true, Top: true, Fill: "E8EEF4"})
	b.wrap = b.f.Style(xlsx.Style{Top: true, Wrap: true})
	b.percent = b.f.Style(xlsx.Style{NumFmt: 9, Top: true})
	b.number = b.f.Style(xlsx.Style{NumFmt: 3, Top: true}) // #,##0
}

// table writes a sheet: its header row, bold and frozen, and its rows, with
// columns as wide as their texts (within reason).
func (b *book) table(name string, headers []string, rows [][]any) *xlsx.Sheet {
	s, err := b.f.AddSheet(name)
	if err != nil {
		b.try(err)
		return nil
	}
	widths := make([]int, len(headers))
	b.row(s, 1, toAny(headers), widths)
	for i, r := range rows {
		b.row(s, i+2, r, widths)
	}
	last := max(len(headers), 1)
	s.SetStyle(1, 1, last, 1, b.header)
	if len(rows) > 0 {
		s.SetStyle(1, 2, last, len(rows)+1, b.wrap)
	}
	for i, w := range widths {
		s.SetColWidth(i+1, float64(min(max(w, 6), 50)+2))
	}
	s.FreezeHeader()
	return s
}

// row writes the cells of row n of a sheet, widening widths to fit them.
func (b *book) row(s *xlsx.Sheet, n int, cells []any, widths []int) {
	for i, v := range cells {
		if v == nil {
			continue
		}
		b.try(s.Set(i+1, n, v))
		if i < len(widths) {
			widths[i] = max(widths[i], longestLine(cellText(v)))
		}
	}
}

func longestLine(s string) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		n = max(n, utf8.RuneCountInString(l))
	}
	return n
}

func toAny(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

// journey writes the Journey sheet: the journey's own keys, one a row.
func (b *book) journey(j *blueprint.Journey) {
	rows := [][]any{{"version", 1}, {"title", j.Title}}
	for _, kv := range []struct{ key, value string }{
		{"persona", j.Persona}, {"description", j.Description}, {"locale", j.Locale},
		{"currency", j.Currency}, {"dead_after", j.DeadAfter.String()}, {"accept", strings.Join(j.Accept, ", ")},
	} {
		if kv.value != "" {
			rows = append(rows, []any{kv.key, kv.value})
		}
	}
	b.table(sheetJourney, []string{"key", "value"}, rows)
}

// steps writes the Steps sheet: the step keys as headers, one row a step.
func (b *book) steps(j *blueprint.Journey) {
	cols := stepColumns(otherMetrics(j))
	headers := make([]string, len(cols))
	for i, c := range cols {
		headers[i] = c.header
	}
	rows := make([][]any, len(j.Steps))
	for i := range j.Steps {
		rows[i] = make([]any, len(cols))
		for k, c := range cols {
			rows[i][k] = cellOf(&j.Steps[i], c)
		}
	}
	b.table(sheetSteps, headers, rows)
}

// phases writes the Phases sheet: the declared phases, id and title.
func (b *book) phases(j *blueprint.Journey) {
	rows := make([][]any, len(j.Phases))
	for i, p := range j.Phases {
		rows[i] = []any{p.ID, p.Title}
	}
	b.table(sheetPhases, blueprint.PhaseKeys(), rows)
}

// paths writes the Paths sheet: the declared paths, id, title and share.
func (b *book) paths(j *blueprint.Journey) {
	rows := make([][]any, len(j.Paths))
	for i, p := range j.Paths {
		rows[i] = []any{p.ID, p.Title, nil}
		if p.Share != nil {
			rows[i][2] = *p.Share
		}
	}
	b.table(sheetPaths, blueprint.PathKeys(), rows)
}

// figures writes the Figures sheet: section 3's figures, a duration as
// text and as seconds (low and high end).
func (b *book) figures(m blueprint.Measured) {
	j, fg := m.Journey, m.Figures
	span := func(name string, s blueprint.Span) []any {
		return []any{name, s.String(), s.Lo.Seconds(), s.Hi.Seconds()}
	}
	stepList := func(idx []int) string {
		names := make([]string, len(idx))
		for i, k := range idx {
			names[i] = j.Steps[k].ID
		}
		return strings.Join(names, ", ")
	}
	rows := [][]any{{"steps", len(j.Steps)}, span("total", fg.Total)}
	if fg.TimeToValue != nil {
		rows = append(rows, span("time to value", *fg.TimeToValue))
	} else {
		rows = append(rows, []any{"time to value", "none: no step has value: true"})
	}
	dead := make([]int, len(fg.DeadMoments))
	for i, d := range fg.DeadMoments {
		dead[i] = d.Step
	}
	rows = append(rows, []any{"dead moments", orNil(stepList(dead))}, span("dead time", fg.DeadTime),
		[]any{"dead share", fg.DeadShare})
	if e := fg.Emotion; e.Known {
		rows = append(rows, []any{"experienced emotion", e.Experienced}, []any{"remembered emotion", e.Remembered},
			[]any{"peak emotion", fmt.Sprintf("%d at %s", e.Peak.Value, j.Steps[e.Peak.Step].ID)},
			[]any{"end emotion", fmt.Sprintf("%d at %s", e.End.Value, j.Steps[e.End.Step].ID)})
	}
	x := fg.Expectations
	rows = append(rows, []any{"expectations below", x.Below}, []any{"expectations met", x.Met},
		[]any{"expectations exceeded", x.Exceeded}, []any{"touchpoints", fg.Touchpoints},
		[]any{"channels", orNil(strings.Join(fg.Channels, ", "))},
		[]any{"fail points", orNil(stepList(fg.FailPoints))})
	var perYear float64
	for _, o := range fg.Opportunities {
		perYear += o.PerYear
	}
	if len(fg.Opportunities) > 0 {
		rows = append(rows, []any{"opportunities per year (" + j.Currency + ")", perYear})
	}
	s := b.table(sheetFigures, []string{"figure", "value", "seconds", "seconds (high)"}, rows)
	for i, r := range rows {
		if r[0] == "dead share" && s != nil {
			s.SetStyle(2, i+2, 2, i+2, b.percent)
		}
	}
}

// opportunities writes the Opportunities sheet: one row per opportunity,
// its yearly value a formula of the numbers beside it, and below several
// a total, their sum; each with the value computed now as the formula's
// cached result.
func (b *book) opportunities(m blueprint.Measured) {
	j := m.Journey
	headers := []string{"step", "idea", "reach", "converts", "value", "per_day", "days", "per_year", "currency"}
	var rows [][]any
	for i := range j.Steps {
		s := &j.Steps[i]
		if o := s.Opportunity; o != nil {
			rows = append(rows, []any{s.ID, o.Idea, opportunityCell(o, "reach"), o.Converts, o.Value, o.PerDay, o.Days, o.PerYear(), j.Currency})
		}
	}
	var total float64
	for _, o := range m.Figures.Opportunities {
		total += o.PerYear
	}
	if len(rows) > 1 {
		rows = append(rows, []any{"total", nil, nil, nil, nil, nil, nil, total, j.Currency})
	}
	s := b.table(sheetOpportunities, headers, rows)
	if s == nil {
		return
	}
	for r, row := range rows {
		n, formula := r+2, fmt.Sprintf("D%d*E%d*F%d*G%d", r+2, r+2, r+2, r+2)
		if r == len(rows)-1 && len(rows) > 1 {
			formula = fmt.Sprintf("SUM(H2:H%d)", n-1)
		}
		s.SetFormula(8, n, formula, row[7].(float64))
		s.SetStyle(8, n, 8, n, b.number)
	}
}
