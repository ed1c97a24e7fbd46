// Package labels holds the words the tool draws and writes itself, as one
// typed table per locale (English, Finnish), and how numbers are written
// in each: durations, emotion scores, percentages and money. A new
// language is one more table; a test checks that every table is complete.
//
// It knows nothing of layouts or formats.
package labels
