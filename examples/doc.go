// Package examples holds the journeys bundled with blueprint, embedded in
// the binary so that "blueprint init --example NAME" can write them.
//
// The embed line names the files: a pattern that matches nothing is a
// compile error, so a new subdirectory of translations (say sv/) is added
// to it when it is created ("sv/*.yaml"); TestEmbedsEveryExample fails
// until it is.
package examples
