package sheet

import (
	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/convert"
)

// ReadCSV reads the steps table in data, read from file, as the source of
// a journey, or returns the problems at FILE:ROW:COL.
func ReadCSV(file string, data []byte) (convert.Source, blueprint.Diagnostics) {
	return convert.Source{}, notYet(file)
}

// ReadXLSX reads the workbook in data, read from file, as the source of a
// journey, or returns the problems at FILE:SHEET!CELL.
func ReadXLSX(file string, data []byte) (convert.Source, blueprint.Diagnostics) {
	return convert.Source{}, notYet(file)
}

func notYet(file string) blueprint.Diagnostics {
	return blueprint.Diagnostics{{Pos: blueprint.Pos{File: file}, Severity: blueprint.Error, Message: "reading tables is not built yet"}}
}
