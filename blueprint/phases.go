package blueprint

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
