package raster

import (
	"bytes"
	"fmt"
	"image/png"

	"github.com/blueprint-tool/blueprint/render/scene"
	"github.com/blueprint-tool/blueprint/render/theme"
	"github.com/tdewolff/canvas"
	"github.com/tdewolff/canvas/renderers/pdf"
	"github.com/tdewolff/canvas/renderers/rasterizer"
)

// PNG draws a scene in the named theme as a PNG of two pixels for each
// pixel of the SVG, with the fonts and colours the SVG has.
func PNG(s *scene.Scene, themeName string) ([]byte, error) {
	c := drawCanvas(s, theme.Named(themeName))
	var out bytes.Buffer
	if err := png.Encode(&out, rasterizer.Draw(c, canvas.DPMM(2/mmPerPx), canvas.DefaultColorSpace)); err != nil {
		return nil, fmt.Errorf("writing png: %w", err)
	}
	return out.Bytes(), nil
}

// PDF draws a scene in the named theme as a one-page PDF at 96 pixels to
// the inch, with its title and description, the same bytes on every run.
func PDF(s *scene.Scene, themeName string) ([]byte, error) {
	c := drawCanvas(s, theme.Named(themeName))
	var out bytes.Buffer
	// uncompressed, so that fixedFontDates can reach the fonts
	doc := pdf.New(&out, c.W, c.H, &pdf.Options{Compress: false, SubsetFonts: true})
	doc.SetInfo(s.Title, s.Desc, "", "", "blueprint")
	c.RenderTo(doc)
	if err := doc.Close(); err != nil {
		return nil, fmt.Errorf("writing pdf: %w", err)
	}
	return fixedFontDates(fixedFontTags(fixedDate(out.Bytes())))
}
