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

// A Picture is a file drawn, and what the user should be told about it
// ("" when nothing): a PNG drawn smaller than usual, to stay within what
// viewers open.
type Picture struct {
	Data []byte
	Note string
}

// encode writes a scene in format with the writer of that format: SVG, or
// PNG or PDF drawn from the same scene with the same fonts and colours.
func encode(s *scene.Scene, theme, format string) (Picture, error) {
	var pic Picture
	var err error
	switch format {
	case "", "svg":
		pic.Data = svg.Write(s, theme)
	case "png":
		pic.Data, err = raster.PNG(s, theme)
		pic.Note = pngNote(s)
	case "pdf":
		pic.Data, err = pdf.Write(s, theme)
	default:
		err = fmt.Errorf("unknown format %q (known: %s)", format, strings.Join(Formats, ", "))
	}
	return pic, err
}

// pngNote says how much smaller than usual a PNG of s is drawn, if it is.
func pngNote(s *scene.Scene) string {
	z := raster.SizeOf(s)
	if !z.Reduced() {
		return ""
	}
	return fmt.Sprintf("at %d PNG pixels for each pixel of the SVG it would be %.0f x %.0f px, more than PNG viewers open (%d a side): drawn at %.2f, %d x %d px; the SVG and the PDF keep every detail",
		raster.Scale, s.W*raster.Scale, s.H*raster.Scale, raster.MaxSide, z.Scale, z.W, z.H)
}
