package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/labels"
)

// Reviewed is a journey with its findings as blueprint.Review returns
// them: sorted by position, accepted ones included.
type Reviewed struct {
	blueprint.Measured
	Findings []blueprint.Finding
}

// A written finding is a finding with its journey and its texts in the
// journey's language, as every review format needs them.
type written struct {
	journey *blueprint.Journey
	blueprint.Finding
	message, advice, principle string
	paths                      string // the paths it holds on, when not all: " (only on call)"
}

// step returns the id of the step the finding is about.
func (w written) step() string { return w.journey.Steps[w.Step].ID }

// line returns what was found, then the advice: "MESSAGE; ADVICE", the
// message alone when there is no advice.
func (w written) line() string {
	if w.advice == "" {
		return w.message + w.paths
	}
	return w.message + w.paths + "; " + w.advice
}

// onPaths says which paths a finding holds on, when not all: " (only on
// call)"; "" otherwise.
func onPaths(l *labels.Set, f blueprint.Finding) string {
	if len(f.Paths) == 0 {
		return ""
	}
	return " (" + l.Review.OnPaths + " " + strings.Join(f.Paths, ", ") + ")"
}

// findingTexts returns the findings of every journey, in order, with their
// texts; accepted ones only when accepted is true.
func findingTexts(rs []Reviewed, accepted bool) []written {
	var out []written
	for _, r := range rs {
		l := labels.For(r.Journey.Locale)
		for _, f := range r.Findings {
			if f.Accepted && !accepted {
				continue
			}
			message, advice, principle := l.FindingText(r.Journey, f)
			out = append(out, written{r.Journey, f, message, advice, principle, onPaths(l, f)})
		}
	}
	return out
}

// commonLabels returns the words of the journeys' language when they share
// one, else English.
func commonLabels(rs []Reviewed) *labels.Set {
	ms := make([]blueprint.Measured, len(rs))
	for i, r := range rs {
		ms[i] = r.Measured
	}
	return labels.Common(ms)
}

// ReviewText writes one FILE:LINE:COL: RULE: MESSAGE line per finding that
// is not accepted, the message being what was found and the advice.
func ReviewText(w io.Writer, rs []Reviewed) error {
	var b strings.Builder
	for _, f := range findingTexts(rs, false) {
		fmt.Fprintf(&b, "%s: %s: %s\n", f.Pos, f.Rule, f.line())
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ReviewGitHub writes the findings that are not accepted as GitHub Actions
// annotations, ::warning or ::notice, titled with their rule.
func ReviewGitHub(w io.Writer, rs []Reviewed) error {
	var b strings.Builder
	for _, f := range findingTexts(rs, false) {
		b.WriteString(blueprint.GitHubAnnotation(f.Severity, f.Pos, f.Rule, f.line()))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ReviewMarkdown writes the findings that are not accepted as a Markdown
// table, for a pull request comment: where (FILE:LINE), the rule, its
// severity, the step, what was found and the advice. Without findings it
// writes one line that says so, and nothing when there is no journey. The
// headers are in the journeys' language when they share one, else in
// English; each finding in its journey's.
func ReviewMarkdown(w io.Writer, rs []Reviewed) error {
	if len(rs) == 0 {
		return nil
	}
	words := commonLabels(rs).Review
	fs := findingTexts(rs, false)
	if len(fs) == 0 {
		_, err := io.WriteString(w, words.None+"\n")
		return err
	}
	header := []string{words.File, words.Rule, words.Severity, words.Step, words.Finding, words.Advice}
	rows := make([][]string, len(fs))
	for i, f := range fs {
		rows[i] = []string{f.Pos.File + ":" + strconv.Itoa(f.Pos.Line), "`" + f.Rule + "`", f.Severity.String(),
			"`" + f.step() + "`", f.message + f.paths, f.advice}
	}
	_, err := io.WriteString(w, markdownTable(header, rows))
	return err
}

// findingJSON is one finding as ReviewJSON writes it.
type findingJSON struct {
	File      string   `json:"file"`
	Line      int      `json:"line"`
	Col       int      `json:"col"`
	Rule      string   `json:"rule"`
	Severity  string   `json:"severity"`
	Step      string   `json:"step"`
	Paths     []string `json:"paths"`
	Message   string   `json:"message"`
	Advice    string   `json:"advice"`
	Principle string   `json:"principle"`
	Accepted  bool     `json:"accepted"`
}

// ReviewJSON writes every finding, accepted ones included, as a JSON array
// of objects: where, the rule and its severity, the step's id, the paths
// it holds on ([] when all of them), the texts, and whether it is
// accepted. No findings is [].
func ReviewJSON(w io.Writer, rs []Reviewed) error {
	out := []findingJSON{}
	for _, f := range findingTexts(rs, true) {
		out = append(out, findingJSON{f.Pos.File, f.Pos.Line, f.Pos.Col, f.Rule, f.Severity.String(), f.step(),
			append([]string{}, f.Paths...), f.message, f.advice, f.principle, f.Accepted})
	}
	return writeJSON(w, out)
}
