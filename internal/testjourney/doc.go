// Package testjourney gives tests their journeys: the repository's
// examples, loaded and measured, and generated journeys of any length with
// random texts, markers, emotions and opportunities, for the layout's
// property tests, the fuzzers and the benchmarks. Only tests import it.
package testjourney
