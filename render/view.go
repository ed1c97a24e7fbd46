package render

import "github.com/blueprint-tool/blueprint/journeyfile"

// Themes names the colour schemes a picture can be drawn in; the first is
// the default.
var Themes = []string{"light", "dark", "print"}

// A View is one picture of a journey: its name (the --view flag), the
// suffix of its SVG file, and how it is laid out.
type View struct {
	Name   string // blueprint
	Suffix string // .blueprint.svg
	layout func(m Measured) *scene
}

// Views lists the pictures render draws, in the order they are written:
// those journeyfile.Views names, each with its layout.
var Views = []View{
	namedView(journeyfile.Views[0], layoutBlueprint),
	namedView(journeyfile.Views[1], layoutTouchpoints),
}

// namedView returns the view named name, laid out by layout.
func namedView(name string, layout func(m Measured) *scene) View {
	return View{Name: name, Suffix: journeyfile.Suffix(name, Formats[0]), layout: layout}
}

// Draw draws the view of m as SVG in the named theme ("" is the first).
func (v View) Draw(m Measured, theme string) []byte { return writeSVG(v.layout(m), theme) }

// Encode draws the view of m in format, one of Formats.
func (v View) Encode(m Measured, theme, format string) ([]byte, error) {
	return encode(v.layout(m), theme, format)
}

// SuffixFor returns the suffix of the view's file in format: ".blueprint.png".
func (v View) SuffixFor(format string) string { return journeyfile.Suffix(v.Name, format) }

// BlueprintSVG draws the service blueprint of a journey as a self-contained
// SVG document in the named theme (one of Themes; "" is the first).
func BlueprintSVG(m Measured, theme string) []byte { return Views[0].Draw(m, theme) }

// TouchpointsSVG draws the touchpoint map of a journey as a self-contained
// SVG document in the named theme: the channels as rows, each touchpoint as
// a card under its step, the customer's path through them, and under it the
// emotion, the pains and ideas of each phase and the opportunities.
func TouchpointsSVG(m Measured, theme string) []byte { return Views[1].Draw(m, theme) }

// ComparePicture draws the comparison of a and b in format, one of Formats.
func ComparePicture(a, b Measured, theme, format string) ([]byte, error) {
	return encode(layoutCompare(a, b), theme, format)
}
