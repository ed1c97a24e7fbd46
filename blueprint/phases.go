package blueprint

import "slices"

// A PhaseSpan is a phase of a journey and the steps under it, First to
// Last, by their index in Journey.Steps.
type PhaseSpan struct {
	ID, Title   string // both "" for a journey without phases
	First, Last int
}

// Len returns the number of steps under the span.
func (p PhaseSpan) Len() int { return p.Last - p.First + 1 }

// PhaseSpans returns the phases of j with their steps, in order; a journey
// without phases is one span of all its steps, with neither id nor title.
func PhaseSpans(j *Journey) []PhaseSpan {
	if len(j.Phases) == 0 {
		return []PhaseSpan{{First: 0, Last: len(j.Steps) - 1}}
	}
	var spans []PhaseSpan
	for i, s := range j.Steps {
		if len(spans) > 0 && j.Steps[spans[len(spans)-1].First].Phase == s.Phase {
			spans[len(spans)-1].Last = i
			continue
		}
		spans = append(spans, PhaseSpan{ID: s.Phase, Title: j.phaseTitle(s.Phase), First: i, Last: i})
	}
	return spans
}

// phaseTitle returns the title of the phase with the given id; the id when
// the journey declares no such phase.
func (j *Journey) phaseTitle(id string) string {
	for _, p := range j.Phases {
		if p.ID == id {
			return p.Title
		}
	}
	return id
}

// A PhasePair is a phase of journey A beside the phase of journey B it
// matches; a side is nil when the other journey has more phases.
type PhasePair struct {
	A, B *PhaseSpan
}

// MatchPhases pairs the phases of a and b by id when they share one, and
// by position otherwise. Every phase of a and of b is in exactly one pair,
// in order; the pairs point into a and b.
func MatchPhases(a, b []PhaseSpan) []PhasePair {
	if pairs, ok := matchByID(a, b); ok {
		return pairs
	}
	return zipPhases(a, b)
}

// matchByID pairs each phase of A, in turn, with the first phase of B
// further on that has its id; the phases between two such pairs are paired
// in order. Where the ids shared come in different orders, the first pair
// wins and the phases it passes over stay alone. It fails when no id is
// shared.
func matchByID(a, b []PhaseSpan) ([]PhasePair, bool) {
	var pairs []PhasePair
	i, k, shared := 0, 0, 0
	for i < len(a) || k < len(b) {
		// the next phase of A whose id B has further on, and its place in B
		ni, nk := len(a), len(b)
		for x := i; x < len(a) && ni == len(a); x++ {
			if y := slices.IndexFunc(b[k:], func(p PhaseSpan) bool { return p.ID == a[x].ID }); y >= 0 {
				ni, nk = x, k+y
			}
		}
		pairs = append(pairs, zipPhases(a[i:ni], b[k:nk])...)
		if ni < len(a) {
			pairs = append(pairs, PhasePair{&a[ni], &b[nk]})
			shared++
		}
		i, k = ni+1, nk+1
	}
	return pairs, shared > 0
}

// zipPhases pairs the phases of a and b in order.
func zipPhases(a, b []PhaseSpan) []PhasePair {
	var pairs []PhasePair
	for k := range max(len(a), len(b)) {
		var p PhasePair
		if k < len(a) {
			p.A = &a[k]
		}
		if k < len(b) {
			p.B = &b[k]
		}
		pairs = append(pairs, p)
	}
	return pairs
}
