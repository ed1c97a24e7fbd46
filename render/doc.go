// Package render draws the pictures of journeys: it picks the layout of a
// view (package render/layout) and the writer of a format (render/svg,
// render/raster for PNG, render/pdf for PDF). Data flows one way:
//
//	blueprint.Measured -> layout -> scene.Scene -> svg.Write | raster.PNG | pdf.Write
//
// It knows no geometry and no colour itself: the layouts place, the
// writers serialise, the themes (render/theme) colour.
package render
