//go:build race

package serve

// raceEnabled is set under the race detector, which makes drawing a PNG
// some twenty times slower (5 s a picture): the PNG downloads are tested
// in the runs without it.
const raceEnabled = true
