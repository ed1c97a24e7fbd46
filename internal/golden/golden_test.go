package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// numbered returns the lines "line 1\n" to "line n\n".
func numbered(n int) []string {
	lines := make([]string, n)
	for i := range lines {
		lines[i] = fmt.Sprintf("line %d\n", i+1)
	}
	return lines
}

// join returns lines as a file's bytes.
func join(lines []string) []byte {
	return []byte(strings.Join(lines, ""))
}

func TestDifference(t *testing.T) {
	long := strings.Repeat("A", 1000) + "B" + strings.Repeat("C", 1000) + "\n"
	longer := strings.Repeat("A", 1000) + "X" + strings.Repeat("C", 1000) + "\n"
	tests := []struct {
		name      string
		want, got []byte
		diff      string
	}{
		{"equal", join(numbered(3)), join(numbered(3)), "--- w\n+++ g\n"},
		{"a changed line in the middle", join(numbered(9)), []byte(strings.Replace(string(join(numbered(9))), "line 5", "line five", 1)),
			"--- w\n+++ g\n" +
				"  3 3 | line 3\n" +
				"  4 4 | line 4\n" +
				"- 5   | line 5\n" +
				"+   5 | line five\n" +
				"  6 6 | line 6\n" +
				"  7 7 | line 7"},
		{"added lines at the end", join(numbered(3)), join(numbered(5)),
			"--- w\n+++ g\n" +
				"  2 2 | line 2\n" +
				"  3 3 | line 3\n" +
				"+   4 | line 4\n" +
				"+   5 | line 5"},
		{"removed lines", join(numbered(10)), join(append(numbered(10)[:2:2], numbered(10)[4:]...)),
			"--- w\n+++ g\n" +
				"   1  1 | line 1\n" +
				"   2  2 | line 2\n" +
				"-  3    | line 3\n" +
				"-  4    | line 4\n" +
				"   5  3 | line 5\n" +
				"   6  4 | line 6"},
		{"a very long line cut around the change", []byte("<svg>\n" + long), []byte("<svg>\n" + longer),
			"--- w\n+++ g\n" +
				"  1 1 | <svg>\n" +
				"- 2   | …" + strings.Repeat("A", 80) + "B" + strings.Repeat("C", 79) + "…\n" +
				"+   2 | …" + strings.Repeat("A", 80) + "X" + strings.Repeat("C", 79) + "…"},
		{"a long added line cut between characters", nil, []byte(strings.Repeat("é", 200) + "\n"),
			"--- w\n+++ g\n" +
				"+   1 | " + strings.Repeat("é", 80) + "…"},
		{"no newline at the end", []byte("a\nb\n"), []byte("a\nb"),
			"--- w\n+++ g\n" +
				"  1 1 | a\n" +
				"- 2   | b\n" +
				"+   2 | b (no newline at end of file)"},
		{"binary", []byte("\x89PNG\r\n\x1a\nabc"), []byte("\x89PNG\r\n\x1a\nabd!"),
			"binary: w has 11 bytes, g has 12; the first difference is at byte 10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := difference("w", "g", tt.want, tt.got); got != tt.diff {
				t.Errorf("got\n%s\nwant\n%s", got, tt.diff)
			}
		})
	}
}

// TestExcerptLimits: the excerpt shows maxHunks places and maxRun lines of
// a run, and counts the rest.
func TestExcerptLimits(t *testing.T) {
	want := numbered(40)
	got := append([]string{}, want...)
	for _, i := range []int{4, 14, 24, 34} {
		got[i] = "changed\n"
	}
	ex := excerpt(want, got)
	if n := strings.Count(ex, "\n...\n"); n != maxHunks-1 {
		t.Errorf("%d separators, want %d:\n%s", n, maxHunks-1, ex)
	}
	if !strings.HasSuffix(ex, "\n... and 1 more places that differ") || strings.Contains(ex, "line 35") {
		t.Errorf("the fourth place is shown or not counted:\n%s", ex)
	}

	ex = excerpt(numbered(2), numbered(20))
	if !strings.HasSuffix(ex, "+     8 | line 8\n+       | ... 12 more lines") {
		t.Errorf("a run of 18 added lines is not cut after %d:\n%s", maxRun, ex)
	}
}

// TestAlignTooBig: lines too many to align are all removed and added.
func TestAlignTooBig(t *testing.T) {
	a := make([]string, 3000)
	b := make([]string, 3000)
	for i := range a {
		a[i], b[i] = "a\n", "a\n"
	}
	es := align(a, b, 7)
	if len(es) != 6000 || es[0] != (edit{'-', 7, -1}) || es[3000] != (edit{'+', -1, 7}) {
		t.Errorf("%d edits, first %v, 3001st %v", len(es), es[0], es[3000])
	}
}

// fakeTB records what Check reports instead of failing the test.
type fakeTB struct {
	testing.TB
	errors, fatals, logs []string
}

func (f *fakeTB) Errorf(format string, args ...any) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}

func (f *fakeTB) Fatalf(format string, args ...any) {
	f.fatals = append(f.fatals, fmt.Sprintf(format, args...))
	runtime.Goexit()
}

func (f *fakeTB) Fatal(args ...any) {
	f.fatals = append(f.fatals, fmt.Sprint(args...))
	runtime.Goexit()
}

func (f *fakeTB) Logf(format string, args ...any) {
	f.logs = append(f.logs, fmt.Sprintf(format, args...))
}

// check runs Check with a fakeTB, in a goroutine of its own so that a
// fatal report ends it as it ends a test, and returns what it reported.
func check(t *testing.T, update bool, path string, got []byte) *fakeTB {
	t.Helper()
	old := *Update
	*Update = update
	defer func() { *Update = old }()
	f := &fakeTB{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		Check(f, path, got)
	}()
	<-done
	return f
}

// readFile returns the content of path, or "(missing)".
func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return "(missing)"
	}
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestCheckMismatch(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.svg")
	if err := os.WriteFile(path, []byte("a\nb\nc\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f := check(t, false, path, []byte("a\nB\nc\n"))
	if got := readFile(t, path+".got"); got != "a\nB\nc\n" {
		t.Errorf("%s.got holds %q", path, got)
	}
	if got := readFile(t, path); got != "a\nb\nc\n" {
		t.Errorf("the golden file is changed to %q", got)
	}
	want := path + " differs from what the code produces now, written beside it as " + path + ".got; " +
		"if the change is meant, run go test -update in the package's directory to accept it\n" +
		"--- " + path + "\n+++ " + path + ".got\n" +
		"  1 1 | a\n- 2   | b\n+   2 | B\n  3 3 | c"
	if len(f.errors) != 1 || f.errors[0] != want || len(f.fatals) != 0 {
		t.Errorf("errors %q, fatals %q; want the error\n%s", f.errors, f.fatals, want)
	}
}

func TestCheckMatch(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.svg")
	for _, p := range []string{path, path + ".got"} {
		if err := os.WriteFile(p, []byte("a\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f := check(t, false, path, []byte("a\n"))
	if len(f.errors)+len(f.fatals) != 0 {
		t.Errorf("errors %q, fatals %q", f.errors, f.fatals)
	}
	if got := readFile(t, path+".got"); got != "(missing)" {
		t.Errorf("the stale %s.got is kept: %q", path, got)
	}
}

func TestCheckMissing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.svg")
	f := check(t, false, path, []byte("a\n"))
	want := path + ": missing (run go test -update in the package's directory to create it)"
	if len(f.fatals) != 1 || f.fatals[0] != want {
		t.Errorf("fatals %q, want %q", f.fatals, want)
	}
}

func TestCheckUpdate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "testdata", "sub", "x.svg")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+".got", []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f := check(t, true, path, []byte("new\n"))
	if got := readFile(t, path); got != "new\n" {
		t.Errorf("%s holds %q", path, got)
	}
	if got := readFile(t, path+".got"); got != "(missing)" {
		t.Errorf("the stale %s.got is kept: %q", path, got)
	}
	if len(f.logs) != 1 || f.logs[0] != "updated "+path || len(f.errors)+len(f.fatals) != 0 {
		t.Errorf("logs %q, errors %q, fatals %q", f.logs, f.errors, f.fatals)
	}

	path = filepath.Join(t.TempDir(), "new", "y.png")
	check(t, true, path, []byte("\x89PNG"))
	if got := readFile(t, path); got != "\x89PNG" {
		t.Errorf("%s in a new directory holds %q", path, got)
	}
}
