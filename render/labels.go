package render

// labels are the words the pictures draw themselves, in one language. A new
// language is one more entry in labelSets.
type labels struct {
	lanes        [5]string // by blueprint.Lane
	rules        [5]string // the rule drawn at the top of each lane, if any
	time         string
	timeNote     string // what the two lines under each step are
	endsAt       string // before a step's running end time
	dead         string // a dead moment, after its length
	timeToValue  string
	emotion      string
	experienced  string
	remembered   string
	peak, end    string
	opportunity  string
	perYear      string // after the currency
	notes        string
	legend       string
	fail, wait   string // the marker texts
	value        string
	valueNote    string
	deadNote     string
	steps        string
	total        string
	deadTime     string
	failPoints   string
	touchpoints  string
	legendItems  legendLabels
	noValue      string
	deadSentence string
}

type legendLabels struct {
	card, flow, handoff, fail, wait, value, dead, emotion, peakEnd, expected, opportunity string
}

var labelSets = map[string]*labels{
	"en": {
		lanes: [5]string{"Physical evidence", "Customer actions", "Frontstage", "Backstage", "Support processes"},
		rules: [5]string{"", "", "Line of interaction", "Line of visibility", "Line of internal interaction"},
		time:  "Time", timeNote: "duration, then time so far", endsAt: "at ", dead: "dead",
		timeToValue: "Time to value", emotion: "Emotion", experienced: "experienced", remembered: "remembered",
		peak: "peak", end: "end", opportunity: "Opportunities", perYear: "/ year",
		notes: "Notes", legend: "Legend", fail: "Fail point", wait: "Wait", value: "Value moment",
		valueNote: "the customer has what they came for", deadNote: "dead moment: waiting with nothing offered",
		steps: "steps", total: "Total", deadTime: "Dead time", failPoints: "Fail points", touchpoints: "Touchpoints",
		noValue: "none: no step has value: true", deadSentence: "of the total",
		legendItems: legendLabels{
			card: "Action, evidence or process", flow: "The customer's flow", handoff: "Hand-off between lanes",
			fail: "Fail point", wait: "Wait", value: "Value moment", dead: "Dead moment: idle, nothing offered",
			emotion: "Emotion, -2 to +2", peakEnd: "Peak and end (remembered)", expected: "Expected emotion and the gap",
			opportunity: "Opportunity and its yearly value",
		},
	},
}

// labelsFor returns the labels of a locale, English when it has none.
func labelsFor(locale string) *labels {
	if l, ok := labelSets[locale]; ok {
		return l
	}
	return labelSets["en"]
}
