package report

import (
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/labels"
)

// The SARIF log: the version, the schema it names and where the tool
// lives, as its driver says.
const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	toolURI      = "https://github.com/blueprint-tool/blueprint"
)

// The parts of a SARIF 2.1.0 log that ReviewSARIF writes, by the names of
// the standard's objects.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool       sarifTool     `json:"tool"`
		ColumnKind string        `json:"columnKind"`
		Results    []sarifResult `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string            `json:"name"`
		Version        string            `json:"version"`
		InformationURI string            `json:"informationUri"`
		Rules          []sarifDescriptor `json:"rules"`
	}
	sarifDescriptor struct {
		ID                   string        `json:"id"`
		Name                 string        `json:"name"`
		ShortDescription     sarifMessage  `json:"shortDescription"`
		FullDescription      sarifMessage  `json:"fullDescription"`
		Help                 sarifMessage  `json:"help"`
		DefaultConfiguration sarifSettings `json:"defaultConfiguration"`
	}
	sarifSettings struct {
		Level string `json:"level"`
	}
	sarifMessage struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID       string             `json:"ruleId"`
		RuleIndex    int                `json:"ruleIndex"`
		Level        string             `json:"level"`
		Message      sarifMessage       `json:"message"`
		Locations    []sarifLocation    `json:"locations"`
		Suppressions []sarifSuppression `json:"suppressions,omitempty"`
		Properties   sarifProperties    `json:"properties"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           sarifRegion   `json:"region"`
	}
	sarifArtifact struct {
		URI string `json:"uri"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
	}
	sarifSuppression struct {
		Kind string `json:"kind"`
	}
	// sarifProperties are what a result says beyond SARIF's own
	// properties: the step's id, and the paths when it holds on some only.
	sarifProperties struct {
		Step  string   `json:"step"`
		Paths []string `json:"paths,omitempty"`
	}
)

// ReviewSARIF writes the findings as a SARIF 2.1.0 log for code scanning:
// one run of the tool blueprint at version, with a rule for each of
// blueprint.Rules, and a result for each finding, at its step's line and
// column (counted in characters) of its file, named as given with forward
// slashes; an accepted finding is suppressed in the source. The words of
// the rules are in the journeys' language when they share one, else in
// English; each result in its journey's.
func ReviewSARIF(w io.Writer, rs []Reviewed, version string) error {
	l := commonLabels(rs)
	driver := sarifDriver{Name: "blueprint", Version: version, InformationURI: toolURI}
	for _, r := range blueprint.Rules {
		driver.Rules = append(driver.Rules, sarifRule(l, r))
	}
	results := []sarifResult{}
	for _, f := range findingTexts(rs, true) {
		results = append(results, toSARIFResult(f))
	}
	return writeJSON(w, sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{
		{Tool: sarifTool{driver}, ColumnKind: "unicodeCodePoints", Results: results},
	}})
}

// sarifRule describes rule r in the words of l: its id, a name in Pascal
// case, the id in words, the principle behind it, the advice, and its
// severity.
func sarifRule(l *labels.Set, r blueprint.Rule) sarifDescriptor {
	principle, advice := ruleTexts(l, r)
	words := strings.Split(r.ID, "-")
	name := ""
	for _, w := range words {
		name += capitalize(w)
	}
	short := capitalize(strings.Join(words, " "))
	return sarifDescriptor{ID: r.ID, Name: name, ShortDescription: sarifMessage{short}, FullDescription: sarifMessage{principle},
		Help: sarifMessage{advice}, DefaultConfiguration: sarifSettings{sarifLevel(r.Severity)}}
}

// capitalize returns s, a rule id or its words, with its first letter in
// upper case.
func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// ruleTexts returns the principle and the advice of rule r in the words of
// l: what FindingText writes for any finding of it, as they do not depend
// on the figures a finding quotes.
func ruleTexts(l *labels.Set, r blueprint.Rule) (principle, advice string) {
	zero := 0
	j := &blueprint.Journey{Steps: make([]blueprint.Step, 1)}
	_, advice, principle = l.FindingText(j, blueprint.Finding{Rule: r.ID, Severity: r.Severity, Emotion: &zero, Expected: &zero})
	return principle, advice
}

// toSARIFResult returns finding f as a SARIF result.
func toSARIFResult(f written) sarifResult {
	res := sarifResult{
		RuleID:     f.Rule,
		RuleIndex:  slices.IndexFunc(blueprint.Rules, func(r blueprint.Rule) bool { return r.ID == f.Rule }),
		Level:      sarifLevel(f.Severity),
		Message:    sarifMessage{f.line()},
		Locations:  []sarifLocation{{sarifPhysical{sarifArtifact{fileURI(f.Pos.File)}, sarifRegion{f.Pos.Line, f.Pos.Col}}}},
		Properties: sarifProperties{Step: f.step(), Paths: f.Paths},
	}
	if f.Accepted {
		res.Suppressions = []sarifSuppression{{"inSource"}}
	}
	return res
}

// sarifLevel returns SARIF's level of a severity: warning, or note for a
// notice.
func sarifLevel(s blueprint.Severity) string {
	if s == blueprint.Notice {
		return "note"
	}
	return s.String()
}

// fileURI returns a file's name as a relative URI reference, as code
// scanning resolves it against the repository: forward slashes, and what a
// URI cannot hold escaped ("my journeys/a.yaml" is my%20journeys/a.yaml).
func fileURI(name string) string {
	return (&url.URL{Path: filepath.ToSlash(name)}).String()
}
