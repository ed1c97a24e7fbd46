package render

import (
	"fmt"
	"strings"

	"github.com/blueprint-tool/blueprint/journeyfile"
	"github.com/blueprint-tool/blueprint/render/pdf"
	"github.com/blueprint-tool/blueprint/render/raster"
	"github.com/blueprint-tool/blueprint/render/scene"
	"github.com/blueprint-tool/blueprint/render/svg"
)

// Formats lists the files a picture can be written as, as
// journeyfile.Formats names them; the first is the default.
var Formats = journeyfile.Formats

// encode writes a scene in format with the writer of that format: SVG, or
// PNG or PDF drawn from the same scene with the same fonts and colours.
func encode(s *scene.Scene, theme, format string) ([]byte, error) {
	switch format {
	case "", "svg":
		return svg.Write(s, theme), nil
	case "png":
		return raster.PNG(s, theme)
	case "pdf":
		return pdf.Write(s, theme)
	}
	return nil, fmt.Errorf("unknown format %q (known: %s)", format, strings.Join(Formats, ", "))
}
