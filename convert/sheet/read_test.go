package sheet

import (
	"bytes"
	"strings"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/convert"
	"github.com/blueprint-tool/blueprint/convert/sheet/xlsx"
	"github.com/xuri/excelize/v2"
)

// problems reads data with read and validates it as import does,
// returning the diagnostics as lines.
func problems(name string, data []byte, read convert.Reader) string {
	_, diags := convert.Import(name, data, read)
	var b strings.Builder
	for _, d := range diags {
		b.WriteString(d.String() + "\n")
	}
	return b.String()
}

func TestReadCSVProblems(t *testing.T) {
	for _, tc := range []struct{ csv, want string }{
		{"id,title,custmer\na,A,x\n", `t.csv:1:3: error: unknown column "custmer" in the table; did you mean "customer"?`},
		{"id,title,Colour\na,A,x\n", `t.csv:1:3: error: unknown column "Colour" in the table: a column is a step key`},
		{"ID,Title,Emotion\na,A,#DIV/0!\n", `t.csv:2:3: error: emotion holds the error value #DIV/0!, where a number belongs`},
		{"id,title,nps\na,A,\"1,5\"\n", `t.csv:2:3: error: nps is "1,5", not a number: write 1.5`},
		{"id,title,emotion\na,A,5\n", `t.csv:2:3: error: emotion`},
		{"id,title,wait\na,A,maybe\n", `t.csv:2:3: error: wait is "maybe": write true or false`},
		{"id,title\na,A\na,B\n", `t.csv:3:1: error: step id "a" is used twice (first at row 2)`},
		{"id,title,duration\na,A,2 hours\n", `t.csv:2:3: error: `},
		{"id,title,title\na,A,B\n", `t.csv:1:3: error: column "title" appears twice in the table (first at row 1, column 2)`},
		{"id,title\na,A,extra\n", `t.csv:2:3: error: this cell is in a column with no header`},
		{"id,title\n\"a,A\n", `t.csv:`},
		{"id,title,opportunity.converts,opportunity.reach\na,A,50,40\n", `t.csv:2:3: error: `},
		{"", `t.csv:1:1: error: the table is empty`},
		{"id,title\na,\xd2\n", `t.csv:2:2: error: this text is not valid UTF-8`},
		{"id,title,phase\na,A,x\nb,B,y\nc,C,x\n", `t.csv:4:3: error: step "c" goes back to phase "x" after phase "y" (row 3)`},
	} {
		got := problems("t.csv", []byte(tc.csv), ReadCSV)
		if !strings.Contains(got, tc.want) {
			t.Errorf("%q:\n got %s\nwant %s", tc.csv, got, tc.want)
		}
	}
}

func TestReadCSVSkipsEmptyRowsAndTakesDurations(t *testing.T) {
	src, diags := ReadCSV("steps.csv", []byte("\uFEFFid,title,duration,customer\n,,,\na,A,3d..10d,Waits\n\nb,B,2h,Comes\n"))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	y, diags := convert.Journey("steps.csv", src)
	j, _ := blueprint.Load("steps.csv", y)
	if diags.HasErrors() || j == nil || len(j.Steps) != 2 || j.Title != "Steps" || j.Steps[0].Duration.Hi != 10*24*3600 {
		t.Fatalf("%v\n%s", diags, y)
	}
}

// workbook makes a workbook of sheets, each a list of rows.
func workbook(t *testing.T, sheets map[string][][]any, formulas map[string]string) []byte {
	f := excelize.NewFile()
	for name, rows := range sheets {
		f.NewSheet(name)
		for r, row := range rows {
			for c, v := range row {
				f.SetCellValue(name, xlsx.CellName(c+1, r+1), v)
			}
		}
	}
	for at, formula := range formulas {
		sheet, cell, _ := strings.Cut(at, "!")
		f.SetCellFormula(sheet, cell, formula)
	}
	f.DeleteSheet("Sheet1")
	b, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReadXLSXProblems(t *testing.T) {
	steps := [][]any{{"id", "title", "emotion", "Customer"}, {"a", "A", 1, "Does"}, {"b", "B", "#N/A", "Does"}}
	for _, tc := range []struct {
		sheets   map[string][][]any
		formulas map[string]string
		want     string
	}{
		{map[string][][]any{"Steps": steps}, nil, `w.xlsx:Steps!C3: error: emotion holds the error value #N/A`},
		{map[string][][]any{"steps": steps[:2]}, map[string]string{"steps!C2": "1+0"}, `w.xlsx:steps!C2: error: this cell holds the formula =1+0`},
		{map[string][][]any{"Journey": {{"key", "value"}, {"titel", "T"}}, "Steps": steps[:2]}, nil, `w.xlsx:Journey!A2: error: unknown key "titel" in the sheet Journey; did you mean "title"?`},
		{map[string][][]any{"Journey": {{"title", "T"}, {"steps", "x"}}, "Steps": steps[:2]}, nil, `w.xlsx:Journey!A2: error: steps are written in the sheet Steps`},
		{map[string][][]any{"Journey": {{"title", "T"}}, "Steps": {{"id", "title", "phase"}, {"a", "A", "go"}}, "Phases": {{"id", "title"}, {"come", "Come"}}}, nil,
			`w.xlsx:Steps!C2: error: phase "go" is not declared`},
		{map[string][][]any{"Paths": {{"id", "share"}, {"x", 150}}, "Steps": {{"id", "title", "path"}, {"a", "A", "x"}}}, nil, `w.xlsx:Paths!B2: error: share`},
		{map[string][][]any{"Steps": {{"id", "title"}, {"a", "A"}, {"a", "B"}}}, nil, `w.xlsx:Steps!A3: error: step id "a" is used twice (first at Steps!A2)`},
		{map[string][][]any{"Other": steps}, nil, `w.xlsx: error: the workbook has no sheet named Steps (it has Other)`},
	} {
		got := problems("w.xlsx", workbook(t, tc.sheets, tc.formulas), ReadXLSX)
		if !strings.Contains(got, tc.want) {
			t.Errorf("%v:\n got %s\nwant %s", tc.sheets, got, tc.want)
		}
	}
}

func TestReadXLSXNotAZip(t *testing.T) {
	got := problems("w.xlsx", []byte("id,title\na,A\n"), ReadXLSX)
	if !strings.Contains(got, "w.xlsx: error: this is not a workbook") {
		t.Error(got)
	}
	var b bytes.Buffer
	if got := problems("w.xlsx", b.Bytes(), ReadXLSX); !strings.Contains(got, "not a workbook") {
		t.Error(got)
	}
}
