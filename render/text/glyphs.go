package text

import "slices"

// A GlyphSet is the characters a face draws in a scene.
type GlyphSet struct {
	ascii [128]bool
	other map[rune]bool
}

// Add adds the characters of s to the set.
func (g *GlyphSet) Add(s string) {
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

// Runes returns the characters of the set in order.
func (g *GlyphSet) Runes() []rune {
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
