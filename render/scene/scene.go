package scene

import (
	"math"
	"strings"

	"github.com/blueprint-tool/blueprint/render/text"
)

// A Point is a position in pixels, from the top-left corner of the picture.
type Point struct{ X, Y float64 }

// Rect is a box: its top-left corner and its size.
type Rect struct{ X, Y, W, H float64 }

// Right returns the right edge of r.
func (r Rect) Right() float64 { return r.X + r.W }

// Bottom returns the bottom edge of r.
func (r Rect) Bottom() float64 { return r.Y + r.H }

// A Kind is what an item is.
type Kind int

const (
	KindRect    Kind = iota // r, with corner radius
	KindCircle              // the circle inside r
	KindLine                // an open polyline through pts
	KindPolygon             // a closed, filled shape through pts
	KindText                // lines inside r
	KindGroup               // begins a group of the items up to the next KindEnd; Tip is its tooltip
	KindEnd
)

// An Anchor is where a text lies in its box.
type Anchor int

const (
	AlignStart Anchor = iota
	AlignMiddle
	AlignEnd
)

// An Item is one shape or text of a scene. Class names its role, which the
// theme colours ("card", "rule", "arrow", ...).
type Item struct {
	Kind   Kind
	Class  string
	R      Rect
	Radius float64
	Pts    []Point
	Lines  []string
	Style  text.Style
	Align  Anchor
	Tip    string // KindGroup: the tooltip (<title>) of the group
}

// A Scene is a picture laid out: its size, what it is about (for screen
// readers), and its items in drawing order.
type Scene struct {
	W, H        float64
	Title, Desc string
	Items       []Item
	Used        map[*text.Face]*text.GlyphSet // the characters each face draws
	// Gutter is the width of the strip at the left that holds the names of
	// the lanes or rows, which a picture printed on several pages repeats
	// on each page (0: none). Pitch is the width of the columns right of
	// it, between which pages are cut (0: anywhere).
	Gutter, Pitch float64
}

// NewScene returns an empty scene.
func NewScene() *Scene { return &Scene{Used: map[*text.Face]*text.GlyphSet{}} }

// Add adds an item at the end of the drawing order.
func (s *Scene) Add(it Item) { s.Items = append(s.Items, it) }

// Rect adds a box with rounded corners of the given radius (0: square).
func (s *Scene) Rect(class string, r Rect, radius float64) {
	s.Add(Item{Kind: KindRect, Class: class, R: r, Radius: radius})
}

// Circle adds a circle around (cx, cy).
func (s *Scene) Circle(class string, cx, cy, radius float64) {
	s.Add(Item{Kind: KindCircle, Class: class, R: Rect{cx - radius, cy - radius, 2 * radius, 2 * radius}})
}

// Line adds an open polyline through pts.
func (s *Scene) Line(class string, pts ...Point) { s.Add(Item{Kind: KindLine, Class: class, Pts: pts}) }

// Polygon adds a closed shape through pts.
func (s *Scene) Polygon(class string, pts ...Point) {
	s.Add(Item{Kind: KindPolygon, Class: class, Pts: pts})
}

// Text places lines, already wrapped to fit, in box r.
func (s *Scene) Text(class string, r Rect, st text.Style, lines []string, a Anchor) {
	s.Add(Item{Kind: KindText, Class: class, R: r, Style: st, Lines: lines, Align: a})
	set := s.Used[st.Face]
	if set == nil {
		set = &text.GlyphSet{}
		s.Used[st.Face] = set
	}
	for _, l := range lines {
		set.Add(l)
	}
}

// Group starts a group of items with a tooltip (its <title>).
func (s *Scene) Group(tip string) { s.Add(Item{Kind: KindGroup, Tip: tip}) }

// End closes the group Group began.
func (s *Scene) End() { s.Add(Item{Kind: KindEnd}) }

// Arrow draws a line through pts with a filled head at the last point, and
// one at the first too when both is set.
func (s *Scene) Arrow(class string, both bool, pts ...Point) {
	s.Line(class, pts...)
	s.Head(class, pts[len(pts)-2], pts[len(pts)-1])
	if both {
		s.Head(class, pts[1], pts[0])
	}
}

// Head draws an arrowhead at to, pointing away from from.
func (s *Scene) Head(class string, from, to Point) {
	const size = 7
	dx, dy := to.X-from.X, to.Y-from.Y
	n := max(math.Abs(dx), math.Abs(dy))
	if n == 0 {
		return
	}
	dx, dy = dx/n, dy/n // the lines are horizontal or vertical
	back := Point{to.X - dx*size, to.Y - dy*size}
	s.Polygon(headClass(class), to,
		Point{back.X - dy*size/2, back.Y + dx*size/2},
		Point{back.X + dy*size/2, back.Y - dx*size/2})
}

// Baseline returns the height of the baseline of line k of a text item:
// the line's capitals are centred in its line distance.
func Baseline(it *Item, k int) float64 {
	return it.R.Y + float64(k)*it.Style.Lead + it.Style.Lead/2 + it.Style.Size*0.35
}

// Pt returns the point (x, y).
func Pt(x, y float64) Point { return Point{x, y} }

// Box returns the box with its top-left corner at (x, y) and the size w x h.
func Box(x, y, w, h float64) Rect { return Rect{x, y, w, h} }

// headClass is the class of an arrowhead: each class of its line with
// "-head", so a head fills where its line strokes ("flow path-1" gets
// "flow-head path-1-head").
func headClass(class string) string {
	names := strings.Fields(class)
	for i := range names {
		names[i] += "-head"
	}
	return strings.Join(names, " ")
}

// HatchLines returns the lines of the hatching of dead moments within r,
// from end to end: at 45 degrees, 8 pixels apart, where the SVG's pattern
// draws them, for the writers that draw the lines themselves.
func HatchLines(r Rect) [][2]Point {
	var out [][2]Point
	step := 8 * math.Sqrt2
	for k := math.Ceil((r.X+r.Y)/step) * step; k <= r.Right()+r.Bottom(); k += step {
		x0, x1 := max(r.X, k-r.Bottom()), min(r.Right(), k-r.Y)
		if x0 < x1 {
			out = append(out, [2]Point{{x0, k - x0}, {x1, k - x1}})
		}
	}
	return out
}
