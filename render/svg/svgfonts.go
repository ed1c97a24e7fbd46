package svg

import (
	"encoding/base64"
	"fmt"
	"slices"
	"strings"

	"github.com/blueprint-tool/blueprint/render/text"
)

// fontFaces returns the CSS @font-face rules that embed, for each face, the
// subset of its glyphs that the scene uses. Characters the face lacks are
// left to the viewer's other fonts, and a face with none of its own is left
// out: a font without a glyph to draw is one a browser may refuse.
func fontFaces(used map[*text.Face]*text.GlyphSet) (string, error) {
	var css strings.Builder
	for _, f := range text.Faces {
		if used[f] == nil {
			continue
		}
		runes := slices.DeleteFunc(used[f].Runes(), func(r rune) bool { return !f.Has(r) })
		if len(runes) == 0 {
			continue
		}
		data, err := f.Subset(runes)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(&css, "@font-face{font-family:%q;font-weight:%s;font-style:%s;src:url(data:font/ttf;base64,%s) format(\"truetype\")}\n",
			text.Family, f.Weight, f.FontStyle, base64.StdEncoding.EncodeToString(data))
	}
	return css.String(), nil
}
