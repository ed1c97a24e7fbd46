package blueprint

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"
)

// WriteText writes one FILE:LINE:COL: SEVERITY: MESSAGE line per
// diagnostic, as Diagnostic.String formats it.
func (ds Diagnostics) WriteText(w io.Writer) error {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(d.String() + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// diagnosticJSON is one diagnostic as WriteJSON writes it.
type diagnosticJSON struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
}

// WriteJSON writes the diagnostics as an indented JSON array of objects
// with file, line, col, severity and message, leaving <, > and & as they
// are.
func (ds Diagnostics) WriteJSON(w io.Writer) error {
	out := make([]diagnosticJSON, len(ds))
	for i, d := range ds {
		out[i] = diagnosticJSON{d.Pos.File, d.Pos.Line, d.Pos.Col, d.Severity.String(), d.Message}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// GitHub Actions workflow commands escape these in messages, and also ':'
// and ',' in their properties.
var (
	githubMessage = sync.OnceValue(func() *strings.Replacer {
		return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	})
	githubProperty = sync.OnceValue(func() *strings.Replacer {
		return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
	})
)

// WriteGitHub writes the diagnostics as GitHub Actions annotations:
// ::error file=F,line=L,col=C::MESSAGE.
func (ds Diagnostics) WriteGitHub(w io.Writer) error {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(GitHubAnnotation(d.Severity, d.Pos, "", d.Message))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// GitHubAnnotation returns one GitHub Actions annotation line of severity s
// (::error, ::warning or ::notice) at pos, titled title unless it is "":
// ::warning file=F,line=L,col=C,title=T::MESSAGE, with the properties and
// the message escaped as workflow commands need.
func GitHubAnnotation(s Severity, pos Pos, title, message string) string {
	props := fmt.Sprintf("file=%s,line=%d,col=%d", githubProperty().Replace(pos.File), pos.Line, pos.Col)
	if title != "" {
		props += ",title=" + githubProperty().Replace(title)
	}
	return fmt.Sprintf("::%s %s::%s\n", s, props, githubMessage().Replace(message))
}

// writeJSON writes v as indented JSON, leaving <, > and & as they are.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
