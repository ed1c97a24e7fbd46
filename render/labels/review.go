package labels

import (
	"fmt"

	"github.com/blueprint-tool/blueprint/blueprint"
)

// Rules are the words of the rules of blueprint review: for each rule,
// what a finding says, and the words their messages share.
type Rules struct {
	EndsLow, LowPeak, ColdWelcome, IdleDeadMoment, UncertainWait RuleWords
	PreProcessWait, BigMiss, NothingExceeds, UnmeasuredMoment    RuleWords
	FailNoRecovery                                               RuleWords
	Expected                                                     string // before what was expected, in the welcome's message
	Peak, End, Fail                                              string // the moments unmeasured-moment speaks of
}

// RuleWords are what the findings of one rule say: what was found, a
// format of the step's title and the rule's figures; what to do; and the
// principle with its source.
type RuleWords struct {
	Found, Advice, Principle string
}

// rule returns the words of the rule with the given id.
func (r *Rules) rule(id string) RuleWords {
	return map[string]RuleWords{
		"ends-low": r.EndsLow, "low-peak": r.LowPeak, "cold-welcome": r.ColdWelcome,
		"idle-dead-moment": r.IdleDeadMoment, "uncertain-wait": r.UncertainWait, "pre-process-wait": r.PreProcessWait,
		"big-miss": r.BigMiss, "nothing-exceeds": r.NothingExceeds, "unmeasured-moment": r.UnmeasuredMoment,
		"fail-no-recovery": r.FailNoRecovery,
	}[id]
}

// FindingText writes a review finding of journey j in this language: what
// was found, with its figures, the advice, and the principle behind the
// rule with its source.
func (l *Set) FindingText(j *blueprint.Journey, f blueprint.Finding) (message, advice, principle string) {
	w := l.Rules.rule(f.Rule)
	title := ""
	if f.Step >= 0 && f.Step < len(j.Steps) {
		title = j.Steps[f.Step].Title
	}
	return fmt.Sprintf(w.Found, append([]any{title}, l.findingFigures(f)...)...), w.Advice, w.Principle
}

// findingFigures returns what a finding's message quotes after the step's
// title, in this language.
func (l *Set) findingFigures(f blueprint.Finding) []any {
	emotion := func(v *int) string {
		if v == nil {
			return "–"
		}
		return Signed(*v)
	}
	switch f.Rule {
	case "ends-low", "low-peak":
		return []any{emotion(f.Emotion), l.Score(f.Experienced)}
	case "cold-welcome":
		expected := ""
		if f.Expected != nil {
			expected = " (" + l.Rules.Expected + " " + Signed(*f.Expected) + ")"
		}
		return []any{emotion(f.Emotion), expected}
	case "idle-dead-moment", "uncertain-wait", "pre-process-wait":
		return []any{l.Span(f.Duration)}
	case "big-miss":
		return []any{emotion(f.Emotion), emotion(f.Expected)}
	case "nothing-exceeds":
		return []any{f.Met, f.Below}
	case "unmeasured-moment":
		return []any{map[string]string{"peak": l.Rules.Peak, "end": l.Rules.End, "fail": l.Rules.Fail}[f.Role]}
	}
	return nil
}
