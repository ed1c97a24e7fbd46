package main

import (
	"bufio"
	"bytes"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// startServe runs "blueprint serve ARGS" as a process of its own (this
// test binary, which TestMain runs as the command when it is called
// blueprint), waits for the URL it prints, and returns it.
func startServe(t *testing.T, env []string, args ...string) (*exec.Cmd, string, *bytes.Buffer) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := &exec.Cmd{Path: exe, Args: append([]string{"blueprint", "serve"}, args...), Env: append(os.Environ(), env...)}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	line := make(chan string, 1)
	go func() {
		l, _ := bufio.NewReader(out).ReadString('\n')
		line <- l
		io.Copy(io.Discard, out)
	}()
	select {
	case l := <-line:
		u := strings.TrimSpace(l)
		if !regexp.MustCompile(`^http://127\.0\.0\.1:[1-9][0-9]*/$`).MatchString(u) {
			t.Fatalf("blueprint serve %s printed %q, not its URL; stderr: %s", strings.Join(args, " "), l, stderr.String())
		}
		return cmd, u, &stderr
	case <-time.After(10 * time.Second):
		t.Fatalf("blueprint serve %s printed no URL within 10 s", strings.Join(args, " "))
	}
	return nil, "", nil
}

// TestServeStops runs the server as a person does, with a page open (an
// event stream): it prints its URL, answers, and on Ctrl-C (SIGINT) or
// SIGTERM stops within a second or two with exit 0.
func TestServeStops(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT to send on Windows")
	}
	dir := t.TempDir()
	if err := copyDir("../../examples", dir); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		sig  syscall.Signal
		args []string
		host string // the Host of the request
		want string // a part of stderr
	}{
		{syscall.SIGINT, []string{"--addr", "127.0.0.1:0", dir}, "", "blueprint: serving " + dir + " ("},
		{syscall.SIGTERM, []string{"--addr", "localhost:0", filepath.Join(dir, "ikea-bus.yaml")}, "", "blueprint: serving " + filepath.Join(dir, "ikea-bus.yaml") + "; Ctrl-C stops"},
		{syscall.SIGINT, []string{"--public", "--addr", "0.0.0.0:0", dir}, "workshop.example", "anyone who can reach this machine can read the journeys"},
	} {
		cmd, u, stderr := startServe(t, nil, c.args...)
		req, _ := http.NewRequest("GET", u, nil)
		if c.host != "" {
			req.Host = c.host
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			t.Errorf("serve %v: GET %s: %s", c.args, u, res.Status)
		}
		events, err := http.Get(u + "events") // a page stays open
		if err != nil {
			t.Fatal(err)
		}
		defer events.Body.Close()

		begin := time.Now()
		cmd.Process.Signal(c.sig)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve %v after %v: %v, want exit 0; stderr: %s", c.args, c.sig, err, stderr)
			}
			t.Logf("serve %v stopped %v after %v", c.args, time.Since(begin).Round(time.Millisecond), c.sig)
		case <-time.After(5 * time.Second):
			t.Fatalf("serve %v did not stop within 5 s of %v", c.args, c.sig)
		}
		if !strings.Contains(stderr.String(), c.want) {
			t.Errorf("serve %v: stderr %q lacks %q", c.args, stderr, c.want)
		}
	}
}

// TestServeOpen: --open hands the URL to the desktop's opener (xdg-open
// on Linux), and the server runs on when there is none.
func TestServeOpen(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("xdg-open is the opener on Linux")
	}
	bin := t.TempDir()
	opened := filepath.Join(bin, "opened")
	script := "#!/bin/sh\necho \"$@\" > " + opened + "\n"
	if err := os.WriteFile(filepath.Join(bin, "xdg-open"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd, u, _ := startServe(t, []string{"PATH=" + bin + string(os.PathListSeparator) + os.Getenv("PATH")},
		"--open", "--addr", "127.0.0.1:0", "../../examples/ikea-bus.yaml")
	deadline := time.Now().Add(5 * time.Second)
	for {
		data, _ := os.ReadFile(opened)
		if strings.TrimSpace(string(data)) == u {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("xdg-open got %q, want %q", data, u)
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGINT)
	if err := cmd.Wait(); err != nil {
		t.Errorf("exit: %v", err)
	}

	// No opener at all: a note, and the server runs.
	cmd, u, stderr := startServe(t, []string{"PATH=" + t.TempDir()}, "--open", "--addr", "127.0.0.1:0", "../../examples/ikea-bus.yaml")
	res, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	cmd.Process.Signal(syscall.SIGINT)
	if err := cmd.Wait(); err != nil {
		t.Errorf("exit: %v", err)
	}
	if !strings.Contains(stderr.String(), "cannot open a browser") || !strings.Contains(stderr.String(), "open "+u+" yourself") {
		t.Errorf("stderr without an opener: %q", stderr)
	}
}
