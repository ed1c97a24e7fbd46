package sheet

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/convert"
	"github.com/blueprint-tool/blueprint/internal/testjourney"
	"github.com/xuri/excelize/v2"
)

// stepText is what a step says, without where it was read.
type stepText struct {
	ID, Phase, Moment, Title, Touchpoint, Channel, Fail, Pain, Idea, Quote string
	Paths, Accept                                                          []string
	Duration                                                               blueprint.Span
	Lanes                                                                  [5][]string
	Emotion, Expected                                                      *int
	Wait, Value                                                            bool
	Dead                                                                   *bool
	Metrics                                                                []blueprint.Metric
	Opportunity                                                            *blueprint.Opportunity
}

func texts(j *blueprint.Journey) []stepText {
	out := make([]stepText, len(j.Steps))
	for i, s := range j.Steps {
		out[i] = stepText{s.ID, s.Phase, s.Moment, s.Title, s.Touchpoint, s.Channel, s.Fail, s.Pain, s.Idea, s.Quote,
			s.Paths, s.Accept, s.Duration, s.Lanes, s.Emotion, s.Expected, s.Wait, s.Value, s.Dead, s.Metrics, s.Opportunity}
	}
	return out
}

// journeyText is what a journey says besides its steps.
type journeyText struct {
	Title, Persona, Description, Locale, Currency string
	DeadAfter                                     blueprint.Duration
	Accept                                        []string
	Phases                                        [][2]string
	Paths                                         []string
	Shares                                        []*float64
}

func ownText(j *blueprint.Journey) journeyText {
	t := journeyText{Title: j.Title, Persona: j.Persona, Description: j.Description, Locale: j.Locale,
		Currency: j.Currency, DeadAfter: j.DeadAfter, Accept: j.Accept}
	for _, p := range j.Phases {
		t.Phases = append(t.Phases, [2]string{p.ID, p.Title})
	}
	for _, p := range j.Paths {
		t.Paths = append(t.Paths, p.ID+": "+p.Title)
		t.Shares = append(t.Shares, p.Share)
	}
	return t
}

// reimport reads back what write wrote of m with read, as import does.
func reimport(t *testing.T, name string, m blueprint.Measured, write func(*bytes.Buffer, blueprint.Measured) error,
	read func(string, []byte) (convert.Source, blueprint.Diagnostics)) blueprint.Measured {
	t.Helper()
	var b bytes.Buffer
	if err := write(&b, m); err != nil {
		t.Fatal(err)
	}
	src, diags := read(name, b.Bytes())
	if diags.HasErrors() {
		t.Fatalf("reading back %s: %v", name, diags)
	}
	yaml, diags := convert.Journey(name, src)
	if diags.HasErrors() {
		t.Fatalf("the journey of %s: %v", name, diags)
	}
	j, diags := blueprint.Load(name, yaml)
	if j == nil {
		t.Fatalf("%s does not load: %v\n%s", name, diags, yaml)
	}
	return blueprint.Measure(j)
}

func writeXLSX(b *bytes.Buffer, m blueprint.Measured) error { return WriteXLSX(b, m) }
func writeCSV(b *bytes.Buffer, m blueprint.Measured) error  { return WriteCSV(b, m) }

// Export then import gives the same journey: every text and figure from a
// workbook; the steps from a CSV table, and its figures too, since the
// examples' steps name their paths in the order they are declared.
func TestRoundTrip(t *testing.T) {
	for _, ex := range testjourney.Examples(t) {
		t.Run(ex, func(t *testing.T) {
			m := testjourney.Load(t, ex)
			x := reimport(t, "journey.xlsx", m, writeXLSX, ReadXLSX)
			if !reflect.DeepEqual(x.Figures, m.Figures) {
				t.Errorf("xlsx: figures\n got %+v\nwant %+v", x.Figures, m.Figures)
			}
			if got, want := texts(x.Journey), texts(m.Journey); !reflect.DeepEqual(got, want) {
				t.Errorf("xlsx: steps\n got %+v\nwant %+v", got, want)
			}
			if got, want := ownText(x.Journey), ownText(m.Journey); !reflect.DeepEqual(got, want) {
				t.Errorf("xlsx: journey\n got %+v\nwant %+v", got, want)
			}
			c := reimport(t, "journey.csv", m, writeCSV, ReadCSV)
			if got, want := texts(c.Journey), texts(m.Journey); !reflect.DeepEqual(got, want) {
				t.Errorf("csv: steps\n got %+v\nwant %+v", got, want)
			}
			if !reflect.DeepEqual(c.Figures, m.Figures) {
				t.Errorf("csv: figures\n got %+v\nwant %+v", c.Figures, m.Figures)
			}
		})
	}
}

// The same journey gives the same bytes.
func TestWriteDeterministic(t *testing.T) {
	m := testjourney.Load(t, "examples/police-permit.yaml")
	for _, write := range []func(*bytes.Buffer, blueprint.Measured) error{writeXLSX, writeCSV} {
		var a, b bytes.Buffer
		if err := write(&a, m); err != nil {
			t.Fatal(err)
		}
		write(&b, testjourney.Load(t, "examples/police-permit.yaml"))
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Error("two writes of one journey differ")
		}
	}
}

// The yearly value of each opportunity is a formula of the cells beside
// it, its cached value the figure; several have a total.
func TestOpportunityFormulas(t *testing.T) {
	j, diags := blueprint.Load("o.yaml", []byte(`version: 1
title: T
steps:
  - {id: a, title: A, customer: x, value: true, idea: I, opportunity: {converts: 5, value: 20, per_day: 13, days: 360}}
  - {id: b, title: B, customer: x, opportunity: {idea: J, reach: 10, converts: 1, value: 2, per_day: 3}}
`))
	if j == nil {
		t.Fatal(diags)
	}
	var b bytes.Buffer
	if err := WriteXLSX(&b, blueprint.Measure(j)); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	for cell, want := range map[string][2]string{"H2": {"D2*E2*F2*G2", "468000"}, "H3": {"D3*E3*F3*G3", "2190"}, "H4": {"SUM(H2:H3)", "470190"}} {
		formula, _ := f.GetCellFormula(sheetOpportunities, cell)
		value, _ := f.GetCellValue(sheetOpportunities, cell, excelize.Options{RawCellValue: true})
		if formula != want[0] || value != want[1] {
			t.Errorf("%s: =%s, cached %s; want =%s, %s", cell, formula, value, want[0], want[1])
		}
		got, err := f.CalcCellValue(sheetOpportunities, cell, excelize.Options{RawCellValue: true})
		if err != nil || got != want[1] {
			t.Errorf("%s recalculated: %s, %v; want %s", cell, got, err, want[1])
		}
	}
}
