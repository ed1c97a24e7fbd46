package blueprint

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// randomPhases returns up to 6 phases with distinct ids drawn from 8, in a
// random order.
func randomPhases(r *rand.Rand) []PhaseSpan {
	ids := r.Perm(8)[:r.IntN(7)]
	spans := make([]PhaseSpan, len(ids))
	for k, id := range ids {
		spans[k] = PhaseSpan{ID: fmt.Sprint("p", id), First: k, Last: k}
	}
	return spans
}

// TestMatchPhasesProperty matches random phase lists: every phase of A and
// of B is in exactly one pair, in order, and when the shared ids come in
// the same order each shared phase is paired with itself.
func TestMatchPhasesProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		a, b := randomPhases(r), randomPhases(r)
		pairs := MatchPhases(a, b)
		var gotA, gotB []*PhaseSpan
		for _, p := range pairs {
			if p.A == nil && p.B == nil {
				t.Fatalf("%v and %v: an empty pair", a, b)
			}
			if p.A != nil {
				gotA = append(gotA, p.A)
			}
			if p.B != nil {
				gotB = append(gotB, p.B)
			}
		}
		if !samePhases(gotA, a) || !samePhases(gotB, b) {
			t.Fatalf("%v and %v: pairs %v do not hold each phase once, in order", a, b, pairs)
		}
		if sharedInOrder(a, b) {
			for _, p := range pairs {
				shared := p.A != nil && slices.ContainsFunc(b, func(q PhaseSpan) bool { return q.ID == p.A.ID })
				if shared && (p.B == nil || p.B.ID != p.A.ID) {
					t.Fatalf("%v and %v: %s is not paired with itself in %v", a, b, p.A.ID, pairs)
				}
			}
		}
	}
}

// samePhases reports whether got points at the phases of want, in order.
func samePhases(got []*PhaseSpan, want []PhaseSpan) bool {
	if len(got) != len(want) {
		return false
	}
	for k := range want {
		if got[k] != &want[k] {
			return false
		}
	}
	return true
}

// sharedInOrder reports whether a and b share an id and the ids they share
// come in the same order in both.
func sharedInOrder(a, b []PhaseSpan) bool {
	var inA, inB []string
	for _, p := range a {
		if slices.ContainsFunc(b, func(q PhaseSpan) bool { return q.ID == p.ID }) {
			inA = append(inA, p.ID)
		}
	}
	for _, q := range b {
		if slices.ContainsFunc(a, func(p PhaseSpan) bool { return p.ID == q.ID }) {
			inB = append(inB, q.ID)
		}
	}
	return len(inA) > 0 && slices.Equal(inA, inB)
}

// TestMatchPhases pairs shared ids with themselves and the phases between
// them in order; where shared ids cross, the first pair wins; without a
// shared id, phases are paired by position.
func TestMatchPhases(t *testing.T) {
	spans := func(ids ...string) []PhaseSpan {
		out := make([]PhaseSpan, len(ids))
		for k, id := range ids {
			out[k] = PhaseSpan{ID: id, First: k, Last: k}
		}
		return out
	}
	ids := func(p *PhaseSpan) string {
		if p == nil {
			return "-"
		}
		return p.ID
	}
	for _, tc := range []struct {
		a, b []PhaseSpan
		want string
	}{
		{spans("x", "y", "z"), spans("x", "q", "r", "z"), "x=x y=q -=r z=z"},
		{spans("x", "y"), spans("y", "x"), "-=y x=x y=-"},
		{spans("x"), spans("y", "z"), "x=y -=z"},
		{spans("a", "x"), spans("x", "b"), "a=- x=x -=b"},
	} {
		var got []string
		for _, p := range MatchPhases(tc.a, tc.b) {
			got = append(got, ids(p.A)+"="+ids(p.B))
		}
		if fmt.Sprint(got) != "["+tc.want+"]" {
			t.Errorf("%v and %v: got %v, want [%s]", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestPhaseSpans checks the spans of a journey with phases and of one
// without: one span of all its steps, without a title.
func TestPhaseSpans(t *testing.T) {
	j := &Journey{Phases: []Phase{{ID: "in", Title: "Arrive"}, {ID: "out", Title: "Leave"}},
		Steps: []Step{{Phase: "in"}, {Phase: "in"}, {Phase: "out"}}}
	want := []PhaseSpan{{ID: "in", Title: "Arrive", First: 0, Last: 1}, {ID: "out", Title: "Leave", First: 2, Last: 2}}
	if got := PhaseSpans(j); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	j.Phases = nil
	if got := PhaseSpans(j); !slices.Equal(got, []PhaseSpan{{First: 0, Last: 2}}) {
		t.Errorf("without phases: got %v", got)
	}
}
