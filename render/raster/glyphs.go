package raster

import (
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"github.com/blueprint-tool/blueprint/render/text"
)

// A glyphRun is a line of text as glyph outlines: each glyph's segments in
// font units, where its origin lies, and the scale from font units to
// pixels of the PNG; min and max bound its ink.
type glyphRun struct {
	glyphs   []placedGlyph
	scale    float64
	min, max pt
}

// A placedGlyph is a glyph's outline and the pixel its origin lies on.
type placedGlyph struct {
	segs   sfnt.Segments
	origin pt
}

// An outlineCache keeps the outline of each character of each face, read
// once per picture.
type outlineCache map[outlineKey]sfnt.Segments

type outlineKey struct {
	face *text.Face
	r    rune
}

// line returns the glyphs of s in face at size px (in pixels of the PNG),
// its baseline starting at (x, y), each glyph after the advance of the one
// before, as the SVG places them (no kerning).
func (oc outlineCache) line(face *text.Face, s string, size, x, y float64) (glyphRun, error) {
	g := glyphRun{scale: size / text.Em / 64}
	pen := x
	for _, r := range s {
		key := outlineKey{face, r}
		segs, ok := oc[key]
		if !ok {
			var err error
			if segs, err = face.Segments(r); err != nil {
				return g, err
			}
			oc[key] = segs
		}
		if segs != nil {
			g.glyphs = append(g.glyphs, placedGlyph{segs, pt{pen, y}})
		}
		pen += float64(face.Advance(r)) * size / text.Em
	}
	g.min, g.max = pt{x - size, y - 1.2*size}, pt{pen + size, y + 0.5*size}
	return g, nil
}

// trace adds the run's outlines to z, whose origin lies at (ox, oy).
func (g *glyphRun) trace(z *vector.Rasterizer, ox, oy float32) {
	k := float32(g.scale)
	for _, gl := range g.glyphs {
		x0, y0 := float32(gl.origin.x)-ox, float32(gl.origin.y)-oy
		p := func(a fixed.Point26_6) (float32, float32) {
			return x0 + float32(a.X)*k, y0 + float32(a.Y)*k
		}
		for _, s := range gl.segs {
			switch s.Op {
			case sfnt.SegmentOpMoveTo:
				z.ClosePath()
				z.MoveTo(p(s.Args[0]))
			case sfnt.SegmentOpLineTo:
				z.LineTo(p(s.Args[0]))
			case sfnt.SegmentOpQuadTo:
				x1, y1 := p(s.Args[0])
				x2, y2 := p(s.Args[1])
				z.QuadTo(x1, y1, x2, y2)
			case sfnt.SegmentOpCubeTo:
				x1, y1 := p(s.Args[0])
				x2, y2 := p(s.Args[1])
				x3, y3 := p(s.Args[2])
				z.CubeTo(x1, y1, x2, y2, x3, y3)
			}
		}
		z.ClosePath()
	}
}
