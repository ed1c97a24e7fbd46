package ttf

import "fmt"

// The flags of a component of a composite glyph.
const (
	argsAreWords   = 0x0001
	haveScale      = 0x0008
	moreComponents = 0x0020
	haveXYScale    = 0x0040
	haveTwoByTwo   = 0x0080
)

// components returns the offsets, in the data of a glyph, of the glyph ids
// of its components: none for a simple glyph, one for each component of a
// composite glyph (numberOfContours < 0).
func components(glyph []byte, numGlyphs int) ([]int, error) {
	if len(glyph) < 10 || int16(be.Uint16(glyph)) >= 0 {
		return nil, nil
	}
	var offs []int
	for at := 10; ; {
		if at+4 > len(glyph) {
			return nil, fmt.Errorf("a composite glyph of %d bytes ends inside its component %d", len(glyph), len(offs))
		}
		flags, g := be.Uint16(glyph[at:]), int(be.Uint16(glyph[at+2:]))
		if g >= numGlyphs {
			return nil, fmt.Errorf("a composite glyph has glyph %d of %d as a component", g, numGlyphs)
		}
		offs = append(offs, at+2)
		at += 4 + 2 // flags, glyph id and two byte arguments
		if flags&argsAreWords != 0 {
			at += 2
		}
		switch {
		case flags&haveScale != 0:
			at += 2
		case flags&haveXYScale != 0:
			at += 4
		case flags&haveTwoByTwo != 0:
			at += 8
		}
		if at > len(glyph) {
			return nil, fmt.Errorf("a composite glyph of %d bytes ends inside its component %d", len(glyph), len(offs)-1)
		}
		if flags&moreComponents == 0 {
			return offs, nil
		}
	}
}
