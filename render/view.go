package render

// Themes names the colour schemes a picture can be drawn in; the first is
// the default.
var Themes = []string{"light", "dark", "print"}

// A View is one picture of a journey: its name (the --view flag), the
// suffix of the file it is written to, and how it is drawn.
type View struct {
	Name   string // blueprint
	Suffix string // .blueprint.svg
	Draw   func(m Measured, theme string) []byte
}

// Views lists the pictures render draws, in the order they are written.
var Views = []View{
	{Name: "blueprint", Suffix: ".blueprint.svg", Draw: BlueprintSVG},
	{Name: "touchpoints", Suffix: ".touchpoints.svg", Draw: TouchpointsSVG},
}
