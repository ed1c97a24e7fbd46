package serve

import (
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// load is what a workshop does to the server: pages open at once, each
// with its own event stream, and saves, one every interval.
type load struct {
	pages, saves int
	every        time.Duration
}

// workshopLoad is a room of 50 pages and 200 saves in 20 s. Under the race
// detector, which draws some tenfold slower, the pages and the pace are the
// same, and a quarter of the saves.
func workshopLoad() load {
	l := load{pages: 50, saves: 200, every: 100 * time.Millisecond}
	if raceEnabled {
		l.saves /= 4
	}
	return l
}

// The journeys of the load test, saved in turn: the first written over,
// the second saved as editors do (saveByRename). Page i shows journeys[i%2].
var journeys = []string{"written.yaml", "renamed.yaml"}

// saveTitle is the title of save i of n, as the pages must end up showing it.
func saveTitle(i, n int) string { return fmt.Sprintf("Load save %d of %d", i, n) }

// lastSaveOf returns the number of the last save of journeys[k] in n saves.
func lastSaveOf(k, n int) int {
	if n%len(journeys) == k {
		return n
	}
	return n - 1
}

// saveAll saves the journeys of dir in turn, l.saves times, one every
// l.every, each time with a new title. It returns when each journey was
// saved last.
func saveAll(t *testing.T, dir string, l load) map[string]time.Time {
	t.Helper()
	last := map[string]time.Time{}
	tick := time.NewTicker(l.every)
	defer tick.Stop()
	for i := 1; i <= l.saves; i++ {
		<-tick.C
		name := journeys[i%len(journeys)]
		data := workshop(t, saveTitle(i, l.saves))
		if name == "renamed.yaml" {
			saveByRename(t, filepath.Join(dir, name), data)
		} else {
			write(t, filepath.Join(dir, name), data)
		}
		last[name] = time.Now()
	}
	return last
}

// received is a change a page was told, and when.
type received struct {
	at time.Time
	c  change
}

// loadPage is one open page of the load test, showing one journey: it
// reads its event stream as a browser does, at once, whatever else it
// does, and keeps what it was told.
type loadPage struct {
	journey string
	stop    func()
	lines   <-chan string
	ended   chan struct{} // closed when its stream has ended
	mu      sync.Mutex
	got     []received
}

// openPage connects a page of journey to /events and starts reading.
func openPage(t *testing.T, ts *testServer, journey string) *loadPage {
	t.Helper()
	lines, stop := events(t, ts)
	p := &loadPage{journey: journey, stop: stop, lines: lines, ended: make(chan struct{})}
	go p.read()
	return p
}

// read keeps every change until the stream ends.
func (p *loadPage) read() {
	defer close(p.ended)
	for {
		c, err := nextChange(p.lines, time.Minute)
		if err != nil {
			for range p.lines { // let the stream's reader end
			}
			return
		}
		p.mu.Lock()
		p.got = append(p.got, received{time.Now(), c})
		p.mu.Unlock()
	}
}

// told returns the changes the page was told so far, and how many of them
// came after t0 and name its journey (or all).
func (p *loadPage) told(t0 time.Time) (all []received, after int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, r := range p.got {
		if r.at.After(t0) && (r.c.All || slices.Contains(r.c.Files, p.journey)) {
			after++
		}
	}
	return slices.Clone(p.got), after
}

// close ends the page's stream and waits until it has stopped reading.
func (p *loadPage) close() {
	p.stop()
	<-p.ended
}

// waitTold waits up to within until every page was told of the last save
// of its journey, and returns how long after the last save of all.
func waitTold(pages []*loadPage, last map[string]time.Time, within time.Duration) time.Duration {
	end := slices.MaxFunc(slices.Collect(maps.Values(last)), time.Time.Compare)
	for {
		told := 0
		for _, p := range pages {
			if _, after := p.told(last[p.journey]); after > 0 {
				told++
			}
		}
		if told == len(pages) || time.Since(end) > within {
			return time.Since(end)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// checkTold checks what page i was told: as many changes as every other
// page (want), at least one of its journey after the journey's last save,
// and each naming journeys that were saved (or all, after the watcher lost
// events).
func checkTold(t *testing.T, i int, p *loadPage, lastSave time.Time, want int) {
	t.Helper()
	select {
	case <-p.ended:
		t.Errorf("page %d: its event stream ended during the saves (the server dropped it)", i)
	default:
	}
	got, after := p.told(lastSave)
	if len(got) != want || after == 0 {
		t.Errorf("page %d: told %d changes, %d of %s after its last save; want %d, at least 1 after", i, len(got), after, p.journey, want)
	}
	for _, r := range got {
		if !r.c.All && (len(r.c.Files) == 0 || slices.ContainsFunc(r.c.Files, func(f string) bool { return !slices.Contains(journeys, f) })) {
			t.Errorf("page %d: told %+v, want the journeys saved", i, r.c)
			return
		}
	}
}

// checkLastVersion asks for page i's drawing as a page does after a
// change, and checks that it is the last version: its title is in it.
func checkLastVersion(t *testing.T, ts *testServer, i int, journey, title string) {
	res, err := ts.Client().Get(ts.URL + "/svg?f=" + journey)
	if err != nil {
		t.Errorf("page %d: %v", i, err)
		return
	}
	defer res.Body.Close()
	var body strings.Builder
	if _, err := io.Copy(&body, res.Body); err != nil || res.StatusCode != 200 || !strings.Contains(body.String(), title) {
		t.Errorf("page %d: /svg?f=%s after the last save: %s, %v; not the last version (%q)", i, journey, res.Status, err, title)
	}
}

// liveHeap returns the bytes of the heap in use after a full collection.
func liveHeap() uint64 {
	runtime.GC()
	runtime.GC() // the first one's finalizers may free more
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// goroutinesDownTo waits up to within for the goroutines to be at most
// want (those of closed connections end a moment later), and returns how
// many there are.
func goroutinesDownTo(want int, within time.Duration) int {
	deadline := time.Now().Add(within)
	for {
		n := runtime.NumGoroutine()
		if n <= want || time.Now().After(deadline) {
			return n
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestServeUnderLoad is a workshop's load (workshopLoad) on a directory of
// two journeys, one written over and one saved by rename: every page is
// told every change, the same as every other page, also of the last save
// of its journey, and then draws the last version; once the pages close,
// the goroutines are back where they were and the heap near it.
func TestServeUnderLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("a load of 20 s; not under -short")
	}
	l := workshopLoad()
	dir := t.TempDir()
	for _, name := range journeys {
		write(t, filepath.Join(dir, name), workshop(t, saveTitle(0, l.saves)))
	}
	write(t, filepath.Join(dir, "other.yaml"), example(t, "police-permit.yaml")) // never saved
	_, ts := start(t, Config{Path: dir})
	goroutines := runtime.NumGoroutine()
	get(t, ts, "/svg?f="+journeys[0]) // the drawing's first use: fonts and the like
	heap := liveHeap()
	begin := time.Now()

	pages := make([]*loadPage, l.pages)
	for i := range pages {
		pages[i] = openPage(t, ts, journeys[i%len(journeys)])
	}
	last := saveAll(t, dir, l)
	saving := time.Since(begin)
	took := waitTold(pages, last, 2*time.Second+4*maxDelay)
	time.Sleep(2 * maxDelay) // for a change still on its way to some page
	want := 0
	for _, p := range pages {
		all, _ := p.told(begin)
		want = max(want, len(all))
	}
	t.Logf("%d pages, %d saves in %v: %d changes told to each page, every page told of its journey's last save %v after the last save",
		l.pages, l.saves, saving.Round(time.Millisecond), want, took.Round(time.Millisecond))
	var wg sync.WaitGroup
	for i, p := range pages {
		checkTold(t, i, p, last[p.journey], want)
		k := i % len(journeys)
		wg.Go(func() { checkLastVersion(t, ts, i, p.journey, saveTitle(lastSaveOf(k, l.saves), l.saves)) })
	}
	wg.Wait()

	for _, p := range pages {
		p.close()
	}
	ts.Client().CloseIdleConnections()
	after := goroutinesDownTo(goroutines, 3*time.Second)
	heapAfter := liveHeap()
	t.Logf("goroutines %d before, %d after; heap %d KiB before, %d KiB after; %v in all",
		goroutines, after, heap>>10, heapAfter>>10, time.Since(begin).Round(time.Millisecond))
	if after > goroutines+2 {
		t.Errorf("%d goroutines after the pages closed, %d before", after, goroutines)
	}
	if limit := heap + heap/4 + 1<<20; heapAfter > limit {
		t.Errorf("heap %d KiB after the load, %d KiB before (at most %d KiB)", heapAfter>>10, heap>>10, limit>>10)
	}
}
