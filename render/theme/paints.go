package theme

import "strconv"

// Paints resolves the paints of a theme for the items of one picture,
// each set of classes once: a writer asks for the same few classes
// thousands of times. It is not safe for concurrent use.
type Paints struct {
	theme *Theme
	cache map[paintKey]Paint
}

// A paintKey is the classes of an item, and whether it is a text.
type paintKey struct {
	classes string
	text    bool
}

// Paints returns a resolver of the theme's paints.
func (t *Theme) Paints() *Paints { return &Paints{theme: t, cache: map[paintKey]Paint{}} }

// Shape returns the paint of a shape with the given classes.
func (p *Paints) Shape(classes string) Paint { return p.of(paintKey{classes, false}) }

// Text returns the paint of a text with the given classes.
func (p *Paints) Text(classes string) Paint { return p.of(paintKey{classes, true}) }

func (p *Paints) of(key paintKey) Paint {
	pt, ok := p.cache[key]
	if !ok {
		pt = p.theme.Paint(key.classes)
		if key.text {
			pt = p.theme.TextPaint(key.classes)
		}
		p.cache[key] = pt
	}
	return pt
}

// RGB returns the red, green and blue of a paint's colour, "#rrggbb";
// false for anything else, which paints nothing ("none", "").
func RGB(v string) (r, g, b uint8, ok bool) {
	if len(v) != 7 || v[0] != '#' {
		return 0, 0, 0, false
	}
	n, err := strconv.ParseUint(v[1:], 16, 32)
	if err != nil {
		return 0, 0, 0, false
	}
	return uint8(n >> 16), uint8(n >> 8), uint8(n), true
}
