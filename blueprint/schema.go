package blueprint

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
)

// A jsonSchema is one node of a JSON Schema (draft 2020-12). Its keys are
// written in the order of the struct, so that the schema reads top-down and
// the same program always prints the same bytes.
type jsonSchema struct {
	Schema               string        `json:"$schema,omitempty"`
	Ref                  string        `json:"$ref,omitempty"`
	Title                string        `json:"title,omitempty"`
	Description          string        `json:"description,omitempty"`
	Type                 any           `json:"type,omitempty"` // a type name, or a list of them
	Const                any           `json:"const,omitempty"`
	Enum                 []any         `json:"enum,omitempty"`
	Pattern              string        `json:"pattern,omitempty"`
	PatternErrorMessage  string        `json:"patternErrorMessage,omitempty"` // what VS Code says instead of the pattern
	Minimum              *float64      `json:"minimum,omitempty"`
	Maximum              *float64      `json:"maximum,omitempty"`
	Default              any           `json:"default,omitempty"`
	AnyOf                []*jsonSchema `json:"anyOf,omitempty"`
	MinItems             *int          `json:"minItems,omitempty"`
	Items                *jsonSchema   `json:"items,omitempty"`
	Required             []string      `json:"required,omitempty"`
	Properties           properties    `json:"properties,omitempty"`
	PatternProperties    properties    `json:"patternProperties,omitempty"`
	AdditionalProperties any           `json:"additionalProperties,omitempty"` // false, or a *jsonSchema
	Defs                 properties    `json:"$defs,omitempty"`
}

// properties is a JSON object of schemas that keeps the order it is built in
// (encoding/json would sort a map's keys): the keys of a journey read in the
// order of the format description.
type properties []property

type property struct {
	name   string
	schema *jsonSchema
}

func (ps properties) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, p := range ps {
		if i > 0 {
			b.WriteByte(',')
		}
		name, err := json.Marshal(p.name)
		if err != nil {
			return nil, err
		}
		value, err := json.Marshal(p.schema)
		if err != nil {
			return nil, err
		}
		b.Write(name)
		b.WriteByte(':')
		b.Write(value)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// The reusable parts of the schema, in $defs. A text is what decoder.text
// accepts: numbers and booleans are read as the text they are written with.
var (
	textSchema     = ref("text")
	linesSchema    = ref("lines")
	idSchema       = ref("id")
	durationSchema = ref("duration")
	scoreSchema    = ref("emotion")
	countSchema    = &jsonSchema{Type: "number", Minimum: ptr(0.0)}
	booleanSchema  = &jsonSchema{Type: "boolean"}
)

// durationPattern matches what ParseSpan reads for one duration: numbers,
// each with a unit, spaces allowed between them ("1h 30m", "1.5h").
const durationPattern = `(?:(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+) *[smhdw] *)+`

// idPattern matches what isID accepts.
const idPattern = `^[a-z0-9-]+$`

// definitions returns the $defs of the schema: the shared value types, and
// the objects built from the field tables the decoder reads. A definition
// that keys refer to has no description of its own: each key has its own,
// and editors would show both on hover, one after the other.
func definitions() properties {
	scalar := []string{"string", "number", "boolean"}
	return properties{
		{"text", &jsonSchema{Type: scalar}}, // a number or true/false is read as the text it is written with
		{"lines", &jsonSchema{
			AnyOf: []*jsonSchema{
				{Type: scalar},
				{Type: "array", Items: &jsonSchema{Type: append(scalar, "null")}},
			},
		}},
		{"id", &jsonSchema{
			AnyOf: []*jsonSchema{
				{Type: "string", Pattern: idPattern, PatternErrorMessage: "An id holds only lowercase letters, digits and '-', e.g. take-number."},
				{Type: "integer"},
			},
		}},
		{"duration", &jsonSchema{
			Type:                "string",
			Pattern:             `^\s*` + durationPattern + `(?:\.\.\s*` + durationPattern + `)?\s*$`,
			PatternErrorMessage: "Not a duration: " + durationHelp + ".",
		}},
		{"emotion", &jsonSchema{
			Type: "integer", Minimum: ptr(float64(emotionMin)), Maximum: ptr(float64(emotionMax)),
		}},
		{"path", objectSchema("A path: one way a customer can go through the steps.", pathFields())},
		{"phase", objectSchema("A phase: a heading over consecutive steps.", phaseFields())},
		{"step", objectSchema("A step: one moment of the journey, one column of the blueprint.", stepFields())},
		{"metrics", metricsSchema()},
		{"opportunity", objectSchema("", opportunityFields())},
	}
}

// JSONSchema returns a JSON Schema (draft 2020-12) of the journey format,
// indented, for editors: completion, hover documentation and checks as one
// types. It is built from the same field tables the decoder validates with,
// so the two cannot drift apart. What a schema cannot say (a phase that is
// not declared, converts above reach, a repeated id) only check reports.
func JSONSchema() []byte {
	s := objectSchema("A customer journey, version 1, as blueprint reads it. "+
		"Check it with blueprint check; the format is described in docs/format.md.", journeyFields())
	s.Schema = "https://json-schema.org/draft/2020-12/schema"
	s.Title = "blueprint journey"
	s.Defs = definitions()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(s); err != nil {
		panic(err) // the schema is built from constants: this cannot happen
	}
	return b.Bytes()
}

// objectSchema describes a mapping read by decodeMapping through fields:
// only their keys, the required ones present. An optional key may also be
// null, which the decoder reads as absent.
func objectSchema[T any](doc string, fields []field[T]) *jsonSchema {
	s := &jsonSchema{Description: doc, Type: "object", AdditionalProperties: false}
	for _, f := range fields {
		p := *f.schema
		p.Description = f.doc
		if f.required {
			s.Required = append(s.Required, f.key)
		} else {
			p = orNull(p)
		}
		s.Properties = append(s.Properties, property{f.key, &p})
	}
	return s
}

// orNull returns s that also accepts null, keeping its description outside.
func orNull(s jsonSchema) jsonSchema {
	switch t := s.Type.(type) {
	case string:
		if s.Ref == "" && s.AnyOf == nil && s.Enum == nil {
			s.Type = []string{t, "null"}
			return s
		}
	case nil:
		if s.Enum != nil && s.Ref == "" && s.AnyOf == nil {
			s.Enum = append(slices.Clip(s.Enum), nil)
			return s
		}
	}
	outer := jsonSchema{Description: s.Description, Default: s.Default}
	s.Description, s.Default = "", nil
	outer.AnyOf = []*jsonSchema{&s, {Type: "null"}}
	return outer
}

// metricsSchema describes the metrics of a step: any name with a number,
// the known ones (in any case, as the decoder reads them) on their scales.
func metricsSchema() *jsonSchema {
	s := &jsonSchema{
		Type:                 "object",
		AdditionalProperties: &jsonSchema{Type: "number"},
	}
	known := slices.SortedFunc(slices.Values(KnownMetrics), func(a, b KnownMetric) int { return strings.Compare(a.Name, b.Name) })
	for _, k := range known {
		s.PatternProperties = append(s.PatternProperties, property{caseless(k.Name), &jsonSchema{
			Description: k.Display + ", from " + formatNumber(k.Min) + " to " + formatNumber(k.Max) + ".",
			Type:        "number", Minimum: ptr(k.Min), Maximum: ptr(k.Max),
		}})
	}
	return s
}

// caseless returns a pattern that matches word exactly, in any case:
// "^[nN][pP][sS]$". Patterns have no portable flag for it.
func caseless(word string) string {
	var b strings.Builder
	b.WriteByte('^')
	for _, c := range word {
		lower, upper := strings.ToLower(string(c)), strings.ToUpper(string(c))
		if lower == upper {
			b.WriteString(lower)
			continue
		}
		b.WriteString("[" + lower + upper + "]")
	}
	b.WriteByte('$')
	return b.String()
}

// enumOf describes a text that is one of values: editors offer them, and
// nothing else is accepted.
func enumOf(values []string) *jsonSchema {
	enum := make([]any, len(values))
	for i, v := range values {
		enum[i] = v
	}
	return &jsonSchema{Enum: enum}
}

// offering describes a text that should be one of values: editors offer
// them, and accept any other text too.
func offering(values []string) *jsonSchema {
	return &jsonSchema{AnyOf: []*jsonSchema{enumOf(values), textSchema}}
}

func ref(name string) *jsonSchema { return &jsonSchema{Ref: "#/$defs/" + name} }

// withDefault returns a copy of s with a default value, shown by editors.
func withDefault(s *jsonSchema, value any) *jsonSchema {
	c := *s
	c.Default = value
	return &c
}

func ptr[T any](v T) *T { return &v }

func formatNumber(f float64) string {
	b, _ := json.Marshal(f)
	return string(b)
}
