package labels

import (
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
)

// labels are the words the pictures and the figures table draw themselves,
// in one language. A new language is one more entry in labelSets.
type Set struct {
	Units        blueprint.UnitNames // week, day, hour, minute, second
	UnitSep      string              // between a number and its unit
	Decimal      string              // the decimal separator
	PercentSign  string              // after a percentage: "%" or " %"
	Lanes        [5]string           // by blueprint.Lane
	Rules        [5]string           // the rule drawn at the top of each lane, if any
	Time         string
	TimeNote     string // what the two lines under each step are
	EndsAt       string // before a step's running end time
	Dead         string // a dead moment, after its length
	Idle         string // a gap in the touchpoint path, after its length
	TimeToValue  string
	Emotion      string
	Experienced  string
	Remembered   string
	Peak, End    string
	Opportunity  string
	PerYear      string // after the currency
	Notes        string
	Legend       string
	Fail, Wait   string    // the marker texts
	Letters      [3]string // the letters of the fail, wait and value badges
	Value        string
	ValueNote    string
	DeadNote     string
	Steps        string
	Total        string
	DeadTime     string
	FailPoints   string
	Touchpoints  string
	NoValue      string
	DeadSentence string
	Channels     string            // the rows of the touchpoint map
	ChannelNames map[string]string // the known channels as the map names them
	NoChannel    string            // the row of touchpoints without a channel
	Pains, Ideas string
	AllSteps     string // the one group of a journey without phases
	LegendItems  LegendLabels
	Stats        StatsLabels
	Compare      CompareLabels
}

// compareLabels are the words of a comparison of two journeys.
type CompareLabels struct {
	Title, Scorecard, Difference, Better, Same, Timeline, TimelineNote, Compressed string
	Steps, DeadShare, Peak, End, Below, Met, Exceeded, Channels, Opportunity       string
	Points                                                                         string // percentage points
}

type LegendLabels struct {
	Card, Flow, Handoff, Fail, Wait, Value, Dead, Emotion, PeakEnd, Expected, Opportunity string
	Touchpoint, Path, Gap, ValueLine, Pain, Idea                                          string
}

// statsLabels are the words of the figures table (stats --format text|md).
type StatsLabels struct {
	Figure, Title, Steps, Total, TimeToValue, DeadMoments, DeadTime, Experienced, Remembered string
	Expectations, FailPoints, Touchpoints, Channels, Opportunities                           string
	None, NoValue, NoEmotion, At, OfTotal, PeakEnd, Expectation, PerYear                     string
}

var labelSets = map[string]*Set{
	"en": {
		Units: blueprint.UnitNames{"w", "d", "h", "m", "s"}, Decimal: ".", PercentSign: "%",
		Lanes: [5]string{"Physical evidence", "Customer actions", "Frontstage", "Backstage", "Support processes"},
		Rules: [5]string{"", "", "Line of interaction", "Line of visibility", "Line of internal interaction"},
		Time:  "Time", TimeNote: "duration, then time so far", EndsAt: "at ", Dead: "dead", Idle: "idle",
		TimeToValue: "Time to value", Emotion: "Emotion", Experienced: "experienced", Remembered: "remembered",
		Peak: "peak", End: "end", Opportunity: "Opportunities", PerYear: "/ year",
		Letters: [3]string{"F", "W", "V"},
		Notes:   "Notes", Legend: "Legend", Fail: "Fail point", Wait: "Wait", Value: "Value moment",
		ValueNote: "the customer has what they came for", DeadNote: "dead moment: waiting with nothing offered",
		Steps: "steps", Total: "Total", DeadTime: "Dead time", FailPoints: "Fail points", Touchpoints: "Touchpoints",
		NoValue: "none: no step has value: true", DeadSentence: "of the total",
		Channels: "Channels", NoChannel: "No channel", Pains: "Pains", Ideas: "Ideas", AllSteps: "The whole journey",
		ChannelNames: map[string]string{"in-person": "In person", "phone": "Phone", "web": "Web", "app": "App",
			"email": "Email", "sms": "Text message", "chat": "Chat", "paper": "Paper", "kiosk": "Kiosk",
			"mail": "Mail", "social": "Social media", "video": "Video", "vehicle": "Vehicle"},
		LegendItems: LegendLabels{
			Card: "Action, evidence or process", Flow: "The customer's flow", Handoff: "Hand-off between lanes",
			Fail: "Fail point", Wait: "Wait", Value: "Value moment", Dead: "Dead moment: idle, nothing offered",
			Emotion: "Emotion, -2 to +2", PeakEnd: "Peak and end (remembered)", Expected: "Expected emotion and the gap",
			Opportunity: "Opportunity and its yearly value", Touchpoint: "Touchpoint, with its metrics and quote",
			Path: "The customer's path; a turn is a change of channel", Gap: "Dead moment: a gap in the path",
			ValueLine: "Time to value", Pain: "Pain", Idea: "Idea",
		},
		Stats: StatsLabels{
			Figure: "Figure", Title: "Title", Steps: "Steps", Total: "Total time", TimeToValue: "Time to value",
			DeadMoments: "Dead moments", DeadTime: "Dead time", Experienced: "Experienced emotion",
			Remembered: "Remembered emotion", Expectations: "Expectations", FailPoints: "Fail points",
			Touchpoints: "Touchpoints", Channels: "Channels", Opportunities: "Opportunities",
			None: "none", NoValue: "none (no step has value: true)", NoEmotion: "none (no step has emotion:)",
			At: "at", OfTotal: "of the total", PeakEnd: "peak %+d at %s, end %+d at %s",
			Expectation: "%d below, %d met, %d exceeded", PerYear: "/ year",
		},
		Compare: CompareLabels{
			Title: "Comparison", Scorecard: "Scorecard", Difference: "B − A", Better: "Better", Same: "same",
			Timeline: "Time", TimelineNote: "one scale for both; phases side by side",
			Compressed: "longer than 4h: drawn shorter, its length written", Steps: "Steps", DeadShare: "Dead share",
			Peak: "Peak emotion", End: "End emotion", Below: "Below expectations", Met: "Met expectations",
			Exceeded: "Exceeded expectations", Channels: "Channels used", Opportunity: "Opportunity value",
			Points: " pp",
		},
	},
	"fi": {
		Units: blueprint.UnitNames{"vk", "vrk", "h", "min", "s"}, UnitSep: " ", Decimal: ",", PercentSign: " %",
		Lanes: [5]string{"Fyysiset todisteet", "Asiakkaan toiminta", "Näkyvä palvelu", "Näkymätön palvelu", "Tukiprosessit"},
		Rules: [5]string{"", "", "Vuorovaikutuksen raja", "Näkyvyyden raja", "Sisäisen vuorovaikutuksen raja"},
		Time:  "Aika", TimeNote: "kesto, sitten aika alusta", EndsAt: "kulunut ", Dead: "kuollut hetki", Idle: "tyhjää",
		TimeToValue: "Aika arvoon", Emotion: "Tunne", Experienced: "koettu", Remembered: "muistettu",
		Peak: "huippu", End: "loppu", Opportunity: "Mahdollisuudet", PerYear: "/ vuosi",
		Letters: [3]string{"V", "O", "A"}, // virhe, odotus, arvo
		Notes:   "Huomiot", Legend: "Selite", Fail: "Virhekohta", Wait: "Odotus", Value: "Arvon hetki",
		ValueNote: "asiakas saa sen, mitä tuli hakemaan", DeadNote: "kuollut hetki: odotusta, eikä mitään tarjolla",
		Steps: "askelta", Total: "Kesto", DeadTime: "Kuollut aika", FailPoints: "Virhekohdat", Touchpoints: "Kosketuspisteet",
		NoValue: "ei mitään: yhdelläkään askeleella ei ole value: true", DeadSentence: "kestosta",
		Channels: "Kanavat", NoChannel: "Ei kanavaa", Pains: "Kipukohdat", Ideas: "Ideat", AllSteps: "Koko polku",
		ChannelNames: map[string]string{"in-person": "Kasvokkain", "phone": "Puhelin", "web": "Verkko", "app": "Sovellus",
			"email": "Sähköposti", "sms": "Tekstiviesti", "chat": "Chat", "paper": "Paperi", "kiosk": "Automaatti",
			"mail": "Posti", "social": "Some", "video": "Video", "vehicle": "Kulkuneuvo"},
		LegendItems: LegendLabels{
			Card: "Toiminta, todiste tai prosessi", Flow: "Asiakkaan kulku", Handoff: "Siirto kaistalta toiselle",
			Fail: "Virhekohta", Wait: "Odotus", Value: "Arvon hetki", Dead: "Kuollut hetki: odotusta, ei mitään tarjolla",
			Emotion: "Tunne, -2…+2", PeakEnd: "Huippu ja loppu (muistettu)", Expected: "Odotettu tunne ja ero",
			Opportunity: "Mahdollisuus ja sen arvo vuodessa", Touchpoint: "Kosketuspiste, mittarit ja sitaatti",
			Path: "Asiakkaan polku; mutka on kanavan vaihto", Gap: "Kuollut hetki: aukko polussa",
			ValueLine: "Aika arvoon", Pain: "Kipukohta", Idea: "Idea",
		},
		Stats: StatsLabels{
			Figure: "Luku", Title: "Otsikko", Steps: "Askeleet", Total: "Kesto", TimeToValue: "Aika arvoon",
			DeadMoments: "Kuolleet hetket", DeadTime: "Kuollut aika", Experienced: "Koettu tunne",
			Remembered: "Muistettu tunne", Expectations: "Odotukset", FailPoints: "Virhekohdat",
			Touchpoints: "Kosketuspisteet", Channels: "Kanavat", Opportunities: "Mahdollisuudet",
			None: "ei yhtään", NoValue: "ei mitään (yhdelläkään askeleella ei ole value: true)", NoEmotion: "ei mitään (yhdelläkään askeleella ei ole emotion:)",
			At: "askeleessa", OfTotal: "kestosta", PeakEnd: "huippu %+d askeleessa %s, loppu %+d askeleessa %s",
			Expectation: "%d alle, %d vastasi, %d yli", PerYear: "/ vuosi",
		},
		Compare: CompareLabels{
			Title: "Vertailu", Scorecard: "Tuloskortti", Difference: "B − A", Better: "Parempi", Same: "sama",
			Timeline: "Aika", TimelineNote: "sama mittakaava molemmille; vaiheet rinnakkain",
			Compressed: "yli 4 h: piirretty lyhyempänä, kesto kirjoitettu", Steps: "Askeleet", DeadShare: "Kuolleen ajan osuus",
			Peak: "Tunteen huippu", End: "Tunne lopussa", Below: "Alle odotusten", Met: "Odotusten mukaisesti",
			Exceeded: "Yli odotusten", Channels: "Kanavia", Opportunity: "Mahdollisuuksien arvo",
			Points: " %-yks.",
		},
	},
}

// labelsFor returns the labels of a locale, English when it has none.
func For(locale string) *Set {
	if l, ok := labelSets[locale]; ok {
		return l
	}
	return labelSets["en"]
}

// span writes a duration or a range in this language: "3w 2h – 5w 2h".
func (l *Set) Span(s blueprint.Span) string { return s.Format(l.Units, l.UnitSep) }

// score writes an emotion figure: "+1.50".
func (l *Set) Score(v float64) string { return l.Decimals(score(v)) }

// percent writes a share: "96.3%", "96,3 %".
func (l *Set) Percent(share float64) string {
	return l.Decimals(strings.TrimSuffix(percent(share), "%")) + l.PercentSign
}

// money writes an amount: "468 000".
func (l *Set) Money(v float64) string { return l.Decimals(money(v)) }

// decimals puts this language's decimal separator in a number written with
// a point.
func (l *Set) Decimals(s string) string {
	if l.Decimal == "." {
		return s
	}
	return strings.Replace(s, ".", l.Decimal, 1)
}

// tableLabels returns the labels of the journeys' language when they share
// one, English when they do not.
func Common(ms []blueprint.Measured) *Set {
	for _, m := range ms[1:] {
		if m.Journey.Locale != ms[0].Journey.Locale {
			return For("en")
		}
	}
	return For(ms[0].Journey.Locale)
}
