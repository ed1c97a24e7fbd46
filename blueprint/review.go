package blueprint

import "sort"

// A Rule is a pattern blueprint review looks for in a journey (section 10
// of the format): its id and how much a finding of it matters.
type Rule struct {
	ID       string
	Severity Severity // Warning or Notice
}

// Rules are the rules of review, in the order of section 10.
var Rules = []Rule{
	{"ends-low", Warning}, {"low-peak", Warning}, {"cold-welcome", Warning},
	{"idle-dead-moment", Warning}, {"uncertain-wait", Warning}, {"pre-process-wait", Notice},
	{"big-miss", Warning}, {"nothing-exceeds", Notice}, {"unmeasured-moment", Notice},
	{"fail-no-recovery", Notice},
}

// A Finding is a rule that holds on a journey, at one of its steps, with
// the figures its message quotes.
type Finding struct {
	Rule     string
	Severity Severity
	Step     int      // the step it is about, by its index in Journey.Steps
	Pos      Pos      // the step's position in the file
	Paths    []string // the paths it holds on; nil when it holds on all, or the journey has no paths
	Accepted bool     // the rule is in the journey's accept:, or the step's

	// What was found, as the messages quote it; each rule sets the fields
	// it speaks of.
	Emotion     *int    // the step's emotion
	Expected    *int    // what the step's customer expected to feel
	Experienced float64 // the experienced emotion of the path
	Duration    Span    // the step's duration
	Below, Met  int     // nothing-exceeds: steps below and meeting expectations
	Role        string  // unmeasured-moment: "peak", "end" or "fail"
}

// Review returns the findings of a journey, sorted by position (ties in
// the order of Rules), accepted ones included with Accepted set. The rules
// run on every path of the journey (section 10): a finding about the same
// rule and step is reported once, naming the paths it holds on when it
// holds on some of them only, with the figures of the first of them.
func Review(m Measured) []Finding {
	paths := PathsOf(m)
	if len(paths) == 0 {
		return settle(m.Journey, reviewPath(m.Journey, allSteps(m.Journey), m.Figures))
	}
	var all []Finding
	on := map[[2]string][]string{} // rule and step id -> the paths it holds on
	for _, p := range paths {
		for _, f := range reviewPath(m.Journey, p.Steps, p.Figures) {
			key := [2]string{f.Rule, m.Journey.Steps[f.Step].ID}
			if on[key] == nil {
				all = append(all, f)
			}
			on[key] = append(on[key], p.Path.ID)
		}
	}
	for i := range all {
		if names := on[[2]string{all[i].Rule, m.Journey.Steps[all[i].Step].ID}]; len(names) < len(paths) {
			all[i].Paths = names
		}
	}
	return settle(m.Journey, all)
}

// allSteps returns the index of every step of j.
func allSteps(j *Journey) []int {
	steps := make([]int, len(j.Steps))
	for i := range steps {
		steps[i] = i
	}
	return steps
}

// settle marks the findings accepted by the journey or their step, and
// sorts them by position, ties in the order of Rules.
func settle(j *Journey, fs []Finding) []Finding {
	order := map[string]int{}
	for k, r := range Rules {
		order[r.ID] = k
	}
	for i := range fs {
		f := &fs[i]
		f.Pos = j.Steps[f.Step].Pos
		f.Accepted = contains(j.Accept, f.Rule) || contains(j.Steps[f.Step].Accept, f.Rule)
	}
	sort.SliceStable(fs, func(a, b int) bool {
		if c := fs[a].Pos.compare(fs[b].Pos); c != 0 {
			return c < 0
		}
		return order[fs[a].Rule] < order[fs[b].Rule]
	})
	return fs
}
