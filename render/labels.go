package render

import (
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
)

// labels are the words the pictures and the figures table draw themselves,
// in one language. A new language is one more entry in labelSets.
type labels struct {
	units        blueprint.UnitNames // week, day, hour, minute, second
	unitSep      string              // between a number and its unit
	decimal      string              // the decimal separator
	percentSign  string              // after a percentage: "%" or " %"
	lanes        [5]string           // by blueprint.Lane
	rules        [5]string           // the rule drawn at the top of each lane, if any
	time         string
	timeNote     string // what the two lines under each step are
	endsAt       string // before a step's running end time
	dead         string // a dead moment, after its length
	idle         string // a gap in the touchpoint path, after its length
	timeToValue  string
	emotion      string
	experienced  string
	remembered   string
	peak, end    string
	opportunity  string
	perYear      string // after the currency
	notes        string
	legend       string
	fail, wait   string    // the marker texts
	letters      [3]string // the letters of the fail, wait and value badges
	value        string
	valueNote    string
	deadNote     string
	steps        string
	total        string
	deadTime     string
	failPoints   string
	touchpoints  string
	noValue      string
	deadSentence string
	channels     string            // the rows of the touchpoint map
	channelNames map[string]string // the known channels as the map names them
	noChannel    string            // the row of touchpoints without a channel
	pains, ideas string
	allSteps     string // the one group of a journey without phases
	legendItems  legendLabels
	stats        statsLabels
	compare      compareLabels
}

// compareLabels are the words of a comparison of two journeys.
type compareLabels struct {
	title, scorecard, difference, better, same, timeline, timelineNote, compressed string
	steps, deadShare, peak, end, below, met, exceeded, channels, opportunity       string
	points                                                                         string // percentage points
}

type legendLabels struct {
	card, flow, handoff, fail, wait, value, dead, emotion, peakEnd, expected, opportunity string
	touchpoint, path, gap, valueLine, pain, idea                                          string
}

// statsLabels are the words of the figures table (stats --format text|md).
type statsLabels struct {
	figure, title, steps, total, timeToValue, deadMoments, deadTime, experienced, remembered string
	expectations, failPoints, touchpoints, channels, opportunities                           string
	none, noValue, noEmotion, at, ofTotal, peakEnd, expectation, perYear                     string
}

var labelSets = map[string]*labels{
	"en": {
		units: blueprint.UnitNames{"w", "d", "h", "m", "s"}, decimal: ".", percentSign: "%",
		lanes: [5]string{"Physical evidence", "Customer actions", "Frontstage", "Backstage", "Support processes"},
		rules: [5]string{"", "", "Line of interaction", "Line of visibility", "Line of internal interaction"},
		time:  "Time", timeNote: "duration, then time so far", endsAt: "at ", dead: "dead", idle: "idle",
		timeToValue: "Time to value", emotion: "Emotion", experienced: "experienced", remembered: "remembered",
		peak: "peak", end: "end", opportunity: "Opportunities", perYear: "/ year",
		letters: [3]string{"F", "W", "V"},
		notes:   "Notes", legend: "Legend", fail: "Fail point", wait: "Wait", value: "Value moment",
		valueNote: "the customer has what they came for", deadNote: "dead moment: waiting with nothing offered",
		steps: "steps", total: "Total", deadTime: "Dead time", failPoints: "Fail points", touchpoints: "Touchpoints",
		noValue: "none: no step has value: true", deadSentence: "of the total",
		channels: "Channels", noChannel: "No channel", pains: "Pains", ideas: "Ideas", allSteps: "The whole journey",
		channelNames: map[string]string{"in-person": "In person", "phone": "Phone", "web": "Web", "app": "App",
			"email": "Email", "sms": "Text message", "chat": "Chat", "paper": "Paper", "kiosk": "Kiosk",
			"mail": "Mail", "social": "Social media", "video": "Video", "vehicle": "Vehicle"},
		legendItems: legendLabels{
			card: "Action, evidence or process", flow: "The customer's flow", handoff: "Hand-off between lanes",
			fail: "Fail point", wait: "Wait", value: "Value moment", dead: "Dead moment: idle, nothing offered",
			emotion: "Emotion, -2 to +2", peakEnd: "Peak and end (remembered)", expected: "Expected emotion and the gap",
			opportunity: "Opportunity and its yearly value", touchpoint: "Touchpoint, with its metrics and quote",
			path: "The customer's path; a turn is a change of channel", gap: "Dead moment: a gap in the path",
			valueLine: "Time to value", pain: "Pain", idea: "Idea",
		},
		stats: statsLabels{
			figure: "Figure", title: "Title", steps: "Steps", total: "Total time", timeToValue: "Time to value",
			deadMoments: "Dead moments", deadTime: "Dead time", experienced: "Experienced emotion",
			remembered: "Remembered emotion", expectations: "Expectations", failPoints: "Fail points",
			touchpoints: "Touchpoints", channels: "Channels", opportunities: "Opportunities",
			none: "none", noValue: "none (no step has value: true)", noEmotion: "none (no step has emotion:)",
			at: "at", ofTotal: "of the total", peakEnd: "peak %+d at %s, end %+d at %s",
			expectation: "%d below, %d met, %d exceeded", perYear: "/ year",
		},
		compare: compareLabels{
			title: "Comparison", scorecard: "Scorecard", difference: "B − A", better: "Better", same: "same",
			timeline: "Time", timelineNote: "one scale for both; phases side by side",
			compressed: "longer than 4h: drawn shorter, its length written", steps: "Steps", deadShare: "Dead share",
			peak: "Peak emotion", end: "End emotion", below: "Below expectations", met: "Met expectations",
			exceeded: "Exceeded expectations", channels: "Channels used", opportunity: "Opportunity value",
			points: " pp",
		},
	},
	"fi": {
		units: blueprint.UnitNames{"vk", "vrk", "h", "min", "s"}, unitSep: " ", decimal: ",", percentSign: " %",
		lanes: [5]string{"Fyysiset todisteet", "Asiakkaan toiminta", "Näkyvä palvelu", "Näkymätön palvelu", "Tukiprosessit"},
		rules: [5]string{"", "", "Vuorovaikutuksen raja", "Näkyvyyden raja", "Sisäisen vuorovaikutuksen raja"},
		time:  "Aika", timeNote: "kesto, sitten aika alusta", endsAt: "kulunut ", dead: "kuollut hetki", idle: "tyhjää",
		timeToValue: "Aika arvoon", emotion: "Tunne", experienced: "koettu", remembered: "muistettu",
		peak: "huippu", end: "loppu", opportunity: "Mahdollisuudet", perYear: "/ vuosi",
		letters: [3]string{"V", "O", "A"}, // virhe, odotus, arvo
		notes:   "Huomiot", legend: "Selite", fail: "Virhekohta", wait: "Odotus", value: "Arvon hetki",
		valueNote: "asiakas saa sen, mitä tuli hakemaan", deadNote: "kuollut hetki: odotusta, eikä mitään tarjolla",
		steps: "askelta", total: "Kesto", deadTime: "Kuollut aika", failPoints: "Virhekohdat", touchpoints: "Kosketuspisteet",
		noValue: "ei mitään: yhdelläkään askeleella ei ole value: true", deadSentence: "kestosta",
		channels: "Kanavat", noChannel: "Ei kanavaa", pains: "Kipukohdat", ideas: "Ideat", allSteps: "Koko polku",
		channelNames: map[string]string{"in-person": "Kasvokkain", "phone": "Puhelin", "web": "Verkko", "app": "Sovellus",
			"email": "Sähköposti", "sms": "Tekstiviesti", "chat": "Chat", "paper": "Paperi", "kiosk": "Automaatti",
			"mail": "Posti", "social": "Some", "video": "Video", "vehicle": "Kulkuneuvo"},
		legendItems: legendLabels{
			card: "Toiminta, todiste tai prosessi", flow: "Asiakkaan kulku", handoff: "Siirto kaistalta toiselle",
			fail: "Virhekohta", wait: "Odotus", value: "Arvon hetki", dead: "Kuollut hetki: odotusta, ei mitään tarjolla",
			emotion: "Tunne, -2…+2", peakEnd: "Huippu ja loppu (muistettu)", expected: "Odotettu tunne ja ero",
			opportunity: "Mahdollisuus ja sen arvo vuodessa", touchpoint: "Kosketuspiste, mittarit ja sitaatti",
			path: "Asiakkaan polku; mutka on kanavan vaihto", gap: "Kuollut hetki: aukko polussa",
			valueLine: "Aika arvoon", pain: "Kipukohta", idea: "Idea",
		},
		stats: statsLabels{
			figure: "Luku", title: "Otsikko", steps: "Askeleet", total: "Kesto", timeToValue: "Aika arvoon",
			deadMoments: "Kuolleet hetket", deadTime: "Kuollut aika", experienced: "Koettu tunne",
			remembered: "Muistettu tunne", expectations: "Odotukset", failPoints: "Virhekohdat",
			touchpoints: "Kosketuspisteet", channels: "Kanavat", opportunities: "Mahdollisuudet",
			none: "ei yhtään", noValue: "ei mitään (yhdelläkään askeleella ei ole value: true)", noEmotion: "ei mitään (yhdelläkään askeleella ei ole emotion:)",
			at: "askeleessa", ofTotal: "kestosta", peakEnd: "huippu %+d askeleessa %s, loppu %+d askeleessa %s",
			expectation: "%d alle, %d vastasi, %d yli", perYear: "/ vuosi",
		},
		compare: compareLabels{
			title: "Vertailu", scorecard: "Tuloskortti", difference: "B − A", better: "Parempi", same: "sama",
			timeline: "Aika", timelineNote: "sama mittakaava molemmille; vaiheet rinnakkain",
			compressed: "yli 4 h: piirretty lyhyempänä, kesto kirjoitettu", steps: "Askeleet", deadShare: "Kuolleen ajan osuus",
			peak: "Tunteen huippu", end: "Tunne lopussa", below: "Alle odotusten", met: "Odotusten mukaisesti",
			exceeded: "Yli odotusten", channels: "Kanavia", opportunity: "Mahdollisuuksien arvo",
			points: " %-yks.",
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

// span writes a duration or a range in this language: "3w 2h – 5w 2h".
func (l *labels) span(s blueprint.Span) string { return s.Format(l.units, l.unitSep) }

// score writes an emotion figure: "+1.50".
func (l *labels) score(v float64) string { return l.decimals(score(v)) }

// percent writes a share: "96.3%", "96,3 %".
func (l *labels) percent(share float64) string {
	return l.decimals(strings.TrimSuffix(percent(share), "%")) + l.percentSign
}

// money writes an amount: "468 000".
func (l *labels) money(v float64) string { return l.decimals(money(v)) }

// decimals puts this language's decimal separator in a number written with
// a point.
func (l *labels) decimals(s string) string {
	if l.decimal == "." {
		return s
	}
	return strings.Replace(s, ".", l.decimal, 1)
}
