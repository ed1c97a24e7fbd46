package render

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
)

// DiagnosticsText writes one FILE:LINE:COL: SEVERITY: MESSAGE line per
// diagnostic.
func DiagnosticsText(w io.Writer, ds blueprint.Diagnostics) error {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(d.String() + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

type diagnosticJSON struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
}

// DiagnosticsJSON writes the diagnostics as a JSON array of objects with
// file, line, col, severity and message.
func DiagnosticsJSON(w io.Writer, ds blueprint.Diagnostics) error {
	out := make([]diagnosticJSON, len(ds))
	for i, d := range ds {
		out[i] = diagnosticJSON{d.Pos.File, d.Pos.Line, d.Pos.Col, d.Severity.String(), d.Message}
	}
	return writeJSON(w, out)
}

// GitHub Actions workflow commands escape these in messages, and also ':'
// and ',' in their properties.
var (
	githubMessage  = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	githubProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// DiagnosticsGitHub writes the diagnostics as GitHub Actions annotations:
// ::error file=F,line=L,col=C::MESSAGE.
func DiagnosticsGitHub(w io.Writer, ds blueprint.Diagnostics) error {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "::%s file=%s,line=%d,col=%d::%s\n", d.Severity, githubProperty.Replace(d.Pos.File),
			d.Pos.Line, d.Pos.Col, githubMessage.Replace(d.Message))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeJSON writes v as indented JSON, leaving <, > and & as they are.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
