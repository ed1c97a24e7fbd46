// Package sheet writes journeys as workbooks (.xlsx) and CSV tables, and
// reads them back as journeys (section 11 of the format).
package sheet
