package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/convert"
	"github.com/blueprint-tool/blueprint/convert/sheet/xlsx"
	"go.yaml.in/yaml/v4"
)

// ReadCSV reads the steps table in data, read from file, as the source of
// a journey, or returns the problems at FILE:ROW:COL (the record and the
// field, counted from 1). A table carries only steps: the journey's title
// is made of the file's name, and its phases and paths are those the steps
// name, in the order of first use.
func ReadCSV(file string, data []byte) (convert.Source, blueprint.Diagnostics) {
	r := &reader{file: file, sheets: []string{""}}
	t := &table{}
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF"))))
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	for n := 1; ; n++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			r.errorf(0, n, max(pe.Column, 1), "not a CSV table here (%v): quote a field that holds commas, quotes or line breaks with \"...\", and write a quote in it as \"\"", pe.Err)
			return convert.Source{}, r.diags
		}
		if !r.addRow(t, n, rec) {
			return convert.Source{}, r.diags
		}
	}
	b := &builder{reader: r}
	top := map[string][2]*yaml.Node{
		"version": {plain("!!str", "version"), plain("!!int", "1")},
		"title":   {plain("!!str", "title"), plain("!!str", convert.TitleOf(file))},
	}
	doc := b.steps(t, top)
	if r.diags.HasErrors() {
		return convert.Source{}, r.diags
	}
	return convert.Source{Doc: doc, Place: r.place}, r.diags
}

// steps reads the Steps table t into top's steps, with the phases and
// paths its steps name when top declares none, and returns the journey's
// document.
func (b *builder) steps(t *table, top map[string][2]*yaml.Node) *yaml.Node {
	if len(t.rows) == 0 {
		b.errorf(t.sheet, 1, 1, "the %s is empty: row 1 names the columns (id, title, customer, ...), each row below is a step", b.what(t))
		return nil
	}
	hs := b.headers(t, stepColumns(nil), true)
	a1 := cell{1, 1, ""}
	steps := b.records(t, hs)
	top["steps"] = [2]*yaml.Node{b.key(t, a1, "steps"), b.sequence(t, steps)}
	for _, key := range []string{"phases", "paths"} {
		if _, given := top[key]; !given {
			if list := declared(steps, strings.TrimSuffix(key, "s")); list != nil {
				top[key] = [2]*yaml.Node{plain("!!str", key), list}
			}
		}
	}
	line, col := t.sheet*rowSpan+1, 1
	if j, ok := top["version"]; ok && j[0].Line > 0 {
		line, col = j[0].Line/rowSpan*rowSpan+1, 1 // the Journey sheet's A1
	}
	return document(top, line, col)
}

// ReadXLSX reads the workbook in data, read from file, as the source of a
// journey, or returns the problems at FILE:SHEET!CELL. It reads the sheets
// Journey, Steps, Phases and Paths (their names in any case) and ignores
// the others: Figures and Opportunities are computed from the steps.
func ReadXLSX(file string, data []byte) (convert.Source, blueprint.Diagnostics) {
	r := &reader{file: file, sheets: []string{"", sheetJourney, sheetSteps, sheetPhases, sheetPaths}}
	f := r.open(data)
	if f == nil {
		return convert.Source{}, r.diags
	}
	names := map[string]string{} // the workbook's own name of each sheet read
	for _, s := range f.Sheets() {
		for i, want := range r.sheets[1:] {
			if strings.EqualFold(s, want) && names[want] == "" {
				names[want], r.sheets[i+1] = s, s
			}
		}
	}
	if names[sheetSteps] == "" {
		r.fileError("the workbook has no sheet named Steps (it has %s): import reads the steps from a sheet Steps, row 1 the columns (id, title, customer, ...), each row below a step",
			strings.Join(f.Sheets(), ", "))
		return convert.Source{}, r.diags
	}
	b := &builder{reader: r, formulaAt: map[[3]int]string{}}
	tables := map[string]*table{}
	for i, want := range []string{sheetJourney, sheetSteps, sheetPhases, sheetPaths} {
		if names[want] != "" {
			if tables[want] = b.sheet(f, i+1, names[want]); tables[want] == nil {
				return convert.Source{}, r.diags
			}
		}
	}
	top := b.journeySheet(tables[sheetJourney], file)
	b.declaredSheet(tables[sheetPhases], "phases", blueprint.PhaseKeys(), top)
	b.declaredSheet(tables[sheetPaths], "paths", blueprint.PathKeys(), top)
	doc := b.steps(tables[sheetSteps], top)
	b.formulas()
	if r.diags.HasErrors() {
		return convert.Source{}, r.diags
	}
	return convert.Source{Doc: doc, Place: r.place}, r.diags
}

// open opens the workbook in data, refusing one that is not a workbook or
// inflates to more than MaxUnzip bytes (an XML part to more than MaxPart).
func (r *reader) open(data []byte) *xlsx.File {
	f, err := xlsx.Open(data, xlsx.Limits{Unzip: MaxUnzip, Part: MaxPart})
	switch {
	case errors.Is(err, zip.ErrFormat):
		r.fileError("this is not a workbook (.xlsx is a zip archive; %v): save it from the spreadsheet as Excel Workbook (.xlsx), or import a .csv table", err)
	case errors.As(err, new(*xlsx.TooLargeError)):
		r.fileError("%v, more than import reads: a journey's workbook is far smaller", err)
	case err != nil:
		r.fileError("cannot read the workbook: %v: save it from the spreadsheet as Excel Workbook (.xlsx)", err)
	}
	if err != nil {
		return nil
	}
	return f
}

// sheet reads the sheet name, index i, row by row: nil when it passes a
// limit (reported).
func (b *builder) sheet(f *xlsx.File, i int, name string) *table {
	rows, err := f.Rows(name)
	if err != nil {
		b.fileError("cannot read the sheet %s: %v", name, err)
		return nil
	}
	defer rows.Close()
	t := &table{sheet: i, name: name}
	for rows.Next() {
		n, cells := rows.Row(), rows.Columns()
		if n > MaxRows && len(cells) == 0 {
			continue // the rows below the last are read but not kept
		}
		if !b.addRow(t, n, cells) {
			return nil
		}
		for _, c := range rows.Cells() {
			if c.Formula != "" {
				b.formulaAt[[3]int{i, n, c.Col}] = c.Formula
			}
		}
	}
	if err := rows.Err(); err != nil {
		if errors.As(err, new(*xlsx.TooLargeError)) {
			b.fileError("%v, more than import reads: a journey's workbook is far smaller", err)
		} else {
			b.fileError("cannot read the sheet %s: %v", name, err)
		}
		return nil
	}
	return t
}

// formulas reports the cells read as numbers or truth values that hold a
// formula: import takes a journey's values, not a calculation.
func (b *builder) formulas() {
	for _, n := range b.numbers {
		if formula := b.formulaAt[[3]int{n.sheet, n.c.row, n.c.col}]; formula != "" {
			b.errorf(n.sheet, n.c.row, n.c.col, "this cell holds the formula =%s: write its value (%s) as a number, since import reads values, not calculations", formula, strings.TrimSpace(n.c.text))
		}
	}
}

// journeyKinds are the kinds of the journey's own keys that do not hold
// text.
var journeyKinds = sync.OnceValue(func() map[string]kind {
	return map[string]kind{"version": number, "dead_after": duration, "accept": ids}
})

// journeySheet reads the Journey sheet, key in column A and value in B,
// into the journey's top-level keys; without one, the journey is titled
// after the file.
func (b *builder) journeySheet(t *table, file string) map[string][2]*yaml.Node {
	top := map[string][2]*yaml.Node{}
	if t == nil {
		top["version"] = [2]*yaml.Node{plain("!!str", "version"), plain("!!int", "1")}
		top["title"] = [2]*yaml.Node{plain("!!str", "title"), plain("!!str", convert.TitleOf(file))}
		return top
	}
	var keys []string
	for _, k := range blueprint.JourneyKeys() {
		if k != "steps" && k != "phases" && k != "paths" {
			keys = append(keys, k)
		}
	}
	seen := map[string]cell{}
	for i, row := range t.rows {
		k := strings.ToLower(strings.TrimSpace(row[0].text))
		if i == 0 && k == "key" {
			continue // the header row
		}
		switch {
		case k == "":
			b.errorf(t.sheet, row[0].row, 1, "this row has no key in column A: write the key (%s) there", strings.Join(keys, ", "))
			continue
		case k == "steps" || k == "phases" || k == "paths":
			b.errorf(t.sheet, row[0].row, 1, "%s are written in the sheet %s, one a row, not in the sheet %s", k, strings.ToUpper(k[:1])+k[1:], t.name)
			continue
		case !slices.Contains(keys, k):
			b.errorf(t.sheet, row[0].row, 1, "unknown key %q in the sheet %s%s", row[0].text, t.name, headerHint(k, keys, false))
			continue
		}
		if first, dup := seen[k]; dup {
			b.errorf(t.sheet, row[0].row, 1, "key %q appears twice in the sheet %s (first at %s): keep one", k, t.name, b.cellName(t, first))
			continue
		}
		seen[k] = row[0]
		if len(row) < 2 || strings.TrimSpace(row[1].text) == "" {
			continue // a key with nothing written beside it
		}
		if v := b.value(t, row[1], journeyKinds()[k], k); v != nil {
			top[k] = [2]*yaml.Node{b.key(t, row[0], k), v}
		}
	}
	if _, ok := top["version"]; !ok {
		top["version"] = [2]*yaml.Node{b.key(t, cell{1, 1, ""}, "version"), plain("!!int", "1")}
	}
	return top
}

// declaredSheet reads the Phases or Paths sheet t, when there is one, into
// top's key.
func (b *builder) declaredSheet(t *table, key string, keys []string, top map[string][2]*yaml.Node) {
	if t == nil || len(t.rows) == 0 {
		return
	}
	hs := b.headers(t, simpleColumns(keys, map[string]kind{"share": number}), false)
	a1 := cell{1, 1, ""}
	top[key] = [2]*yaml.Node{b.key(t, a1, key), b.sequence(t, b.records(t, hs))}
}
