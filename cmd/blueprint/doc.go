// Command blueprint turns a YAML description of a customer journey into a
// service blueprint and a touchpoint map, checks and measures it, and sets
// two journeys side by side. Run "blueprint --help".
//
// This package owns the command line only: the Cobra commands and their
// flags, reading the inputs (through package journeyfile), the order of
// the outputs, writing files atomically, exit codes and the look at a
// terminal. It computes no figure and lays out no picture: the model
// (package blueprint), the pictures (package render) and the reports
// (package render/report) do.
package main
