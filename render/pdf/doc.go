// Package pdf owns the PDF writer: it draws a scene, with the theme's
// paints and the Go fonts embedded as TrueType subsets (searchable and
// copyable through a ToUnicode map), as PDF 1.7 written by hand, the same
// bytes for the same scene. A picture that fits on one page is one page of
// its own size (0.75 pt a pixel); a longer one prints on A-series landscape
// pages, cut between its columns, the scene's gutter (the lane names)
// repeated at the left of every page and a page number in a corner.
package pdf
