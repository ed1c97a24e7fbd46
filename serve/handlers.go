package serve

import (
	"bytes"
	"cmp"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"mime"
	"net"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/journeyfile"
	"github.com/blueprint-tool/blueprint/render"
	"github.com/blueprint-tool/blueprint/render/theme"
	"github.com/blueprint-tool/blueprint/serve/httpd"
)

//go:embed web
var web embed.FS

// pages returns the page templates, parsed on first use so that commands
// other than serve do not pay for them at start-up.
var pages = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("").Funcs(template.FuncMap{
		"upper": strings.ToUpper,
		"plural": func(n int, one, many string) string {
			if n == 1 {
				return "1 " + one
			}
			return fmt.Sprint(n) + " " + many
		},
	}).ParseFS(web, "web/*.html"))
})

// The pages' Content-Security-Policy: scripts, styles and fonts only from
// the server itself; no inline script. Inline styles are allowed because
// each drawing, inlined in the page, carries its own <style> with its
// fonts as data: URLs.
const pageCSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; " +
	"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// svgCSP is the policy of an SVG opened on its own: nothing but its own
// styles and fonts, sandboxed.
const svgCSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; sandbox"

// routes answers GET and HEAD requests for the pages, pictures, events and
// assets: 404 for another path, 405 for another method.
func (s *Server) routes() httpd.Handler {
	paths := map[string]httpd.Handler{
		"/":            handler(s.index),
		"/view":        handler(s.viewPage),
		"/compare":     handler(s.comparePage),
		"/svg":         handler(s.svg),
		"/compare.svg": handler(s.compareSVG),
		"/download":    handler(s.download),
		"/diagnostics": handler(s.diagnostics),
		"/events":      httpd.HandlerFunc(s.events),
		"/favicon.ico": httpd.HandlerFunc(func(w *httpd.Response, _ *httpd.Request) {
			w.WriteHeader(httpd.StatusNoContent) // the pages link /static/icon.svg
		}),
	}
	return s.guard(httpd.HandlerFunc(func(w *httpd.Response, r *httpd.Request) {
		h, ok := paths[r.URL.Path]
		if name, found := strings.CutPrefix(r.URL.Path, "/static/"); found && !strings.Contains(name, "/") {
			h, ok = httpd.HandlerFunc(func(w *httpd.Response, _ *httpd.Request) { s.static(w, name) }), true
		}
		switch {
		case !ok:
			httpd.NotFound(w)
		case r.Method != "GET" && r.Method != "HEAD":
			w.Header().Set("Allow", "GET, HEAD")
			httpd.Error(w, "this server answers GET and HEAD only", httpd.StatusMethodNotAllowed)
		default:
			h.ServeHTTP(w, r)
		}
	}))
}

// guard sets the security headers of every response and, unless the
// server is public, refuses a request for another host than the local
// machine: a site whose DNS name is rebound to 127.0.0.1 would otherwise
// be same-origin with this server and could read the journeys.
func (s *Server) guard(next httpd.Handler) httpd.Handler {
	return httpd.HandlerFunc(func(w *httpd.Response, r *httpd.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", pageCSP)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		if !s.cfg.Public && !isLocalHost(r.Host, int(s.port.Load())) {
			httpd.Error(w, fmt.Sprintf("blueprint serve answers only requests for localhost or a loopback address "+
				"and its own port (this one is for %q); start it with --public to serve other names", r.Host), httpd.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// isLocalHost reports whether the Host header of a request names the
// local machine, localhost or a loopback IP, and, when the server knows
// the port it listens on, that port (no port in the header means 80).
func isLocalHost(hostport string, port int) bool {
	host, p, err := net.SplitHostPort(hostport)
	if err != nil {
		host, p = strings.TrimSuffix(strings.TrimPrefix(hostport, "["), "]"), "80"
	}
	if port != 0 && p != strconv.Itoa(port) {
		return false
	}
	return IsLoopback(strings.ToLower(host))
}

// A handler answers a request, or returns what to answer instead: an
// *httpError, problems (the diagnostics of a journey that cannot be
// drawn), or any other error, a fault of the server's.
type handler func(w *httpd.Response, r *httpd.Request) error

func (h handler) ServeHTTP(w *httpd.Response, r *httpd.Request) {
	err := h(w, r)
	var (
		herr *httpError
		ps   problems
	)
	switch {
	case err == nil:
	case errors.As(err, &ps):
		_ = writeDiagnostics(w, httpd.StatusUnprocessableEntity, blueprint.Diagnostics(ps))
	case errors.As(err, &herr):
		fail(w, herr)
	default:
		fail(w, &httpError{httpd.StatusInternalServerError, err.Error()})
	}
}

// problems are the diagnostics of journeys that cannot be drawn, answered
// with 422 and the diagnostics as JSON.
type problems blueprint.Diagnostics

func (ps problems) Error() string { return "the journey has errors" }

// fail answers with the status and message of e, as plain text.
func fail(w *httpd.Response, e *httpError) {
	w.Header().Set("Cache-Control", "no-store")
	httpd.Error(w, e.msg, e.code)
}

// tab is one view a page shows, as a tab.
type tab struct {
	Name, Label string
}

// viewTabs are the tabs of a journey's page: its views, named for people.
var viewTabs = func() []tab {
	labels := map[string]string{"blueprint": "Service blueprint", "touchpoints": "Touchpoint map"}
	var tabs []tab
	for _, v := range journeyfile.Views {
		tabs = append(tabs, tab{v, cmp.Or(labels[v], v)})
	}
	return tabs
}()

// compareTabs is the one tab of the page of two journeys compared.
var compareTabs = []tab{{"compare", "Comparison"}}

// pageData is what the templates fill in.
type pageData struct {
	Title    string // of the window
	Root     string // the served path, as the command line names it
	Dir      bool   // a directory is served: the index exists
	Mode     string // "view" or "compare"
	File     string // view: the journey
	A, B     string // compare: the journeys
	View     string // the tab shown first
	Theme    string
	Findings bool // view: the review findings are marked on the drawing
	Themes   []string
	Formats  []string // of the downloads
	Tabs     []tab
	Journeys []entry // index
}

func (s *Server) page(w *httpd.Response, name string, d pageData) error {
	d.Root, d.Dir, d.Themes, d.Formats = s.cfg.Path, s.dir, theme.Names, journeyfile.Formats
	var b bytes.Buffer
	if err := pages().ExecuteTemplate(&b, name, d); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(b.Bytes())
	return nil
}

// index lists the journeys of a directory, with a form to compare two;
// for one file it sends the browser to the file's page.
func (s *Server) index(w *httpd.Response, r *httpd.Request) error {
	if !s.dir {
		httpd.Redirect(w, "/view?f="+url.QueryEscape(s.name), httpd.StatusFound)
		return nil
	}
	return s.page(w, "index.html", pageData{Title: "Journeys in " + s.cfg.Path, Journeys: s.entries()})
}

// drawing is what a request for a page or a picture names: one view of a
// journey (?f=FILE&view=VIEW, the first view by default, with the review
// findings marked when &findings=1), or two journeys compared (?a=A&b=B);
// and the theme (&theme=, the server's by default).
type drawing struct {
	files    []string    // FILE, or A and B: checked by checkRel
	view     render.View // of one journey
	theme    string
	findings bool // &findings=1: mark the review findings on one journey's picture
}

// drawingOf reads what a request names; compare says whether it names two
// journeys.
func (s *Server) drawingOf(q url.Values, compare bool) (drawing, error) {
	d := drawing{theme: cmp.Or(q.Get("theme"), s.cfg.Theme), findings: q.Get("findings") == "1"}
	if !slices.Contains(theme.Names, d.theme) {
		return d, &httpError{httpd.StatusBadRequest, fmt.Sprintf("unknown theme %q: one of %s", d.theme, strings.Join(theme.Names, ", "))}
	}
	params := []string{"a", "b"}
	if !compare {
		params = []string{"f"}
		var err error
		if d.view, err = viewOf(q.Get("view")); err != nil {
			return d, err
		}
	}
	for _, p := range params {
		f := q.Get(p)
		if err := s.checkRel(p, f); err != nil {
			return d, err
		}
		d.files = append(d.files, f)
	}
	return d, nil
}

// viewOf returns the view named, or the first for "".
func viewOf(name string) (render.View, error) {
	if name == "" {
		return render.Views[0], nil
	}
	for _, v := range render.Views {
		if v.Name == name {
			return v, nil
		}
	}
	return render.View{}, &httpError{httpd.StatusBadRequest, fmt.Sprintf("unknown view %q: one of %s", name, strings.Join(journeyfile.Views, ", "))}
}

// filename is the name of the picture of d in format, as render names its
// files: ikea-bus.blueprint.svg, or old-vs-new.compare.svg.
func (d drawing) filename(format string) string {
	if len(d.files) == 2 {
		return stem(d.files[0]) + "-vs-" + stem(d.files[1]) + ".compare." + format
	}
	return stem(d.files[0]) + journeyfile.Suffix(d.view.Name, format)
}

// stem is a journey's file name without its directory and extension.
func stem(rel string) string { return journeyfile.TrimExt(path.Base(rel)) }

// draw draws the journeys of d, measured, in format.
func (d drawing) draw(ms []blueprint.Measured, format string) ([]byte, error) {
	if len(ms) == 2 {
		pic, err := render.ComparePicture(ms[0].AlongMain(), ms[1].AlongMain(), d.theme, format)
		return pic.Data, err
	}
	var o render.Options
	if d.findings {
		o.Findings = blueprint.Review(ms[0])
	}
	return d.view.Encode(ms[0], o, d.theme, format)
}

// measure loads the journeys to draw. When any has errors, the error is
// problems: the diagnostics of all of them.
func (s *Server) measure(files []string) ([]blueprint.Measured, error) {
	var (
		ms  []blueprint.Measured
		all blueprint.Diagnostics
		bad bool
	)
	for _, f := range files {
		j, ds, err := s.load(f)
		if err != nil {
			return nil, err
		}
		all = append(all, ds...)
		if j == nil {
			bad = true
			continue
		}
		ms = append(ms, blueprint.Measure(j))
	}
	if bad {
		return nil, problems(all)
	}
	return ms, nil
}

// viewPage is the page of one journey: its views in tabs, redrawn on save.
func (s *Server) viewPage(w *httpd.Response, r *httpd.Request) error {
	d, err := s.drawingOf(r.URL.Query(), false)
	if err != nil {
		return err
	}
	f := d.files[0]
	return s.page(w, "journey.html", pageData{Title: f, Mode: "view", File: f, View: d.view.Name, Theme: d.theme, Findings: d.findings, Tabs: viewTabs})
}

// comparePage is the page of two journeys compared.
func (s *Server) comparePage(w *httpd.Response, r *httpd.Request) error {
	d, err := s.drawingOf(r.URL.Query(), true)
	if err != nil {
		return err
	}
	a, b := d.files[0], d.files[1]
	return s.page(w, "journey.html", pageData{
		Title: a + " vs " + b, Mode: "compare", A: a, B: b, View: "compare", Theme: d.theme, Tabs: compareTabs,
	})
}

// svg draws one view of a journey (?f=FILE&view=VIEW&theme=THEME); with
// ?download, as a file to save.
func (s *Server) svg(w *httpd.Response, r *httpd.Request) error {
	q := r.URL.Query()
	return s.picture(w, q, false, "svg", q.Has("download"))
}

// compareSVG draws two journeys compared (?a=A&b=B&theme=THEME); with
// ?download, as a file to save.
func (s *Server) compareSVG(w *httpd.Response, r *httpd.Request) error {
	q := r.URL.Query()
	return s.picture(w, q, true, "svg", q.Has("download"))
}

// formatTypes are the media types of the formats render draws.
var formatTypes = map[string]string{"svg": "image/svg+xml", "png": "image/png", "pdf": "application/pdf"}

// download answers with a picture as a file to save, in any of
// journeyfile.Formats (&format=, svg by default): one view of a journey, or
// two journeys compared when ?a= or ?b= is given.
func (s *Server) download(w *httpd.Response, r *httpd.Request) error {
	q := r.URL.Query()
	format := cmp.Or(q.Get("format"), journeyfile.Formats[0])
	if !slices.Contains(journeyfile.Formats, format) || formatTypes[format] == "" {
		return &httpError{httpd.StatusBadRequest, fmt.Sprintf("unknown format %q: one of %s", format, strings.Join(journeyfile.Formats, ", "))}
	}
	return s.picture(w, q, q.Has("a") || q.Has("b"), format, true)
}

// picture answers with the drawing a request names, in format; as a file
// to save when attach. A journey with errors gets 422 and the diagnostics.
func (s *Server) picture(w *httpd.Response, q url.Values, compare bool, format string, attach bool) error {
	d, err := s.drawingOf(q, compare)
	if err != nil {
		return err
	}
	ms, err := s.measure(d.files)
	if err != nil {
		return err
	}
	data, err := d.draw(ms, format)
	if err != nil {
		return fmt.Errorf("cannot draw the %s: %w", format, err)
	}
	h := w.Header()
	h.Set("Content-Type", formatTypes[format])
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Security-Policy", svgCSP)
	if attach {
		h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": d.filename(format)}))
	}
	_, _ = w.Write(data)
	return nil
}

// writeDiagnostics answers with the diagnostics as
// blueprint.Diagnostics.WriteJSON writes them: file, line, col, severity and message of each.
func writeDiagnostics(w *httpd.Response, code int, ds blueprint.Diagnostics) error {
	var b bytes.Buffer
	if err := ds.WriteJSON(&b); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_, _ = w.Write(b.Bytes())
	return nil
}

// diagnostics answers with the diagnostics of a journey (200, [] when it
// is clean), or 404 when it does not exist.
func (s *Server) diagnostics(w *httpd.Response, r *httpd.Request) error {
	_, ds, err := s.load(r.URL.Query().Get("f"))
	if err != nil {
		return err
	}
	return writeDiagnostics(w, httpd.StatusOK, ds)
}

// keepAlive is how often an idle event stream gets a comment, so that a
// page notices a server gone and a proxy keeps the stream open.
const keepAlive = 20 * time.Second

// events is the stream of server-sent events each page listens to: a
// "hello" when it connects, then a "change" after each save, with the
// journeys that changed (see change).
func (s *Server) events(w *httpd.Response, r *httpd.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	changes, done := s.hub.subscribe()
	defer done()
	// retry: a page reconnects one second after the server went away.
	if _, err := fmt.Fprint(w, "retry: 1000\nevent: hello\ndata: {}\n\n"); err != nil {
		return
	}
	if w.Flush() != nil {
		return
	}
	tick := time.NewTicker(keepAlive)
	defer tick.Stop()
	for {
		var err error
		select {
		case <-r.Context().Done():
			return
		case c, ok := <-changes:
			if !ok {
				return // shutting down, or the page fell behind: it reconnects
			}
			data, _ := json.Marshal(c)
			_, err = fmt.Fprintf(w, "event: change\ndata: %s\n\n", data)
		case <-tick.C:
			_, err = fmt.Fprint(w, ": keep-alive\n\n")
		}
		if err != nil || w.Flush() != nil {
			return
		}
	}
}

// assets are the files under /static/, with their types.
var assets = map[string]string{
	"app.js":    "text/javascript; charset=utf-8",
	"style.css": "text/css; charset=utf-8",
	"icon.svg":  "image/svg+xml",
}

// static serves the page's script, style sheet and icon, and nothing else.
func (s *Server) static(w *httpd.Response, name string) {
	typ, ok := assets[name]
	if !ok {
		httpd.NotFound(w)
		return
	}
	data, err := web.ReadFile("web/" + name)
	if err != nil {
		httpd.NotFound(w)
		return
	}
	w.Header().Set("Content-Type", typ)
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(data)
}
