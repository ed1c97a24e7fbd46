package pdf

import (
	"math"

	"github.com/blueprint-tool/blueprint/render/scene"
	"github.com/blueprint-tool/blueprint/render/text"
)

// Sizes of ISO A-series pages, landscape, in points.
const (
	a0Width           = 3370.39 // 1189 mm
	a3Width, a3Height = 1190.55, 841.89
	a4Width, a4Height = 841.89, 595.28
	pageMargin        = 28.35 // 10 mm around the picture on a printed page
	overlap           = 16.0  // pixels two pages share when the scene has no columns
)

// A page is one page of the document: its size in points, the scale of
// the picture on it (points a pixel), and the slice of the picture right of
// the gutter it shows, from x0 to x1 in the picture's pixels.
type page struct {
	w, h, scale float64
	gutter      float64 // the width of the gutter repeated at the left
	x0, x1      float64
	margin      float64
}

// pagesOf cuts a scene into pages. A picture no wider than A0 landscape at
// 0.75 pt a pixel is one page of its own size. A wider one prints on A4
// landscape pages when it fits their height at that size, else on A3
// landscape pages, scaled down so that its height fits between the
// margins; it is cut into slices between its columns (scene.Pitch, or
// anywhere with a small overlap when it has none), each page showing the
// gutter (scene.Gutter, the lane names) at its left and then its slice.
func pagesOf(s *scene.Scene) []page {
	if s.W*ptPerPx <= a0Width {
		return []page{{w: s.W * ptPerPx, h: s.H * ptPerPx, scale: ptPerPx, x0: 0, x1: s.W}}
	}
	w, h := a3Width, a3Height
	if s.H*ptPerPx <= a4Height-2*pageMargin {
		w, h = a4Width, a4Height
	}
	scale := min(ptPerPx, (h-2*pageMargin)/s.H)
	gutter, room := s.Gutter, (w-2*pageMargin)/scale-s.Gutter // pixels right of the gutter
	if room < (w-2*pageMargin)/scale/2 {                      // a gutter of more than half a page is not repeated
		gutter, room = 0, (w-2*pageMargin)/scale
	}
	step, width := room-overlap, room
	if s.Pitch > 0 && s.Pitch <= room {
		width = math.Floor(room/s.Pitch) * s.Pitch
		step = width
	}
	var pages []page
	for x := gutter; x < s.W; x += step {
		end := min(x+width, s.W)
		if s.W-x <= room { // the rest fits on this page
			end = s.W
		}
		pages = append(pages, page{w: w, h: h, scale: scale, gutter: gutter, x0: x, x1: end, margin: pageMargin})
		if end == s.W {
			break
		}
	}
	return pages
}

// content is the content stream of a page: the picture (form /P) clipped
// to the gutter and then to the page's slice, and the page number.
func (pg page) content(s *scene.Scene, f *font, n, of int) []byte {
	top, height := pg.h-pg.margin, s.H*pg.scale
	if of == 1 {
		return append(nums([]byte("q\n"), pg.scale, 0, 0, -pg.scale, 0, pg.h), "cm\n/P Do\nQ\n"...)
	}
	var b []byte
	show := func(clipX, clipW, shift float64) {
		b = append(nums(append(b, "q\n"...), clipX, top-height, clipW, height), "re W n\n"...)
		b = append(nums(b, pg.scale, 0, 0, -pg.scale, clipX-shift*pg.scale, top), "cm\n/P Do\nQ\n"...)
	}
	if pg.gutter > 0 {
		show(pg.margin, pg.gutter*pg.scale, 0)
	}
	show(pg.margin+pg.gutter*pg.scale, (pg.x1-pg.x0)*pg.scale, pg.x0)
	label := itoa(n) + " / " + itoa(of)
	const size = 9
	x := pg.w - pg.margin - text.Style{Face: f.face, Size: size}.Width(label)
	b = append(b, "BT\n0.33 g\n/"+f.name+" 9 Tf\n"...)
	b = append(nums(append(b, "1 0 0 1 "...), x, pg.margin/2-3), "Tm\n"...)
	return append(f.show(b, label), " Tj\nET\n"...)
}

// itoa is n in decimal.
func itoa(n int) string { return string(num(nil, float64(n))) }
