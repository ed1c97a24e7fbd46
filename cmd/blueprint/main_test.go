package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the scripts run this test binary as the blueprint command,
// through the same run function as the real main.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"blueprint": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the command-line scenarios in testdata/script: the real
// command on real files, checking exit codes, output and files written.
// Every script has the repository's examples in $WORK/examples.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			return copyDir("../../examples", filepath.Join(env.WorkDir, "examples"))
		},
		UpdateScripts: os.Getenv("UPDATE_SCRIPTS") == "1",
	})
}

// copyDir copies the regular files of directory src into dst.
func copyDir(src, dst string) error {
	entries, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() {
			if err := copyDir(filepath.Join(src, e.Name()), filepath.Join(dst, e.Name())); err != nil {
				return err
			}
			continue
		}
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// TestTooLarge feeds 5 MB on standard input: the command refuses it in one
// line that names the limit, without reading it all into a journey.
func TestTooLarge(t *testing.T) {
	big := "version: 1\ntitle: big\n# " + strings.Repeat("x", 5<<20) + "\n"
	var stdout, stderr bytes.Buffer
	code := run([]string{"check", "-"}, strings.NewReader(big), &stdout, &stderr)
	want := "<stdin>:1:1: error: the file is larger than 4 MiB, the limit for one journey: split it into several journeys\n"
	if code != exitProblems || stderr.String() != want || stdout.Len() != 0 {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 and %q", code, stdout.String(), stderr.String(), want)
	}
}
