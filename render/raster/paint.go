package raster

import (
	"cmp"
	"image/color"
	"math"

	"github.com/blueprint-tool/blueprint/render/theme"
)

// colour returns a paint's colour, "#rrggbb", at an opacity (0 is
// opaque), premultiplied; anything else is no paint.
func colour(v string, opacity float64) (color.RGBA, bool) {
	r, g, b, ok := theme.RGB(v)
	if !ok {
		return color.RGBA{}, false
	}
	a := cmp.Or(opacity, 1)
	c := func(v uint8) uint8 { return uint8(math.Round(float64(v) * a)) }
	return color.RGBA{c(r), c(g), c(b), uint8(math.Round(255 * a))}, true
}
