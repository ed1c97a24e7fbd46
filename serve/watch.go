package serve

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/blueprint-tool/blueprint/journeyfile"
	"github.com/fsnotify/fsnotify"
)

// change is what the pages are told after files changed: the journeys
// that changed (paths below the served directory, forward slashes), and
// whether the list of journeys may have changed too (a file or directory
// created, removed or renamed). all means anything may have changed (the
// watcher lost events): every page redraws.
type change struct {
	Files []string `json:"files"`
	List  bool     `json:"list"`
	All   bool     `json:"all,omitempty"`
}

// hub hands each change to every page that listens (GET /events).
type hub struct {
	mu     sync.Mutex
	subs   map[chan change]struct{}
	closed bool
}

func newHub() *hub { return &hub{subs: map[chan change]struct{}{}} }

// subscribe returns a channel of changes, closed when the hub closes or
// the listener falls behind (the page then reconnects and redraws all),
// and a function to call when the listener is done.
func (h *hub) subscribe() (<-chan change, func()) {
	ch := make(chan change, 16)
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		close(ch)
		return ch, func() {}
	}
	h.subs[ch] = struct{}{}
	return ch, func() {
		h.mu.Lock()
		defer h.mu.Unlock()
		if _, ok := h.subs[ch]; ok {
			delete(h.subs, ch)
			close(ch)
		}
	}
}

// publish sends c to every listener without waiting for any.
func (h *hub) publish(c change) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.subs {
		select {
		case ch <- c:
		default: // too slow: drop it; its page reconnects and redraws
			delete(h.subs, ch)
			close(ch)
		}
	}
}

// close ends every listener, and those to come.
func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for ch := range h.subs {
		delete(h.subs, ch)
		close(ch)
	}
}

// Debouncing: a save is often several events (truncate, write, chmod; or
// write a temporary file and rename it over the journey). The pages are
// told once, debounce after the last event, and at most maxDelay after
// the first even if events keep coming.
const (
	debounce = 100 * time.Millisecond
	maxDelay = 400 * time.Millisecond
)

// watcher watches the served directories. Editors often save by writing a
// new file and renaming it over the old one, which ends a watch on the
// file itself, so the directories are watched, not the files: the served
// directory and every directory below it that is not hidden (directories
// made later are added as they appear), or, for one file, its directory.
type watcher struct {
	fs   *fsnotify.Watcher
	s    *Server // what it serves, where, and the hub to tell
	done chan struct{}
}

func newWatcher(s *Server) (*watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{fs: fw, s: s, done: make(chan struct{})}
	if s.dir {
		w.addTree(s.rootDir)
	} else if err := fw.Add(s.rootDir); err != nil {
		fw.Close()
		return nil, err
	}
	if len(fw.WatchList()) == 0 {
		fw.Close()
		return nil, errors.New("cannot watch " + s.rootDir)
	}
	go w.loop()
	return w, nil
}

// addTree watches dir and the directories below it that are not hidden,
// and returns the journeys found in them (for a directory that appeared:
// files may have been written into it before its watch began).
func (w *watcher) addTree(dir string) []string {
	var found []string
	_ = journeyfile.Walk(dir, func(rel string, d fs.DirEntry, err error) error {
		p := filepath.Join(dir, rel)
		switch {
		case err != nil: // an unreadable directory holds no journey to watch
		case !d.IsDir():
			if f, ok := w.rel(p); ok {
				found = append(found, f)
			}
		default:
			if err := w.fs.Add(p); err != nil {
				w.s.log.Printf("cannot watch %s: %v (its journeys are served but not redrawn on save)", p, err)
			}
		}
		return nil
	})
	return found
}

// rel returns the path of a file in requests, or false for a file that
// is no journey of the served path.
func (w *watcher) rel(p string) (string, bool) {
	r, err := filepath.Rel(w.s.rootDir, p)
	if err != nil || r == "." || strings.HasPrefix(r, "..") {
		return "", false
	}
	if !w.s.dir {
		return w.s.name, r == w.s.realName
	}
	r = filepath.ToSlash(r)
	for _, seg := range strings.Split(r, "/") {
		if journeyfile.IsHidden(seg) {
			return "", false
		}
	}
	return r, true
}

// loop turns the watcher's events into debounced changes until close.
func (w *watcher) loop() {
	defer close(w.done)
	var (
		pending = map[string]bool{}
		pend    change
		timer   = time.NewTimer(time.Hour)
		armed   bool
		first   time.Time
	)
	timer.Stop()
	arm := func() {
		now := time.Now()
		if !armed {
			armed, first = true, now
		}
		timer.Reset(min(debounce, first.Add(maxDelay).Sub(now)))
	}
	for {
		select {
		case ev, ok := <-w.fs.Events:
			if !ok {
				return
			}
			if w.handle(ev, pending, &pend) {
				arm()
			}
		case err, ok := <-w.fs.Errors:
			if !ok {
				return
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				pend.All, pend.List = true, true
				arm()
				continue
			}
			w.s.log.Printf("watching files: %v", err)
		case <-timer.C:
			armed = false
			for f := range pending {
				pend.Files = append(pend.Files, f)
			}
			slices.Sort(pend.Files)
			if pend.Files == nil {
				pend.Files = []string{}
			}
			w.s.hub.publish(pend)
			clear(pending)
			pend = change{}
		}
	}
}

// handle notes what one event changed, and reports whether the pages must
// be told.
func (w *watcher) handle(ev fsnotify.Event, pending map[string]bool, pend *change) bool {
	if ev.Op == fsnotify.Chmod {
		return false // a touch, or a backup program: the content is the same
	}
	rel, ok := w.rel(ev.Name)
	if !ok {
		return false
	}
	tell := false
	if w.s.dir && ev.Has(fsnotify.Create) {
		if info, err := os.Lstat(ev.Name); err == nil && info.IsDir() {
			for _, f := range w.addTree(ev.Name) {
				pending[f] = true
			}
			pend.List = true
			return true
		}
	}
	if ev.Has(fsnotify.Create) || ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		pend.List = true // a journey, or a directory of them, came or went
		tell = true
	}
	if journeyfile.HasExt(rel) {
		pending[rel] = true
		tell = true
	}
	return tell
}

// close stops watching and waits until the loop is done.
func (w *watcher) close() error {
	err := w.fs.Close()
	<-w.done
	return err
}
