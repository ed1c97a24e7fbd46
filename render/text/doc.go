// Package text owns the fonts the pictures are drawn with (the Go fonts):
// their advances, measuring and wrapping text to a width, and subsetting
// a face to the glyphs a picture uses. What the layout measures here is
// what every writer draws. Package ttf, below it, reads and writes the
// font files.
//
// It knows nothing of journeys, scenes or formats.
package text
