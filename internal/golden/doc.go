// Package golden compares what a test produces with a reviewed file under
// testdata, the golden file, and says what changed.
//
// It owns three things: the comparison (Check), the -update flag that
// rewrites the golden files with what the code produces now (Update), and
// the report of a difference: what is produced now is written beside the
// golden file as FILE.got, and the test's message shows the first lines
// that differ, so that a reader sees the change without opening either
// file and can compare the two with any diff tool.
//
// It knows nothing about journeys or pictures: a golden file is bytes,
// text when it is UTF-8, and a test that uses it decides what to produce
// and where to keep it. A package whose tests use it must not define a
// flag of its own named -update.
package golden
