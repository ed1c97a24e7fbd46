// Package svg writes a scene as a self-contained SVG document: the fonts
// it uses embedded as subsets, the theme's style sheet, <title> and <desc>
// for screen readers, every text escaped, no script and no outside
// resource. It only serialises: it places nothing and computes no figure.
//
// Text stays in its box also where the embedded font is ignored (librsvg,
// Inkscape, design tools; measured in docs/svg.md): each line has
// textLength, its measured width, which Inkscape honours; and a line with
// less than FallbackWidth room in its box is also written as the Go font's
// glyph outlines, which the style sheet shows only in programs that skip
// its @media rule (librsvg), where the text is hidden instead.
package svg
