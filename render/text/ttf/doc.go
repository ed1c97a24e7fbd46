// Package ttf reads and writes TrueType font files (sfnt tables with glyf
// outlines): it parses once what measuring needs — the characters' glyphs
// (cmap formats 4 and 12), the glyphs' advances, the metrics a PDF font
// descriptor gives — and writes subsets of a font, the glyphs of some
// characters only, for a browser's @font-face or a PDF's embedded font.
//
// It reads the fonts this program embeds, not any font: no CFF outlines,
// no variations, no font collections. A file it cannot read gets an
// error, never a panic. The same font and characters give the same bytes.
package ttf
