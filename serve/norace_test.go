//go:build !race

package serve

// raceEnabled is set under the race detector; see race_test.go.
const raceEnabled = false
