// Package xlsx writes and reads the small part of OOXML SpreadsheetML
// (.xlsx) that blueprint's workbooks use, on archive/zip and encoding/xml
// alone.
//
// Book writes a workbook: sheets of strings (inline), numbers, truth
// values and formulas with their cached results, a few cell styles, column
// widths, a frozen header row, fixed document properties and zip entries
// in a fixed order with a fixed time, so that the same book gives the same
// bytes. Open reads one: the sheets named in xl/workbook.xml, their rows
// streamed with encoding/xml, cells of every type a spreadsheet program
// writes (shared and inline strings, numbers, truth values, error values,
// formulas, shared formulas included), with the limits a hostile file
// needs checked before inflating and enforced while inflating.
//
// It is our own rather than github.com/xuri/excelize/v2 because excelize's
// package initialisation alone cost 7–10 ms and 1.3 MB of allocations at
// every start of the binary, whatever the command, and 3.6 MB of binary
// (docs/spreadsheets.md). Excelize remains in this package's tests only:
// the reference every workbook written here is opened with, and the
// writer of the workbooks read here.
package xlsx
