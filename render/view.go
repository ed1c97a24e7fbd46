package render

import (
	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/layout"
	"github.com/blueprint-tool/blueprint/render/scene"
	"github.com/blueprint-tool/blueprint/render/svg"
)

// A View is one picture of a journey: its name (the --view flag), the
// suffix of its SVG file, and how it is laid out.
type View struct {
	Name   string // blueprint
	Suffix string // .blueprint.svg
	stem   string // .blueprint
	layout func(m blueprint.Measured) *scene.Scene
}

// Views lists the pictures render draws, in the order they are written.
var Views = []View{
	{Name: "blueprint", Suffix: ".blueprint.svg", stem: ".blueprint", layout: layout.Blueprint},
	{Name: "touchpoints", Suffix: ".touchpoints.svg", stem: ".touchpoints", layout: layout.Touchpoints},
}

// Draw draws the view of m as SVG in the named theme ("" is the first).
func (v View) Draw(m blueprint.Measured, theme string) []byte { return svg.Write(v.layout(m), theme) }

// Encode draws the view of m in format, one of Formats.
func (v View) Encode(m blueprint.Measured, theme, format string) ([]byte, error) {
	return encode(v.layout(m), theme, format)
}

// SuffixFor returns the suffix of the view's file in format: ".blueprint.png".
func (v View) SuffixFor(format string) string { return v.stem + "." + format }

// BlueprintSVG draws the service blueprint of a journey as a self-contained
// SVG document in the named theme (one of Themes; "" is the first).
func BlueprintSVG(m blueprint.Measured, theme string) []byte { return Views[0].Draw(m, theme) }

// TouchpointsSVG draws the touchpoint map of a journey as a self-contained
// SVG document in the named theme: the channels as rows, each touchpoint as
// a card under its step, the customer's path through them, and under it the
// emotion, the pains and ideas of each phase and the opportunities.
func TouchpointsSVG(m blueprint.Measured, theme string) []byte { return Views[1].Draw(m, theme) }

// ComparePicture draws the comparison of a and b in format, one of Formats.
func ComparePicture(a, b blueprint.Measured, theme, format string) ([]byte, error) {
	return encode(layout.Compare(a, b), theme, format)
}

// CompareSVG draws two journeys side by side as one SVG document: a
// scorecard of their figures, both on one time scale with their phases
// aligned, and both emotion curves on one chart.
func CompareSVG(a, b blueprint.Measured, theme string) []byte {
	return svg.Write(layout.Compare(a, b), theme)
}
