package blueprint

// Journey is a validated customer journey.
type Journey struct {
	File        string // the name the journey was loaded under
	Version     int
	Title       string
	Persona     string
	Description string
	Locale      string   // "en" or "fi"
	Currency    string   // unit of opportunity values, "EUR" by default
	DeadAfter   Duration // shortest idle wait that counts as a dead moment
	Phases      []Phase  // empty when the journey declares none
	Paths       []Path   // the ways a customer can go, the main one first; empty when none are declared
	Accept      []string // review rules accepted for the whole journey
	Steps       []Step   // at least one, in the order the customer lives them
}

// Path is a way a customer can go through the journey (section 9 of the
// format): the steps that name it in their path:, and those that name no
// path, in file order.
type Path struct {
	ID    string
	Title string   // the ID when the file gives no title
	Share *float64 // percent of customers who take it, 0..100; nil when not given
	Pos   Pos      // where the path's mapping starts

	at pathPositions
}

// pathPositions keeps where a path's keys stand, for checks across paths
// and steps.
type pathPositions struct {
	id, share Pos
}

// Phase groups consecutive steps under a heading.
type Phase struct {
	ID    string
	Title string // the ID when the file gives no title
	Pos   Pos
}

// Lane names one of the five horizontal lanes of a service blueprint.
type Lane int

// The lanes from top to bottom.
const (
	Evidence Lane = iota
	Customer
	Frontstage
	Backstage
	Support
)

// Lanes lists every lane from top to bottom.
var Lanes = []Lane{Evidence, Customer, Frontstage, Backstage, Support}

// Key returns the key that holds the lane's text in a step.
func (l Lane) Key() string {
	return [...]string{"evidence", "customer", "frontstage", "backstage", "support"}[l]
}

// Step is one moment of the journey, one column of the blueprint.
type Step struct {
	ID          string
	Phase       string   // the phase's ID, "" when the journey has no phases
	Moment      string   // the part the step plays, to line journeys up; "" when not given
	Paths       []string // the paths the step is on, as its path: names them; nil: every path
	Accept      []string // review rules accepted for this step
	Title       string
	Duration    Span
	Lanes       [5][]string // lane texts, indexed by Lane; one action each
	Touchpoint  string
	Channel     string
	Emotion     *int // -2..2, nil when not given
	Expected    *int // -2..2, nil when not given
	Wait        bool
	Value       bool
	Dead        *bool // overrides the dead-moment rule when not nil
	Fail        string
	Pain        string
	Idea        string
	Quote       string
	Metrics     []Metric // in the order of the file
	Opportunity *Opportunity
	Pos         Pos // where the step's mapping starts

	at stepPositions
}

// stepPositions keeps where a step's keys stand, for checks across steps.
type stepPositions struct {
	id, phase, moment Pos
	paths             []Pos // where each name of the step's path: stands
}

// Text returns the step's text in a lane.
func (s *Step) Text(l Lane) []string { return s.Lanes[l] }

// HasLaneText reports whether any lane of the step has text.
func (s *Step) HasLaneText() bool {
	for _, texts := range s.Lanes {
		if len(texts) > 0 {
			return true
		}
	}
	return false
}

// Gap returns the expectation gap, emotion - expected, and whether the step
// has both.
func (s *Step) Gap() (int, bool) {
	if s.Emotion == nil || s.Expected == nil {
		return 0, false
	}
	return *s.Emotion - *s.Expected, true
}

// Metric is a measurement taken at a touchpoint, such as NPS or CES.
type Metric struct {
	Name  string
	Value float64
}

// Opportunity is an idea placed in a step, with what it would earn.
type Opportunity struct {
	Idea     string
	Reach    *float64 // people present each time; nil when not given
	Converts float64  // of whom act on it
	Value    float64  // currency per person who acts
	PerDay   float64  // times a day it happens
	Days     float64  // days a year, 365 by default
}

// PerYear returns the yearly value: converts x value x per_day x days.
func (o *Opportunity) PerYear() float64 {
	return o.Converts * o.Value * o.PerDay * o.Days
}
