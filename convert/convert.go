package convert

import (
	"bytes"
	"fmt"

	"github.com/blueprint-tool/blueprint/blueprint"
	"go.yaml.in/yaml/v4"
)

// A Source is a journey read from another program's file: its YAML
// document, every node's Line and Column set to a place in that file, and
// Place, which turns a node's Line and Column into the position to report
// (nil: they are the file's own line and column).
type Source struct {
	Doc   *yaml.Node
	Place func(line, col int) blueprint.Pos
}

// Journey validates the journey of src, read from file, and returns it as
// the YAML of a journey file, or the problems at their places in file
// (warnings come with the YAML; nothing comes with an error).
func Journey(file string, src Source) ([]byte, blueprint.Diagnostics) {
	_, diags := blueprint.LoadPlaced(file, src.Doc, src.Place)
	if src.Place != nil {
		for i := range diags {
			p := &diags[i].Pos
			if p.Line > 0 {
				*p = src.Place(p.Line, p.Col)
			}
			p.File = file
		}
	}
	if diags.HasErrors() {
		return nil, diags
	}
	out, err := Encode(src.Doc)
	if err != nil {
		return nil, append(diags, blueprint.Diagnostic{Pos: blueprint.Pos{File: file}, Severity: blueprint.Error, Message: err.Error()})
	}
	if _, again := blueprint.Load(file, out); again.HasErrors() {
		return nil, append(diags, blueprint.Diagnostic{Pos: blueprint.Pos{File: file}, Severity: blueprint.Error,
			Message: fmt.Sprintf("the journey written from it does not load (%s): please report this", again[0].Message)})
	}
	return out, diags
}

// Encode writes a journey's YAML document as a journey file: version
// first, two spaces of indentation.
func Encode(doc *yaml.Node) ([]byte, error) {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("writing the journey as YAML: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("writing the journey as YAML: %w", err)
	}
	return b.Bytes(), nil
}
