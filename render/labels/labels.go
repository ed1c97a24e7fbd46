package labels

import (
	"math"
	"strconv"
	"strings"
	"sync"

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
	Rules   Rules
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
	FindingWarning, FindingNotice                                                         string // the markers of review findings
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
	OnPaths                                     string // before the paths a finding holds on, when not all
}

var sets = sync.OnceValue(func() map[string]*Set {
	return map[string]*Set{
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
				ValueLine: "Time to value", Pain: "Pain", Idea: "Idea", StripValue: "The value moment on the time strip", FindingWarning: "Review finding: a warning", FindingNotice: "Review finding: a notice",
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
				None: "No findings.", OnPaths: "only on"},
			Rules: Rules{
				EndsLow: RuleWords{`the journey ends at %[2]s at "%[1]s", while the emotion lived is %[3]s`,
					"Plan a pleasant surprise at the end: the end weighs as much as the peak in memory.",
					"Peak-end rule (Kahneman et al. 1993): an experience is remembered by its most intense moment and its end."},
				LowPeak: RuleWords{`the most intense moment is a bad one: %[2]s at "%[1]s"`,
					"Fix this moment first: it is the one the customer will remember.",
					"Peak-end rule (Kahneman et al. 1993): the most intense moment weighs most in memory."},
				ColdWelcome: RuleWords{`the welcome at "%[1]s" feels %[2]s%[3]s`,
					"Design the first moment: greet the customer and say what happens next.",
					"First impressions and moments of truth (Carlzon 1987): the welcome sets the tone for the rest."},
				IdleDeadMoment: RuleWords{`"%[1]s" is %[2]s of waiting with nothing offered`,
					"Occupy the wait: offer something to do or to learn there (an idea: or an opportunity:), as a catalogue in the seat pocket of the IKEA bus.",
					`Occupied time feels shorter than unoccupied time (Maister 1985, "The Psychology of Waiting Lines").`},
				UncertainWait: RuleWords{`"%[1]s" waits %[2]s and nobody says when it ends`,
					"Promise a time, or send word when it is done.",
					`Uncertain and unexplained waits feel longer (Maister 1985, "The Psychology of Waiting Lines").`},
				PreProcessWait: RuleWords{`"%[1]s" waits %[2]s before the service starts`,
					"Start the service at arrival: greet, hand over what is needed, say how long it takes.",
					`Pre-process waits feel longer than in-process waits (Maister 1985, "The Psychology of Waiting Lines").`},
				BigMiss: RuleWords{`"%[1]s" feels %[2]s where %[3]s was expected`,
					"Close the gap: change what happens here, or the promise that sets the expectation.",
					"Expectation disconfirmation (Oliver 1980): satisfaction follows the gap between what was expected and what was lived."},
				NothingExceeds: RuleWords{`no step exceeds what the customer expected (%[2]d met, %[3]d below)`,
					"Design one moment that goes beyond what was promised.",
					"An excellent experience exceeds expectations; doing what was promised is not enough."},
				UnmeasuredMoment: RuleWords{`the %[2]s at "%[1]s" has a touchpoint and no metrics`,
					"Measure NPS, CES or CSAT at this touchpoint, close to the moment: add metrics:.",
					"Measure at the moments that matter, close to the moment, not in a survey weeks later."},
				FailNoRecovery: RuleWords{`the fail point at "%[1]s" has no planned recovery`,
					"Plan the recovery: write in idea: what staff do when this goes wrong.",
					`Every fail point needs a planned recovery (Shostack 1984, "Designing Services That Deliver").`},
				Expected: "expected", Peak: "peak", End: "end", Fail: "fail point",
			},
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
				ValueLine: "Aika arvoon", Pain: "Kipukohta", Idea: "Idea", StripValue: "Arvon hetki aikajanalla", FindingWarning: "Arvion havainto: varoitus", FindingNotice: "Arvion havainto: huomautus",
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
				None: "Ei havaintoja.", OnPaths: "vain poluilla"},
			Rules: Rules{
				EndsLow: RuleWords{`polku päättyy tunteeseen %[2]s askeleessa "%[1]s", kun koettu tunne on %[3]s`,
					"Suunnittele loppuun miellyttävä yllätys: loppu painaa muistissa yhtä paljon kuin huippu.",
					"Huippu–loppu-sääntö (Kahneman ym. 1993): kokemus muistetaan sen voimakkaimmasta hetkestä ja lopusta."},
				LowPeak: RuleWords{`voimakkain hetki on huono: %[2]s askeleessa "%[1]s"`,
					"Korjaa tämä hetki ensin: asiakas muistaa juuri sen.",
					"Huippu–loppu-sääntö (Kahneman ym. 1993): voimakkain hetki painaa muistissa eniten."},
				ColdWelcome: RuleWords{`vastaanotto askeleessa "%[1]s" tuntuu: %[2]s%[3]s`,
					"Suunnittele ensimmäinen hetki: tervehdi asiakasta ja kerro, mitä seuraavaksi tapahtuu.",
					"Ensivaikutelma ja totuuden hetket (Carlzon 1987): vastaanotto antaa sävyn kaikelle muulle."},
				IdleDeadMoment: RuleWords{`"%[1]s" on %[2]s odotusta, eikä mitään ole tarjolla`,
					"Täytä odotus: tarjoa jotain tekemistä tai opittavaa (idea: tai opportunity:), kuten luettelo IKEA-bussin penkkitaskussa.",
					`Täytetty aika tuntuu lyhyemmältä kuin tyhjä aika (Maister 1985, "The Psychology of Waiting Lines").`},
				UncertainWait: RuleWords{`"%[1]s" odottaa %[2]s, eikä kukaan kerro, milloin odotus päättyy`,
					"Lupaa aika, tai ilmoita, kun asia on valmis.",
					`Epävarma ja selittämätön odotus tuntuu pidemmältä (Maister 1985, "The Psychology of Waiting Lines").`},
				PreProcessWait: RuleWords{`"%[1]s" odottaa %[2]s ennen kuin palvelu alkaa`,
					"Aloita palvelu saapuessa: tervehdi, anna tarvittava, kerro kauanko kestää.",
					`Odotus ennen palvelua tuntuu pidemmältä kuin odotus sen aikana (Maister 1985, "The Psychology of Waiting Lines").`},
				BigMiss: RuleWords{`"%[1]s" tuntuu: %[2]s, kun odotettiin %[3]s`,
					"Kurota ero umpeen: muuta tätä hetkeä, tai lupausta, joka synnyttää odotuksen.",
					"Odotusten vahvistuminen (Oliver 1980): tyytyväisyys seuraa odotetun ja koetun erosta."},
				NothingExceeds: RuleWords{`mikään askel ei ylitä asiakkaan odotuksia (%[2]d vastasi, %[3]d alle)`,
					"Suunnittele yksi hetki, joka menee lupausta pidemmälle.",
					"Erinomainen kokemus ylittää odotukset; luvatun tekeminen ei riitä."},
				UnmeasuredMoment: RuleWords{`%[2]s askeleessa "%[1]s" on kosketuspiste mutta ei mittareita`,
					"Mittaa NPS, CES tai CSAT tässä kosketuspisteessä, lähellä hetkeä: lisää metrics:.",
					"Mittaa tärkeät hetket, lähellä hetkeä, ei viikkoja myöhemmin kyselyllä."},
				FailNoRecovery: RuleWords{`virhekohdalle askeleessa "%[1]s" ei ole suunniteltu korjausta`,
					"Suunnittele korjaus: kirjoita idea:-kohtaan, mitä henkilökunta tekee, kun tämä menee pieleen.",
					`Jokainen virhekohta tarvitsee suunnitellun korjauksen (Shostack 1984, "Designing Services That Deliver").`},
				Expected: "odotettiin", Peak: "huippu", End: "loppu", Fail: "virhekohta",
			},
		},
	}
})

// For returns the words of a locale, English when it has none.
func For(locale string) *Set {
	if l, ok := sets()[locale]; ok {
		return l
	}
	return sets()["en"]
}

// Span writes a duration or a range in this language: "3w 2h – 5w 2h".
func (l *Set) Span(s blueprint.Span) string { return s.Format(l.Numbers.Units, l.Numbers.UnitSep) }

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
