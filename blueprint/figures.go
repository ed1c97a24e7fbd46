package blueprint

import "math"

// Figures are what the tool computes from a journey, or from one of its
// paths; docs/format.md gives their definitions. Steps are referred to by
// their index in Journey.Steps. For a journey with paths, FiguresOf gives
// the figures of the main path, but Times gives every step its timing on
// the first path it is on: the running time the picture writes under each
// column. A path's own Times (PathFigures) are on that path.
type Figures struct {
	Times         []Timing // when each step starts and ends; one for every step of Journey.Steps
	Total         Span
	TimeToValue   *Span // nil when no step delivers value
	ValueStep     int   // the first step with value: true; -1 when none
	DeadMoments   []DeadMoment
	DeadTime      Span
	DeadShare     float64 // dead time / total, at the middle of their ranges
	Emotion       Emotion
	Expectations  Expectations
	Touchpoints   int
	Channels      []string // distinct channels in the order of first use
	FailPoints    []int    // the steps with a fail point
	Opportunities []OpportunityValue
}

// Timing is when a step starts and ends, counted from the journey's start.
type Timing struct {
	Start, End Span
}

// DeadMoment is a step where the customer waits with nothing offered.
type DeadMoment struct {
	Step     int
	Duration Span
}

// Emotion sums up the emotion curve. Known is false when no step has an
// emotion; the other fields are then zero.
type Emotion struct {
	Known       bool
	Experienced float64 // mean emotion, weighted by the steps' middle duration
	Remembered  float64 // (peak + end) / 2, the peak-end rule
	Peak, End   EmotionPoint
}

// EmotionPoint is the emotion of one step.
type EmotionPoint struct {
	Step  int
	Value int
}

// Expectations counts the steps whose emotion fell below, met or exceeded
// what the customer expected.
type Expectations struct {
	Below, Met, Exceeded int
}

// OpportunityValue is the yearly value of the opportunity placed in a step.
type OpportunityValue struct {
	Step    int
	Idea    string
	PerYear float64
}

// FiguresOf computes the figures of a validated journey; Measure pairs
// them with it. For a journey with paths they are the figures of the main
// path (section 9 of the format), its steps referred to by their index in
// Journey.Steps, except Times: every step, on the main path or not, has
// its timing on the first path it is on. PathsOf gives the figures of each
// path.
func FiguresOf(j *Journey) Figures {
	f := figuresOn(j, j.mainPath())
	if len(j.Paths) > 0 {
		f.Times = firstPathTimes(j)
	}
	return f
}

// figuresOn computes the figures of the steps on the path with the given
// id (every step for a journey without paths) as if they were the whole
// journey. A step off the path lasts nothing in Times: it starts and ends
// when the path's step before it ends.
func figuresOn(j *Journey, path string) Figures {
	f := Figures{ValueStep: -1}
	var clock Span
	var steps []int
	channels := map[string]bool{}
	for i := range j.Steps {
		if !j.OnPath(i, path) {
			f.Times = append(f.Times, Timing{clock, clock})
			continue
		}
		steps = append(steps, i)
		s := &j.Steps[i]
		end := clock.Add(s.Duration)
		f.Times = append(f.Times, Timing{clock, end})
		clock = end
		if s.Value && f.ValueStep < 0 {
			f.ValueStep, f.TimeToValue = i, &end
		}
		if j.IsDead(s) {
			f.DeadMoments = append(f.DeadMoments, DeadMoment{i, s.Duration})
			f.DeadTime = f.DeadTime.Add(s.Duration)
		}
		f.Expectations.count(s)
		if s.Touchpoint != "" {
			f.Touchpoints++
		}
		if s.Channel != "" && !channels[s.Channel] {
			channels[s.Channel] = true
			f.Channels = append(f.Channels, s.Channel)
		}
		if s.Fail != "" {
			f.FailPoints = append(f.FailPoints, i)
		}
		if o := s.Opportunity; o != nil {
			f.Opportunities = append(f.Opportunities, OpportunityValue{i, o.Idea, o.PerYear()})
		}
	}
	f.Total = clock
	if mid := f.Total.Mid(); mid > 0 {
		f.DeadShare = f.DeadTime.Mid() / mid
	}
	f.Emotion = measureEmotion(j.Steps, steps)
	return f
}

// IsDead reports whether a step is a dead moment: the customer waits with
// nothing offered (no frontstage text, no touchpoint) for at least
// DeadAfter, unless the step's dead key says otherwise.
func (j *Journey) IsDead(s *Step) bool {
	if s.Dead != nil {
		return *s.Dead
	}
	return s.Wait && len(s.Lanes[Frontstage]) == 0 && s.Touchpoint == "" && s.Duration.Hi >= j.DeadAfter
}

func (e *Expectations) count(s *Step) {
	gap, ok := s.Gap()
	switch {
	case !ok:
	case gap < 0:
		e.Below++
	case gap == 0:
		e.Met++
	default:
		e.Exceeded++
	}
}

// measureEmotion computes the lived (duration-weighted) and the remembered
// (peak-end) emotion of those of the given steps, by their index in steps,
// that have one.
func measureEmotion(steps []Step, on []int) Emotion {
	var e Emotion
	var sum, weights, plain float64
	n := 0
	for _, i := range on {
		s := &steps[i]
		if s.Emotion == nil {
			continue
		}
		v := *s.Emotion
		if !e.Known || math.Abs(float64(v)) > math.Abs(float64(e.Peak.Value)) {
			e.Peak = EmotionPoint{i, v}
		}
		e.Known, e.End = true, EmotionPoint{i, v}
		w := s.Duration.Mid()
		sum, weights = sum+w*float64(v), weights+w
		plain, n = plain+float64(v), n+1
	}
	if !e.Known {
		return e
	}
	if weights > 0 {
		e.Experienced = sum / weights
	} else {
		e.Experienced = plain / float64(n)
	}
	e.Remembered = float64(e.Peak.Value+e.End.Value) / 2
	return e
}
