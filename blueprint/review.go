package blueprint

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

// Review returns the findings of a journey, sorted by position, accepted
// ones included (with Accepted set).
func Review(m Measured) []Finding { return nil }
