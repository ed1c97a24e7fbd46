package raster

import (
	"cmp"
	"image/color"
	"math"
	"strconv"
)

// colour returns a colour of a paint, "#rrggbb", at an opacity (0 is
// opaque), as canvas takes it, premultiplied; anything else is no paint.
func colour(v string, opacity float64) (color.RGBA, bool) {
	if len(v) != 7 || v[0] != '#' {
		return color.RGBA{}, false
	}
	n, err := strconv.ParseUint(v[1:], 16, 32)
	if err != nil {
		return color.RGBA{}, false
	}
	a := cmp.Or(opacity, 1)
	c := func(shift uint) uint8 { return uint8(math.Round(float64(n>>shift&0xff) * a)) }
	return color.RGBA{c(16), c(8), c(0), uint8(math.Round(255 * a))}, true
}
