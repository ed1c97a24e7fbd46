package blueprint

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/blueprint-tool/blueprint/examples"
)

// TestMomentKey checks what moment: accepts and reports: the form of an
// id, and one step per moment, a repeat named at its line and column with
// the step that has it first.
func TestMomentKey(t *testing.T) {
	const head = "version: 1\ntitle: T\nsteps:\n"
	step := func(id, moment string) string {
		s := "  - id: " + id + "\n    title: " + id + "\n    customer: Does it\n    value: true\n"
		if moment != "" {
			s += "    moment: " + moment + "\n"
		}
		return s
	}
	for _, tt := range []struct {
		name, src string
		want      string // the diagnostics, "" for none
		moments   []string
	}{
		{"none", head + step("a", ""), "", []string{""}},
		{"given", head + step("take-number", "queue") + step("b", "meet-2"), "", []string{"queue", "meet-2"}},
		{"bad form", head + step("a", "Take Number"),
			`test.yaml:8:13: error: moment "Take Number" may hold only lowercase letters, digits and '-': write take-number`, nil},
		{"repeated", head + step("a", "queue") + step("b", "wait") + step("c", "queue"),
			`test.yaml:18:13: error: moment "queue" is used twice (first at line 8, step "a"): a moment names the part of one step; give this step another moment, or leave moment: out`, nil},
		{"same as an id", head + step("queue", "") + step("b", "queue"), "", []string{"", "queue"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			j, diags := Load("test.yaml", []byte(tt.src))
			if got := diagText(diags); got != tt.want {
				t.Fatalf("diagnostics:\n%s\nwant:\n%s", got, tt.want)
			}
			if tt.moments == nil {
				return
			}
			var got []string
			for _, s := range j.Steps {
				got = append(got, s.Moment)
			}
			if !slices.Equal(got, tt.moments) {
				t.Errorf("moments %q, want %q", got, tt.moments)
			}
		})
	}
}

// TestRepeatedIDNamesFirst checks that a third use of an id names the
// first, not the second.
func TestRepeatedIDNamesFirst(t *testing.T) {
	src := "version: 1\ntitle: T\nsteps:\n"
	for range 3 {
		src += "  - id: a\n    title: A\n    customer: x\n    value: true\n"
	}
	_, diags := Load("test.yaml", []byte(src))
	want := "test.yaml:8:9: error: step id \"a\" is used twice (first at line 4): give each step its own id\n" +
		"test.yaml:12:9: error: step id \"a\" is used twice (first at line 4): give each step its own id"
	if got := diagText(diags); got != want {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", got, want)
	}
}

// diagText returns the diagnostics as check writes them, without the last
// line break.
func diagText(ds Diagnostics) string {
	var b strings.Builder
	ds.WriteText(&b)
	return strings.TrimSpace(b.String())
}

// journeyOf returns a journey whose steps have the given keys, as moments
// of steps with ids of their own.
func journeyOf(keys ...string) *Journey {
	j := &Journey{}
	for i, k := range keys {
		j.Steps = append(j.Steps, Step{ID: fmt.Sprintf("step-%d", i), Moment: k, Title: k})
	}
	return j
}

// columns writes pairs as "key" for a pair, "-key" for A alone and "+key"
// for B alone.
func columns(ps []MomentPair) string {
	var out []string
	for _, p := range ps {
		switch {
		case p.B < 0:
			out = append(out, "-"+p.Key)
		case p.A < 0:
			out = append(out, "+"+p.Key)
		default:
			out = append(out, p.Key)
		}
	}
	return strings.Join(out, " ")
}

// TestPairMomentsOrder checks the columns of small pairs of journeys,
// where a diff tool shows the same: lone steps in place, A's before B's,
// deletions first when several pairings are as long.
func TestPairMomentsOrder(t *testing.T) {
	for _, tt := range []struct{ a, b, want string }{
		{"", "", ""},
		{"x", "", "-x"},
		{"", "x", "+x"},
		{"a b c", "a b c", "a b c"},
		{"a b c", "a c", "a -b c"},
		{"a c", "a b c", "a +b c"},
		{"a b c", "a d c", "a -b +d c"},
		{"x y", "y x", "-x y +x"},
		{"a b b", "b", "-a b -b"},
		{"arrive forms queue wait meet leave", "arrive queue read wait meet snack leave", "arrive -forms queue +read wait meet +snack leave"},
	} {
		got := columns(PairMoments(journeyOf(strings.Fields(tt.a)...), journeyOf(strings.Fields(tt.b)...)))
		if got != tt.want {
			t.Errorf("%q against %q: %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestPairMomentsByID checks that without moments an edited copy pairs by
// id, with the differences of each pair.
func TestPairMomentsByID(t *testing.T) {
	two, minus := 2, -1
	a := &Journey{Steps: []Step{
		{ID: "board", Title: "Board the bus", Duration: Span{Lo: 60, Hi: 60}, Emotion: &minus},
		{ID: "ride", Title: "Ride", Duration: Span{Lo: 1500, Hi: 1500}, Wait: true, Emotion: &minus},
		{ID: "arrive", Title: "Arrive", Lanes: [5][]string{Customer: {"Gets off"}}},
	}}
	b := &Journey{Steps: []Step{
		{ID: "board", Title: "Board the bus", Duration: Span{Lo: 60, Hi: 60}, Emotion: &minus},
		{ID: "ride", Title: "Ride with the catalogue", Duration: Span{Lo: 1200, Hi: 1800}, Wait: true, Emotion: &two,
			Touchpoint: "Catalogue", Lanes: [5][]string{Evidence: {"Catalogue"}}},
		{ID: "shop", Title: "Shop"},
		{ID: "arrive", Title: "Arrive", Lanes: [5][]string{Customer: {"Gets off happy"}}, Value: true},
	}}
	got := PairMoments(a, b)
	if c := columns(got); c != "board ride +shop arrive" {
		t.Fatalf("columns %q", c)
	}
	for _, tt := range []struct {
		col      int
		duration *float64
		emotion  *int
		changed  []string
	}{
		{0, ptr(0.0), ptr(0), []string{}},
		{1, ptr(0.0), ptr(3), []string{"title", "evidence", "touchpoint", "duration", "emotion"}},
		{2, nil, nil, []string{}},
		{3, ptr(0.0), nil, []string{"customer", "value"}},
	} {
		p := got[tt.col]
		if !samePtr(p.DurationDiff, tt.duration) || !samePtr(p.EmotionDiff, tt.emotion) || !slices.Equal(p.Changed, tt.changed) || p.Changed == nil {
			t.Errorf("column %d (%s): duration %v, emotion %v, changed %q; want %v, %v, %q", tt.col, p.Key,
				deref(p.DurationDiff), deref(p.EmotionDiff), p.Changed, deref(tt.duration), deref(tt.emotion), tt.changed)
		}
	}
}

// TestPairMomentsChangedOrder checks that every field of a step is told as
// changed, in the order MomentPair documents.
func TestPairMomentsChangedOrder(t *testing.T) {
	one, two := 1, 2
	a := &Journey{Steps: []Step{{ID: "x"}}}
	b := &Journey{Steps: []Step{{ID: "x", Title: "t", Lanes: [5][]string{{"e"}, {"c"}, {"f"}, {"b"}, {"s"}}, Touchpoint: "p",
		Channel: "web", Duration: Span{Lo: 1, Hi: 2}, Emotion: &one, Expected: &two, Wait: true, Value: true, Fail: "f"}}}
	want := []string{"title", "evidence", "customer", "frontstage", "backstage", "support", "touchpoint", "channel",
		"duration", "emotion", "expected", "wait", "value", "fail"}
	p := PairMoments(a, b)[0]
	if !slices.Equal(p.Changed, want) {
		t.Errorf("changed %q, want %q", p.Changed, want)
	}
	if *p.DurationDiff != 1.5 || p.EmotionDiff != nil {
		t.Errorf("duration diff %v, emotion diff %v; want 1.5 and none", *p.DurationDiff, p.EmotionDiff)
	}
}

func deref[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

// lcsLength is the length of a longest common subsequence of a and b, by
// the textbook table: what PairMoments is checked against.
func lcsLength(a, b []string) int {
	l := make([][]int, len(a)+1)
	for i := range l {
		l[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				l[i][j] = l[i-1][j-1] + 1
			} else {
				l[i][j] = max(l[i-1][j], l[i][j-1])
			}
		}
	}
	return l[len(a)][len(b)]
}

// randomKeys returns up to 300 keys drawn from a few, so that they repeat.
func randomKeys(r *rand.Rand) []string {
	alphabet := 1 + r.IntN(12)
	keys := make([]string, r.IntN(301))
	for i := range keys {
		keys[i] = fmt.Sprintf("k%d", r.IntN(alphabet))
	}
	return keys
}

// checkPairs checks the columns of a against b: every step of each once
// and in order, the keys of a pair equal, as many pairs as the longest
// common subsequence has, and A's lone steps before B's between pairs.
func checkPairs(t *testing.T, a, b []string, ps []MomentPair) {
	t.Helper()
	nextA, nextB, pairs := 0, 0, 0
	loneB := false
	for k, p := range ps {
		if p.A >= 0 {
			if p.A != nextA || a[p.A] != p.Key {
				t.Fatalf("column %d: A's step %d (%s), want %d (%s)", k, p.A, p.Key, nextA, a[min(nextA, len(a)-1)])
			}
			nextA++
		}
		if p.B >= 0 {
			if p.B != nextB || b[p.B] != p.Key {
				t.Fatalf("column %d: B's step %d (%s), want %d (%s)", k, p.B, p.Key, nextB, b[min(nextB, len(b)-1)])
			}
			nextB++
		}
		switch {
		case p.A >= 0 && p.B >= 0:
			pairs, loneB = pairs+1, false
		case p.A < 0 && p.B < 0:
			t.Fatalf("column %d has no step", k)
		case p.B >= 0:
			loneB = true
		case loneB:
			t.Fatalf("column %d: A's lone step %d after a lone step of B", k, p.A)
		}
	}
	if nextA != len(a) || nextB != len(b) {
		t.Fatalf("%d of %d steps of A and %d of %d of B in the columns", nextA, len(a), nextB, len(b))
	}
	if want := lcsLength(a, b); pairs != want {
		t.Fatalf("%d pairs, want %d, the longest common subsequence", pairs, want)
	}
}

// TestPairMomentsProperty checks the columns of random pairs of key
// sequences, with repeats.
func TestPairMomentsProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		a, b := randomKeys(r), randomKeys(r)
		checkPairs(t, a, b, PairMoments(journeyOf(a...), journeyOf(b...)))
	}
}

// TestPairMomentsSplit checks the pairing of journeys too large for one
// table, split as Hirschberg's algorithm does: here with a table of at
// most a few cells.
func TestPairMomentsSplit(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 200 {
		a, b := randomKeys(r), randomKeys(r)
		ka, kb := keySequences(journeyOf(a...).Steps, journeyOf(b...).Steps)
		m := commonSubsequence(ka, kb, r.IntN(40))
		if len(m) != lcsLength(a, b) {
			t.Fatalf("split: %d pairs, want %d", len(m), lcsLength(a, b))
		}
		for k, p := range m {
			if a[p[0]] != b[p[1]] || k > 0 && (p[0] <= m[k-1][0] || p[1] <= m[k-1][1]) {
				t.Fatalf("split: pair %d (%d, %d) does not match or is out of order", k, p[0], p[1])
			}
		}
	}
}

// TestPairMomentsMemory checks that two journeys of 10 000 steps, and two
// twice as long, pair in bounded memory.
func TestPairMomentsMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("pairs 20 000 × 20 000 steps")
	}
	r := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{10000, 20000} {
		a, b := make([]string, n), make([]string, n)
		for i := range a {
			a[i], b[i] = fmt.Sprintf("k%d", r.IntN(50)), fmt.Sprintf("k%d", r.IntN(50))
		}
		ja, jb := journeyOf(a...), journeyOf(b...)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		ps := PairMoments(ja, jb)
		runtime.ReadMemStats(&after)
		if grown := after.TotalAlloc - before.TotalAlloc; grown > 64<<20 {
			t.Errorf("%d × %d steps: allocated %d MiB", n, n, grown>>20)
		}
		if len(ps) < n {
			t.Errorf("%d × %d steps: %d columns", n, n, len(ps))
		}
	}
}

// BenchmarkPairMoments times the pairing of two journeys of 10 000 steps.
func BenchmarkPairMoments(b *testing.B) {
	r := rand.New(rand.NewPCG(7, 8))
	ka, kb := make([]string, 10000), make([]string, 10000)
	for i := range ka {
		ka[i], kb[i] = fmt.Sprintf("k%d", r.IntN(50)), fmt.Sprintf("k%d", r.IntN(50))
	}
	ja, jb := journeyOf(ka...), journeyOf(kb...)
	b.ReportAllocs()
	for b.Loop() {
		PairMoments(ja, jb)
	}
}

// TestPairMomentsExamples checks the columns of the comparisons the
// examples were made for, along their main paths as compare takes them
// (the permit's: call after three weeks): the permit against the blood
// donation by moment, in English and in Finnish (the blood service takes
// the number after the form, so the queue stands alone in both), and the
// bus as-is against to-be by id.
func TestPairMomentsExamples(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want []string
	}{
		{"police-permit", "blood-donation", []string{"arrive", "-queue", "+id-and-form", "forms", "+queue",
			"wait", "meet", "-hear-timeline", "+donation", "+rest", "+cafe", "leave", "-wait-to-call", "-call-station", "-wait-post", "-permit-arrives"}},
		{"fi/poliisi", "fi/verenluovutus", []string{"saapuminen", "-jono", "+henkilokortti", "lomake", "+jono",
			"odotus", "tapaaminen", "-valmistuminen", "+luovuttaminen", "+lepo", "+kahvila", "lahto", "-odotus-soittoon", "-soitto-asemalle", "-postin-odotus", "-lupa-saapuu"}},
		{"ikea-bus", "ikea-bus-to-be", []string{"find-stop", "board-bus", "find-seat", "bus-ride", "arrive"}},
	} {
		a, b := loadExample(t, tt.a).AlongMain(), loadExample(t, tt.b).AlongMain()
		if got := strings.Fields(columns(PairMoments(a, b))); !slices.Equal(got, tt.want) {
			t.Errorf("%s against %s:\n got %q\nwant %q", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestPairMomentsChanged checks what the pairs of two examples say
// changed: the permit's clerk against the blood service's nurse, and the
// bus ride with the catalogue on board.
func TestPairMomentsChanged(t *testing.T) {
	byKey := func(a, b string) map[string]MomentPair {
		out := map[string]MomentPair{}
		for _, p := range PairMoments(loadExample(t, a), loadExample(t, b)) {
			out[p.Key] = p
		}
		return out
	}
	for _, tt := range []struct {
		pairs    map[string]MomentPair
		key      string
		duration float64
		emotion  *int
		changed  []string
	}{
		// clerk-review: 10m, emotion 0, expected 0; interview: 10m, emotion 0, expected 0, a fail point
		{byKey("police-permit", "blood-donation"), "meet", 0, ptr(0),
			[]string{"title", "evidence", "customer", "frontstage", "backstage", "support", "touchpoint", "fail"}},
		// wait-turn: 2h, -2; 4m, +1
		{byKey("police-permit", "blood-donation"), "wait", 4*60 - 2*3600, ptr(3),
			[]string{"evidence", "customer", "support", "duration", "emotion"}},
		{byKey("ikea-bus", "ikea-bus-to-be"), "bus-ride", 0, ptr(2),
			[]string{"title", "evidence", "customer", "backstage", "support", "touchpoint", "channel", "emotion"}},
		{byKey("ikea-bus", "ikea-bus-to-be"), "find-stop", 0, ptr(0), []string{}},
	} {
		p := tt.pairs[tt.key]
		if p.DurationDiff == nil || *p.DurationDiff != tt.duration || p.EmotionDiff == nil || *p.EmotionDiff != *tt.emotion || !slices.Equal(p.Changed, tt.changed) {
			t.Errorf("%s: %+v; want duration %v, emotion %v, changed %q", tt.key, p, tt.duration, *tt.emotion, tt.changed)
		}
	}
}

// loadExample loads a bundled example, named as examples.Names names it.
func loadExample(t *testing.T, name string) *Journey {
	t.Helper()
	data, err := examples.Read(name)
	if err != nil {
		t.Fatal(err)
	}
	j, diags := Load(name, data)
	if j == nil {
		t.Fatalf("%s does not load: %s", name, diagText(diags))
	}
	return j
}
