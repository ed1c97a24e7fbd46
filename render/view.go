package render

import (
	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/journeyfile"
	"github.com/blueprint-tool/blueprint/render/layout"
	"github.com/blueprint-tool/blueprint/render/scene"
	"github.com/blueprint-tool/blueprint/render/svg"
)

// A View is one picture of a journey: its name, one of journeyfile.Views
// (the --view flag), and its layout.
type View struct {
	Name   string
	layout func(m blueprint.Measured, o Options) *scene.Scene
}

// Options are what a picture shows beyond the journey itself: the review
// findings to mark on it.
type Options = layout.Options

// layouts lays out each view journeyfile.Views names.
var layouts = map[string]func(m blueprint.Measured, o Options) *scene.Scene{
	"blueprint":   layout.Blueprint,
	"touchpoints": layout.Touchpoints,
}

// Views lists the pictures render draws, in the order journeyfile.Views
// names them, each with its layout.
var Views = func() []View {
	views := make([]View, len(journeyfile.Views))
	for i, name := range journeyfile.Views {
		views[i] = View{Name: name, layout: layouts[name]}
	}
	return views
}()

// Draw draws the view of m as SVG in the named theme ("" is the first).
func (v View) Draw(m blueprint.Measured, theme string) []byte {
	return svg.Write(v.layout(m, Options{}), theme)
}

// Encode draws the view of m with what o adds in format, one of Formats.
func (v View) Encode(m blueprint.Measured, o Options, theme, format string) ([]byte, error) {
	pic, err := v.Picture(m, o, theme, format)
	return pic.Data, err
}

// Picture draws the view of m as Encode does, with what the user should
// be told about the file.
func (v View) Picture(m blueprint.Measured, o Options, theme, format string) (Picture, error) {
	return encode(v.layout(m, o), theme, format)
}

// BlueprintSVG draws the service blueprint of a journey as a self-contained
// SVG document in the named theme (one of theme.Names; "" is the first).
func BlueprintSVG(m blueprint.Measured, theme string) []byte { return Views[0].Draw(m, theme) }

// TouchpointsSVG draws the touchpoint map of a journey as a self-contained
// SVG document in the named theme: the channels as rows, each touchpoint as
// a card under its step, the customer's path through them, and under it the
// emotion, the pains and ideas of each phase and the opportunities.
func TouchpointsSVG(m blueprint.Measured, theme string) []byte { return Views[1].Draw(m, theme) }

// ComparePicture draws the comparison of a and b in format, one of Formats.
func ComparePicture(a, b blueprint.Measured, theme, format string) (Picture, error) {
	return encode(layout.Compare(a, b), theme, format)
}

// CompareSVG draws two journeys side by side as one SVG document: a
// scorecard of their figures, both on one time scale with their phases
// aligned, and both emotion curves on one chart.
func CompareSVG(a, b blueprint.Measured, theme string) []byte {
	return svg.Write(layout.Compare(a, b), theme)
}
