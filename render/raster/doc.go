// Package raster draws a scene as PNG with a rasterizer of our own on
// golang.org/x/image/vector: boxes and straight strokes along the axes are
// covered pixel by pixel (their edges as much as the box covers them),
// everything else (rounded cards, circles, curves, arrowheads, dashes with
// round caps, the Go fonts' glyph outlines) is filled through the
// rasterizer within its own bounds. Text is placed glyph by glyph at the
// advances the SVG uses, with the same fonts and colours, and the same
// scene gives the same bytes.
//
// A PNG has 2 pixels for each pixel of the SVG, fewer when a side would
// pass MaxSide (32 767 px), which viewers refuse: SizeOf says which.
//
// It only draws: it places nothing and computes no figure.
package raster
