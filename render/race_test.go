//go:build race

package render

// raceEnabled is set under the race detector. TestTextFitsInOtherPrograms
// runs other programs, no goroutines of ours, and takes most of a minute:
// .ci/run runs it without the race detector, and skips it under it.
const raceEnabled = true
