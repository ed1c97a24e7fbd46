// Package raster draws a scene as PNG or PDF with github.com/tdewolff/canvas,
// with the fonts, positions and colours the SVG has, byte-identical from
// run to run. It is the only package that imports the raster library, so
// that nothing else links it (TestDependencies).
//
// It only draws: it places nothing and computes no figure.
package raster
