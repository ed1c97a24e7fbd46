// Package svg writes a scene as a self-contained SVG document: the fonts
// it uses embedded as subsets, the theme's style sheet, <title> and <desc>
// for screen readers, every text escaped, no script and no outside
// resource. It only serialises: it places nothing and computes no figure.
package svg
