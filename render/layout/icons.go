package layout

import (
	"sync"

	"github.com/blueprint-tool/blueprint/render/scene"
)

// iconSize is the side of the square a channel icon is drawn in.
const iconSize = 16.0

// An iconShape is one stroke of a channel icon, in a 16 x 16 box.
type iconShape struct {
	kind   scene.Kind
	r      scene.Rect    // rect, circle
	radius float64       // rect corners
	pts    []scene.Point // line, polygon
}

func iconRect(x, y, w, h, radius float64) iconShape {
	return iconShape{kind: scene.KindRect, r: scene.Box(x, y, w, h), radius: radius}
}

func iconCircle(cx, cy, radius float64) iconShape {
	return iconShape{kind: scene.KindCircle, r: scene.Box(cx-radius, cy-radius, 2*radius, 2*radius)}
}

func iconLine(xy ...float64) iconShape {
	pts := make([]scene.Point, 0, len(xy)/2)
	for i := 0; i+1 < len(xy); i += 2 {
		pts = append(pts, scene.Pt(xy[i], xy[i+1]))
	}
	return iconShape{kind: scene.KindLine, pts: pts}
}

// envelope is the icon of email, and of mail with a stamp.
var envelope = []iconShape{iconRect(1, 3, 14, 10, 1), iconLine(1, 3.5, 8, 9, 15, 3.5)}

// channelIcons draws the known channels as simple line glyphs, legible in
// grey print and at small sizes.
var channelIcons = sync.OnceValue(func() map[string][]iconShape {
	return map[string][]iconShape{
		"in-person": {iconCircle(8, 4.5, 3), iconLine(2, 15.5, 2, 12.5, 5, 9.5, 11, 9.5, 14, 12.5, 14, 15.5)},
		"phone":     {iconRect(4, 0.5, 8, 15, 2), iconLine(6.5, 12.5, 9.5, 12.5)},
		"web":       {iconCircle(8, 8, 6.5), iconLine(1.5, 8, 14.5, 8), iconLine(8, 1.5, 8, 14.5), iconLine(3, 4.5, 13, 4.5), iconLine(3, 11.5, 13, 11.5)},
		"app":       {iconRect(4, 0.5, 8, 15, 2), iconRect(5.8, 3, 1.8, 1.8, 0), iconRect(8.4, 3, 1.8, 1.8, 0), iconRect(5.8, 5.6, 1.8, 1.8, 0), iconRect(8.4, 5.6, 1.8, 1.8, 0)},
		"email":     envelope,
		"mail":      append(append([]iconShape{}, envelope...), iconRect(10.5, 5, 2.5, 2.5, 0)),
		"sms":       {iconRect(1, 1.5, 14, 9.5, 2), iconLine(4, 11, 4, 14.5, 8, 11), iconCircle(5, 6.25, 0.6), iconCircle(8, 6.25, 0.6), iconCircle(11, 6.25, 0.6)},
		"chat":      {iconRect(1, 1, 10, 7, 2), iconRect(5, 7.5, 10, 7, 2)},
		"paper":     {iconLine(3, 0.5, 10, 0.5, 13, 3.5, 13, 15.5, 3, 15.5, 3, 0.5), iconLine(5, 6.5, 11, 6.5), iconLine(5, 9.5, 11, 9.5), iconLine(5, 12.5, 9, 12.5)},
		"kiosk":     {iconRect(3, 0.5, 10, 9, 1), iconLine(8, 9.5, 8, 15), iconLine(4.5, 15, 11.5, 15)},
		"social":    {iconCircle(4, 8, 2), iconCircle(12, 3.5, 2), iconCircle(12, 12.5, 2), iconLine(5.8, 7, 10.2, 4.5), iconLine(5.8, 9, 10.2, 11.5)},
		"video":     {iconRect(1, 4, 10, 8, 1.5), iconLine(11, 8, 15, 5, 15, 11, 11, 8)},
		"vehicle":   {iconRect(2, 1.5, 12, 10.5, 2), iconLine(2, 7.5, 14, 7.5), iconCircle(5, 13.5, 1.5), iconCircle(11, 13.5, 1.5)},
	}
})

// unknownIcon marks a channel the format does not know.
var unknownIcon = []iconShape{iconCircle(8, 8, 6.5), iconCircle(8, 8, 1.2)}

// icon draws the glyph of a channel with its top-left corner at (x, y).
func (b *layout) icon(channel string, x, y float64) {
	shapes, ok := channelIcons()[channel]
	if !ok {
		shapes = unknownIcon
	}
	for _, sh := range shapes {
		it := scene.Item{Kind: sh.kind, Class: "icon", Radius: sh.radius, R: scene.Box(sh.r.X+x, sh.r.Y+y, sh.r.W, sh.r.H)}
		for _, p := range sh.pts {
			it.Pts = append(it.Pts, scene.Pt(p.X+x, p.Y+y))
		}
		b.s.Add(it)
	}
}
