package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/spf13/cobra"
	"github.com/xuri/excelize/v2"
	"go.yaml.in/yaml/v4"
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
// Every script has the repository's examples in $WORK/examples, and the
// GitHub Actions workflow of the CI recipe in $WORK/docs/workflows.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			if err := copyDir("../../docs/workflows", filepath.Join(env.WorkDir, "docs", "workflows")); err != nil {
				return err
			}
			return copyDir("../../examples", filepath.Join(env.WorkDir, "examples"))
		},
		UpdateScripts: os.Getenv("UPDATE_SCRIPTS") == "1",
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"jsonschema": cmdJSONSchema,
			"uncolor":    cmdUncolor,
			"bigjourney": cmdBigJourney,
			"ghstep":     cmdGitHubStep,
			"setcell":    cmdSetCell,
		},
	})
}

// cmdJSONSchema, "jsonschema SCHEMA FILE...", validates each YAML or JSON
// FILE against the JSON Schema in SCHEMA with a real validator
// (santhosh-tekuri/jsonschema), reading YAML as the YAML language server
// does. With "!", every FILE must fail.
func cmdJSONSchema(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 2 {
		ts.Fatalf("usage: jsonschema SCHEMA FILE...")
	}
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(ts.ReadFile(args[0])))
	if err != nil {
		ts.Fatalf("%s is not JSON: %v", args[0], err)
	}
	c := jsonschema.NewCompiler()
	ts.Check(c.AddResource("schema.json", doc))
	schema, err := c.Compile("schema.json")
	if err != nil {
		ts.Fatalf("%s does not compile: %v", args[0], err)
	}
	for _, file := range args[1:] {
		var v any
		if err := yaml.Unmarshal([]byte(ts.ReadFile(file)), &v); err != nil {
			ts.Fatalf("%s: %v", file, err)
		}
		data, err := json.Marshal(v)
		ts.Check(err)
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		ts.Check(err)
		err = schema.Validate(inst)
		switch {
		case err != nil && !neg:
			ts.Fatalf("%s does not validate: %v", file, err)
		case err == nil && neg:
			ts.Fatalf("%s validates, unexpectedly", file)
		case err != nil:
			ts.Logf("%s: %v", file, err)
		}
	}
}

// ansi matches the escape sequences of colours.
var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

// cmdUncolor, "uncolor FROM TO", writes FROM (a file, stdout or stderr)
// to TO without its colours, so that a golden file can be read.
func cmdUncolor(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: uncolor FROM TO")
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(ansi.ReplaceAllString(ts.ReadFile(args[0]), "")), 0o644))
}

// cmdBigJourney, "bigjourney N FILE", writes a clean journey of N steps,
// slow to draw next to a small one.
func cmdBigJourney(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: bigjourney N FILE")
	}
	n, err := strconv.Atoi(args[0])
	ts.Check(err)
	var b strings.Builder
	b.WriteString("version: 1\ntitle: Big\nsteps:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - id: s%d\n    title: Step %d\n    duration: 1m\n    customer: Does %d\n    emotion: %d\n", i, i, i, i%5-2)
	}
	b.WriteString("    value: true\n")
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(b.String()), 0o644))
}

// cmdSetCell, "setcell FILE SHEET!CELL VALUE", writes VALUE into a cell
// of the workbook FILE, as a manager would type it: a number when it is
// one, a formula when it starts with =, else text.
func cmdSetCell(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: setcell FILE SHEET!CELL VALUE")
	}
	f, err := excelize.OpenFile(ts.MkAbs(args[0]))
	ts.Check(err)
	defer f.Close()
	sheet, cell, _ := strings.Cut(args[1], "!")
	if n, err := strconv.ParseFloat(args[2], 64); err == nil {
		err = f.SetCellFloat(sheet, cell, n, -1, 64)
		ts.Check(err)
	} else if formula, ok := strings.CutPrefix(args[2], "="); ok {
		ts.Check(f.SetCellFormula(sheet, cell, formula))
	} else {
		ts.Check(f.SetCellStr(sheet, cell, args[2]))
	}
	ts.Check(f.Save())
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

// TestUnknownCommand runs a command that does not exist, with arguments
// and with --help: both are the same command-line error, exit 2, and
// nothing on standard output (no help of blueprint itself).
func TestUnknownCommand(t *testing.T) {
	want := "blueprint: unknown command \"chek\" for \"blueprint\": did you mean \"check\"?\nRun 'blueprint --help' for usage.\n"
	for _, args := range [][]string{{"chek", "x"}, {"chek", "--help"}} {
		var stdout, stderr bytes.Buffer
		code := run(args, strings.NewReader(""), &stdout, &stderr)
		if code != exitUsage || stderr.String() != want || stdout.Len() != 0 {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 and %q", args, code, stdout.String(), stderr.String(), want)
		}
	}
}

// TestHelpDefaultsOnce reads the --help of every command: no line says a
// default twice, in the flag's own words and in cobra's (default "...").
func TestHelpDefaultsOnce(t *testing.T) {
	root := newRoot(&env{getenv: func(string) string { return "" }}, nil)
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		var stdout, stderr bytes.Buffer
		args := append(strings.Fields(c.CommandPath())[1:], "--help")
		if code := run(args, strings.NewReader(""), &stdout, &stderr); code != exitOK {
			t.Fatalf("%q: exit %d, stderr %q", args, code, stderr.String())
		}
		for _, line := range strings.Split(stdout.String(), "\n") {
			if strings.Count(line, "(default") > 1 {
				t.Errorf("%q says a default twice: %q", args, line)
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// cmdGitHubStep, "ghstep WORKFLOW NAME SCRIPT", writes the run: script of
// the step called NAME in a GitHub Actions workflow to SCRIPT, so that a
// test runs the CI recipe's own shell code.
func cmdGitHubStep(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: ghstep WORKFLOW NAME SCRIPT")
	}
	run, err := workflowStep([]byte(ts.ReadFile(args[0])), args[1])
	if err != nil {
		ts.Fatalf("%s: %v", args[0], err)
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[2]), []byte(run), 0o755))
}

// workflowStep returns the run: script of the step called name in the
// GitHub Actions workflow data.
func workflowStep(data []byte, name string) (string, error) {
	var wf struct {
		Jobs map[string]struct {
			Steps []struct {
				Name string `yaml:"name"`
				Run  string `yaml:"run"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal(data, &wf); err != nil {
		return "", err
	}
	for _, job := range wf.Jobs {
		for _, step := range job.Steps {
			if step.Name == name && step.Run == "" {
				return "", fmt.Errorf("step %q has no run: script", name)
			}
			if step.Name == name {
				return step.Run, nil
			}
		}
	}
	return "", fmt.Errorf("no step %q", name)
}

// TestNeeded: a command line that names a command builds that one only, or
// none for --version; help, completion and slips get every command.
func TestNeeded(t *testing.T) {
	for _, c := range []struct {
		args []string
		some bool
		only string
	}{
		{[]string{"check", "a.yaml"}, true, "check"},
		{[]string{"--color", "never", "render", "-o", "out", "a.yaml"}, true, "render"},
		{[]string{"--color=always", "stats"}, true, "stats"},
		{[]string{"import", "--help"}, true, "import"},
		{[]string{"--version"}, true, ""},
		{[]string{"-v"}, true, ""},
		{nil, false, ""},
		{[]string{"--help"}, false, ""},
		{[]string{"--version", "--help"}, false, ""},
		{[]string{"help", "check"}, false, ""},
		{[]string{"completion", "bash"}, false, ""},
		{[]string{"__complete", "render", "--theme", ""}, false, ""},
		{[]string{"chek", "a.yaml"}, false, ""},
		{[]string{"--", "check"}, false, ""},
	} {
		if some, only := needed(c.args); some != c.some || only != c.only {
			t.Errorf("needed(%q) = %v, %q; want %v, %q", c.args, some, only, c.some, c.only)
		}
	}
	e := &env{getenv: func(string) string { return "" }}
	for _, c := range subcommands {
		if got := c.build(e).Name(); got != c.name {
			t.Errorf("subcommand %q builds the command %q", c.name, got)
		}
		if root := newRoot(e, []string{c.name}); len(root.Commands()) != 1 || root.Commands()[0].Name() != c.name {
			t.Errorf("blueprint %s builds %d commands", c.name, len(root.Commands()))
		}
	}
	if root := newRoot(e, []string{"--help"}); len(root.Commands()) != len(subcommands) || root.CompletionOptions.DisableDefaultCmd {
		t.Errorf("blueprint --help builds %d commands (want %d), completion off: %v", len(root.Commands()), len(subcommands), root.CompletionOptions.DisableDefaultCmd)
	}
}
