package blueprint

import (
	"slices"
	"testing"
)

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
