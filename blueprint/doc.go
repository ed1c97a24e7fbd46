// Package blueprint is the model: it loads a customer journey from its
// YAML description, validates it with the position of every problem, and
// computes the figures that service designers argue about: time to value,
// dead moments, the lived and the remembered emotion, fail points and
// opportunities (Measure), and the numbers of a comparison of two
// journeys. It also writes its diagnostics, for terminals, machines and CI
// annotations, beside the Diagnostic type, as hashicorp/hcl does.
//
// The journey format is described in docs/format.md. The package knows
// nothing of drawing, of the words of a locale, or of files beyond the
// bytes it is given: package render turns its model into pictures and
// reports, package journeyfile finds and reads the files.
package blueprint
