package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
	"golang.org/x/term"
)

// openPTY opens a pseudo-terminal: what the command writes to tty, the
// test reads from pty, as a terminal would show it (raw: no "\r" added).
func openPTY(t *testing.T) (pty, tty *os.File) {
	t.Helper()
	pty, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(pty.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(int(pty.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	tty, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := term.MakeRaw(int(tty.Fd())); err != nil {
		t.Fatal(err)
	}
	return pty, tty
}

// runAtTerminal runs the command with standard error on a terminal, and
// standard output on stdout, or on the terminal too when stdout is nil; it
// returns the exit code and what the terminal received.
func runAtTerminal(t *testing.T, stdout io.Writer, args ...string) (int, string) {
	t.Helper()
	return runAtTerminalOf(t, 0, stdout, args...)
}

// runAtTerminalOf is runAtTerminal on a terminal columns wide; 0 leaves the
// width as the pseudo-terminal opens, unknown.
func runAtTerminalOf(t *testing.T, columns int, stdout io.Writer, args ...string) (int, string) {
	t.Helper()
	pty, tty := openPTY(t)
	defer pty.Close()
	if columns > 0 {
		if err := unix.IoctlSetWinsize(int(tty.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Col: uint16(columns), Row: 24}); err != nil {
			t.Fatal(err)
		}
	}
	var screen bytes.Buffer
	done := make(chan struct{})
	go func() {
		io.Copy(&screen, pty) // ends with EIO once tty is closed
		close(done)
	}()
	if stdout == nil {
		stdout = tty
	}
	code := run(args, strings.NewReader(""), stdout, tty)
	tty.Close()
	<-done
	return code, screen.String()
}

const badJourney = "version: 1\ntitle: Päivä\nsteps:\n  - {id: a, title: Yö, customer: x, value: true, emotion: 3}\n"

// At a terminal, a diagnostic shows its source line and a caret, in
// colour; NO_COLOR takes the colour away and keeps the rest; TERM=dumb and
// --color never keep the plain line.
func TestDiagnosticsAtTerminal(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(file, []byte(badJourney), 0o644); err != nil {
		t.Fatal(err)
	}
	plain := file + ":4:59: error: emotion must be an integer from -2 to 2 (-2 worst, 0 neutral, 2 best), not 3\n"
	excerpt := plain +
		"  4 |   - {id: a, title: Yö, customer: x, value: true, emotion: 3}\n" +
		"    | " + strings.Repeat(" ", 58) + "^\n"
	coloured := "\x1b[1m" + file + ":4:59:\x1b[0m \x1b[1;31merror:\x1b[0m \x1b[1memotion must be an integer from -2 to 2 (-2 worst, 0 neutral, 2 best), not 3\x1b[0m\n" +
		"\x1b[2m  4 |\x1b[0m   - {id: a, title: Yö, customer: x, value: true, emotion: 3}\n" +
		"\x1b[2m    |\x1b[0m " + strings.Repeat(" ", 58) + "\x1b[1;32m^\x1b[0m\n"
	tests := []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"auto", nil, nil, coloured},
		{"NO_COLOR", map[string]string{"NO_COLOR": "1"}, nil, excerpt},
		{"empty NO_COLOR", map[string]string{"NO_COLOR": ""}, nil, coloured},
		{"TERM=dumb", map[string]string{"TERM": "dumb"}, nil, plain},
		{"never", nil, []string{"--color", "never"}, plain},
		{"BLUEPRINT_COLOR=never", map[string]string{"BLUEPRINT_COLOR": "never"}, nil, plain},
		{"always with NO_COLOR", map[string]string{"NO_COLOR": "1"}, []string{"--color=always"}, coloured},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("TERM", "xterm-256color")
			t.Setenv("NO_COLOR", "")
			t.Setenv("BLUEPRINT_COLOR", "")
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			code, got := runAtTerminal(t, io.Discard, append(append([]string{"check"}, tt.args...), file)...)
			if code != exitProblems || got != tt.want {
				t.Errorf("exit %d, the terminal shows\n%q\nwant exit 1 and\n%q", code, got, tt.want)
			}
		})
	}
}

// At a terminal, a long batch shows a progress bar on one line, redrawn in
// place and erased at the end; a short one does not.
func TestProgressAtTerminal(t *testing.T) {
	t.Setenv("TERM", "xterm-256color")
	dir := t.TempDir()
	ok := "version: 1\ntitle: T\nsteps:\n  - {id: a, title: A, customer: x, value: true}\n"
	for i := range 12 {
		src := ok
		if i == 5 {
			src = badJourney
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("j%02d.yaml", i)), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, got := runAtTerminal(t, io.Discard, "render", "--color", "never", dir)
	if code != exitProblems {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(got, "\rrender [") || !strings.Contains(got, "] 12/12") {
		t.Errorf("no progress bar to 12/12 in %q", got)
	}
	if !strings.HasSuffix(got, "\r\x1b[K") {
		t.Errorf("the bar is not erased at the end: %q", got)
	}
	// The diagnostic is on a line of its own, not after the bar.
	diag := filepath.Join(dir, "j05.yaml") + ":4:59: error: emotion must be"
	if i := strings.Index(got, diag); i < 0 || !strings.HasSuffix(got[:i], "\r\x1b[K") && i != 0 {
		t.Errorf("the diagnostic does not start a clean line: %q", got)
	}
	if _, err := os.Stat(filepath.Join(dir, "j11.blueprint.svg")); err != nil {
		t.Error(err)
	}

	// Eight files are quick: no bar.
	few := t.TempDir()
	for i := range 8 {
		os.WriteFile(filepath.Join(few, fmt.Sprintf("j%d.yaml", i)), []byte(ok), 0o644)
	}
	if code, got := runAtTerminal(t, io.Discard, "render", few); code != exitOK || got != "" {
		t.Errorf("exit %d, the terminal shows %q; want 0 and nothing", code, got)
	}
}

// PNG and PDF to standard output at a terminal are refused before any
// work, with what to write instead, even at a dumb terminal; piped, they
// are written.
func TestBinaryAtTerminal(t *testing.T) {
	a, b := "../../examples/police-permit.yaml", "../../examples/blood-donation.yaml"
	tests := []struct {
		args  []string
		magic string // what the picture starts with
		want  string // the message at a terminal
	}{
		{[]string{"compare", "--format", "png", a, b}, "\x89PNG",
			"blueprint: compare --format png would write binary PNG to the terminal: write -o FILE.png, or pipe it (| display, > out.png)\n" +
				"Run 'blueprint compare --help' for usage.\n"},
		{[]string{"render", "--format", "pdf", "-o", "-", "--view", "blueprint", a}, "%PDF-",
			"blueprint: render --format pdf would write binary PDF to the terminal: write -o FILE.pdf, or pipe it (| display, > out.pdf)\n" +
				"Run 'blueprint render --help' for usage.\n"},
		{[]string{"export", "-o", "-", a}, "PK",
			"blueprint: export --format xlsx would write binary XLSX to the terminal: write -o FILE.xlsx, or pipe it (> out.xlsx)\n" +
				"Run 'blueprint export --help' for usage.\n"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args[:3], " "), func(t *testing.T) {
			for _, term := range []string{"xterm-256color", "dumb"} {
				t.Setenv("TERM", term)
				if code, got := runAtTerminal(t, nil, tt.args...); code != exitUsage || got != tt.want {
					t.Errorf("TERM=%s: exit %d, the terminal shows\n%q\nwant exit 2 and\n%q", term, code, got, tt.want)
				}
			}
			var piped bytes.Buffer
			if code, got := runAtTerminal(t, &piped, tt.args...); code != exitOK || got != "" || !strings.HasPrefix(piped.String(), tt.magic) {
				t.Errorf("piped: exit %d, the terminal shows %q, %d bytes written starting %q; want 0, nothing, and %q",
					code, got, piped.Len(), piped.String()[:min(piped.Len(), 8)], tt.magic)
			}
		})
	}
}

// SVG, Markdown and JSON are text, and go to a terminal as they are.
func TestTextAtTerminal(t *testing.T) {
	a, b := "../../examples/police-permit.yaml", "../../examples/blood-donation.yaml"
	for _, args := range [][]string{
		{"compare", a, b},
		{"compare", "--format", "md", a, b},
		{"compare", "--format", "json", a, b},
		{"render", "-o", "-", "--view", "blueprint", a},
		{"export", "--format", "csv", "-o", "-", a},
	} {
		if code, got := runAtTerminal(t, nil, args...); code != exitOK || got == "" {
			t.Errorf("%s: exit %d, the terminal shows %d bytes; want 0 and the output", args, code, len(got))
		}
	}
}

// At a terminal narrower than the table of stats, each journey has a block
// of its own, its figures wrapped to the width; piped, the table is whole.
func TestStatsAtNarrowTerminal(t *testing.T) {
	a, b := "../../examples/police-permit.yaml", "../../examples/blood-donation.yaml"
	code, got := runAtTerminalOf(t, 50, nil, "stats", a, b)
	if code != exitOK || !strings.HasPrefix(got, a+"\n  Title ") || !strings.Contains(got, "\n\n"+b+"\n") {
		t.Fatalf("exit %d, the terminal shows\n%s\nwant exit 0 and a block for each journey", code, got)
	}
	for _, line := range strings.Split(got, "\n") {
		if n := len([]rune(line)); n > 50 {
			t.Errorf("a line of %d characters on a terminal 50 wide: %q", n, line)
		}
	}
	var piped bytes.Buffer
	if code, _ := runAtTerminalOf(t, 50, &piped, "stats", a, b); code != exitOK || !strings.HasPrefix(piped.String(), "Figure ") {
		t.Errorf("piped: exit %d, stdout\n%s\nwant exit 0 and the table", code, piped.String())
	}
}
