package blueprint

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/blueprint-tool/blueprint/examples"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v4"
)

// compileSchema compiles JSONSchema with a real JSON Schema validator,
// which also checks it against the draft 2020-12 meta-schema.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(JSONSchema()))
	if err != nil {
		t.Fatalf("the schema is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("journey.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("journey.schema.json")
	if err != nil {
		t.Fatalf("the schema does not compile: %v", err)
	}
	return s
}

// yamlToJSON reads a YAML document as the YAML language server does and
// returns it as a JSON value for the validator.
func yamlToJSON(t *testing.T, src string) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal([]byte(src), &v); err != nil {
		t.Fatalf("YAML: %v", err)
	}
	data, err := json.Marshal(jsonValue(v))
	if err != nil {
		t.Fatalf("JSON: %v", err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return inst
}

// jsonValue turns mappings with keys that are not text into JSON objects.
func jsonValue(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			v[k] = jsonValue(x)
		}
	case map[any]any:
		m := make(map[string]any, len(v))
		for k, x := range v {
			m[fmt.Sprint(k)] = jsonValue(x)
		}
		return m
	case []any:
		for i, x := range v {
			v[i] = jsonValue(x)
		}
	}
	return v
}

// The bundled examples, in every language, pass both the validator and the
// schema.
func TestSchemaAcceptsExamples(t *testing.T) {
	s := compileSchema(t)
	names := examples.Names()
	if len(names) < 3 {
		t.Fatalf("found %d examples, want at least 3", len(names))
	}
	for _, name := range names {
		file := name + ".yaml"
		src, err := examples.Read(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, diags := Load(file, src); len(diags) > 0 {
			t.Errorf("%s: check reports %v", file, diags)
		}
		if err := s.Validate(yamlToJSON(t, string(src))); err != nil {
			t.Errorf("%s does not validate against the schema: %v", file, err)
		}
	}
}

// The schema and the validator agree: what check accepts, the schema
// accepts (an editor must not underline a good journey), and what check
// rejects, the schema rejects where a schema can say it.
func TestSchemaAgreesWithCheck(t *testing.T) {
	s := compileSchema(t)
	const head = "version: 1\ntitle: T\n"
	step := func(extra string) string {
		return head + "steps:\n  - id: a\n    title: A\n    customer: Does it\n    value: true\n" + extra
	}
	tests := []struct {
		name string
		src  string
		ok   bool // check passes without errors (warnings allowed)
	}{
		{"minimal", step(""), true},
		{"every key", step(`    phase: p
    moment: queue-2
    path: [by-mail, 2, walk-in]
    duration: 3w..5w
    evidence: [Ticket, 2, ~]
    frontstage: ""
    backstage: Looks it up
    support: [System]
    touchpoint: Desk
    channel: in-person
    emotion: -2
    expected: 2.0
    wait: false
    dead: null
    fail: Lost
    pain: Slow
    idea: Faster
    quote: "Finally."
    metrics: {nps: -100, CES: 7, csat: 1, smiles: 12.5}
    opportunity: {reach: 40, converts: 5, value: 20, per_day: 13, days: 366}
paths:
  - id: by-mail
    title: Waits for the letter
    share: 60
  - {id: 2, share: 40}
  - {id: walk-in, title: ~, share: ~}
phases:
  - id: p
    title: P
persona: ~
description: ""
locale: fi
currency: USD
dead_after: 1h 30m
`), true},
		{"one path by name", step("    path: by-mail\n") + "paths: [{id: by-mail}]\n", true},
		{"numbers as text", "version: 1\ntitle: 1984\nsteps:\n  - id: 2024\n    title: true\n    customer: 42\n    value: true\n", true},
		{"unknown channel is a warning", step("    channel: telepathy\n"), true},
		{"decimal duration", step("    duration: 1.5h\n"), true},
		{"empty optional", step("    duration:\n    metrics:\n"), true},

		{"unknown key", step("    titel: A\n"), false},
		{"unknown top-level key", "stepz: []\n" + step(""), false},
		{"bad id", strings.Replace(step(""), "id: a", "id: Take Number", 1), false},
		{"bad moment", step("    moment: Take Number\n"), false},
		{"emotion 3", step("    emotion: 3\n"), false},
		{"emotion 1.5", step("    emotion: 1.5\n"), false},
		{"emotion as text", step("    emotion: happy\n"), false},
		{"missing title", "version: 1\nsteps:\n  - id: a\n    title: A\n", false},
		{"missing step title", head + "steps:\n  - id: a\n", false},
		{"empty title", head + "steps:\n  - id: a\n    title:\n", false},
		{"no steps", head + "steps: []\n", false},
		{"version 2", strings.Replace(step(""), "version: 1", "version: 2", 1), false},
		{"locale sv", step("") + "locale: sv\n", false},
		{"bare number duration", step("    duration: 90\n"), false},
		{"duration in words", step("    duration: 5 minutes\n"), false},
		{"negative duration", step("    duration: -5m\n"), false},
		{"dead_after range", step("") + "dead_after: 5m..10m\n", false},
		{"wait as text", step("    wait: yes\n"), false},
		{"lane as mapping", step("    backstage: {a: b}\n"), false},
		{"nps 200", step("    metrics: {NPS: 200}\n"), false},
		{"metric as text", step("    metrics: {smiles: many}\n"), false},
		{"negative reach", step("    opportunity: {idea: x, reach: -1, converts: 0, value: 1, per_day: 1}\n"), false},
		{"days 400", step("    opportunity: {idea: x, converts: 1, value: 1, per_day: 1, days: 400}\n"), false},
		{"opportunity without converts", step("    opportunity: {idea: x, value: 1, per_day: 1}\n"), false},
		{"steps not a list", head + "steps: {id: a}\n", false},
		{"share 120", step("") + "paths: [{id: p, share: 120}]\n", false},
		{"negative share", step("") + "paths: [{id: p, share: -1}]\n", false},
		{"path without id", step("") + "paths: [{title: P}]\n", false},
		{"bad path id", step("    path: By Mail\n") + "paths: [{id: by-mail}]\n", false},
		{"empty path list", step("    path: []\n") + "paths: [{id: p}]\n", false},
		{"path as a mapping", step("    path: {p: 1}\n") + "paths: [{id: p}]\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j, diags := Load("test.yaml", []byte(tt.src))
			if got := j != nil; got != tt.ok {
				t.Fatalf("check accepts it: %v, want %v (%v)", got, tt.ok, diags)
			}
			err := s.Validate(yamlToJSON(t, tt.src))
			if tt.ok && err != nil {
				t.Errorf("check accepts it but the schema does not: %v", err)
			}
			if !tt.ok && err == nil {
				t.Errorf("check rejects it (%v) but the schema accepts it", diags)
			}
		})
	}
}

// What a schema cannot say is left to check: these pass the schema and fail
// check. The list documents the limits; it fails when one becomes
// expressible by accident, so that it is moved to the test above.
func TestSchemaLeavesToCheck(t *testing.T) {
	s := compileSchema(t)
	base := "version: 1\ntitle: T\nsteps:\n  - id: a\n    title: A\n    customer: x\n    value: true\n"
	for name, src := range map[string]string{
		"repeated step id":  base + "  - id: a\n    title: B\n    customer: y\n",
		"repeated moment":   strings.Replace(base, "    title: A\n", "    title: A\n    moment: m\n", 1) + "  - id: b\n    title: B\n    customer: y\n    moment: m\n",
		"undeclared phase":  strings.Replace(base, "    title: A\n", "    title: A\n    phase: p\n", 1),
		"undeclared path":   strings.Replace(base, "    title: A\n", "    title: A\n    path: p\n", 1) + "paths: [{id: q}]\n",
		"path, no paths":    strings.Replace(base, "    title: A\n", "    title: A\n    path: p\n", 1),
		"repeated path id":  base + "paths: [{id: p}, {id: p}]\n",
		"shares above 100":  base + "paths: [{id: p, share: 60}, {id: q, share: 41}]\n",
		"path with no step": strings.Replace(base, "    title: A\n", "    title: A\n    path: p\n", 1) + "paths: [{id: p}, {id: q}]\n",
		"converts above reach": strings.Replace(base, "    value: true\n",
			"    value: true\n    opportunity: {idea: x, reach: 1, converts: 2, value: 1, per_day: 1}\n", 1),
	} {
		if j, _ := Load("test.yaml", []byte(src)); j != nil {
			t.Errorf("%s: check accepts it", name)
		}
		if err := s.Validate(yamlToJSON(t, src)); err != nil {
			t.Errorf("%s: the schema rejects it, so it can say it: move it to TestSchemaAgreesWithCheck (%v)", name, err)
		}
	}
}

// Every key of every table is described, and appears in the schema in the
// table's order: the schema is the tables, not a copy of them.
func TestSchemaFromTables(t *testing.T) {
	var schema struct {
		Properties json.RawMessage `json:"properties"`
		Defs       map[string]struct {
			Properties json.RawMessage `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(JSONSchema(), &schema); err != nil {
		t.Fatal(err)
	}
	check := func(what string, raw json.RawMessage, table [2][]string) {
		t.Helper()
		keys, docs := table[0], table[1]
		got := objectKeys(t, raw)
		if strings.Join(got, " ") != strings.Join(keys, " ") {
			t.Errorf("%s: schema keys %v, table keys %v", what, got, keys)
		}
		for i, doc := range docs {
			if doc == "" {
				t.Errorf("%s: key %q has no doc", what, keys[i])
			}
		}
	}
	check("journey", schema.Properties, tableKeys(journeyFields()))
	check("path", schema.Defs["path"].Properties, tableKeys(pathFields()))
	check("phase", schema.Defs["phase"].Properties, tableKeys(phaseFields()))
	check("step", schema.Defs["step"].Properties, tableKeys(stepFields()))
	check("opportunity", schema.Defs["opportunity"].Properties, tableKeys(opportunityFields()))
}

// tableKeys returns the keys of a field table and their docs.
func tableKeys[T any](fields []field[T]) (table [2][]string) {
	for _, f := range fields {
		table[0], table[1] = append(table[0], f.key), append(table[1], f.doc)
	}
	return table
}

// objectKeys returns the keys of a JSON object in the order written.
func objectKeys(t *testing.T, raw json.RawMessage) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(raw))
	var keys []string
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

// The schema is the same bytes every time.
func TestSchemaStable(t *testing.T) {
	if a, b := JSONSchema(), JSONSchema(); !bytes.Equal(a, b) {
		t.Error("two calls give different schemas")
	}
}

// TestSchemaDescribesOnce checks that no key of the schema has two
// descriptions, its own and one of the definition it refers to: editors
// (the YAML language server) show both on hover, one after the other.
func TestSchemaDescribesOnce(t *testing.T) {
	var root map[string]any
	if err := json.Unmarshal(JSONSchema(), &root); err != nil {
		t.Fatal(err)
	}
	defs, _ := root["$defs"].(map[string]any)
	var texts func(n map[string]any) []string
	texts = func(n map[string]any) []string {
		var out []string
		if d, ok := n["description"].(string); ok {
			out = append(out, d)
		}
		if ref, ok := n["$ref"].(string); ok {
			def, _ := defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
			out = append(out, texts(def)...)
		}
		for _, key := range []string{"anyOf", "oneOf", "allOf"} {
			branches, _ := n[key].([]any)
			for _, b := range branches {
				if b, ok := b.(map[string]any); ok {
					out = append(out, texts(b)...)
				}
			}
		}
		return out
	}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			if ds := texts(v); len(ds) > 1 {
				t.Errorf("%s has %d descriptions, shown together on hover: %q", path, len(ds), ds)
			}
			for k, x := range v {
				walk(path+"/"+k, x)
			}
		case []any:
			for i, x := range v {
				walk(fmt.Sprintf("%s/%d", path, i), x)
			}
		}
	}
	walk("#", root)
}
