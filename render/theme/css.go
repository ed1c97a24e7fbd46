package theme

import (
	"strconv"
	"strings"
)

// CSS returns the style sheet of the named theme (an unknown name gets the
// first of Names): one rule per line, the texts' first. Kerning and
// ligatures are off, so that a viewer draws each text as wide as the sum
// of the advances the layout measured.
func CSS(name string) string {
	t := Named(name)
	var b strings.Builder
	b.WriteString("text{fill:" + t.Text.Fill + ";font-kerning:none;font-variant-ligatures:none}\n")
	for _, r := range t.Rules {
		b.WriteString("." + strings.Join(r.Classes, ",."))
		b.WriteString("{" + declarations(r.Paint) + "}\n")
	}
	return b.String()
}

// declarations writes what a paint sets as CSS declarations, in a fixed
// order.
func declarations(p Paint) string {
	var d []string
	add := func(prop, v string) { d = append(d, prop+":"+v) }
	num := func(prop string, v float64) {
		if v != 0 {
			add(prop, cssNumber(v))
		}
	}
	switch {
	case p.Hatch:
		add("fill", "url(#bp-hatch)")
	case p.Fill != "":
		add("fill", p.Fill)
	}
	num("fill-opacity", p.FillOpacity)
	if p.Stroke != "" {
		add("stroke", p.Stroke)
	}
	num("stroke-width", p.StrokeWidth)
	num("stroke-opacity", p.StrokeOpacity)
	if len(p.Dash) > 0 {
		dash := make([]string, len(p.Dash))
		for i, v := range p.Dash {
			dash[i] = cssNumber(v)
		}
		add("stroke-dasharray", strings.Join(dash, " "))
	}
	if p.RoundCap {
		add("stroke-linecap", "round")
	}
	if p.RoundJoin {
		add("stroke-linejoin", "round")
	}
	return strings.Join(d, ";")
}

// cssNumber writes v as short as CSS allows: "1.5", ".6".
func cssNumber(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if strings.HasPrefix(s, "0.") {
		return s[1:]
	}
	return s
}
