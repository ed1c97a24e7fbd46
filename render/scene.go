package render

import (
	"math"
	"slices"
)

// The layout of a picture is a scene: plain shapes and texts at computed
// positions, which the SVG writer only serialises. Tests check a scene's
// geometry (no overlaps, every text inside its box) without parsing SVG.

type point struct{ x, y float64 }

// rect is a box: its top-left corner and its size.
type rect struct{ x, y, w, h float64 }

func (r rect) right() float64  { return r.x + r.w }
func (r rect) bottom() float64 { return r.y + r.h }

type kind int

const (
	kindRect    kind = iota // r, with corner radius
	kindCircle              // the circle inside r
	kindLine                // an open polyline through pts
	kindPolygon             // a closed, filled shape through pts
	kindText                // lines inside r
	kindGroup               // begins a group of the items up to the next kindEnd; tip is its tooltip
	kindEnd
)

// anchor is where a text lies in its box.
type anchor int

const (
	alignStart anchor = iota
	alignMiddle
	alignEnd
)

// An item is one shape or text of a scene. class names its role, which the
// theme colours ("card", "rule", "arrow", ...).
type item struct {
	kind   kind
	class  string
	r      rect
	radius float64
	pts    []point
	lines  []string
	style  textStyle
	align  anchor
	tip    string // kindGroup: the tooltip (<title>) of the group
}

// A scene is a picture laid out: its size, what it is about (for screen
// readers), and its items in drawing order.
type scene struct {
	w, h        float64
	title, desc string
	items       []item
	used        map[*face]*glyphSet // the characters each face draws
}

func newScene() *scene { return &scene{used: map[*face]*glyphSet{}} }

// A glyphSet is the characters a face draws in a scene.
type glyphSet struct {
	ascii [128]bool
	other map[rune]bool
}

func (g *glyphSet) add(s string) {
	for _, c := range s {
		if c < 128 {
			g.ascii[c] = true
			continue
		}
		if g.other == nil {
			g.other = map[rune]bool{}
		}
		g.other[c] = true
	}
}

// runes returns the characters of the set in order.
func (g *glyphSet) runes() []rune {
	var out []rune
	for c, ok := range g.ascii {
		if ok {
			out = append(out, rune(c))
		}
	}
	others := make([]rune, 0, len(g.other))
	for c := range g.other {
		others = append(others, c)
	}
	slices.Sort(others)
	return append(out, others...)
}

func (s *scene) add(it item) { s.items = append(s.items, it) }

func (s *scene) rect(class string, r rect, radius float64) {
	s.add(item{kind: kindRect, class: class, r: r, radius: radius})
}

func (s *scene) circle(class string, cx, cy, radius float64) {
	s.add(item{kind: kindCircle, class: class, r: rect{cx - radius, cy - radius, 2 * radius, 2 * radius}})
}

func (s *scene) line(class string, pts ...point) { s.add(item{kind: kindLine, class: class, pts: pts}) }

func (s *scene) polygon(class string, pts ...point) {
	s.add(item{kind: kindPolygon, class: class, pts: pts})
}

// text places lines, already wrapped to fit, in box r.
func (s *scene) text(class string, r rect, st textStyle, lines []string, a anchor) {
	s.add(item{kind: kindText, class: class, r: r, style: st, lines: lines, align: a})
	set := s.used[st.face]
	if set == nil {
		set = &glyphSet{}
		s.used[st.face] = set
	}
	for _, l := range lines {
		set.add(l)
	}
}

// group starts a group of items with a tooltip; end closes it.
func (s *scene) group(tip string) { s.add(item{kind: kindGroup, tip: tip}) }
func (s *scene) end()             { s.add(item{kind: kindEnd}) }

// arrow draws a line through pts with a filled head at the last point, and
// one at the first too when both is set.
func (s *scene) arrow(class string, both bool, pts ...point) {
	s.line(class, pts...)
	s.head(class, pts[len(pts)-2], pts[len(pts)-1])
	if both {
		s.head(class, pts[1], pts[0])
	}
}

// head draws an arrowhead at to, pointing away from from.
func (s *scene) head(class string, from, to point) {
	const size = 7
	dx, dy := to.x-from.x, to.y-from.y
	n := max(math.Abs(dx), math.Abs(dy))
	if n == 0 {
		return
	}
	dx, dy = dx/n, dy/n // the lines are horizontal or vertical
	back := point{to.x - dx*size, to.y - dy*size}
	s.polygon(class+"-head", to,
		point{back.x - dy*size/2, back.y + dx*size/2},
		point{back.x + dy*size/2, back.y - dx*size/2})
}
