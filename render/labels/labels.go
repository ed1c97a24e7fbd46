package labels

import (
	"math"
	"strconv"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
)

// A Set is the words the tool draws and writes itself in one language,
// each table for one part of the pictures or reports, and how numbers are
// written in that language. A new language is one more entry in sets;
// TestSetsComplete checks that it leaves no word out.
type Set struct {
	Numbers Numbers
	Lanes   Lanes
	Lines   Lines
	Markers Markers
	Axis    Axis
	Emotion Emotion
	Summary Summary
	Map     Map
	Picture Picture
	Legend  Legend
	Stats   Stats
	Compare Compare
	Review  ReviewTable
}

// Numbers say how numbers and durations are written.
type Numbers struct {
	Units       blueprint.UnitNames // week, day, hour, minute, second
	UnitSep     string              // between a number and its unit; "" in English
	Decimal     string              // the decimal separator
	PercentSign string              // after a percentage: "%" or " %"
}

// Lanes name the lanes of the service blueprint.
type Lanes struct {
	Evidence, Customer, Frontstage, Backstage, Support string
}

// Of returns the name of lane l.
func (n Lanes) Of(l blueprint.Lane) string {
	return [...]string{blueprint.Evidence: n.Evidence, blueprint.Customer: n.Customer,
		blueprint.Frontstage: n.Frontstage, blueprint.Backstage: n.Backstage, blueprint.Support: n.Support}[l]
}

// Lines name the lines drawn between the lanes.
type Lines struct {
	Interaction, Visibility, InternalInteraction string
}

// Above returns the name of the line drawn at the top of lane l, "" when
// it has none.
func (n Lines) Above(l blueprint.Lane) string {
	switch l {
	case blueprint.Frontstage:
		return n.Interaction
	case blueprint.Backstage:
		return n.Visibility
	case blueprint.Support:
		return n.InternalInteraction
	}
	return ""
}

// Markers are the words of fail points, waits and the value moment, and
// the letters of their badges.
type Markers struct {
	Fail, Wait, Value                   string // what each marker is
	FailLetter, WaitLetter, ValueLetter string
	FindingLetter                       string // before the number of a review finding
	ValueNote                           string // what the value moment means
	DeadNote                            string // what a dead moment is
}

// Axis is the words of the time row.
type Axis struct {
	Time        string
	Note        string // what the two lines under each step are
	EndsAt      string // before a step's running end time
	Dead        string // a dead moment, after its length
	Idle        string // a gap in the touchpoint path, after its length
	TimeToValue string
	Strip       string // the time strip: where the journey's time goes
}

// Emotion is the words of the emotion row.
type Emotion struct {
	Title, Experienced, Remembered, Peak, End string
}

// Summary is the words of the sentence of figures under a picture's title.
type Summary struct {
	Steps, Total, DeadTime, FailPoints, Touchpoints string
	NoValue                                         string // the time to value of a journey without one
	OfTotal                                         string // after the dead share
}

// Map is the words of the touchpoint map.
type Map struct {
	Channels     string            // the rows
	NoChannel    string            // the row of touchpoints without a channel
	ChannelNames map[string]string // the known channels (blueprint.Channels)
	Pains, Ideas string
}

// Picture is the other words of the pictures.
type Picture struct {
	Opportunity string
	PerYear     string // after the currency
	Notes       string
	Findings    string // the list of review findings
	Paths       string // the legend of the paths
	Legend      string
	AllSteps    string // the one group of a journey without phases
}

// Legend is what the legend says of each symbol.
type Legend struct {
	Card, Flow, Handoff, Fail, Wait, Value, Dead, Emotion, PeakEnd, Expected, Opportunity string
	Touchpoint, Path, Gap, ValueLine, Pain, Idea                                          string
	StripValue                                                                            string // the value moment's mark on a time strip
}

// Stats is the words of the figures table (stats --format text|md).
type Stats struct {
	Figure, Title, Steps, Total, TimeToValue, DeadMoments, DeadTime, Experienced, Remembered string
	Expectations, FailPoints, Touchpoints, Channels, Opportunities                           string
	None, NoValue, NoEmotion, At, OfTotal, PeakEnd, Expectation, PerYear                     string
	Path                                                                                     string // the row that names a path: "Path %d"
	PathFigure                                                                               string // a figure of a path: "Path %d: %s", its number and the figure's label
	MainPath                                                                                 string // said of the first path
	Share                                                                                    string // a path's share of the customers: "%s of customers"
}

// Compare is the words of a comparison of two journeys.
type Compare struct {
	Moment, Duration                                                               string // the headers of the key and duration columns of the table of moments
	Title, Scorecard, Difference, Better, Same, Timeline, TimelineNote, Compressed string
	Steps, DeadShare, Peak, End, Below, Met, Exceeded, Channels, Opportunity       string
	Points                                                                         string // percentage points
	Moments                                                                        string // the heading of the columns of moments
	OnlyA, OnlyB, Changed                                                          string // what an edit did to a moment
}

// ReviewTable is the words of the table of review findings (review
// --format md).
type ReviewTable struct {
	File, Rule, Severity, Step, Finding, Advice string // the headers
	None                                        string // the line written instead of an empty table
}

var sets = map[string]*Set{
	"en": {
		Numbers: Numbers{Units: blueprint.UnitNames{"w", "d", "h", "m", "s"}, Decimal: ".", PercentSign: "%"},
		Lanes:   Lanes{"Physical evidence", "Customer actions", "Frontstage", "Backstage", "Support processes"},
		Lines:   Lines{"Line of interaction", "Line of visibility", "Line of internal interaction"},
		Markers: Markers{Fail: "Fail point", Wait: "Wait", Value: "Value moment", FailLetter: "F", WaitLetter: "W", ValueLetter: "V", FindingLetter: "R",
			ValueNote: "the customer has what they came for", DeadNote: "dead moment: waiting with nothing offered"},
		Axis: Axis{Time: "Time", Note: "duration, then time so far", EndsAt: "at ", Dead: "dead", Idle: "idle",
			TimeToValue: "Time to value", Strip: "Where the time goes"},
		Emotion: Emotion{Title: "Emotion", Experienced: "experienced", Remembered: "remembered", Peak: "peak", End: "end"},
		Summary: Summary{Steps: "steps", Total: "Total", DeadTime: "Dead time", FailPoints: "Fail points", Touchpoints: "Touchpoints",
			NoValue: "none: no step has value: true", OfTotal: "of the total"},
		Map: Map{Channels: "Channels", NoChannel: "No channel", Pains: "Pains", Ideas: "Ideas",
			ChannelNames: map[string]string{"in-person": "In person", "phone": "Phone", "web": "Web", "app": "App",
				"email": "Email", "sms": "Text message", "chat": "Chat", "paper": "Paper", "kiosk": "Kiosk",
				"mail": "Mail", "social": "Social media", "video": "Video", "vehicle": "Vehicle"}},
		Picture: Picture{Opportunity: "Opportunities", PerYear: "/ year", Notes: "Notes", Findings: "Review findings", Paths: "Paths", Legend: "Legend", AllSteps: "The whole journey"},
		Legend: Legend{
			Card: "Action, evidence or process", Flow: "The customer's flow", Handoff: "Hand-off between lanes",
			Fail: "Fail point", Wait: "Wait", Value: "Value moment", Dead: "Dead moment: idle, nothing offered",
			Emotion: "Emotion, -2 to +2", PeakEnd: "Peak and end (remembered)", Expected: "Expected emotion and the gap",
			Opportunity: "Opportunity and its yearly value", Touchpoint: "Touchpoint, with its metrics and quote",
			Path: "The customer's path; a turn is a change of channel", Gap: "Dead moment: a gap in the path",
			ValueLine: "Time to value", Pain: "Pain", Idea: "Idea", StripValue: "The value moment on the time strip",
		},
		Stats: Stats{
			Figure: "Figure", Title: "Title", Steps: "Steps", Total: "Total time", TimeToValue: "Time to value",
			DeadMoments: "Dead moments", DeadTime: "Dead time", Experienced: "Experienced emotion",
			Remembered: "Remembered emotion", Expectations: "Expectations", FailPoints: "Fail points",
			Touchpoints: "Touchpoints", Channels: "Channels", Opportunities: "Opportunities",
			None: "none", NoValue: "none (no step has value: true)", NoEmotion: "none (no step has emotion:)",
			At: "at", OfTotal: "of the total", PeakEnd: "peak %+d at %s, end %+d at %s",
			Expectation: "%d below, %d met, %d exceeded", PerYear: "/ year",
			Path: "Path %d", PathFigure: "Path %d: %s", MainPath: "main path", Share: "%s of customers",
		},
		Compare: Compare{
			Moment: "Moment", Duration: "Duration",
			Title: "Comparison", Scorecard: "Scorecard", Difference: "B − A", Better: "Better", Same: "same",
			Timeline: "Time", TimelineNote: "one scale for both",
			Compressed: "longer than 4h: drawn shorter, its length written", Steps: "Steps", DeadShare: "Dead share",
			Peak: "Peak emotion", End: "End emotion", Below: "Below expectations", Met: "Met expectations",
			Exceeded: "Exceeded expectations", Channels: "Channels used", Opportunity: "Opportunity value",
			Points: " pp", Moments: "Moment by moment", OnlyA: "only in A", OnlyB: "only in B", Changed: "changed",
		},
		Review: ReviewTable{File: "File", Rule: "Rule", Severity: "Severity", Step: "Step", Finding: "Finding", Advice: "Advice",
			None: "No findings."},
	},
	"fi": {
		Numbers: Numbers{Units: blueprint.UnitNames{"vk", "vrk", "h", "min", "s"}, UnitSep: " ", Decimal: ",", PercentSign: " %"},
		Lanes:   Lanes{"Fyysiset todisteet", "Asiakkaan toiminta", "Näkyvä palvelu", "Näkymätön palvelu", "Tukiprosessit"},
		Lines:   Lines{"Vuorovaikutuksen raja", "Näkyvyyden raja", "Sisäisen vuorovaikutuksen raja"},
		Markers: Markers{Fail: "Virhekohta", Wait: "Odotus", Value: "Arvon hetki",
			FailLetter: "V", WaitLetter: "O", ValueLetter: "A", FindingLetter: "H", // virhe, odotus, arvo, huomio
			ValueNote: "asiakas saa sen, mitä tuli hakemaan", DeadNote: "kuollut hetki: odotusta, eikä mitään tarjolla"},
		Axis: Axis{Time: "Aika", Note: "kesto, sitten aika alusta", EndsAt: "kulunut ", Dead: "kuollut hetki", Idle: "tyhjää",
			TimeToValue: "Aika arvoon", Strip: "Mihin aika kuluu"},
		Emotion: Emotion{Title: "Tunne", Experienced: "koettu", Remembered: "muistettu", Peak: "huippu", End: "loppu"},
		Summary: Summary{Steps: "askelta", Total: "Kesto", DeadTime: "Kuollut aika", FailPoints: "Virhekohdat", Touchpoints: "Kosketuspisteet",
			NoValue: "ei mitään: yhdelläkään askeleella ei ole value: true", OfTotal: "kestosta"},
		Map: Map{Channels: "Kanavat", NoChannel: "Ei kanavaa", Pains: "Kipukohdat", Ideas: "Ideat",
			ChannelNames: map[string]string{"in-person": "Kasvokkain", "phone": "Puhelin", "web": "Verkko", "app": "Sovellus",
				"email": "Sähköposti", "sms": "Tekstiviesti", "chat": "Chat", "paper": "Paperi", "kiosk": "Automaatti",
				"mail": "Posti", "social": "Some", "video": "Video", "vehicle": "Kulkuneuvo"}},
		Picture: Picture{Opportunity: "Mahdollisuudet", PerYear: "/ vuosi", Notes: "Huomiot", Findings: "Arvion havainnot", Paths: "Polut", Legend: "Selite", AllSteps: "Koko polku"},
		Legend: Legend{
			Card: "Toiminta, todiste tai prosessi", Flow: "Asiakkaan kulku", Handoff: "Siirto kaistalta toiselle",
			Fail: "Virhekohta", Wait: "Odotus", Value: "Arvon hetki", Dead: "Kuollut hetki: odotusta, ei mitään tarjolla",
			Emotion: "Tunne, -2…+2", PeakEnd: "Huippu ja loppu (muistettu)", Expected: "Odotettu tunne ja ero",
			Opportunity: "Mahdollisuus ja sen arvo vuodessa", Touchpoint: "Kosketuspiste, mittarit ja sitaatti",
			Path: "Asiakkaan polku; mutka on kanavan vaihto", Gap: "Kuollut hetki: aukko polussa",
			ValueLine: "Aika arvoon", Pain: "Kipukohta", Idea: "Idea", StripValue: "Arvon hetki aikajanalla",
		},
		Stats: Stats{
			Figure: "Luku", Title: "Otsikko", Steps: "Askeleet", Total: "Kesto", TimeToValue: "Aika arvoon",
			DeadMoments: "Kuolleet hetket", DeadTime: "Kuollut aika", Experienced: "Koettu tunne",
			Remembered: "Muistettu tunne", Expectations: "Odotukset", FailPoints: "Virhekohdat",
			Touchpoints: "Kosketuspisteet", Channels: "Kanavat", Opportunities: "Mahdollisuudet",
			None: "ei yhtään", NoValue: "ei mitään (yhdelläkään askeleella ei ole value: true)", NoEmotion: "ei mitään (yhdelläkään askeleella ei ole emotion:)",
			At: "askeleessa", OfTotal: "kestosta", PeakEnd: "huippu %+d askeleessa %s, loppu %+d askeleessa %s",
			Expectation: "%d alle, %d vastasi, %d yli", PerYear: "/ vuosi",
			Path: "Polku %d", PathFigure: "Polku %d: %s", MainPath: "pääpolku", Share: "%s asiakkaista",
		},
		Compare: Compare{
			Moment: "Hetki", Duration: "Kesto",
			Title: "Vertailu", Scorecard: "Tuloskortti", Difference: "B − A", Better: "Parempi", Same: "sama",
			Timeline: "Aika", TimelineNote: "sama mittakaava molemmille",
			Compressed: "yli 4 h: piirretty lyhyempänä, kesto kirjoitettu", Steps: "Askeleet", DeadShare: "Kuolleen ajan osuus",
			Peak: "Tunteen huippu", End: "Tunne lopussa", Below: "Alle odotusten", Met: "Odotusten mukaisesti",
			Exceeded: "Yli odotusten", Channels: "Kanavia", Opportunity: "Mahdollisuuksien arvo",
			Points: " %-yks.", Moments: "Hetki hetkeltä", OnlyA: "vain A:ssa", OnlyB: "vain B:ssä", Changed: "muuttui",
		},
		Review: ReviewTable{File: "Tiedosto", Rule: "Sääntö", Severity: "Vakavuus", Step: "Askel", Finding: "Havainto", Advice: "Neuvo",
			None: "Ei havaintoja."},
	},
}

// For returns the words of a locale, English when it has none.
func For(locale string) *Set {
	if l, ok := sets[locale]; ok {
		return l
	}
	return sets["en"]
}

// Span writes a duration or a range in this language: "3w 2h – 5w 2h".
func (l *Set) Span(s blueprint.Span) string { return s.Format(l.Numbers.Units, l.Numbers.UnitSep) }

// FindingText writes a review finding of journey j in this language: what
// was found, with its figures, the advice, and the principle behind the
// rule with its source.
func (l *Set) FindingText(j *blueprint.Journey, f blueprint.Finding) (message, advice, principle string) {
	return f.Rule, "", ""
}

// SignedSpan writes a difference of durations, in seconds, with its sign:
// "-1h 50m", "+30s", "0s".
func (l *Set) SignedSpan(seconds float64) string {
	abs := blueprint.Duration(math.Round(math.Abs(seconds)))
	sign := ""
	switch {
	case abs == 0:
	case seconds < 0:
		sign = "-"
	default:
		sign = "+"
	}
	return sign + l.Span(blueprint.Span{Lo: abs, Hi: abs})
}

// Score writes an emotion figure: "+1.50".
func (l *Set) Score(v float64) string { return l.Decimals(score(v)) }

// Percent writes a share: "96.3%", "96,3 %".
func (l *Set) Percent(share float64) string {
	return l.Decimals(strings.TrimSuffix(percent(share), "%")) + l.Numbers.PercentSign
}

// Percentage writes a percent as given, to its last decimal: "70%",
// "12,5 %".
func (l *Set) Percentage(p float64) string {
	return l.Decimals(strconv.FormatFloat(p, 'f', -1, 64)) + l.Numbers.PercentSign
}

// Money writes an amount: "468 000".
func (l *Set) Money(v float64) string { return l.Decimals(money(v)) }

// Decimals puts this language's decimal separator in a number written with
// a point.
func (l *Set) Decimals(s string) string {
	if l.Numbers.Decimal == "." {
		return s
	}
	return strings.Replace(s, ".", l.Numbers.Decimal, 1)
}

// Common returns the words of the journeys' language when they share one,
// English when they do not or there are none.
func Common(ms []blueprint.Measured) *Set {
	if len(ms) == 0 {
		return For("en")
	}
	for _, m := range ms[1:] {
		if m.Journey.Locale != ms[0].Journey.Locale {
			return For("en")
		}
	}
	return For(ms[0].Journey.Locale)
}
