package raster

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/vector"
)

// A pt is a point in pixels of the PNG.
type pt struct{ x, y float64 }

// A pixels is the picture being drawn: its pixels, and the rasterizer of
// shapes that are not boxes, reused from shape to shape.
type pixels struct {
	img *image.RGBA
	z   vector.Rasterizer
}

// fillBox covers the box from (x0, y0) to (x1, y1) with c, the pixels on
// its edges as much as the box covers them: boxes, the most common
// shapes, and straight strokes along the axes skip the rasterizer.
func (cv *pixels) fillBox(x0, y0, x1, y1 float64, c color.RGBA) {
	b := cv.img.Bounds()
	x0, y0 = max(x0, 0), max(y0, 0)
	x1, y1 = min(x1, float64(b.Dx())), min(y1, float64(b.Dy()))
	if x1 <= x0 || y1 <= y0 {
		return
	}
	i0, i1 := int(math.Floor(x0)), int(math.Ceil(x1))
	j0, j1 := int(math.Floor(y0)), int(math.Ceil(y1))
	cover := make([]float64, i1-i0) // how much of each column the box covers
	for i := range cover {
		cover[i] = math.Min(x1, float64(i0+i+1)) - math.Max(x0, float64(i0+i))
	}
	var solid []byte // a row of the colour, for the pixels the box covers whole
	if c.A == 0xff {
		solid = make([]byte, 4*len(cover))
		for i := 0; i < len(solid); i += 4 {
			solid[i], solid[i+1], solid[i+2], solid[i+3] = c.R, c.G, c.B, c.A
		}
	}
	for j := j0; j < j1; j++ {
		cy := math.Min(y1, float64(j+1)) - math.Max(y0, float64(j))
		row := cv.img.Pix[j*cv.img.Stride+4*i0 : j*cv.img.Stride+4*i1]
		for i := 0; i < len(cover); i++ {
			a := cover[i] * cy
			if a < 1 || solid == nil {
				blend(row[4*i:4*i+4], c, a)
				continue
			}
			k := i + 1 // the run of whole pixels from i
			for k < len(cover) && cover[k] >= 1 {
				k++
			}
			copy(row[4*i:4*k], solid[4*i:4*k])
			i = k - 1
		}
	}
}

// blend lays c, premultiplied, at coverage a over the pixel p.
func blend(p []byte, c color.RGBA, a float64) {
	if a >= 1 && c.A == 0xff {
		p[0], p[1], p[2], p[3] = c.R, c.G, c.B, c.A
		return
	}
	k := 1 - float64(c.A)/255*a
	p[0] = uint8(float64(c.R)*a + float64(p[0])*k + 0.5)
	p[1] = uint8(float64(c.G)*a + float64(p[1])*k + 0.5)
	p[2] = uint8(float64(c.B)*a + float64(p[2])*k + 0.5)
	p[3] = uint8(float64(c.A)*a + float64(p[3])*k + 0.5)
}

// A shape is closed contours to fill, in pixels of the PNG.
type shape struct {
	contours [][]pt
	curves   []glyphRun // glyph outlines, drawn with their curves
}

// bounds returns the pixels the shape may touch, within the picture.
func (s *shape) bounds(limit image.Rectangle) image.Rectangle {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	grow := func(p pt) {
		x0, y0, x1, y1 = min(x0, p.x), min(y0, p.y), max(x1, p.x), max(y1, p.y)
	}
	for _, c := range s.contours {
		for _, p := range c {
			grow(p)
		}
	}
	for _, g := range s.curves {
		grow(g.min)
		grow(g.max)
	}
	if x0 > x1 {
		return image.Rectangle{}
	}
	r := image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1))+1, int(math.Ceil(y1))+1)
	return r.Intersect(limit)
}

// fill fills the shape with c: where contours overlap, the pixel is
// covered once when they turn the same way, and not at all where a
// contour turning the other way cuts a hole (a glyph's counter).
func (cv *pixels) fill(s *shape, c color.RGBA) {
	r := s.bounds(cv.img.Bounds())
	if r.Empty() || c.A == 0 {
		return
	}
	z := &cv.z
	z.Reset(r.Dx(), r.Dy())
	ox, oy := float32(r.Min.X), float32(r.Min.Y)
	for _, c := range s.contours {
		if len(c) < 3 {
			continue
		}
		z.MoveTo(float32(c[0].x)-ox, float32(c[0].y)-oy)
		for _, p := range c[1:] {
			z.LineTo(float32(p.x)-ox, float32(p.y)-oy)
		}
		z.ClosePath()
	}
	for _, g := range s.curves {
		g.trace(z, ox, oy)
	}
	z.DrawOp = draw.Over
	z.Draw(cv.img, r, image.NewUniform(c), image.Point{})
}
