// Package scene is a picture laid out: plain shapes and texts at computed
// positions, each with a class that names its role ("card", "flow"), which
// every writer (SVG, PNG, PDF) draws the same way, as terrastruct/d2's
// d2target.Diagram is consumed by all of its exporters. Tests check a
// scene's geometry (no overlaps, every text inside its box) without
// parsing a picture.
//
// A scene knows nothing of journeys, colours or file formats.
package scene
