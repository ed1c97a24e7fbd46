package blueprint

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v4"
)

// Channels lists the channels the format knows, in the order of the format
// description. Another channel is drawn as given, with a warning.
var Channels = []string{"in-person", "phone", "web", "app", "email", "sms", "chat",
	"paper", "kiosk", "mail", "social", "video", "vehicle"}

// channelSynonyms are other words for the known channels, in lowercase.
var channelSynonyms = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"telephone": "phone", "tel": "phone", "call": "phone", "phone call": "phone", "mobile phone": "phone", "call centre": "phone", "call center": "phone",
		"e-mail": "email", "e mail": "email", "newsletter": "email",
		"website": "web", "web site": "web", "internet": "web", "online": "web", "browser": "web", "web form": "web", "portal": "web",
		"face-to-face": "in-person", "face to face": "in-person", "in person": "in-person", "f2f": "in-person", "store": "in-person", "shop": "in-person",
		"office": "in-person", "counter": "in-person", "desk": "in-person", "branch": "in-person",
		"letter": "mail", "post": "mail", "postal": "mail", "snail mail": "mail",
		"text": "sms", "text message": "sms", "texting": "sms",
		"whatsapp": "chat", "messenger": "chat", "live chat": "chat", "chatbot": "chat",
		"car": "vehicle", "bus": "vehicle", "train": "vehicle", "taxi": "vehicle", "tram": "vehicle",
		"mobile app": "app", "application": "app", "mobile": "app",
		"video call": "video", "zoom": "video", "teams": "video",
		"social media": "social", "facebook": "social", "instagram": "social", "twitter": "social",
		"form": "paper", "paper form": "paper", "brochure": "paper",
	}
})

// channelHint suggests the known channel an unknown one means: a synonym's
// channel, else the closest by spelling, else the list of known channels.
func channelHint(channel string) string {
	if known, ok := channelSynonyms()[strings.ToLower(channel)]; ok {
		return fmt.Sprintf("; did you mean %q?", known)
	}
	if hint := didYouMean(channel, Channels); hint != "" {
		return hint
	}
	return "; known: " + strings.Join(Channels, ", ")
}

// Locales lists the languages the tool draws its labels in; the first is
// the default.
var Locales = []string{"en", "fi"}

// journeyFields are the top-level keys. phases come before steps so that
// steps can be checked against them.
var journeyFields = sync.OnceValue(func() []field[Journey] {
	return []field[Journey]{
		{key: "version", required: true, hint: "version: 1",
			doc:    "The version of the format: 1, the only one known.",
			schema: &jsonSchema{Const: 1},
			decode: func(d *decoder, v *yaml.Node, j *Journey) {
				if f, ok := d.number(v, "version"); ok && f != 1 {
					d.errorf(v, "version %s is not known: write version: 1", v.Value)
				}
				j.Version = 1
			}},
		{key: "title", required: true, hint: "title: Permit application at the police station",
			doc: "The journey's title, drawn over the blueprint.", schema: textSchema,
			decode: func(d *decoder, v *yaml.Node, j *Journey) { j.Title = d.text(v, "title") }},
		{key: "persona", doc: "Who lives the journey, e.g. Working professional, weekday morning.", schema: textSchema, decode: func(d *decoder, v *yaml.Node, j *Journey) { j.Persona = d.text(v, "persona") }},
		{key: "description", doc: "What the journey covers, and from whose side.", schema: textSchema, decode: func(d *decoder, v *yaml.Node, j *Journey) { j.Description = d.text(v, "description") }},
		{key: "locale", doc: "The language of the labels the tool draws: en (default) or fi.",
			schema: withDefault(enumOf(Locales), DefaultLocale), decode: func(d *decoder, v *yaml.Node, j *Journey) {
				j.Locale = d.text(v, "locale")
				if j.Locale != "" && !contains(Locales, j.Locale) {
					d.errorf(v, "locale %q is not known%s (known: %s)", j.Locale, didYouMean(j.Locale, Locales), strings.Join(Locales, ", "))
				}
			}},
		{key: "currency", doc: "The unit of opportunity values, EUR by default.", schema: withDefault(textSchema, DefaultCurrency), decode: func(d *decoder, v *yaml.Node, j *Journey) { j.Currency = d.text(v, "currency") }},
		{key: "dead_after", doc: "The shortest idle wait that counts as a dead moment: one duration, 5m by default.",
			schema: withDefault(&jsonSchema{Type: "string", Pattern: `^\s*` + durationPattern + `\s*$`,
				PatternErrorMessage: "Not one duration: write a number and a unit (s, m, h, d, w), e.g. 5m or 1h30m; not a range."}, DefaultDeadAfter.String()),
			decode: func(d *decoder, v *yaml.Node, j *Journey) {
				s := d.span(v, "dead_after")
				if s.IsRange() {
					d.errorf(v, "dead_after must be one duration, not a range: write dead_after: %s", s.Lo)
				}
				j.DeadAfter = s.Lo
			}},
		{key: "paths", doc: "The ways a customer can go through the steps, the main path first: a step's path: names the paths it is on, and a step without path: is on every path.",
			schema: &jsonSchema{Type: "array", Items: ref("path")}, decode: decodePaths},
		{key: "accept", doc: "Review rules accepted for the whole journey: a rule id or a list of them; blueprint review reports them as accepted.",
			schema: acceptSchema(), decode: func(d *decoder, v *yaml.Node, j *Journey) { j.Accept = d.rules(v) }},
		{key: "phases", doc: "Headings over consecutive steps, in order. When present, every step names one with phase:.",
			schema: &jsonSchema{Type: "array", Items: ref("phase")}, decode: decodePhases},
		{key: "steps", required: true, hint: "steps: with a list of steps, each with id: and title:",
			doc:    "The steps, at least one, in the order the customer lives them.",
			schema: &jsonSchema{Type: "array", MinItems: ptr(1), Items: ref("step")}, decode: decodeSteps},
	}
})

// maxShare is the largest share of a path, and of all paths together: 100
// percent of the customers.
const maxShare = 100

var pathFields = sync.OnceValue(func() []field[Path] {
	return []field[Path]{
		{key: "id", required: true, hint: "id: by-mail", doc: "The path's id, named by the path: of its steps; unique.", schema: idSchema,
			decode: func(d *decoder, v *yaml.Node, p *Path) { p.ID, p.at.id = d.id(v, "id", "by-mail"), d.pos(v) }},
		{key: "title", doc: "What the customer does on this path, e.g. Waits for the letter; defaults to its id.", schema: textSchema,
			decode: func(d *decoder, v *yaml.Node, p *Path) { p.Title = d.text(v, "title") }},
		{key: "share", doc: "The percent of customers who take this path, from 0 to 100; the shares of all paths add up to 100 at most.",
			schema: &jsonSchema{Type: "number", Minimum: ptr(0.0), Maximum: ptr(float64(maxShare))}, decode: func(d *decoder, v *yaml.Node, p *Path) {
				f, ok := d.number(v, "share")
				if ok && (f < 0 || f > maxShare) {
					d.errorf(v, "share is a percent of customers, from 0 to %d, not %s", maxShare, v.Value)
					return
				}
				if ok {
					p.Share, p.at.share = &f, d.pos(v)
				}
			}},
	}
})

var phaseFields = sync.OnceValue(func() []field[Phase] {
	return []field[Phase]{
		{key: "id", required: true, hint: "id: arrive", doc: "The phase's id, named by the phase: of its steps; unique.", schema: idSchema, decode: func(d *decoder, v *yaml.Node, p *Phase) { p.ID = d.id(v, "id", "arrive") }},
		{key: "title", doc: "The phase's heading; defaults to its id.", schema: textSchema, decode: func(d *decoder, v *yaml.Node, p *Phase) { p.Title = d.text(v, "title") }},
	}
})

// laneField is the field of a step that holds the text of lane l.
func laneField(l Lane) field[Step] {
	return field[Step]{key: l.Key(), doc: laneDocs[l], schema: linesSchema, decode: func(d *decoder, v *yaml.Node, s *Step) { s.Lanes[l] = d.texts(v, l.Key()) }}
}

// laneDocs describes the lanes, for editors.
var laneDocs = [...]string{
	Evidence:   "Physical evidence: what the customer sees and touches. A text or a list of texts.",
	Customer:   "What the customer does. A text or a list of texts, one action each.",
	Frontstage: "What the customer sees staff or systems do. A text or a list of texts.",
	Backstage:  "What staff do out of the customer's sight. A text or a list of texts.",
	Support:    "Support processes and systems. A text or a list of texts.",
}

// emotionScale explains the -2..2 scale of emotion and expected.
const emotionScale = "-2 worst, 0 neutral, 2 best"

// The bounds of emotion and expected, and an opportunity's days a year:
// at most, and when not given.
const (
	emotionMin, emotionMax = -2, 2
	maxDays, defaultDays   = 366, 365
)

// stepFields are the keys of a step. idea comes before opportunity, whose
// idea defaults to it.
var stepFields = sync.OnceValue(func() []field[Step] {
	return []field[Step]{
		{key: "id", required: true, hint: "id: take-number",
			doc: "The step's id, unique: lowercase letters, digits and '-'.", schema: idSchema, decode: func(d *decoder, v *yaml.Node, s *Step) {
				s.ID, s.at.id = d.id(v, "id", "take-number"), d.pos(v)
			}},
		{key: "phase", doc: "The id of the phase this step belongs to; required when phases are declared.", schema: idSchema, decode: func(d *decoder, v *yaml.Node, s *Step) { s.Phase, s.at.phase = d.text(v, "phase"), d.pos(v) }},
		{key: "moment", doc: "The part this step plays, such as queue, to line it up with the step of another journey that plays it: lowercase letters, digits and '-'; unique. compare pairs steps by moment, else by id.",
			schema: idSchema, decode: func(d *decoder, v *yaml.Node, s *Step) { s.Moment, s.at.moment = d.id(v, "moment", "queue"), d.pos(v) }},
		{key: "path", doc: "The paths this step is on: one path id, or a list of them; without path:, the step is on every path.",
			schema: &jsonSchema{AnyOf: []*jsonSchema{idSchema, {Type: "array", MinItems: ptr(1), Items: idSchema}}}, decode: decodeStepPaths},
		{key: "accept", doc: "Review rules accepted for this step: a rule id or a list of them.",
			schema: acceptSchema(), decode: func(d *decoder, v *yaml.Node, s *Step) { s.Accept = d.rules(v) }},
		{key: "title", required: true, hint: "title: Take a queue number", hintFor: titleHint,
			doc: "The step's title, short: it heads the column.", schema: textSchema,
			decode: func(d *decoder, v *yaml.Node, s *Step) { s.Title = d.text(v, "title") }},
		{key: "duration", doc: "How long the step lasts, 0s by default: 90s, 5m, 1h30m, 2d, or a range such as 3w..5w. Units: s, m (minutes), h, d (24 h), w (7 d); a bare number is not a duration.",
			schema: withDefault(durationSchema, "0s"), decode: func(d *decoder, v *yaml.Node, s *Step) { s.Duration = d.span(v, "duration") }},
		laneField(Evidence),
		laneField(Customer),
		laneField(Frontstage),
		laneField(Backstage),
		laneField(Support),
		{key: "touchpoint", doc: "What the customer deals with here: a desk, a screen, a letter.", schema: textSchema, decode: func(d *decoder, v *yaml.Node, s *Step) { s.Touchpoint = d.text(v, "touchpoint") }},
		{key: "channel", doc: "The channel of the touchpoint. Known: " + strings.Join(Channels, ", ") + "; another word is drawn as given, with a warning.",
			schema: offering(Channels), decode: func(d *decoder, v *yaml.Node, s *Step) {
				s.Channel = d.text(v, "channel")
				if s.Channel != "" && !contains(Channels, s.Channel) {
					d.warnf(v, "unknown channel %q (drawn as given)%s", s.Channel, channelHint(s.Channel))
				}
			}},
		{key: "emotion", doc: "How the customer feels: " + emotionScale + ".", schema: scoreSchema, decode: func(d *decoder, v *yaml.Node, s *Step) {
			s.Emotion = d.score(v, "emotion", emotionMin, emotionMax, emotionScale)
		}},
		{key: "expected", doc: "What the customer expected to feel: " + emotionScale + ".", schema: scoreSchema, decode: func(d *decoder, v *yaml.Node, s *Step) {
			s.Expected = d.score(v, "expected", emotionMin, emotionMax, emotionScale)
		}},
		{key: "wait", doc: "The customer waits here.", schema: booleanSchema, decode: func(d *decoder, v *yaml.Node, s *Step) { s.Wait = d.boolean(v, "wait") }},
		{key: "value", doc: "The customer has what they came for at the end of this step: time to value ends here.", schema: booleanSchema,
			decode: func(d *decoder, v *yaml.Node, s *Step) {
				s.Value = d.boolean(v, "value")
				d.valueUnread = d.valueUnread || !isBoolean(v)
			}},
		{key: "dead", doc: "true or false overrides the dead-moment rule (wait: true, no frontstage, no touchpoint, at least dead_after).",
			schema: booleanSchema, decode: func(d *decoder, v *yaml.Node, s *Step) {
				dead := d.boolean(v, "dead")
				s.Dead = &dead
			}},
		{key: "fail", doc: "A fail point: what goes wrong here.", schema: textSchema, decode: func(d *decoder, v *yaml.Node, s *Step) { s.Fail = d.text(v, "fail") }},
		{key: "pain", doc: "What hurts the customer here.", schema: textSchema, decode: func(d *decoder, v *yaml.Node, s *Step) { s.Pain = d.text(v, "pain") }},
		{key: "idea", doc: "An idea to improve this step.", schema: textSchema, decode: func(d *decoder, v *yaml.Node, s *Step) { s.Idea = d.text(v, "idea") }},
		{key: "quote", doc: "What the customer said here.", schema: textSchema, decode: func(d *decoder, v *yaml.Node, s *Step) { s.Quote = d.text(v, "quote") }},
		{key: "metrics", doc: "Measured at this touchpoint: " + knownMetricScales() + "; other names take any number.",
			schema: ref("metrics"), decode: decodeMetrics},
		{key: "opportunity", doc: "The yearly value of an idea placed here: converts × value × per_day × days.",
			schema: ref("opportunity"), decode: decodeOpportunity},
	}
})

// titleHint is the title line to write in step s: its id in words
// ("title: Pick forms" for pick-forms), or an example when it has none.
func titleHint(s *Step) string {
	if s.ID == "" {
		return "title: Take a queue number"
	}
	first, size := utf8.DecodeRuneInString(s.ID)
	return "title: " + string(unicode.ToUpper(first)) + strings.ReplaceAll(s.ID[size:], "-", " ")
}

var opportunityFields = sync.OnceValue(func() []field[Opportunity] {
	return []field[Opportunity]{
		{key: "idea", doc: "What would be offered; defaults to the step's idea.", schema: textSchema,
			decode: func(d *decoder, v *yaml.Node, o *Opportunity) { o.Idea = d.text(v, "idea") }},
		{key: "reach", doc: "The people present each time.", schema: countSchema, decode: func(d *decoder, v *yaml.Node, o *Opportunity) {
			r := d.count(v, "reach")
			o.Reach = &r
		}},
		{key: "converts", required: true, hint: "converts: 5 (of the people reached, how many act on it)",
			doc: "Of the people reached, how many act on it: at most reach.", schema: countSchema, decode: func(d *decoder, v *yaml.Node, o *Opportunity) {
				o.Converts = d.count(v, "converts")
				if o.Reach != nil && o.Converts > *o.Reach {
					d.errorf(v, "converts (%s) is above reach (%g): at most everyone reached can act on it", v.Value, *o.Reach)
				}
			}},
		{key: "value", required: true, hint: "value: 20 (currency per person who acts)",
			doc: "What each person who acts brings, in the journey's currency.", schema: countSchema,
			decode: func(d *decoder, v *yaml.Node, o *Opportunity) { o.Value = d.count(v, "value") }},
		{key: "per_day", required: true, hint: "per_day: 13 (times a day it happens)",
			doc: "How many times a day the moment happens.", schema: countSchema,
			decode: func(d *decoder, v *yaml.Node, o *Opportunity) { o.PerDay = d.count(v, "per_day") }},
		{key: "days", doc: "Days a year it happens: at most 366, 365 by default.", schema: withDefault(&jsonSchema{Type: "number", Minimum: ptr(0.0), Maximum: ptr(float64(maxDays))}, defaultDays), decode: func(d *decoder, v *yaml.Node, o *Opportunity) {
			o.Days = d.count(v, "days")
			if o.Days > maxDays {
				d.errorf(v, "days is the number of days a year, at most %d, not %s", maxDays, v.Value)
			}
		}},
	}
})

// decodePhases reads the phases list, reporting repeated ids.
func decodePhases(d *decoder, v *yaml.Node, j *Journey) {
	seen := map[string]string{}
	d.decodeList(v, "phases", func(i int, item *yaml.Node) {
		p := Phase{Pos: d.pos(item)}
		if !decodeMapping(d, item, fmt.Sprintf("phase %d", i+1), phaseFields(), &p) || p.ID == "" {
			return
		}
		if !d.claim(seen, "phase id", p.ID, p.Pos, d.lineOf(p.Pos), "give each phase its own id") {
			return
		}
		if p.Title == "" {
			p.Title = p.ID
		}
		j.Phases = append(j.Phases, p)
	})
}

// decodePaths reads the paths list, reporting repeated ids and shares that
// add up to more than 100.
func decodePaths(d *decoder, v *yaml.Node, j *Journey) {
	seen := map[string]string{}
	var shares shareSum
	d.decodeList(v, "paths", func(i int, item *yaml.Node) {
		p := Path{Pos: d.pos(item)}
		if !decodeMapping(d, item, fmt.Sprintf("path %d", i+1), pathFields(), &p) || p.ID == "" {
			return
		}
		if !d.claim(seen, "path id", p.ID, p.at.id, d.lineOf(p.at.id), "give each path its own id") {
			return
		}
		if p.Title == "" {
			p.Title = p.ID
		}
		d.addShare(&shares, p)
		j.Paths = append(j.Paths, p)
	})
}

// shareSum adds up the shares of the paths read so far.
type shareSum struct {
	total float64
	terms []string // "call 60", one for each path with a share
}

// addShare adds the share of p, if it has one, to sum, and reports the
// share that takes the sum past 100: what the sum is made of, and what to
// write instead.
func (d *decoder) addShare(sum *shareSum, p Path) {
	if p.Share == nil {
		return
	}
	before := sum.total
	sum.total += *p.Share
	sum.terms = append(sum.terms, fmt.Sprintf("%s %g", p.ID, *p.Share))
	const slack = 1e-9 // 33.3 + 33.3 + 33.4 is 100, whatever the float says
	if before <= maxShare+slack && sum.total > maxShare+slack {
		d.report(Error, p.at.share, "the shares add up to %g with this one (%s), more than the %d percent of all customers: write share: %g at most, or lower the shares before it",
			roundShare(sum.total), strings.Join(sum.terms, " + "), maxShare, roundShare(maxShare-before))
	}
}

// roundShare rounds a sum of shares to a millionth of a percent, so that
// messages do not show the float's noise.
func roundShare(f float64) float64 { return math.Round(f*1e6) / 1e6 }

// decodeStepPaths reads the path: of a step: one path id, or a list of
// them, each named once.
func decodeStepPaths(d *decoder, v *yaml.Node, s *Step) {
	names := []*yaml.Node{v}
	switch {
	case v.Kind == yaml.SequenceNode && len(v.Content) == 0:
		d.errorf(v, "path is empty: name the paths this step is on, or leave path: out to put the step on every path")
		return
	case v.Kind == yaml.SequenceNode:
		names = v.Content
	case v.Kind != yaml.ScalarNode:
		d.wrongType(v, "path", "a path id or a list of path ids, e.g. [by-mail]")
		return
	}
	for _, n := range names {
		id := d.id(n, "path", "by-mail")
		switch {
		case id == "" || !isID(id): // reported by id
		case contains(s.Paths, id):
			d.errorf(n, "path %q is named twice in this step: name it once", id)
		default:
			s.Paths, s.at.paths = append(s.Paths, id), append(s.at.paths, d.pos(n))
		}
	}
}

// ruleIDs are the ids of the review rules, as accept: names them.
func ruleIDs() []string {
	ids := make([]string, len(Rules))
	for i, r := range Rules {
		ids[i] = r.ID
	}
	return ids
}

// acceptSchema describes accept:: a rule id, or a list of them.
func acceptSchema() *jsonSchema {
	rule := enumOf(ruleIDs())
	return &jsonSchema{AnyOf: []*jsonSchema{rule, {Type: "array", Items: rule}}}
}

// rules reads accept:: a rule id or a list of them, each a rule of review.
func (d *decoder) rules(v *yaml.Node) []string {
	names := []*yaml.Node{v}
	switch {
	case v.Kind == yaml.SequenceNode:
		names = v.Content
	case v.Kind != yaml.ScalarNode:
		d.wrongType(v, "accept", "a rule id or a list of rule ids, e.g. [nothing-exceeds]")
		return nil
	}
	var out []string
	for _, n := range names {
		id := d.text(n, "accept")
		if !contains(ruleIDs(), id) {
			d.errorf(n, "accept names %q, which is not a rule of review%s (rules: %s)", id, didYouMean(id, ruleIDs()), strings.Join(ruleIDs(), ", "))
			continue
		}
		out = append(out, id)
	}
	return out
}

// decodeSteps reads the steps list, reporting repeated ids and moments.
func decodeSteps(d *decoder, v *yaml.Node, j *Journey) {
	ids, moments := map[string]string{}, map[string]string{}
	d.decodeList(v, "steps", func(i int, item *yaml.Node) {
		s := Step{Pos: d.pos(item)}
		what := fmt.Sprintf("step %d", i+1)
		if !decodeMapping(d, item, what, stepFields(), &s) {
			return
		}
		d.claim(ids, "step id", s.ID, s.at.id, d.lineOf(s.at.id), "give each step its own id")
		d.claim(moments, "moment", s.Moment, s.at.moment, fmt.Sprintf("%s, step %q", d.lineOf(s.at.moment), s.ID),
			"a moment names the part of one step; give this step another moment, or leave moment: out")
		j.Steps = append(j.Steps, s)
	})
	if v.Kind == yaml.SequenceNode && len(v.Content) == 0 {
		d.errorf(v, "steps is empty: a journey has at least one step, with id: and title:")
	}
}

// claim records that value, of a key that must be unique, is used at at
// (described as where). When an earlier use has it, claim reports an error
// naming that one, with advice, and returns false. Empty values are not
// claimed.
func (d *decoder) claim(seen map[string]string, what, value string, at Pos, where, advice string) bool {
	if value == "" {
		return true
	}
	if first, dup := seen[value]; dup {
		d.report(Error, at, "%s %q is used twice (first at %s): %s", what, value, first, advice)
		return false
	}
	seen[value] = where
	return true
}

// decodeMetrics reads the metrics of a step: names with numbers, the known
// ones within their scales.
func decodeMetrics(d *decoder, v *yaml.Node, s *Step) {
	if v.Kind != yaml.MappingNode {
		d.wrongType(v, "metrics", "a mapping of names to numbers, e.g. {nps: -20, ces: 6}")
		return
	}
	values := d.mappingValues(v, "metrics", nil)
	for i := 0; i+1 < len(v.Content); i += 2 {
		name, val := v.Content[i].Value, v.Content[i+1]
		if values[name] != val {
			continue // reported by mappingValues
		}
		f, ok := d.number(val, "metric "+name)
		if !ok {
			continue
		}
		if k, known := LookupMetric(name); known && (f < k.Min || f > k.Max) {
			d.errorf(val, "metric %s must be from %g to %g, not %s", name, k.Min, k.Max, val.Value)
		}
		s.Metrics = append(s.Metrics, Metric{name, f})
	}
}

// decodeOpportunity reads an opportunity; its idea defaults to the step's.
func decodeOpportunity(d *decoder, v *yaml.Node, s *Step) {
	o := Opportunity{Days: defaultDays}
	if !decodeMapping(d, v, "opportunity", opportunityFields(), &o) {
		return
	}
	if o.Idea == "" {
		o.Idea = s.Idea
	}
	if o.Idea == "" {
		d.errorf(v, "opportunity has no idea: add idea: with what would be offered here")
	}
	s.Opportunity = &o
}

// JourneyKeys returns the top-level keys of a journey, in the order of the
// format description.
func JourneyKeys() []string { return keysOf(journeyFields()) }

// StepKeys returns the keys of a step, in the order of the format
// description.
func StepKeys() []string { return keysOf(stepFields()) }

// OpportunityKeys returns the keys of an opportunity, in the order of the
// format description.
func OpportunityKeys() []string { return keysOf(opportunityFields()) }

// PathKeys returns the keys of a declared path.
func PathKeys() []string { return keysOf(pathFields()) }

// PhaseKeys returns the keys of a declared phase.
func PhaseKeys() []string { return keysOf(phaseFields()) }

// keysOf returns the keys of fields, in order.
func keysOf[T any](fields []field[T]) []string {
	keys := make([]string, len(fields))
	for i, f := range fields {
		keys[i] = f.key
	}
	return keys
}
