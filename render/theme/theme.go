package theme

import (
	"strings"
	"sync"
)

// Names names the colour schemes a picture can be drawn in; the first is
// the default.
var Names = []string{"light", "dark", "print"}

// A Paint is how a class of scene items is drawn. A colour is "#rrggbb",
// "none", or "" where the rule leaves it to another class of the item (as
// in CSS, where a later rule overrides only what it sets); a number is 0
// where it is not set.
type Paint struct {
	Fill          string
	FillOpacity   float64
	Hatch         bool // filled with the hatching of dead moments instead of Fill
	Stroke        string
	StrokeWidth   float64
	StrokeOpacity float64
	Dash          []float64 // lengths of dashes and gaps, from a dash
	RoundCap      bool
	RoundJoin     bool
}

// over returns p with what o sets laid over it.
func (p Paint) over(o Paint) Paint {
	if o.Fill != "" {
		p.Fill, p.Hatch = o.Fill, false
	}
	if o.Hatch {
		p.Hatch, p.Fill = true, ""
	}
	p.FillOpacity = cmpOr(o.FillOpacity, p.FillOpacity)
	if o.Stroke != "" {
		p.Stroke = o.Stroke
	}
	p.StrokeWidth = cmpOr(o.StrokeWidth, p.StrokeWidth)
	p.StrokeOpacity = cmpOr(o.StrokeOpacity, p.StrokeOpacity)
	if o.Dash != nil {
		p.Dash = o.Dash
	}
	p.RoundCap = p.RoundCap || o.RoundCap
	p.RoundJoin = p.RoundJoin || o.RoundJoin
	return p
}

func cmpOr(a, b float64) float64 {
	if a != 0 {
		return a
	}
	return b
}

// A Rule gives the classes it names their paint.
type Rule struct {
	Classes []string
	Paint   Paint
}

// A Theme is a colour scheme as data: the paint of texts, and the rules
// that paint each class, in order (a later rule overrides an earlier one
// for an item with both classes). The SVG writer writes it as a style
// sheet and the PNG and PDF writers draw with it (Paints).
type Theme struct {
	Name  string
	Text  Paint // every text, before its classes' rules
	Rules []Rule
}

// themes returns the themes of Names, built from their palettes on first
// use rather than at start-up.
var themes = sync.OnceValue(func() map[string]*Theme {
	out := make(map[string]*Theme, len(palettes()))
	for name, p := range palettes() {
		out[name] = &Theme{Name: name, Text: Paint{Fill: p.ink}, Rules: rules(p)}
	}
	return out
})

// Named returns the theme of a name; an unknown name gets the first of
// Names.
func Named(name string) *Theme {
	if t, ok := themes()[name]; ok {
		return t
	}
	return themes()[Names[0]]
}

// Paint returns the paint of a shape with the given classes (separated by
// spaces), the later rules laid over the earlier ones.
func (t *Theme) Paint(classes string) Paint { return t.paint(Paint{}, classes) }

// TextPaint returns the paint of a text with the given classes.
func (t *Theme) TextPaint(classes string) Paint { return t.paint(t.Text, classes) }

func (t *Theme) paint(base Paint, classes string) Paint {
	names := strings.Fields(classes)
	for _, r := range t.Rules {
		for _, c := range r.Classes {
			if containsName(names, c) {
				base = base.over(r.Paint)
				break
			}
		}
	}
	return base
}

func containsName(names []string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}
