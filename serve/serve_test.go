package serve

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/journeyfile"
	"github.com/blueprint-tool/blueprint/render"
	"github.com/blueprint-tool/blueprint/render/theme"
	"github.com/blueprint-tool/blueprint/serve/httpd"
)

// example reads one of the repository's example journeys.
func example(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "examples", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// secret is the content of a journey outside the served directory, which
// no response may ever carry.
const secret = "version: 1\ntitle: SECRET-OUTSIDE-THE-ROOT\nsteps:\n  - {id: a, title: A, customer: x, value: true}\n"

// broken is a journey with an error at line 1, column 10.
const broken = "version: 2\ntitle: Broken\nsteps:\n  - {id: a, title: A, customer: x, value: true}\n"

// tree makes a served directory and, beside it, a directory that is not
// served, and returns the served one:
//
//	outside/secret.yaml
//	root/ikea-bus.yaml, root/team/police-permit.yml, root/broken.yaml,
//	root/.hidden/blood-donation.yaml, root/notes.txt,
//	root/escape.yaml -> ../outside/secret.yaml, root/linkdir -> ../outside,
//	root/inside.yaml -> ikea-bus.yaml
func tree(t *testing.T) string {
	t.Helper()
	base := t.TempDir()
	root := filepath.Join(base, "root")
	write(t, filepath.Join(base, "outside", "secret.yaml"), []byte(secret))
	write(t, filepath.Join(root, "ikea-bus.yaml"), example(t, "ikea-bus.yaml"))
	write(t, filepath.Join(root, "team", "police-permit.yml"), example(t, "police-permit.yaml"))
	write(t, filepath.Join(root, "broken.yaml"), []byte(broken))
	write(t, filepath.Join(root, ".hidden", "blood-donation.yaml"), example(t, "blood-donation.yaml"))
	write(t, filepath.Join(root, "notes.txt"), []byte("not a journey"))
	for link, target := range map[string]string{
		"escape.yaml": "../outside/secret.yaml",
		"linkdir":     "../outside",
		"inside.yaml": "ikea-bus.yaml",
	} {
		if err := os.Symlink(target, filepath.Join(root, link)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	return root
}

// A testServer is a Server's Handler served on a free port of 127.0.0.1,
// as another program would mount it: Serve's own port check is off.
type testServer struct {
	URL    string // http://127.0.0.1:PORT
	client *http.Client
}

// Addr is the server's HOST:PORT.
func (ts *testServer) Addr() string { return strings.TrimPrefix(ts.URL, "http://") }

// Client returns a client for the server.
func (ts *testServer) Client() *http.Client { return ts.client }

// start serves cfg's Handler and returns the server and its address.
func start(t *testing.T, cfg Config) (*Server, *testServer) {
	t.Helper()
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		s.Close()
		t.Fatal(err)
	}
	hs := &httpd.Server{Handler: s.Handler()}
	go hs.Serve(ln)
	transport := &http.Transport{}
	t.Cleanup(func() {
		s.Close() // first: it ends the event streams
		hs.Close()
		transport.CloseIdleConnections()
	})
	return s, &testServer{URL: "http://" + ln.Addr().String(), client: &http.Client{Transport: transport}}
}

// serveOn runs the real server (Serve) for cfg on a free port of
// 127.0.0.1, and returns it and its address, http://127.0.0.1:PORT. It
// stops when the test ends, or when stop is called: stop ends Serve's
// context and returns what Serve returned, or an error when Serve has not
// returned within 3 s.
func serveOn(t *testing.T, cfg Config) (s *Server, base string, stop func() error) {
	t.Helper()
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		s.Close()
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	stop = sync.OnceValue(func() error {
		cancel()
		select {
		case err := <-served:
			return err
		case <-time.After(3 * time.Second):
			return errors.New("Serve did not return within 3 s of its context ending")
		}
	})
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return s, "http://" + ln.Addr().String(), stop
}

func get(t *testing.T, ts *testServer, path string) (*http.Response, string) {
	t.Helper()
	res, err := ts.Client().Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, string(body)
}

func TestIndexListsJourneys(t *testing.T) {
	root := tree(t)
	s, ts := start(t, Config{Path: root})
	res, body := get(t, ts, "/")
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("GET /: %s %s", res.Status, res.Header.Get("Content-Type"))
	}
	for _, want := range []string{
		`href="/view?f=ikea-bus.yaml"`, "The free bus to IKEA",
		`href="/view?f=team%2fpolice-permit.yml"`, "Permit application at the police station",
		`href="/view?f=broken.yaml"`, "1 error",
		`href="/view?f=inside.yaml"`, // a link that stays inside
		`action="/compare"`, `<option>team/police-permit.yml</option>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the index lacks %q", want)
		}
	}
	for _, unwanted := range []string{"blood-donation", ".hidden", "notes.txt", "escape.yaml", "linkdir", "SECRET"} {
		if strings.Contains(body, unwanted) {
			t.Errorf("the index shows %q", unwanted)
		}
	}
	// ikea-bus.yaml, team/police-permit.yml, broken.yaml and inside.yaml,
	// counted as the command prints them.
	if n := s.Journeys(); n != 4 {
		t.Errorf("Journeys() = %d, want 4", n)
	}
}

func TestEmptyDirectory(t *testing.T) {
	_, ts := start(t, Config{Path: t.TempDir()})
	res, body := get(t, ts, "/")
	if res.StatusCode != http.StatusOK || !strings.Contains(body, "No <code>.yaml</code> or <code>.yml</code> journey here yet") {
		t.Errorf("GET / of an empty directory: %s\n%s", res.Status, body)
	}
}

// TestPathTraversal asks for files outside the served directory in every
// way: each request is refused with 400 or 404, and no answer carries the
// file.
func TestPathTraversal(t *testing.T) {
	root := tree(t)
	outside := filepath.Join(filepath.Dir(root), "outside", "secret.yaml")
	_, ts := start(t, Config{Path: root})
	q := url.QueryEscape
	cases := []struct {
		path string
		code int
	}{
		{"/svg?f=../outside/secret.yaml", 400},
		{"/svg?f=team/../../outside/secret.yaml", 400},
		{"/svg?f=%2e%2e/outside/secret.yaml", 400},
		{"/svg?f=%2e%2e%2foutside%2fsecret.yaml", 400},
		{"/diagnostics?f=..%2F..%2F..%2Fetc%2Fpasswd", 400},
		{"/svg?f=" + q(outside), 400},
		{"/diagnostics?f=/etc/passwd", 400},
		{"/view?f=/etc/passwd", 400},
		{"/compare?a=ikea-bus.yaml&b=../outside/secret.yaml", 400},
		{"/compare.svg?a=ikea-bus.yaml&b=%2e%2e/outside/secret.yaml", 400},
		{"/svg?f=.hidden/blood-donation.yaml", 400},
		{"/svg?f=notes.txt", 400},
		{"/svg?f=team", 400},
		{"/svg?f=./ikea-bus.yaml", 400},
		{"/svg?f=team//police-permit.yml", 400},
		{"/svg?f=team%5C..%5C..%5Coutside%5Csecret.yaml", 400},
		{"/svg?f=ikea-bus.yaml%00.yaml", 400},
		{"/svg?f=", 400},
		{"/svg?f=escape.yaml", 404},         // a link out of the root
		{"/diagnostics?f=escape.yaml", 404}, // the same
		{"/svg?f=linkdir/secret.yaml", 404}, // a directory linked out of the root
		{"/compare.svg?a=escape.yaml&b=ikea-bus.yaml", 404},
		{"/svg?f=no-such.yaml", 404},
		{"/static/../../outside/secret.yaml", 404}, // cleaned by the client
		{"/static/%2e%2e%2f%2e%2e%2foutside%2fsecret.yaml", 404},
		{"/static/index.html", 404}, // only the assets
		{"/web/app.js", 404},
	}
	for _, c := range cases {
		res, body := get(t, ts, c.path)
		if res.StatusCode != c.code {
			t.Errorf("GET %s: %s, want %d (%s)", c.path, res.Status, c.code, strings.TrimSpace(body))
		}
		if strings.Contains(body, "SECRET") {
			t.Errorf("GET %s: the answer carries the file outside the root", c.path)
		}
	}
	// A raw request line the client would clean first.
	for _, raw := range []string{"/../outside/secret.yaml", "/view/../../outside/secret.yaml", "/%2e%2e/outside/secret.yaml"} {
		conn, err := net.Dial("tcp", ts.Addr())
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(conn, "GET "+raw+" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
		res, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		conn.Close()
		if res.StatusCode == http.StatusOK || bytes.Contains(body, []byte("SECRET")) {
			t.Errorf("GET %s (raw): %s, %q", raw, res.Status, body)
		}
	}
	// The link that stays inside is served.
	if res, _ := get(t, ts, "/svg?f=inside.yaml"); res.StatusCode != http.StatusOK {
		t.Errorf("GET /svg?f=inside.yaml: %s", res.Status)
	}
}

// TestOneFile serves one file: / leads to its page, and no other file of
// its directory is served.
func TestOneFile(t *testing.T) {
	root := tree(t)
	_, ts := start(t, Config{Path: filepath.Join(root, "ikea-bus.yaml")})
	client := ts.Client()
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	res, err := client.Get(ts.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusFound || res.Header.Get("Location") != "/view?f=ikea-bus.yaml" {
		t.Errorf("GET /: %s to %q", res.Status, res.Header.Get("Location"))
	}
	if res, _ := get(t, ts, "/svg?f=ikea-bus.yaml"); res.StatusCode != http.StatusOK {
		t.Errorf("the file: %s", res.Status)
	}
	for _, p := range []string{"/svg?f=broken.yaml", "/diagnostics?f=team/police-permit.yml", "/view?f=broken.yaml",
		"/compare?a=ikea-bus.yaml&b=broken.yaml", "/svg?f=../outside/secret.yaml", "/svg?f=escape.yaml", "/svg?f=" + url.QueryEscape(filepath.Join(root, "broken.yaml"))} {
		if res, body := get(t, ts, p); res.StatusCode != http.StatusNotFound || strings.Contains(body, "SECRET") {
			t.Errorf("GET %s: %s, want 404", p, res.Status)
		}
	}

	// No journey named: 400, saying which parameter is missing.
	for p, missing := range map[string]string{"/svg": "?f=", "/compare.svg?a=ikea-bus.yaml": "?b="} {
		if res, body := get(t, ts, p); res.StatusCode != http.StatusBadRequest || !strings.Contains(body, "add "+missing+"FILE.yaml") {
			t.Errorf("GET %s: %s %q, want 400 asking for %s", p, res.Status, body, missing)
		}
	}

	// A file whose name a directory's index would leave out, served on
	// its own, is served under its name.
	hidden := filepath.Join(root, ".draft.yaml")
	write(t, hidden, example(t, "ikea-bus.yaml"))
	_, hts := start(t, Config{Path: hidden})
	for _, p := range []string{"/view?f=.draft.yaml", "/svg?f=.draft.yaml", "/diagnostics?f=.draft.yaml"} {
		if res, _ := get(t, hts, p); res.StatusCode != http.StatusOK {
			t.Errorf("serving .draft.yaml, GET %s: %s", p, res.Status)
		}
	}
}

// drawn draws a journey as the command does.
func drawn(t *testing.T, name string, data []byte) blueprint.Measured {
	t.Helper()
	j, ds := blueprint.Load(name, data)
	if j == nil {
		t.Fatalf("%s: %v", name, ds)
	}
	return blueprint.Measure(j)
}

// TestSVG: the drawing of each view and theme is the same bytes as
// render draws; ?download makes it an attachment.
func TestSVG(t *testing.T) {
	root := tree(t)
	_, ts := start(t, Config{Path: root})
	m := drawn(t, filepath.Join(root, "team", "police-permit.yml"), example(t, "police-permit.yaml"))
	for _, v := range render.Views {
		for _, theme := range theme.Names {
			res, body := get(t, ts, "/svg?f=team/police-permit.yml&view="+v.Name+"&theme="+theme)
			if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "image/svg+xml" {
				t.Fatalf("%s %s: %s %s", v.Name, theme, res.Status, res.Header.Get("Content-Type"))
			}
			if want := v.Draw(m, theme); body != string(want) {
				t.Errorf("%s %s: %d bytes differ from render's %d", v.Name, theme, len(body), len(want))
			}
			if cd := res.Header.Get("Content-Disposition"); cd != "" {
				t.Errorf("%s: Content-Disposition %q without ?download", v.Name, cd)
			}
		}
	}
	res, _ := get(t, ts, "/svg?f=team/police-permit.yml&view=touchpoints&download=1")
	if cd := res.Header.Get("Content-Disposition"); cd != `attachment; filename=police-permit.touchpoints.svg` {
		t.Errorf("download: Content-Disposition %q", cd)
	}
	// The default is the first view in the server's theme.
	_, def := get(t, ts, "/svg?f=team/police-permit.yml")
	if def != string(render.Views[0].Draw(m, theme.Names[0])) {
		t.Error("/svg without view and theme is not the first view in the first theme")
	}
	for _, p := range []string{"/svg?f=ikea-bus.yaml&view=nope", "/svg?f=ikea-bus.yaml&theme=neon"} {
		if res, _ := get(t, ts, p); res.StatusCode != http.StatusBadRequest {
			t.Errorf("GET %s: %s, want 400", p, res.Status)
		}
	}
	// The theme of the server is the default.
	_, dts := start(t, Config{Path: root, Theme: "dark"})
	if _, body := get(t, dts, "/svg?f=team/police-permit.yml"); body != string(render.Views[0].Draw(m, "dark")) {
		t.Error("Config.Theme dark: the default drawing is not dark")
	}
}

// TestConcurrent: pages asking at once get the same drawings as render
// draws one at a time (run it with -race).
func TestConcurrent(t *testing.T) {
	root := tree(t)
	_, ts := start(t, Config{Path: root})
	want := map[string]string{}
	for _, f := range []struct{ rel, example string }{{"ikea-bus.yaml", "ikea-bus.yaml"}, {"team/police-permit.yml", "police-permit.yaml"}} {
		m := drawn(t, filepath.Join(root, filepath.FromSlash(f.rel)), example(t, f.example))
		for _, v := range render.Views {
			for _, theme := range theme.Names {
				want["/svg?f="+f.rel+"&view="+v.Name+"&theme="+theme] = string(v.Draw(m, theme))
			}
		}
	}
	var wg sync.WaitGroup
	for range 3 {
		for p, w := range want {
			wg.Go(func() {
				res, err := ts.Client().Get(ts.URL + p)
				if err != nil {
					t.Error(err)
					return
				}
				defer res.Body.Close()
				body, _ := io.ReadAll(res.Body)
				if string(body) != w {
					t.Errorf("GET %s at once with others: %d bytes, not render's %d", p, len(body), len(w))
				}
			})
		}
	}
	wg.Wait()
}

func TestCompareSVG(t *testing.T) {
	root := tree(t)
	_, ts := start(t, Config{Path: root})
	a := drawn(t, filepath.Join(root, "ikea-bus.yaml"), example(t, "ikea-bus.yaml"))
	b := drawn(t, filepath.Join(root, "team", "police-permit.yml"), example(t, "police-permit.yaml")).AlongMain() // compared along its main path
	res, body := get(t, ts, "/compare.svg?a=ikea-bus.yaml&b=team/police-permit.yml&theme=print&download=1")
	if res.StatusCode != http.StatusOK || body != string(render.CompareSVG(a, b, "print")) {
		t.Errorf("compare.svg: %s, %d bytes; not render.CompareSVG", res.Status, len(body))
	}
	if cd := res.Header.Get("Content-Disposition"); cd != "attachment; filename=ikea-bus-vs-police-permit.compare.svg" {
		t.Errorf("Content-Disposition %q", cd)
	}
	res, body = get(t, ts, "/compare?a=ikea-bus.yaml&b=team/police-permit.yml")
	if res.StatusCode != http.StatusOK || !strings.Contains(body, `data-page="compare"`) || !strings.Contains(body, `data-b="team/police-permit.yml"`) {
		t.Errorf("compare page: %s\n%s", res.Status, body)
	}
	// One journey named: the message names the parameter missing.
	for _, p := range []string{"/compare?a=ikea-bus.yaml", "/compare.svg?b=ikea-bus.yaml", "/download?a=ikea-bus.yaml"} {
		missing := "?b="
		if strings.Contains(p, "?b=") {
			missing = "?a="
		}
		if res, body := get(t, ts, p); res.StatusCode != http.StatusBadRequest || !strings.Contains(body, "add "+missing+"FILE.yaml") {
			t.Errorf("GET %s: %s %q, want 400 asking for %s", p, res.Status, body, missing)
		}
	}
	res, body = get(t, ts, "/compare.svg?a=ikea-bus.yaml&b=broken.yaml")
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, `"line": 1`) {
		t.Errorf("compare.svg with a broken journey: %s %s", res.Status, body)
	}
}

// TestDownload: every format render draws, as a file to save, the same
// bytes as render (a PDF too: render's are byte-identical from second to
// second).
func TestDownload(t *testing.T) {
	root := tree(t)
	_, ts := start(t, Config{Path: root})
	m := drawn(t, filepath.Join(root, "ikea-bus.yaml"), example(t, "ikea-bus.yaml"))
	b := drawn(t, filepath.Join(root, "team", "police-permit.yml"), example(t, "police-permit.yaml")).AlongMain() // compared along its main path
	types := map[string]string{"svg": "image/svg+xml", "png": "image/png", "pdf": "application/pdf"}
	for _, format := range render.Formats {
		if format == "png" && raceEnabled {
			continue
		}
		for _, v := range render.Views {
			res, body := get(t, ts, "/download?f=ikea-bus.yaml&view="+v.Name+"&theme=dark&format="+format)
			want, err := v.Encode(m, render.Options{}, "dark", format)
			if err != nil {
				t.Fatal(err)
			}
			if res.StatusCode != http.StatusOK || body != string(want) {
				t.Errorf("%s %s: %s, %d bytes; not render's %d", v.Name, format, res.Status, len(body), len(want))
			}
			if ct := res.Header.Get("Content-Type"); ct != types[format] {
				t.Errorf("%s %s: Content-Type %q", v.Name, format, ct)
			}
			if cd, want := res.Header.Get("Content-Disposition"), "attachment; filename=ikea-bus"+journeyfile.Suffix(v.Name, format); cd != want {
				t.Errorf("%s %s: Content-Disposition %q, want %q", v.Name, format, cd, want)
			}
		}
		res, body := get(t, ts, "/download?a=ikea-bus.yaml&b=team/police-permit.yml&format="+format)
		pic, err := render.ComparePicture(m, b, theme.Names[0], format)
		want := pic.Data
		if err != nil {
			t.Fatal(err)
		}
		if res.StatusCode != http.StatusOK || body != string(want) {
			t.Errorf("compare %s: %s, %d bytes; not render's %d", format, res.Status, len(body), len(want))
		}
		if cd := res.Header.Get("Content-Disposition"); cd != "attachment; filename=ikea-bus-vs-police-permit.compare."+format {
			t.Errorf("compare %s: Content-Disposition %q", format, cd)
		}
	}
	// SVG by default; the first view.
	res, body := get(t, ts, "/download?f=ikea-bus.yaml")
	if res.Header.Get("Content-Type") != "image/svg+xml" || body != string(render.Views[0].Draw(m, theme.Names[0])) {
		t.Errorf("/download without format: %s", res.Header.Get("Content-Type"))
	}
	for p, code := range map[string]int{
		"/download?f=ikea-bus.yaml&format=gif":                   400,
		"/download?f=ikea-bus.yaml&view=nope":                    400,
		"/download?f=../outside/secret.yaml&format=png":          400,
		"/download?a=ikea-bus.yaml&b=%2e%2e/outside/secret.yaml": 400,
		"/download?f=escape.yaml&format=pdf":                     404,
		"/download?f=broken.yaml&format=png":                     422,
		"/download?a=broken.yaml&b=ikea-bus.yaml&format=pdf":     422,
	} {
		res, body := get(t, ts, p)
		if res.StatusCode != code || strings.Contains(body, "SECRET") {
			t.Errorf("GET %s: %s, want %d", p, res.Status, code)
		}
	}
}

type diagnostic struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
}

// TestDiagnostics: a broken journey's diagnostics, with line and column,
// from /diagnostics and from /svg (422); a clean one's are [].
func TestDiagnostics(t *testing.T) {
	root := tree(t)
	_, ts := start(t, Config{Path: root})
	_, want := blueprint.Load(filepath.Join(root, "broken.yaml"), []byte(broken))
	if len(want) == 0 || want[0].Pos.Line != 1 || want[0].Pos.Col != 10 {
		t.Fatalf("the broken journey's diagnostics changed: %v", want)
	}
	for _, p := range []string{"/diagnostics?f=broken.yaml", "/svg?f=broken.yaml"} {
		res, body := get(t, ts, p)
		code := http.StatusOK
		if strings.HasPrefix(p, "/svg") {
			code = http.StatusUnprocessableEntity
		}
		if res.StatusCode != code || res.Header.Get("Content-Type") != "application/json" {
			t.Fatalf("GET %s: %s %s", p, res.Status, res.Header.Get("Content-Type"))
		}
		var got []diagnostic
		if err := json.Unmarshal([]byte(body), &got); err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("GET %s: %v, want %v", p, got, want)
		}
		for i, d := range want {
			g := got[i]
			if g.File != d.Pos.File || g.Line != d.Pos.Line || g.Col != d.Pos.Col || g.Severity != d.Severity.String() || g.Message != d.Message {
				t.Errorf("GET %s: %+v, want %v", p, g, d)
			}
		}
	}
	if res, body := get(t, ts, "/diagnostics?f=ikea-bus.yaml"); res.StatusCode != http.StatusOK || strings.TrimSpace(body) != "[]" {
		t.Errorf("a clean journey: %s %q", res.Status, body)
	}
	// A deleted journey: 404 with a message the page shows.
	os.Remove(filepath.Join(root, "broken.yaml"))
	if res, body := get(t, ts, "/diagnostics?f=broken.yaml"); res.StatusCode != http.StatusNotFound || !strings.Contains(body, "broken.yaml does not exist") {
		t.Errorf("a deleted journey: %s %q", res.Status, body)
	}
}

// TestHeaders: every answer carries the security headers; a page's policy
// allows no inline script.
func TestHeaders(t *testing.T) {
	root := tree(t)
	_, ts := start(t, Config{Path: root})
	for _, p := range []string{"/", "/view?f=ikea-bus.yaml", "/compare?a=ikea-bus.yaml&b=broken.yaml", "/svg?f=ikea-bus.yaml",
		"/diagnostics?f=ikea-bus.yaml", "/static/app.js", "/static/style.css", "/static/icon.svg", "/nope", "/svg?f=../x.yaml"} {
		res, _ := get(t, ts, p)
		h := res.Header
		csp := h.Get("Content-Security-Policy")
		if h.Get("X-Content-Type-Options") != "nosniff" || csp == "" || h.Get("X-Frame-Options") != "DENY" {
			t.Errorf("GET %s: headers %v", p, h)
		}
		if strings.Contains(csp, "script-src") && !strings.Contains(csp, "script-src 'self';") {
			t.Errorf("GET %s: scripts from elsewhere than the server: %s", p, csp)
		}
		if strings.Contains(csp, "unsafe-eval") || strings.Contains(csp, "script-src 'self' 'unsafe-inline'") {
			t.Errorf("GET %s: %s", p, csp)
		}
	}
	res, _ := get(t, ts, "/svg?f=ikea-bus.yaml")
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "sandbox") {
		t.Errorf("an SVG opened on its own: %q", csp)
	}
	res, body := get(t, ts, "/view?f=ikea-bus.yaml")
	if !strings.Contains(res.Header.Get("Content-Security-Policy"), "default-src 'self'") || strings.Contains(body, "<script>") {
		t.Errorf("the page: %v\n%s", res.Header, body)
	}
}

// TestHostCheck: a request for another host name is refused (a DNS name
// rebound to 127.0.0.1), unless the server is public.
func TestHostCheck(t *testing.T) {
	root := tree(t)
	_, ts := start(t, Config{Path: root})
	_, pub := start(t, Config{Path: root, Public: true})
	for _, c := range []struct {
		host         string
		local, wider int
	}{
		{"127.0.0.1:8080", 200, 200},
		{"localhost:8080", 200, 200},
		{"LOCALHOST", 200, 200},
		{"[::1]:8080", 200, 200},
		{"127.0.0.2", 200, 200},
		{"evil.example:8080", 403, 200},
		{"localhost.evil.example", 403, 200},
		{"192.168.1.20:8080", 403, 200},
	} {
		for _, s := range []struct {
			ts   *testServer
			want int
		}{{ts, c.local}, {pub, c.wider}} {
			req, _ := http.NewRequest("GET", s.ts.URL+"/svg?f=ikea-bus.yaml", nil)
			req.Host = c.host
			res, err := s.ts.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != s.want {
				t.Errorf("Host %q, public %v: %s, want %d", c.host, s.ts == pub, res.Status, s.want)
			}
		}
	}
	// Serving on a port of its own, the server wants that port named.
	_, base, _ := serveOn(t, Config{Path: root})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	port, err := strconv.Atoi(u.Port())
	if err != nil {
		t.Fatal(err)
	}
	for host, want := range map[string]int{
		fmt.Sprintf("localhost:%d", port):    200,
		fmt.Sprintf("127.0.0.1:%d", port):    200,
		fmt.Sprintf("localhost:%d", port+1):  403,
		"localhost":                          403,
		fmt.Sprintf("evil.example:%d", port): 403,
	} {
		req, _ := http.NewRequest("GET", base+"/svg?f=ikea-bus.yaml", nil)
		req.Host = host
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != want {
			t.Errorf("Serve on port %d, Host %q: %s, want %d", port, host, res.Status, want)
		}
	}

	// No Host at all (HTTP/1.0): refused too.
	_, hs := start(t, Config{Path: root})
	c, err := net.Dial("tcp", hs.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	io.WriteString(c, "GET /svg?f=ikea-bus.yaml HTTP/1.0\r\n\r\n")
	res, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil || res.StatusCode != http.StatusForbidden {
		t.Errorf("no Host: %v %v, want 403", res, err)
	}
}

// events connects to /events and returns its lines, after the hello.
func events(t *testing.T, ts *testServer) (<-chan string, func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", ts.URL+"/events", nil)
	res, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if res.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("/events: %s", res.Header.Get("Content-Type"))
	}
	lines := make(chan string, 100)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(res.Body)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	for l := range lines {
		if l == "event: hello" {
			return lines, func() { cancel(); res.Body.Close() }
		}
	}
	t.Fatal("no hello")
	return nil, nil
}

// next waits for the next change event and returns it.
func next(t *testing.T, lines <-chan string, within time.Duration) (change, time.Duration) {
	t.Helper()
	start := time.Now()
	c, err := nextChange(lines, within)
	if err != nil {
		t.Fatal(err)
	}
	return c, time.Since(start)
}

// nextChange reads lines of an event stream until the next change event,
// and returns it; or an error when the stream ends or within passes first.
// Unlike next it may run outside the test's goroutine.
func nextChange(lines <-chan string, within time.Duration) (change, error) {
	deadline := time.NewTimer(within)
	defer deadline.Stop()
	event := ""
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				return change{}, errors.New("the event stream ended")
			}
			switch {
			case strings.HasPrefix(l, "event: "):
				event = strings.TrimPrefix(l, "event: ")
			case strings.HasPrefix(l, "data: ") && event == "change":
				var c change
				err := json.Unmarshal([]byte(strings.TrimPrefix(l, "data: ")), &c)
				return c, err
			}
		case <-deadline.C:
			return change{}, fmt.Errorf("no change event within %v", within)
		}
	}
}

// TestEvents: a save is announced within 500 ms, once, with the file; a
// save by rename (as editors do), a new directory and a deletion too.
func TestEvents(t *testing.T) {
	root := tree(t)
	_, ts := start(t, Config{Path: root})
	lines, stop := events(t, ts)
	defer stop()

	path := filepath.Join(root, "team", "police-permit.yml")
	data := example(t, "police-permit.yaml")
	write(t, path, append(data, "# saved\n"...))
	c, took := next(t, lines, 500*time.Millisecond)
	t.Logf("a write was announced after %v", took)
	if len(c.Files) != 1 || c.Files[0] != "team/police-permit.yml" {
		t.Errorf("after a write: %+v", c)
	}

	// An editor's save: a temporary file renamed over the journey.
	tmp := filepath.Join(root, "team", ".police-permit.yml.swp")
	write(t, tmp, data)
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
	c, _ = next(t, lines, 500*time.Millisecond)
	if len(c.Files) != 1 || c.Files[0] != "team/police-permit.yml" {
		t.Errorf("after a rename: %+v", c)
	}

	// A new directory with a journey: watched from now on.
	write(t, filepath.Join(root, "new", "one.yaml"), []byte(broken))
	c, _ = next(t, lines, 500*time.Millisecond)
	if !c.List || !strings.Contains(strings.Join(c.Files, " "), "new/one.yaml") {
		t.Errorf("after a new directory: %+v", c)
	}
	time.Sleep(50 * time.Millisecond)
	write(t, filepath.Join(root, "new", "one.yaml"), example(t, "ikea-bus.yaml"))
	c, _ = next(t, lines, 500*time.Millisecond)
	if len(c.Files) != 1 || c.Files[0] != "new/one.yaml" {
		t.Errorf("after a write in the new directory: %+v", c)
	}

	// Deleted.
	os.Remove(filepath.Join(root, "ikea-bus.yaml"))
	c, _ = next(t, lines, 500*time.Millisecond)
	if !c.List || len(c.Files) != 1 || c.Files[0] != "ikea-bus.yaml" {
		t.Errorf("after a deletion: %+v", c)
	}

	// Hidden files and other files tell nothing about journeys.
	write(t, filepath.Join(root, ".hidden", "blood-donation.yaml"), []byte(broken))
	write(t, filepath.Join(root, "notes.txt"), []byte("changed"))
	select {
	case l := <-lines:
		if strings.HasPrefix(l, "data: ") && strings.Contains(l, ".hidden") {
			t.Errorf("a hidden file was announced: %s", l)
		}
	case <-time.After(300 * time.Millisecond):
	}
}

// TestEventsOneFile: serving one file, a save of it is announced under its
// name, and other files of its directory are not.
func TestEventsOneFile(t *testing.T) {
	root := tree(t)
	_, ts := start(t, Config{Path: filepath.Join(root, "ikea-bus.yaml")})
	lines, stop := events(t, ts)
	defer stop()
	write(t, filepath.Join(root, "broken.yaml"), []byte(broken+"# other\n"))
	write(t, filepath.Join(root, "ikea-bus.yaml"), append(example(t, "ikea-bus.yaml"), "# saved\n"...))
	c, took := next(t, lines, 500*time.Millisecond)
	if len(c.Files) != 1 || c.Files[0] != "ikea-bus.yaml" {
		t.Errorf("%+v", c)
	}
	t.Logf("announced after %v", took)
}

// TestShutdown: Serve returns nil soon after its context ends, even with a
// page listening to events, and the listener is closed.
func TestShutdown(t *testing.T) {
	root := tree(t)
	s, base, stop := serveOn(t, Config{Path: root})
	res, err := http.Get(base + "/events")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	bufio.NewReader(res.Body).ReadString('\n')
	begin := time.Now()
	if err := stop(); err != nil {
		t.Fatalf("Serve: %v", err)
	}
	t.Logf("shut down in %v", time.Since(begin))
	if _, err := http.Get(base + "/"); err == nil {
		t.Error("the server still answers")
	}
	if err := s.Close(); err != nil {
		t.Errorf("Close after Serve: %v", err)
	}
}

func TestNew(t *testing.T) {
	root := tree(t)
	for _, c := range []struct {
		path, err string
	}{
		{filepath.Join(root, "missing.yaml"), "cannot read " + filepath.Join(root, "missing.yaml") + ": no such file or directory"},
		{filepath.Join(root, "notes.txt"), "a journey is a .yaml or .yml file"},
		{"-", "standard input cannot be watched"},
		{"", "standard input cannot be watched"},
	} {
		s, err := New(Config{Path: c.path})
		if err == nil {
			s.Close()
			t.Errorf("New(%q): no error", c.path)
			continue
		}
		if !strings.Contains(err.Error(), c.err) {
			t.Errorf("New(%q): %v, want %q", c.path, err, c.err)
		}
	}
	if _, err := New(Config{Path: root, Theme: "neon"}); err == nil {
		t.Error("theme neon: no error")
	}
}

func TestIsLoopback(t *testing.T) {
	for host, want := range map[string]bool{
		"127.0.0.1": true, "127.1.2.3": true, "::1": true, "localhost": true,
		"": false, "0.0.0.0": false, "::": false, "192.168.0.1": false, "example.com": false, "localhost.example.com": false,
	} {
		if got := IsLoopback(host); got != want {
			t.Errorf("IsLoopback(%q) = %v", host, got)
		}
	}
}

func TestCleanRel(t *testing.T) {
	good := []string{"a.yaml", "team/a.yml", "ä/ö.yaml", "with space.yaml"}
	bad := []string{"", "/a.yaml", "../a.yaml", "a/../b.yaml", "./a.yaml", "a//b.yaml", "a/", ".a.yaml", "x/.git/a.yaml",
		"a.txt", "a.yaml/", "a\\b.yaml", "a\x00.yaml", "a", "\xff.yaml"}
	for _, f := range good {
		if err := cleanRel(f); err != nil {
			t.Errorf("cleanRel(%q): %v", f, err)
		}
	}
	for _, f := range bad {
		if err := cleanRel(f); err == nil {
			t.Errorf("cleanRel(%q): no error", f)
		}
	}
}

// TestFindings: &findings=1 marks the review findings on a journey's
// drawing and its download, the bytes render --findings writes; the page
// carries the switch.
func TestFindings(t *testing.T) {
	root := tree(t)
	_, ts := start(t, Config{Path: root})
	m := drawn(t, filepath.Join(root, "team", "police-permit.yml"), example(t, "police-permit.yaml"))
	want, err := render.Views[0].Encode(m, render.Options{Findings: blueprint.Review(m)}, "light", "svg")
	if err != nil {
		t.Fatal(err)
	}
	res, body := get(t, ts, "/svg?f=team/police-permit.yml&view=blueprint&theme=light&findings=1")
	if res.StatusCode != http.StatusOK || body != string(want) {
		t.Errorf("/svg with findings: %s, %d bytes; want the %d bytes render --findings draws", res.Status, len(body), len(want))
	}
	if _, plain := get(t, ts, "/svg?f=team/police-permit.yml&view=blueprint&theme=light"); strings.Contains(plain, "badge-finding\"") {
		t.Error("/svg without findings=1 marks findings")
	}
	if _, page := get(t, ts, "/view?f=team/police-permit.yml&findings=1"); !strings.Contains(page, `id="sv-findings" checked`) {
		t.Error("the page of a journey has no checked Findings switch")
	}
}
