package blueprint

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v4"
)

// Channels lists the channels the format knows, in the order of the format
// description. Another channel is drawn as given, with a warning.
var Channels = []string{"in-person", "phone", "web", "app", "email", "sms", "chat",
	"paper", "kiosk", "mail", "social", "video", "vehicle"}

// Locales lists the languages the tool draws its labels in; the first is
// the default.
var Locales = []string{"en", "fi"}

// metricRanges holds the scales of the metrics the format knows.
var metricRanges = map[string][2]float64{"nps": {-100, 100}, "ces": {1, 7}, "csat": {1, 5}}

// journeyFields are the top-level keys. phases come before steps so that
// steps can be checked against them.
var journeyFields = []field[Journey]{
	{key: "version", required: true, hint: "version: 1", decode: func(d *decoder, v *yaml.Node, j *Journey) {
		if f, ok := d.number(v, "version"); ok && f != 1 {
			d.errorf(v, "version %s is not known: write version: 1", v.Value)
		}
		j.Version = 1
	}},
	{key: "title", required: true, hint: "title: Permit application at the police station",
		decode: func(d *decoder, v *yaml.Node, j *Journey) { j.Title = d.text(v, "title") }},
	{key: "persona", decode: func(d *decoder, v *yaml.Node, j *Journey) { j.Persona = d.text(v, "persona") }},
	{key: "description", decode: func(d *decoder, v *yaml.Node, j *Journey) { j.Description = d.text(v, "description") }},
	{key: "locale", decode: func(d *decoder, v *yaml.Node, j *Journey) {
		j.Locale = d.text(v, "locale")
		if j.Locale != "" && !contains(Locales, j.Locale) {
			d.errorf(v, "locale %q is not known%s (known: %s)", j.Locale, didYouMean(j.Locale, Locales), strings.Join(Locales, ", "))
		}
	}},
	{key: "currency", decode: func(d *decoder, v *yaml.Node, j *Journey) { j.Currency = d.text(v, "currency") }},
	{key: "dead_after", decode: func(d *decoder, v *yaml.Node, j *Journey) {
		s := d.span(v, "dead_after")
		if s.IsRange() {
			d.errorf(v, "dead_after must be one duration, not a range: write dead_after: %s", s.Lo)
		}
		j.DeadAfter = s.Lo
	}},
	{key: "phases", decode: decodePhases},
	{key: "steps", required: true, hint: "steps: with a list of steps, each with id: and title:", decode: decodeSteps},
}

var phaseFields = []field[Phase]{
	{key: "id", required: true, hint: "id: arrive", decode: func(d *decoder, v *yaml.Node, p *Phase) { p.ID = d.id(v, "id") }},
	{key: "title", decode: func(d *decoder, v *yaml.Node, p *Phase) { p.Title = d.text(v, "title") }},
}

// laneField is the field of a step that holds the text of lane l.
func laneField(l Lane) field[Step] {
	return field[Step]{key: l.Key(), decode: func(d *decoder, v *yaml.Node, s *Step) { s.Lanes[l] = d.texts(v, l.Key()) }}
}

// emotionScale explains the -2..2 scale of emotion and expected.
const emotionScale = "-2 worst, 0 neutral, 2 best"

// stepFields are the keys of a step. idea comes before opportunity, whose
// idea defaults to it.
var stepFields = []field[Step]{
	{key: "id", required: true, hint: "id: take-number", decode: func(d *decoder, v *yaml.Node, s *Step) {
		s.ID, s.at.id = d.id(v, "id"), d.pos(v)
	}},
	{key: "phase", decode: func(d *decoder, v *yaml.Node, s *Step) { s.Phase, s.at.phase = d.text(v, "phase"), d.pos(v) }},
	{key: "title", required: true, hint: "title: Take a queue number",
		decode: func(d *decoder, v *yaml.Node, s *Step) { s.Title = d.text(v, "title") }},
	{key: "duration", decode: func(d *decoder, v *yaml.Node, s *Step) { s.Duration = d.span(v, "duration") }},
	laneField(Evidence),
	laneField(Customer),
	laneField(Frontstage),
	laneField(Backstage),
	laneField(Support),
	{key: "touchpoint", decode: func(d *decoder, v *yaml.Node, s *Step) { s.Touchpoint = d.text(v, "touchpoint") }},
	{key: "channel", decode: func(d *decoder, v *yaml.Node, s *Step) {
		s.Channel = d.text(v, "channel")
		if s.Channel != "" && !contains(Channels, s.Channel) {
			hint := didYouMean(s.Channel, Channels)
			if hint == "" {
				hint = "; known: " + strings.Join(Channels, ", ")
			}
			d.warnf(v, "unknown channel %q (drawn as given)%s", s.Channel, hint)
		}
	}},
	{key: "emotion", decode: func(d *decoder, v *yaml.Node, s *Step) { s.Emotion = d.score(v, "emotion", -2, 2, emotionScale) }},
	{key: "expected", decode: func(d *decoder, v *yaml.Node, s *Step) { s.Expected = d.score(v, "expected", -2, 2, emotionScale) }},
	{key: "wait", decode: func(d *decoder, v *yaml.Node, s *Step) { s.Wait = d.boolean(v, "wait") }},
	{key: "value", decode: func(d *decoder, v *yaml.Node, s *Step) { s.Value = d.boolean(v, "value") }},
	{key: "dead", decode: func(d *decoder, v *yaml.Node, s *Step) {
		dead := d.boolean(v, "dead")
		s.Dead = &dead
	}},
	{key: "fail", decode: func(d *decoder, v *yaml.Node, s *Step) { s.Fail = d.text(v, "fail") }},
	{key: "pain", decode: func(d *decoder, v *yaml.Node, s *Step) { s.Pain = d.text(v, "pain") }},
	{key: "idea", decode: func(d *decoder, v *yaml.Node, s *Step) { s.Idea = d.text(v, "idea") }},
	{key: "quote", decode: func(d *decoder, v *yaml.Node, s *Step) { s.Quote = d.text(v, "quote") }},
	{key: "metrics", decode: decodeMetrics},
	{key: "opportunity", decode: decodeOpportunity},
}

var opportunityFields = []field[Opportunity]{
	{key: "idea", decode: func(d *decoder, v *yaml.Node, o *Opportunity) { o.Idea = d.text(v, "idea") }},
	{key: "reach", decode: func(d *decoder, v *yaml.Node, o *Opportunity) {
		r := d.count(v, "reach")
		o.Reach = &r
	}},
	{key: "converts", required: true, hint: "converts: 5 (of the people reached, how many act on it)", decode: func(d *decoder, v *yaml.Node, o *Opportunity) {
		o.Converts = d.count(v, "converts")
		if o.Reach != nil && o.Converts > *o.Reach {
			d.errorf(v, "converts (%s) is above reach (%g): at most everyone reached can act on it", v.Value, *o.Reach)
		}
	}},
	{key: "value", required: true, hint: "value: 20 (currency per person who acts)",
		decode: func(d *decoder, v *yaml.Node, o *Opportunity) { o.Value = d.count(v, "value") }},
	{key: "per_day", required: true, hint: "per_day: 13 (times a day it happens)",
		decode: func(d *decoder, v *yaml.Node, o *Opportunity) { o.PerDay = d.count(v, "per_day") }},
	{key: "days", decode: func(d *decoder, v *yaml.Node, o *Opportunity) {
		o.Days = d.count(v, "days")
		if o.Days > 366 {
			d.errorf(v, "days is the number of days a year, at most 366, not %s", v.Value)
		}
	}},
}

// decodePhases reads the phases list, reporting repeated ids.
func decodePhases(d *decoder, v *yaml.Node, j *Journey) {
	seen := map[string]int{}
	d.decodeList(v, "phases", func(i int, item *yaml.Node) {
		p := Phase{Pos: d.pos(item)}
		if !decodeMapping(d, item, fmt.Sprintf("phase %d", i+1), phaseFields, &p) || p.ID == "" {
			return
		}
		if line, dup := seen[p.ID]; dup {
			d.errorf(item, "phase id %q is used twice (first at line %d): give each phase its own id", p.ID, line)
			return
		}
		seen[p.ID] = item.Line
		if p.Title == "" {
			p.Title = p.ID
		}
		j.Phases = append(j.Phases, p)
	})
}

// decodeSteps reads the steps list, reporting repeated ids.
func decodeSteps(d *decoder, v *yaml.Node, j *Journey) {
	seen := map[string]int{}
	d.decodeList(v, "steps", func(i int, item *yaml.Node) {
		s := Step{Pos: d.pos(item)}
		what := fmt.Sprintf("step %d", i+1)
		if !decodeMapping(d, item, what, stepFields, &s) {
			return
		}
		if line, dup := seen[s.ID]; dup && s.ID != "" {
			d.report(Error, s.at.id, "step id %q is used twice (first at line %d): give each step its own id", s.ID, line)
		}
		seen[s.ID] = s.at.id.Line
		j.Steps = append(j.Steps, s)
	})
	if v.Kind == yaml.SequenceNode && len(v.Content) == 0 {
		d.errorf(v, "steps is empty: a journey has at least one step, with id: and title:")
	}
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
		if r, known := metricRanges[strings.ToLower(name)]; known && (f < r[0] || f > r[1]) {
			d.errorf(val, "metric %s must be from %g to %g, not %s", name, r[0], r[1], val.Value)
		}
		s.Metrics = append(s.Metrics, Metric{name, f})
	}
}

// decodeOpportunity reads an opportunity; its idea defaults to the step's.
func decodeOpportunity(d *decoder, v *yaml.Node, s *Step) {
	o := Opportunity{Days: 365}
	if !decodeMapping(d, v, "opportunity", opportunityFields, &o) {
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
