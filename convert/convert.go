package convert

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

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

// A Reader reads another program's file, data read from file, as the
// source of a journey, or returns the problems found at their places.
type Reader func(file string, data []byte) (Source, blueprint.Diagnostics)

// Import reads data, read from file, with read, and returns the journey as
// the YAML of a journey file with every problem, the reader's and the
// model's, sorted by their places in file (warnings come with the YAML;
// nothing comes with an error).
func Import(file string, data []byte, read Reader) ([]byte, blueprint.Diagnostics) {
	src, diags := read(file, data)
	var out []byte
	if !diags.HasErrors() {
		var more blueprint.Diagnostics
		out, more = Journey(file, src)
		diags = append(diags, more...)
	}
	diags.Sort()
	return out, diags
}

// Journey validates the journey of src, read from file, and returns it as
// the YAML of a journey file, or the problems at their places in file
// (warnings come with the YAML; nothing comes with an error).
func Journey(file string, src Source) ([]byte, blueprint.Diagnostics) {
	_, diags := blueprint.LoadNode(file, src.Doc, src.Place)
	if diags.HasErrors() {
		return nil, diags
	}
	out, err := Encode(src.Doc)
	if err != nil {
		return nil, append(diags, blueprint.Diagnostic{Pos: blueprint.Pos{File: file}, Severity: blueprint.Error, Message: err.Error()})
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

// TitleOf makes a journey's title of the name of the file it was read
// from, for a file that names none: "police-permit.csv" is "Police
// permit"; standard input is "Imported journey".
func TitleOf(file string) string {
	name := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	name = strings.TrimSpace(strings.NewReplacer("-", " ", "_", " ").Replace(name))
	if name == "" || name == "." || strings.HasPrefix(name, "<") {
		return "Imported journey"
	}
	first, size := utf8.DecodeRuneInString(name)
	return string(unicode.ToUpper(first)) + name[size:]
}
