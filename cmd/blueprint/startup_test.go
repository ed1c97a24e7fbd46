package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// slowToStart are packages the command must not link, with why: each
// costs every command, check in a pre-commit hook included, at start-up
// (the package inits and the pages they touch; docs/speed.md).
var slowToStart = map[string]string{
	"net/http":                      "links crypto/tls and x509: serve has its own server, serve/httpd",
	"crypto/":                       "the FIPS module's inits: the PDF's identifier is FNV-1a",
	"encoding/gob":                  "the largest init of the standard library",
	"github.com/tdewolff/":          "font parsing and subsetting are render/text's own",
	"github.com/andybalholm/brotli": "a compressor no format of ours uses",
	"github.com/xuri/excelize":      "its init alone was 7-10 ms: the workbooks are convert/sheet/xlsx's",
	"github.com/golang/freetype":    "x/image's sfnt and our render/text/ttf read the fonts",
}

// TestStartUpDependencies: the command links none of slowToStart.
func TestStartUpDependencies(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 50 {
		t.Fatalf("go list -deps listed %d packages", len(deps))
	}
	for _, d := range deps {
		for prefix, why := range slowToStart {
			if strings.HasPrefix(d, prefix) {
				t.Errorf("the command links %s: %s", d, why)
			}
		}
	}
}

// maxInits is how many package inits may run before a command starts
// (63 when it was set; 121 before the work on start-up, 174 with
// excelize), and maxInitBytes what one of the module's own packages may
// allocate in its init: tables are built on first use.
const (
	maxInits     = 70
	maxInitBytes = 2048
)

// TestStartUpInits builds the command as make build does and counts the
// package inits "blueprint --version" runs (GODEBUG=inittrace=1), and what
// the module's own allocate.
func TestStartUpInits(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := filepath.Join(t.TempDir(), "blueprint")
	build := exec.Command("go", "build", "-trimpath", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "--version")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var trace bytes.Buffer
	cmd.Stderr = &trace
	if err := cmd.Run(); err != nil {
		t.Fatalf("blueprint --version: %v\n%s", err, trace.Bytes())
	}
	n := 0
	sc := bufio.NewScanner(&trace)
	for sc.Scan() {
		// init PKG @T ms, C ms clock, B bytes, A allocs
		f := strings.Fields(sc.Text())
		if len(f) < 10 || f[0] != "init" {
			continue
		}
		n++
		bytes, err := strconv.Atoi(f[7])
		if err != nil {
			t.Fatalf("cannot read %q", sc.Text())
		}
		if strings.HasPrefix(f[1], "github.com/blueprint-tool/") && bytes > maxInitBytes {
			t.Errorf("%s allocates %d bytes at start-up (at most %d): build its tables on first use (sync.OnceValue)", f[1], bytes, maxInitBytes)
		}
	}
	t.Logf("%d package inits", n)
	if n == 0 {
		t.Fatalf("no inittrace in %q", trace.String())
	}
	if n > maxInits {
		t.Errorf("%d package inits run at start-up, at most %d: what new dependency brings them?", n, maxInits)
	}
}
