package text

import (
	"fmt"
	"strconv"
	"sync"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Em is the size, in font units, of the em square of the Go fonts, in
// which Outline and Advance are given.
const Em = 2048

// outlines parses each face again with x/image's sfnt, which loads glyph
// outlines (package ttf measures and subsets), once, on first use.
var outlines struct {
	once  sync.Once
	fonts map[*Face]*sfnt.Font
	err   error
	mu    sync.Mutex // sfnt.Buffer is not safe for concurrent use
	buf   sfnt.Buffer
}

// Advance returns the advance of r in font units (an Em is 2048), as
// Width counts it.
func (f *Face) Advance(r rune) int32 { return f.font().advance(r) }

// Has reports whether the face has a glyph for r.
func (f *Face) Has(r rune) bool { return f.font().ttf.GlyphIndex(r) != 0 }

// Outline returns the outline of r as SVG path data in font units, y
// down, its origin on the baseline at the glyph's left, with relative
// commands and integer coordinates; "" for a character without ink (a
// space) or one the font lacks. The same rune gives the same string.
func (f *Face) Outline(r rune) (string, error) {
	segs, err := f.Segments(r)
	if err != nil || segs == nil {
		return "", err
	}
	return pathData(segs), nil
}

func parseOutlines() {
	outlines.fonts = map[*Face]*sfnt.Font{}
	for _, f := range Faces {
		font, err := sfnt.Parse(f.TTF)
		if err != nil {
			outlines.err = fmt.Errorf("parsing the Go font for its outlines: %w", err)
			return
		}
		if font.UnitsPerEm() != Em {
			outlines.err = fmt.Errorf("the Go font has %d units per em, want %d", font.UnitsPerEm(), Em)
			return
		}
		outlines.fonts[f] = font
	}
}

// pathData writes segments, whose points are in font units (26.6 fixed
// point at a size of one Em), as path data with relative commands.
func pathData(segs sfnt.Segments) string {
	var b []byte
	var cx, cy, sx, sy int // the current point and the start of the subpath
	pt := func(p fixed.Point26_6) (int, int) { return p.X.Round(), p.Y.Round() }
	num := func(v int, first bool) {
		if !first && v >= 0 {
			b = append(b, ' ')
		}
		b = strconv.AppendInt(b, int64(v), 10)
	}
	rel := func(op byte, ps ...fixed.Point26_6) {
		b = append(b, op)
		for i, p := range ps {
			x, y := pt(p)
			num(x-cx, i == 0)
			num(y-cy, false)
		}
		cx, cy = pt(ps[len(ps)-1])
	}
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			if len(b) > 0 {
				b = append(b, 'z')
				cx, cy = sx, sy
			}
			rel('m', s.Args[0])
			sx, sy = cx, cy
		case sfnt.SegmentOpLineTo:
			x, y := pt(s.Args[0])
			switch {
			case y == cy:
				b = append(b, 'h')
				num(x-cx, true)
				cx = x
			case x == cx:
				b = append(b, 'v')
				num(y-cy, true)
				cy = y
			default:
				rel('l', s.Args[0])
			}
		case sfnt.SegmentOpQuadTo:
			rel('q', s.Args[0], s.Args[1])
		case sfnt.SegmentOpCubeTo:
			rel('c', s.Args[0], s.Args[1], s.Args[2])
		}
	}
	if len(b) > 0 {
		b = append(b, 'z')
	}
	return string(b)
}

// Segments returns the outline of r in font units (an Em is 2048; 26.6
// fixed point at a size of one Em), y down, its origin on the baseline at
// the glyph's left; nil for a character without ink or one the font lacks.
func (f *Face) Segments(r rune) (sfnt.Segments, error) {
	outlines.once.Do(parseOutlines)
	if outlines.err != nil {
		return nil, outlines.err
	}
	font := outlines.fonts[f]
	outlines.mu.Lock()
	defer outlines.mu.Unlock()
	g, err := font.GlyphIndex(&outlines.buf, r)
	if err != nil || g == 0 {
		return nil, err
	}
	segs, err := font.LoadGlyph(&outlines.buf, g, fixed.I(Em), nil)
	if err != nil {
		return nil, fmt.Errorf("the outline of %q: %w", r, err)
	}
	return append(sfnt.Segments(nil), segs...), nil
}
