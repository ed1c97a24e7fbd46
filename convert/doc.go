// Package convert turns journeys into the files of the programs service
// designers already use, and those files back into journeys: workbooks and
// CSV tables (package convert/sheet), Mermaid journey diagrams (package
// convert/mermaid).
//
// A reader builds the journey's YAML document with each node's Line and
// Column set to where its value stands in the source (a row and a column,
// a line of a diagram), and Journey validates it with the model's own
// rules, reports every problem at its place in the source, and writes the
// YAML that `blueprint check` accepts. So the readers check only what the
// model cannot see (a cell that is not a number, an unknown header), and
// every rule of the format is applied in one place.
package convert
