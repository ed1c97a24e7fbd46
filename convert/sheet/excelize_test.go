package sheet

import (
	"bytes"
	"math"
	"reflect"
	"slices"
	"strconv"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/convert/sheet/xlsx"
	"github.com/blueprint-tool/blueprint/internal/testjourney"
	"github.com/xuri/excelize/v2"
)

// Excelize, the reference, reads every workbook we write as we read it:
// the same sheets and values, the same formulas, whose values it
// calculates as we cached them, a bold header frozen in view.
func TestExcelizeReadsOurWorkbooks(t *testing.T) {
	for _, ex := range testjourney.Examples(t) {
		t.Run(ex, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteXLSX(&b, testjourney.Load(t, ex)); err != nil {
				t.Fatal(err)
			}
			ours, err := xlsx.Open(b.Bytes(), xlsx.Limits{Unzip: MaxUnzip, Part: MaxPart})
			if err != nil {
				t.Fatal(err)
			}
			ref, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			defer ref.Close()
			if got, want := ref.GetSheetList(), ours.Sheets(); !slices.Equal(got, want) {
				t.Fatalf("excelize reads the sheets %v, we wrote %v", got, want)
			}
			for _, name := range ours.Sheets() {
				sameSheet(t, ref, ours, name)
			}
		})
	}
}

func sameSheet(t *testing.T, ref *excelize.File, ours *xlsx.File, name string) {
	t.Helper()
	want, err := ref.GetRows(name, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := ours.Rows(name)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got [][]string
	for rows.Next() {
		for len(got) < rows.Row()-1 {
			got = append(got, nil)
		}
		got = append(got, rows.Columns())
		for _, c := range rows.Cells() {
			at := xlsx.CellName(c.Col, rows.Row())
			f, _ := ref.GetCellFormula(name, at)
			if f != c.Formula {
				t.Errorf("%s!%s: excelize reads =%s, we =%s", name, at, f, c.Formula)
			}
			if f == "" {
				continue
			}
			calc, err := ref.CalcCellValue(name, at, excelize.Options{RawCellValue: true})
			x, _ := strconv.ParseFloat(calc, 64)
			cached, _ := strconv.ParseFloat(c.Value, 64)
			if err != nil || math.Abs(x-cached) > 1e-9*math.Max(1, math.Abs(cached)) {
				t.Errorf("%s!%s: excelize calculates =%s as %s (%v), we cached %s", name, at, f, calc, err, c.Value)
			}
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: excelize reads\n%q\nwe read\n%q", name, want, got)
	}
	id, _ := ref.GetCellStyle(name, "A1")
	style, err := ref.GetStyle(id)
	if err != nil || style.Font == nil || !style.Font.Bold {
		t.Errorf("%s!A1 is not bold to excelize: %+v %v", name, style, err)
	}
	panes, err := ref.GetPanes(name)
	if err != nil || !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
		t.Errorf("%s: excelize reads the panes %+v (%v), not row 1 frozen", name, panes, err)
	}
}

// A workbook a spreadsheet program saved (here excelize: shared strings,
// its own XML) gives the journey ours gave.
func TestReadExcelizeWorkbooks(t *testing.T) {
	for _, ex := range testjourney.Examples(t) {
		t.Run(ex, func(t *testing.T) {
			m := testjourney.Load(t, ex)
			x := reimport(t, "journey.xlsx", m, func(b *bytes.Buffer, m blueprint.Measured) error {
				var ours bytes.Buffer
				if err := WriteXLSX(&ours, m); err != nil {
					return err
				}
				b.Write(viaExcelize(t, ours.Bytes()))
				return nil
			}, ReadXLSX)
			if !reflect.DeepEqual(x.Figures, m.Figures) {
				t.Errorf("figures\n got %+v\nwant %+v", x.Figures, m.Figures)
			}
			if got, want := texts(x.Journey), texts(m.Journey); !reflect.DeepEqual(got, want) {
				t.Errorf("steps\n got %+v\nwant %+v", got, want)
			}
			if got, want := ownText(x.Journey), ownText(m.Journey); !reflect.DeepEqual(got, want) {
				t.Errorf("journey\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

// viaExcelize rewrites every text cell of the workbook as a shared string,
// as spreadsheet programs save them, and saves it with excelize.
func viaExcelize(t *testing.T, data []byte) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	shared := 0
	for _, name := range f.GetSheetList() {
		rows, _ := f.GetRows(name, excelize.Options{RawCellValue: true})
		for r, row := range rows {
			for c, v := range row {
				at := xlsx.CellName(c+1, r+1)
				if kind, _ := f.GetCellType(name, at); kind == excelize.CellTypeInlineString {
					if err := f.SetCellStr(name, at, v); err != nil {
						t.Fatal(err)
					}
					shared++
				}
			}
		}
	}
	if shared == 0 {
		t.Fatal("no text cell to rewrite")
	}
	b, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b.Bytes(), []byte("sharedStrings.xml")) {
		t.Fatal("excelize wrote no shared strings")
	}
	return b.Bytes()
}
