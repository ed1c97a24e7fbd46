package report

import (
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/labels"
)

// The JSON of the columns of a comparison, as section 8 of the format
// shows it: a step of A and of B, null where a journey has none, the
// differences B − A, null unless both have the figure, and the fields that
// changed.
type (
	momentJSON struct {
		Key          string          `json:"key"`
		A            *momentStepJSON `json:"a"`
		B            *momentStepJSON `json:"b"`
		DurationDiff *float64        `json:"duration_diff"`
		EmotionDiff  *int            `json:"emotion_diff"`
		Changed      []string        `json:"changed"`
	}
	momentStepJSON struct {
		Step     string   `json:"step"`
		Title    string   `json:"title"`
		Duration spanJSON `json:"duration"`
		Emotion  *int     `json:"emotion"`
	}
)

// toMomentsJSON returns the columns of a against b, in order.
func toMomentsJSON(a, b *blueprint.Journey) []momentJSON {
	pairs := blueprint.PairMoments(a, b)
	out := make([]momentJSON, len(pairs))
	for k, p := range pairs {
		out[k] = momentJSON{Key: p.Key, A: momentStep(stepAt(a, p.A)), B: momentStep(stepAt(b, p.B)),
			DurationDiff: p.DurationDiff, EmotionDiff: p.EmotionDiff, Changed: p.Changed}
	}
	return out
}

// momentStep is the JSON of step s, nil for none.
func momentStep(s *blueprint.Step) *momentStepJSON {
	if s == nil {
		return nil
	}
	return &momentStepJSON{Step: s.ID, Title: s.Title, Duration: toSpanJSON(s.Duration), Emotion: s.Emotion}
}

// momentRows returns the header and the rows of the table of moments: the
// key, the titles of A's and B's steps, their durations and emotions (A's
// → B's and the difference when they differ), and what B changes: the
// fields that changed, or that the step is only in A or only in B, in the
// words the comparison picture marks them with.
func momentRows(a, b *blueprint.Journey, l *labels.Set) (header []string, rows [][]string) {
	c := &l.Compare
	header = []string{c.Moment, "A", "B", c.Duration, l.Emotion.Title, c.Difference}
	for _, p := range blueprint.PairMoments(a, b) {
		sa, sb := stepAt(a, p.A), stepAt(b, p.B)
		rows = append(rows, []string{p.Key, titleOf(sa), titleOf(sb), durationCell(l, p, sa, sb), emotionCell(l, p, sa, sb), changedCell(l, p)})
	}
	return header, rows
}

// stepAt is step i of j, nil when i is -1.
func stepAt(j *blueprint.Journey, i int) *blueprint.Step {
	if i < 0 {
		return nil
	}
	return &j.Steps[i]
}

func titleOf(s *blueprint.Step) string {
	if s == nil {
		return ""
	}
	return s.Title
}

// durationCell writes the durations of a column: the one duration when
// they are alike or one step is alone, else A's → B's and the difference
// of their middles, as the scorecard writes one.
func durationCell(l *labels.Set, p blueprint.MomentPair, sa, sb *blueprint.Step) string {
	switch {
	case sb == nil:
		return l.Span(sa.Duration)
	case sa == nil || sa.Duration == sb.Duration:
		return l.Span(sb.Duration)
	}
	diff := writeDiff(l, blueprint.Row{Kind: blueprint.KindDuration, Delta: p.DurationDiff, Approx: sa.Duration.IsRange() || sb.Duration.IsRange()})
	return l.Span(sa.Duration) + " → " + l.Span(sb.Duration) + " (" + diff + ")"
}

// emotionCell writes the emotions of a column likewise; a step without an
// emotion has none.
func emotionCell(l *labels.Set, p blueprint.MomentPair, sa, sb *blueprint.Step) string {
	switch {
	case sb == nil:
		return emotionOf(l, sa)
	case sa == nil || p.EmotionDiff != nil && *p.EmotionDiff == 0 || sa.Emotion == nil && sb.Emotion == nil:
		return emotionOf(l, sb)
	}
	cell := emotionOf(l, sa) + " → " + emotionOf(l, sb)
	if p.EmotionDiff != nil {
		cell += " (" + labels.Signed(*p.EmotionDiff) + ")"
	}
	return cell
}

// emotionOf writes a step's emotion, or none.
func emotionOf(l *labels.Set, s *blueprint.Step) string {
	if s.Emotion == nil {
		return l.Stats.None
	}
	return labels.Signed(*s.Emotion)
}

// changedCell writes what changed in a column: its fields by their keys,
// nothing when none did, or that its step is only in one journey.
func changedCell(l *labels.Set, p blueprint.MomentPair) string {
	switch {
	case p.B < 0:
		return l.Compare.OnlyA
	case p.A < 0:
		return l.Compare.OnlyB
	case len(p.Changed) == 0:
		return ""
	}
	return l.Compare.Changed + ": " + strings.Join(p.Changed, ", ")
}
