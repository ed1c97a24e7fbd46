package blueprint

import "sync"

// A path under review: the journey, the path's steps in order and their
// figures (section 3, computed on those steps; indexes of Journey.Steps).
type reviewed struct {
	j     *Journey
	steps []int
	f     Figures
}

// rule checks one rule of section 10 on a path, adding what it finds.
type ruleCheck func(p reviewed, add func(Finding))

// ruleChecks are the checks of Rules, by rule id.
var ruleChecks = sync.OnceValue(func() map[string]ruleCheck {
	return map[string]ruleCheck{
		"ends-low":          endsLow,
		"low-peak":          lowPeak,
		"cold-welcome":      coldWelcome,
		"idle-dead-moment":  idleDeadMoment,
		"uncertain-wait":    uncertainWait,
		"pre-process-wait":  preProcessWait,
		"big-miss":          bigMiss,
		"nothing-exceeds":   nothingExceeds,
		"unmeasured-moment": unmeasuredMoment,
		"fail-no-recovery":  failNoRecovery,
	}
})

// reviewPath runs every rule on the steps of one path, whose figures are
// f, and returns the findings, each with its rule, severity and step.
func reviewPath(j *Journey, steps []int, f Figures) []Finding {
	p := reviewed{j, steps, f}
	var out []Finding
	for _, r := range Rules {
		ruleChecks()[r.ID](p, func(fd Finding) {
			fd.Rule, fd.Severity = r.ID, r.Severity
			out = append(out, fd)
		})
	}
	return out
}

// step returns step i of the path's journey.
func (p reviewed) step(i int) *Step { return &p.j.Steps[i] }

// endsLow: the end is below neutral, or a point or more below the
// experienced emotion (the peak-end rule).
func endsLow(p reviewed, add func(Finding)) {
	e := p.f.Emotion
	if e.Known && (e.End.Value < 0 || float64(e.End.Value)+1 <= e.Experienced) {
		add(Finding{Step: e.End.Step, Emotion: &e.End.Value, Experienced: e.Experienced})
	}
}

// lowPeak: the most intense moment is a bad one.
func lowPeak(p reviewed, add func(Finding)) {
	e := p.f.Emotion
	if e.Known && e.Peak.Value < 0 {
		add(Finding{Step: e.Peak.Step, Emotion: &e.Peak.Value, Experienced: e.Experienced})
	}
}

// coldWelcome: the first step with an emotion feels bad, or worse than
// expected.
func coldWelcome(p reviewed, add func(Finding)) {
	for _, i := range p.steps {
		s := p.step(i)
		if s.Emotion == nil {
			continue
		}
		if *s.Emotion < 0 || s.Expected != nil && *s.Emotion < *s.Expected {
			add(Finding{Step: i, Emotion: s.Emotion, Expected: s.Expected})
		}
		return
	}
}

// idleDeadMoment: a dead moment with no idea and no opportunity in it.
func idleDeadMoment(p reviewed, add func(Finding)) {
	for _, d := range p.f.DeadMoments {
		if s := p.step(d.Step); s.Idea == "" && s.Opportunity == nil {
			add(Finding{Step: d.Step, Duration: s.Duration})
		}
	}
}

// uncertainWait: a wait whose length is uncertain (its longest at least
// half again its shortest) and unexplained (no frontstage text).
func uncertainWait(p reviewed, add func(Finding)) {
	for _, i := range p.steps {
		s := p.step(i)
		lo, hi := s.Duration.Lo, s.Duration.Hi
		if s.Wait && lo > 0 && float64(hi) >= 1.5*float64(lo) && len(s.Lanes[Frontstage]) == 0 {
			add(Finding{Step: i, Duration: s.Duration})
		}
	}
}

// preProcessWait: a wait of at least dead_after before the service starts,
// at the first step with frontstage text (all of the path's waits when no
// step has any).
func preProcessWait(p reviewed, add func(Finding)) {
	for _, i := range p.steps {
		s := p.step(i)
		if len(s.Lanes[Frontstage]) > 0 {
			return
		}
		if s.Wait && s.Duration.Hi >= p.j.DeadAfter {
			add(Finding{Step: i, Duration: s.Duration})
		}
	}
}

// bigMiss: a step feels two points or more below what was expected.
func bigMiss(p reviewed, add func(Finding)) {
	for _, i := range p.steps {
		s := p.step(i)
		if gap, ok := s.Gap(); ok && gap <= -2 {
			add(Finding{Step: i, Emotion: s.Emotion, Expected: s.Expected})
		}
	}
}

// nothingExceeds: some steps have an expectation, and none exceeds it; at
// the first of them.
func nothingExceeds(p reviewed, add func(Finding)) {
	first := -1
	for _, i := range p.steps {
		if _, ok := p.step(i).Gap(); ok && first < 0 {
			first = i
		}
	}
	if x := p.f.Expectations; first >= 0 && x.Exceeded == 0 {
		add(Finding{Step: first, Below: x.Below, Met: x.Met})
	}
}

// unmeasuredMoment: the peak, the end or a fail point has a touchpoint and
// no metrics; once a step, naming the first role it plays of peak, end and
// fail.
func unmeasuredMoment(p reviewed, add func(Finding)) {
	e := p.f.Emotion
	for _, i := range p.steps {
		s := p.step(i)
		if s.Touchpoint == "" || len(s.Metrics) > 0 {
			continue
		}
		switch {
		case e.Known && i == e.Peak.Step:
			add(Finding{Step: i, Role: "peak"})
		case e.Known && i == e.End.Step:
			add(Finding{Step: i, Role: "end"})
		case s.Fail != "":
			add(Finding{Step: i, Role: "fail"})
		}
	}
}

// failNoRecovery: a fail point with no idea for its recovery.
func failNoRecovery(p reviewed, add func(Finding)) {
	for _, i := range p.steps {
		if s := p.step(i); s.Fail != "" && s.Idea == "" {
			add(Finding{Step: i})
		}
	}
}
