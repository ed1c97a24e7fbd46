// Package sheet writes journeys as workbooks (.xlsx) and CSV tables, and
// reads them back as journeys (section 11 of the format).
//
// WriteXLSX writes the sheets Journey, Steps, Phases and Paths (when
// declared), Figures and Opportunities (the yearly value a live formula);
// WriteCSV the Steps table alone. ReadXLSX and ReadCSV build the journey's
// YAML document with each node placed at its cell (Line = sheet × rowSpan
// + row, Column = column), so that convert.Journey reports every rule of
// the model at the cell it came from; they check only what the model
// cannot: headers, numbers, formulas and error values, and the limits that
// keep a hostile file cheap (MaxRows, MaxCell, MaxText, MaxUnzip, MaxPart).
// The workbook's XML is convert/sheet/xlsx's, our own; excelize is only
// in the tests, as the reference. docs/spreadsheets.md describes the
// sheets for users.
package sheet
