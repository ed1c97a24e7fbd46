package golden

import (
	"bytes"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// Update is the -update flag of the tests: under it Check rewrites the
// golden files instead of comparing with them.
var Update = flag.Bool("update", false, "rewrite the golden files in testdata/ with what the code produces now")

// updateHint is how to run the tests with -update; a test runs in the
// directory of its package.
const updateHint = "go test -update in the package's directory"

// Check compares got with the golden file at path. Under -update it writes
// got to path instead. When they differ, got is written beside the golden
// file as path+".got" and the test fails with an excerpt of the difference;
// when they agree, or the file is updated, a stale path+".got" is removed.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *Update {
		write(t, path, got)
		removeGot(t, path)
		t.Logf("updated %s", path)
		return
	}
	want, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("%s: missing (run %s to create it)", path, updateHint)
	}
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(want, got) {
		removeGot(t, path)
		return
	}
	write(t, path+".got", got)
	t.Errorf("%s differs from what the code produces now, written beside it as %s; if the change is meant, run %s to accept it\n%s",
		path, path+".got", updateHint, difference(path, path+".got", want, got))
}

// write writes data to path, creating its directory.
func write(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// removeGot removes path+".got", left by an earlier run that differed.
func removeGot(t testing.TB, path string) {
	t.Helper()
	if err := os.Remove(path + ".got"); err != nil && !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
}
