package serve

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/chromedp/chromedp"
)

// browserEnv set to "1" makes a missing Chromium fail the browser test
// instead of skipping it: CI (.ci/run) sets it.
const browserEnv = "BLUEPRINT_BROWSER_TEST"

// chromium returns the browser to drive: Debian's chromium, or the one
// $BLUEPRINT_CHROMIUM names.
func chromium(t *testing.T) string {
	exe := cmp.Or(os.Getenv("BLUEPRINT_CHROMIUM"), "/usr/bin/chromium")
	if _, err := os.Stat(exe); err != nil {
		if os.Getenv(browserEnv) == "1" {
			t.Fatalf("%s=1 but there is no browser at %s (apt-get install chromium): %v", browserEnv, exe, err)
		}
		t.Skipf("no browser at %s (apt-get install chromium, or set BLUEPRINT_CHROMIUM): %v", exe, err)
	}
	return exe
}

// workshop is a journey as someone types it in a workshop: the IKEA bus
// with its title replaced.
func workshop(t *testing.T, title string) []byte {
	t.Helper()
	data := example(t, "ikea-bus.yaml")
	old := []byte("\ntitle: The free bus to IKEA\n")
	if !bytes.Contains(data, old) {
		t.Fatal("examples/ikea-bus.yaml has another title now: update the browser test")
	}
	return bytes.Replace(data, old, []byte("\ntitle: "+title+"\n"), 1)
}

// saveByRename saves as many editors do: a new file renamed over the old.
func saveByRename(t *testing.T, path string, data []byte) {
	t.Helper()
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp")
	write(t, tmp, data)
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// js makes a JavaScript string literal of s.
func js(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// browser is headless Chromium driven for a test, and the errors its pages
// wrote to their consoles.
type browser struct {
	t       *testing.T
	ctx     context.Context // the first tab
	mu      sync.Mutex
	console []string
}

// startBrowser starts Chromium, as root in a sandbox: no sandbox of its
// own, no GPU, no network of its own, a fresh profile. It stops when the
// test ends, and within a minute whatever happens.
func startBrowser(t *testing.T) *browser {
	t.Helper()
	exe := chromium(t)
	begin := time.Now()
	profile, err := os.MkdirTemp("", "blueprint-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(profile) })
	var out syncBuffer
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 800),
		chromedp.CombinedOutput(&out),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelBrowser := chromedp.NewContext(allocCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, time.Minute)
	t.Cleanup(func() {
		cancelTimeout()
		cancelBrowser()
		cancelAlloc()
	})
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("cannot start %s: %v\n%s", exe, err, out.String())
	}
	t.Logf("browser started in %v", time.Since(begin).Round(time.Millisecond))
	b := &browser{t: t, ctx: ctx}
	b.watch(ctx)
	return b
}

// watch collects the errors of a tab's console. The browser's own log of a
// failed request (the 404 of a deleted journey, which the page asks for
// and shows) is not an error of the page.
func (b *browser) watch(ctx context.Context) {
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type != chromedp.ConsoleError && m.Type != chromedp.ConsoleException {
				continue
			}
			if m.Source == "network" && strings.Contains(m.Text, "404") {
				continue
			}
			b.mu.Lock()
			b.console = append(b.console, m.String()+" at "+m.URL)
			b.mu.Unlock()
		}
	}()
}

// tab opens another tab.
func (b *browser) tab() (context.Context, context.CancelFunc) {
	ctx, cancel := chromedp.NewContext(b.ctx)
	if err := chromedp.Do(ctx); err != nil {
		b.t.Fatal(err)
	}
	b.watch(ctx)
	return ctx, cancel
}

// checkConsole fails the test for every error a page wrote to its console:
// a script error, or a resource the Content-Security-Policy blocked.
func (b *browser) checkConsole() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, m := range b.console {
		b.t.Errorf("the page's console: %s", m)
	}
}

// state describes a tab's page, for a failure.
func state(ctx context.Context) string {
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`JSON.stringify({
		url: location.href,
		status: (document.getElementById('sv-status') || {}).textContent,
		title: (document.querySelector('#sv-drawing svg text.title') || {}).textContent,
		problems: (document.getElementById('sv-problems') || {}).hidden === false ? document.getElementById('sv-problems').textContent : null,
	})`))
	if err != nil {
		return err.Error()
	}
	return s
}

// waitFor waits until the JavaScript predicate holds in the tab, and
// returns how long that took.
func (b *browser) waitFor(ctx context.Context, what, predicate string, within time.Duration) time.Duration {
	b.t.Helper()
	start := time.Now()
	for {
		_, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](predicate,
			chromedp.WithPollingTimeout(max(within-time.Since(start), time.Millisecond)),
			chromedp.WithPollingInterval(10*time.Millisecond)))
		if err == nil {
			return time.Since(start)
		}
		// A poll ends with the page it started in: after a click on a
		// link, it starts again in the new page.
		msg := err.Error()
		navigated := strings.Contains(msg, "Cannot find context") || strings.Contains(msg, "context was destroyed") ||
			strings.Contains(msg, "target navigated or closed")
		if !navigated || time.Since(start) >= within {
			b.t.Fatalf("%s: not within %v: %v\npage: %s", what, within, err, state(ctx))
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// title is a predicate: the drawing's title is want.
func title(want string) string {
	return `(document.querySelector('#sv-drawing svg text.title') || {}).textContent === ` + js(want)
}

// TestBrowser is the workshop loop in a real browser, headless Chromium:
// the index lists the journey, its page draws it, a save redraws it, an
// error is shown over the last good drawing with its line and column, and
// goes when the journey is fixed; the other tab, zoom, a deleted file and
// the comparison of two journeys that redraws when one changes. Any error
// on the page's console (a script error, a blocked resource) fails it.
func TestBrowser(t *testing.T) {
	begin := time.Now()
	dir := t.TempDir()
	path := filepath.Join(dir, "workshop.yaml")
	write(t, path, workshop(t, "Workshop one"))
	write(t, filepath.Join(dir, "other.yaml"), example(t, "police-permit.yaml"))
	_, base, _ := serveOn(t, Config{Path: dir})
	b := startBrowser(t)
	ctx := b.ctx
	waitFor := func(what, predicate string, within time.Duration) time.Duration {
		t.Helper()
		return b.waitFor(ctx, what, predicate, within)
	}
	const noProblems = `document.getElementById('sv-problems').hidden`

	// The index lists the journey; its link opens the page, which draws it.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/")); err != nil {
		t.Fatal(err)
	}
	waitFor("the index lists workshop.yaml with its title",
		`Array.from(document.querySelectorAll('.sv-list tr')).some(r => r.textContent.includes('workshop.yaml') && r.textContent.includes('Workshop one'))`,
		5*time.Second)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`a[href="/view?f=workshop.yaml"]`))); err != nil {
		t.Fatal(err)
	}
	took := waitFor("the drawing of Workshop one", title("Workshop one"), 5*time.Second)
	t.Logf("the page drew the journey %v after the click", took.Round(time.Millisecond))
	waitFor("the page is live", `document.getElementById('sv-status').textContent.startsWith('live')`, 5*time.Second)
	waitFor("the download buttons", `Array.from(document.querySelectorAll('.sv-download')).map(a =>
		a.getAttribute('aria-disabled') + ' ' + a.getAttribute('href')).join('\n') === [
		'false /download?f=workshop.yaml&view=blueprint&theme=light&format=svg',
		'false /download?f=workshop.yaml&view=blueprint&theme=light&format=png',
		'false /download?f=workshop.yaml&view=blueprint&theme=light&format=pdf'].join('\n')`, time.Second)

	// A save redraws it.
	saveByRename(t, path, workshop(t, "Workshop two"))
	took = waitFor("the redraw with the new title", title("Workshop two"), 3*time.Second)
	t.Logf("redrawn %v after the save", took.Round(time.Millisecond))

	// Broken: the diagnostic with its line and column over the last good
	// drawing.
	brokenData := bytes.Replace(workshop(t, "Workshop two"), []byte("\nversion: 1\n"), []byte("\nversion: 2\n"), 1)
	_, ds := blueprint.Load(path, brokenData)
	if len(ds) == 0 || ds[0].Pos.Line == 0 {
		t.Fatalf("version: 2 gives no diagnostic with a line: %v", ds)
	}
	want := ds[0].String() // FILE:LINE:COL: error: message
	write(t, path, brokenData)
	took = waitFor("the diagnostic "+want,
		`!document.getElementById('sv-problems').hidden &&
		 Array.from(document.querySelectorAll('#sv-diagnostics li')).some(li => li.textContent === `+js(want)+`)`,
		3*time.Second)
	t.Logf("the diagnostic %q was shown %v after the save", want, took.Round(time.Millisecond))
	waitFor("the last good drawing stays, dimmed, and cannot be downloaded", title("Workshop two")+
		` && document.getElementById('sv-stage').classList.contains('sv-stale')
		  && document.getElementById('sv-download-svg').getAttribute('aria-disabled') === 'true'`, time.Second)

	// Fixed: the diagnostic goes, the new drawing comes.
	saveByRename(t, path, workshop(t, "Workshop three"))
	took = waitFor("the diagnostic gone and Workshop three drawn", noProblems+" && "+title("Workshop three")+
		` && !document.getElementById('sv-stage').classList.contains('sv-stale')`, 3*time.Second)
	t.Logf("fixed and redrawn %v after the save", took.Round(time.Millisecond))

	// The touchpoint map in the other tab; zoom.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("sv-tab-touchpoints"))); err != nil {
		t.Fatal(err)
	}
	waitFor("the touchpoint map", `document.querySelector('#sv-drawing svg .tp-row') !== null && `+title("Workshop three")+
		` && location.search.includes('view=touchpoints')`, 3*time.Second)
	zoom := `document.getElementById('sv-zoom-level').textContent`
	before, err := chromedp.Run(ctx, chromedp.Evaluate[string](zoom))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("sv-zoom-in"))); err != nil {
		t.Fatal(err)
	}
	waitFor("zoomed in from "+before, zoom+` !== `+js(before)+
		` && document.getElementById('sv-drawing').style.transform.includes('scale(')`, time.Second)

	// Deleted: a message, the drawing stays.
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	waitFor("the message of a deleted journey", `!document.getElementById('sv-problems').hidden &&
		document.getElementById('sv-problems').textContent.includes('workshop.yaml does not exist') && `+title("Workshop three"), 3*time.Second)
	saveByRename(t, path, workshop(t, "Workshop four"))
	waitFor("back after the deletion", noProblems+" && "+title("Workshop four"), 3*time.Second)

	// Two journeys compared; a save of either redraws.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/compare?a=workshop.yaml&b=other.yaml")); err != nil {
		t.Fatal(err)
	}
	hasText := func(s string) string {
		return `Array.from(document.querySelectorAll('#sv-drawing svg text')).some(e => e.textContent.includes(` + js(s) + `))`
	}
	waitFor("the comparison", hasText("Workshop four")+" && "+hasText("Permit application at the police station"), 5*time.Second)
	other := bytes.Replace(example(t, "police-permit.yaml"), []byte("title: Permit application at the police station"), []byte("title: Permit, renewed"), 1)
	saveByRename(t, filepath.Join(dir, "other.yaml"), other)
	waitFor("the comparison redrawn after B changed", hasText("Permit, renewed"), 3*time.Second)

	b.checkConsole()
	t.Logf("the browser test took %v", time.Since(begin).Round(time.Millisecond))
}

// TestBrowserTabs: many pages of one server open at once, more than the
// six connections a browser opens to one server, all draw and all redraw
// on a save, over one event stream that a tab holds for all; when that tab
// closes, another takes the stream over.
func TestBrowserTabs(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "workshop.yaml")
	write(t, path, workshop(t, "Workshop one"))
	s, base, _ := serveOn(t, Config{Path: dir})
	b := startBrowser(t) // its first tab, which holds the browser, stays blank
	var tabs []context.Context
	for range 8 {
		ctx, cancel := b.tab()
		defer cancel()
		tabs = append(tabs, ctx)
	}
	for i, ctx := range tabs {
		if err := chromedp.Do(ctx, chromedp.Navigate(base+"/view?f=workshop.yaml")); err != nil {
			t.Fatalf("tab %d: %v", i, err)
		}
		b.waitFor(ctx, fmt.Sprintf("tab %d draws", i), title("Workshop one")+
			` && document.getElementById('sv-status').textContent.startsWith('live')`, 5*time.Second)
	}
	listening := func() int {
		s.hub.mu.Lock()
		defer s.hub.mu.Unlock()
		return len(s.hub.subs)
	}
	if n := listening(); n != 1 {
		t.Errorf("%d tabs hold %d event streams, want 1", len(tabs), n)
	}
	saveByRename(t, path, workshop(t, "Workshop two"))
	for i, ctx := range tabs {
		b.waitFor(ctx, fmt.Sprintf("tab %d redraws", i), title("Workshop two"), 3*time.Second)
	}

	// The first tab holds the stream: closed, another takes it over.
	if err := chromedp.Cancel(tabs[0]); err != nil {
		t.Fatal(err)
	}
	tabs = tabs[1:]
	saveByRename(t, path, workshop(t, "Workshop three"))
	for i, ctx := range tabs {
		b.waitFor(ctx, fmt.Sprintf("tab %d redraws after the first closed", i+1), title("Workshop three"), 3*time.Second)
	}
	if n := listening(); n != 1 {
		t.Errorf("after the first tab closed, %d event streams, want 1", n)
	}
	b.checkConsole()
}

// syncBuffer is a bytes.Buffer that the browser's output may write to
// while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}
