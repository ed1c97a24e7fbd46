package sheet

import (
	"strconv"
	"strings"
	"sync"

	"github.com/blueprint-tool/blueprint/blueprint"
)

// A kind is what a cell holds, which tells how it is written and read.
type kind int

const (
	text     kind = iota // any text
	lines                // a lane: one action a line
	ids                  // path ids or rule ids, separated by commas or lines
	duration             // a duration as the format writes it: 2h, 3d..10d
	number               // a number
	boolean              // true or false
)

// A column is one column of the Steps table: its header and where its
// cells go in a step.
type column struct {
	header string   // as row 1 writes it
	key    []string // the keys of the step it fills: [title], [opportunity reach]
	kind   kind
}

// Headers of the columns that are not a step key of their own.
const (
	metricPrefix      = "metrics."
	opportunityPrefix = "opportunity."
)

// stepKinds are the kinds of the step keys that do not hold text.
var stepKinds = sync.OnceValue(func() map[string]kind {
	return map[string]kind{
		"path": ids, "accept": ids, "duration": duration,
		"evidence": lines, "customer": lines, "frontstage": lines, "backstage": lines, "support": lines,
		"emotion": number, "expected": number, "wait": boolean, "value": boolean, "dead": boolean,
	}
})

// stepColumns returns the columns of a Steps table: the step keys in the
// order of the format, the known metrics, the other metrics named (in
// order), then the opportunity's keys.
func stepColumns(otherMetrics []string) []column {
	var cols []column
	for _, k := range blueprint.StepKeys() {
		switch k {
		case "metrics":
			for _, m := range blueprint.KnownMetrics {
				cols = append(cols, column{m.Name, []string{"metrics", m.Name}, number})
			}
			for _, m := range otherMetrics {
				cols = append(cols, column{metricPrefix + m, []string{"metrics", m}, number})
			}
		case "opportunity":
			for _, o := range blueprint.OpportunityKeys() {
				kd := number
				if o == "idea" {
					kd = text
				}
				cols = append(cols, column{opportunityPrefix + o, []string{"opportunity", o}, kd})
			}
		default:
			cols = append(cols, column{k, []string{k}, stepKinds()[k]})
		}
	}
	return cols
}

// otherMetrics returns the names of the metrics of j's steps that the
// format does not know, in the order of first use.
func otherMetrics(j *blueprint.Journey) []string {
	var names []string
	seen := map[string]bool{}
	for _, s := range j.Steps {
		for _, m := range s.Metrics {
			if _, known := blueprint.LookupMetric(m.Name); !known && !seen[m.Name] {
				seen[m.Name] = true
				names = append(names, m.Name)
			}
		}
	}
	return names
}

// cellOf returns what step s holds in column c, as a string, float64, int
// or bool, or nil for an empty cell.
func cellOf(s *blueprint.Step, c column) any {
	switch c.key[0] {
	case "metrics":
		for _, m := range s.Metrics {
			if m.Name == c.key[1] {
				return m.Value
			}
		}
		return nil
	case "opportunity":
		return opportunityCell(s.Opportunity, c.key[1])
	}
	return stepCell(s, c.key[0])
}

// stepCell returns what step s holds under key, as cellOf does.
func stepCell(s *blueprint.Step, key string) any {
	for l := blueprint.Evidence; l <= blueprint.Support; l++ {
		if l.Key() == key {
			return orNil(strings.Join(s.Lanes[l], "\n"))
		}
	}
	switch key {
	case "id":
		return orNil(s.ID)
	case "phase":
		return orNil(s.Phase)
	case "moment":
		return orNil(s.Moment)
	case "path":
		return orNil(strings.Join(s.Paths, ", "))
	case "accept":
		return orNil(strings.Join(s.Accept, ", "))
	case "title":
		return orNil(s.Title)
	case "duration":
		return orNil(spanText(s.Duration))
	case "touchpoint":
		return orNil(s.Touchpoint)
	case "channel":
		return orNil(s.Channel)
	case "emotion":
		return intCell(s.Emotion)
	case "expected":
		return intCell(s.Expected)
	case "wait":
		return trueOrNil(s.Wait)
	case "value":
		return trueOrNil(s.Value)
	case "dead":
		if s.Dead == nil {
			return nil
		}
		return *s.Dead
	case "fail":
		return orNil(s.Fail)
	case "pain":
		return orNil(s.Pain)
	case "idea":
		return orNil(s.Idea)
	case "quote":
		return orNil(s.Quote)
	}
	return nil
}

// opportunityCell returns what opportunity o holds under key, as cellOf
// does.
func opportunityCell(o *blueprint.Opportunity, key string) any {
	if o == nil {
		return nil
	}
	switch key {
	case "idea":
		return orNil(o.Idea)
	case "reach":
		if o.Reach == nil {
			return nil
		}
		return *o.Reach
	case "converts":
		return o.Converts
	case "value":
		return o.Value
	case "per_day":
		return o.PerDay
	case "days":
		return o.Days
	}
	return nil
}

// spanText writes a duration as a journey file does, "" for none: 2h,
// 1h 30m, 3w..5w.
func spanText(s blueprint.Span) string {
	switch {
	case s.IsRange():
		return s.Lo.String() + ".." + s.Hi.String()
	case s.Lo == 0:
		return ""
	}
	return s.Lo.String()
}

func orNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func intCell(n *int) any {
	if n == nil {
		return nil
	}
	return *n
}

func trueOrNil(b bool) any {
	if !b {
		return nil
	}
	return true
}

// cellText writes a cell's value as a CSV table holds it.
func cellText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case bool:
		return strconv.FormatBool(v)
	case int:
		return strconv.Itoa(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return ""
}
