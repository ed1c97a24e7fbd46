package serve

import (
	"bytes"
	"cmp"
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"mime"
	"net"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render"
)

//go:embed web
var web embed.FS

var pages = template.Must(template.New("").Funcs(template.FuncMap{
	"upper": strings.ToUpper,
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return fmt.Sprint(n) + " " + many
	},
}).ParseFS(web, "web/*.html"))

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

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.index)
	mux.HandleFunc("GET /view", s.viewPage)
	mux.HandleFunc("GET /compare", s.comparePage)
	mux.HandleFunc("GET /svg", s.svg)
	mux.HandleFunc("GET /compare.svg", s.compareSVG)
	mux.HandleFunc("GET /download", s.download)
	mux.HandleFunc("GET /diagnostics", s.diagnostics)
	mux.HandleFunc("GET /events", s.events)
	mux.HandleFunc("GET /static/{name}", s.static)
	mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusNoContent) // the pages link /static/icon.svg
	})
	return s.guard(mux)
}

// guard sets the security headers of every response and, unless the
// server is public, refuses a request for another host than the local
// machine: a site whose DNS name is rebound to 127.0.0.1 would otherwise
// be same-origin with this server and could read the journeys.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", pageCSP)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		if !s.cfg.Public && !isLocalHost(r.Host, int(s.port.Load())) {
			http.Error(w, fmt.Sprintf("blueprint serve answers only requests for localhost or a loopback address "+
				"and its own port (this one is for %q); start it with --public to serve other names", r.Host), http.StatusForbidden)
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

// fail answers with the status and message of e, as plain text.
func fail(w http.ResponseWriter, e *httpError) {
	w.Header().Set("Cache-Control", "no-store")
	http.Error(w, e.msg, e.code)
}

// tab is one view a page shows, as a tab.
type tab struct {
	Name, Label string
}

// viewLabels name the views on their tabs.
var viewLabels = map[string]string{"blueprint": "Service blueprint", "touchpoints": "Touchpoint map"}

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
	Themes   []string
	Formats  []string // of the downloads
	Tabs     []tab
	Journeys []entry // index
}

func (s *Server) page(w http.ResponseWriter, name string, d pageData) {
	d.Root, d.Dir, d.Themes, d.Formats = s.arg, s.dir, render.Themes, render.Formats
	var b bytes.Buffer
	if err := pages.ExecuteTemplate(&b, name, d); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(b.Bytes())
}

// index lists the journeys of a directory, with a form to compare two;
// for one file it sends the browser to the file's page.
func (s *Server) index(w http.ResponseWriter, r *http.Request) {
	if !s.dir {
		http.Redirect(w, r, "/view?f="+url.QueryEscape(s.name), http.StatusFound)
		return
	}
	s.page(w, "index.html", pageData{Title: "Journeys in " + s.arg, Journeys: s.journeys()})
}

// themeOf returns the theme a request asks for, or the default.
func (s *Server) themeOf(q url.Values) (string, *httpError) {
	t := q.Get("theme")
	if t == "" {
		return s.theme, nil
	}
	if !slices.Contains(render.Themes, t) {
		return "", &httpError{http.StatusBadRequest, fmt.Sprintf("unknown theme %q: one of %s", t, strings.Join(render.Themes, ", "))}
	}
	return t, nil
}

// viewOf returns the view a request asks for, or the first.
func viewOf(q url.Values) (render.View, *httpError) {
	name := q.Get("view")
	if name == "" {
		return render.Views[0], nil
	}
	for _, v := range render.Views {
		if v.Name == name {
			return v, nil
		}
	}
	var names []string
	for _, v := range render.Views {
		names = append(names, v.Name)
	}
	return render.View{}, &httpError{http.StatusBadRequest, fmt.Sprintf("unknown view %q: one of %s", name, strings.Join(names, ", "))}
}

// viewPage is the page of one journey: its views in tabs, redrawn on save.
func (s *Server) viewPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	rel, herr := s.checkRel(q.Get("f"))
	if herr != nil {
		fail(w, herr)
		return
	}
	v, herr := viewOf(q)
	if herr != nil {
		fail(w, herr)
		return
	}
	theme, herr := s.themeOf(q)
	if herr != nil {
		fail(w, herr)
		return
	}
	d := pageData{Title: rel, Mode: "view", File: rel, View: v.Name, Theme: theme}
	for _, v := range render.Views {
		label := viewLabels[v.Name]
		if label == "" {
			label = v.Name
		}
		d.Tabs = append(d.Tabs, tab{v.Name, label})
	}
	s.page(w, "journey.html", d)
}

// comparePage is the page of two journeys compared.
func (s *Server) comparePage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	a, herr := s.checkRel(q.Get("a"))
	var b, theme string
	if herr == nil {
		b, herr = s.checkRel(q.Get("b"))
	}
	if herr == nil {
		theme, herr = s.themeOf(q)
	}
	if herr != nil {
		fail(w, herr)
		return
	}
	s.page(w, "journey.html", pageData{
		Title: a + " vs " + b, Mode: "compare", A: a, B: b, View: "compare", Theme: theme,
		Tabs: []tab{{"compare", "Comparison"}},
	})
}

// journeyOf loads the journey ?f= names. When it cannot be read, or has
// errors, it answers (422 with the diagnostics as JSON) and returns false.
func (s *Server) journeyOf(w http.ResponseWriter, q url.Values) (loaded, bool) {
	l, herr := s.load(q.Get("f"))
	if herr != nil {
		fail(w, herr)
		return l, false
	}
	if l.journey == nil {
		writeDiagnostics(w, http.StatusUnprocessableEntity, l.diags)
		return l, false
	}
	return l, true
}

// pairOf loads the journeys ?a= and ?b= name, answering as journeyOf does
// when either cannot be drawn, with the diagnostics of both.
func (s *Server) pairOf(w http.ResponseWriter, q url.Values) (a, b loaded, ok bool) {
	a, herr := s.load(q.Get("a"))
	if herr == nil {
		b, herr = s.load(q.Get("b"))
	}
	if herr != nil {
		fail(w, herr)
		return a, b, false
	}
	if a.journey == nil || b.journey == nil {
		writeDiagnostics(w, http.StatusUnprocessableEntity, append(slices.Clone(a.diags), b.diags...))
		return a, b, false
	}
	return a, b, true
}

// measured is a journey with its figures, ready to draw.
func measured(j *blueprint.Journey) render.Measured {
	return render.Measured{Journey: j, Figures: blueprint.Measure(j)}
}

// svg draws one view of a journey; for a journey with errors it answers
// 422 with the diagnostics as JSON.
func (s *Server) svg(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	v, herr := viewOf(q)
	if herr != nil {
		fail(w, herr)
		return
	}
	theme, herr := s.themeOf(q)
	if herr != nil {
		fail(w, herr)
		return
	}
	l, ok := s.journeyOf(w, q)
	if !ok {
		return
	}
	writeSVG(w, q, v.Draw(measured(l.journey), theme), stem(l.rel)+v.Suffix)
}

// compareSVG draws two journeys compared.
func (s *Server) compareSVG(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	theme, herr := s.themeOf(q)
	if herr != nil {
		fail(w, herr)
		return
	}
	a, b, ok := s.pairOf(w, q)
	if !ok {
		return
	}
	writeSVG(w, q, render.CompareSVG(measured(a.journey), measured(b.journey), theme),
		stem(a.rel)+"-vs-"+stem(b.rel)+".compare.svg")
}

// formatTypes are the media types of the formats render draws.
var formatTypes = map[string]string{"svg": "image/svg+xml", "png": "image/png", "pdf": "application/pdf"}

// download answers with a picture as a file to save, in any of
// render.Formats: one view of a journey (?f=FILE&view=VIEW), or two
// journeys compared (?a=A&b=B); &theme= and &format= (svg by default).
// A journey with errors gets 422 and its diagnostics, as /svg does.
func (s *Server) download(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	theme, herr := s.themeOf(q)
	if herr != nil {
		fail(w, herr)
		return
	}
	format := cmp.Or(q.Get("format"), render.Formats[0])
	if !slices.Contains(render.Formats, format) || formatTypes[format] == "" {
		fail(w, &httpError{http.StatusBadRequest, fmt.Sprintf("unknown format %q: one of %s", format, strings.Join(render.Formats, ", "))})
		return
	}
	var (
		data     []byte
		filename string
		err      error
	)
	if q.Has("a") || q.Has("b") {
		a, b, ok := s.pairOf(w, q)
		if !ok {
			return
		}
		data, err = render.ComparePicture(measured(a.journey), measured(b.journey), theme, format)
		filename = stem(a.rel) + "-vs-" + stem(b.rel) + ".compare." + format
	} else {
		v, herr := viewOf(q)
		if herr != nil {
			fail(w, herr)
			return
		}
		l, ok := s.journeyOf(w, q)
		if !ok {
			return
		}
		data, err = v.Encode(measured(l.journey), theme, format)
		filename = stem(l.rel) + v.SuffixFor(format)
	}
	if err != nil {
		fail(w, &httpError{http.StatusInternalServerError, "cannot draw the " + format + ": " + err.Error()})
		return
	}
	h := w.Header()
	h.Set("Content-Type", formatTypes[format])
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Security-Policy", svgCSP)
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": filename}))
	_, _ = w.Write(data)
}

// stem is a journey's file name without its directory and extension.
func stem(rel string) string {
	base := path.Base(rel)
	return strings.TrimSuffix(base, path.Ext(base))
}

// writeSVG answers with a drawing; with ?download, as a file to save.
func writeSVG(w http.ResponseWriter, q url.Values, data []byte, filename string) {
	h := w.Header()
	h.Set("Content-Type", "image/svg+xml")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Security-Policy", svgCSP)
	if q.Has("download") {
		h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": filename}))
	}
	_, _ = w.Write(data)
}

// writeDiagnostics answers with the diagnostics as render.DiagnosticsJSON
// writes them: file, line, col, severity and message of each.
func writeDiagnostics(w http.ResponseWriter, code int, ds blueprint.Diagnostics) {
	var b bytes.Buffer
	if err := render.DiagnosticsJSON(&b, ds); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_, _ = w.Write(b.Bytes())
}

// diagnostics answers with the diagnostics of a journey (200, [] when it
// is clean), or 404 when it does not exist.
func (s *Server) diagnostics(w http.ResponseWriter, r *http.Request) {
	l, herr := s.load(r.URL.Query().Get("f"))
	if herr != nil {
		fail(w, herr)
		return
	}
	writeDiagnostics(w, http.StatusOK, l.diags)
}

// keepAlive is how often an idle event stream gets a comment, so that a
// page notices a server gone and a proxy keeps the stream open.
const keepAlive = 20 * time.Second

// events is the stream of server-sent events each page listens to: a
// "hello" when it connects, then a "change" after each save, with the
// journeys that changed (see change).
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
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
	if rc.Flush() != nil {
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
		if err != nil || rc.Flush() != nil {
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
func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	typ, ok := assets[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	data, err := web.ReadFile("web/" + name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", typ)
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(data)
}
