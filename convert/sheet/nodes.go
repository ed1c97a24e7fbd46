package sheet

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/blueprint-tool/blueprint/blueprint"
	"go.yaml.in/yaml/v4"
)

// errorValues are the error values a spreadsheet shows in a cell whose
// formula failed.
var errorValues = []string{"#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"}

// numberCell is a cell read as a number or a truth value, which a workbook
// must hold as a value, not as a formula (checked once all is read).
type numberCell struct {
	sheet int
	c     cell
}

// builder turns the tables of a file into the YAML document of a journey.
type builder struct {
	*reader
	numbers []numberCell
	// formulaAt holds the formula of each cell of a workbook that has
	// one, by sheet index, row and column.
	formulaAt map[[3]int]string
}

func (b *builder) line(t *table, c cell) int { return t.sheet*rowSpan + c.row }

func (b *builder) scalar(t *table, c cell, tag, value string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: value, Line: b.line(t, c), Column: c.col}
}

func (b *builder) key(t *table, c cell, name string) *yaml.Node {
	return b.scalar(t, c, "!!str", name)
}

// value turns cell c into a node of kind k, or returns nil after reporting
// why it cannot.
func (b *builder) value(t *table, c cell, k kind, what string) *yaml.Node {
	s := strings.TrimSpace(c.text)
	switch k {
	case lines:
		var parts []string
		for _, l := range strings.Split(strings.ReplaceAll(c.text, "\r\n", "\n"), "\n") {
			if strings.TrimSpace(l) != "" {
				parts = append(parts, l)
			}
		}
		return b.list(t, c, parts, false)
	case ids:
		return b.list(t, c, strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || unicode.IsSpace(r) }), true)
	case duration:
		return b.scalar(t, c, "!!str", s)
	case number:
		return b.number(t, c, s, what)
	case boolean:
		return b.boolean(t, c, s, what)
	}
	return b.scalar(t, c, "!!str", c.text)
}

// list returns one text as a scalar, more as a sequence (a flow one for
// ids), all placed at cell c.
func (b *builder) list(t *table, c cell, parts []string, flow bool) *yaml.Node {
	if len(parts) == 1 {
		return b.scalar(t, c, "!!str", parts[0])
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: b.line(t, c), Column: c.col}
	if flow {
		seq.Style = yaml.FlowStyle
	}
	for _, p := range parts {
		seq.Content = append(seq.Content, b.scalar(t, c, "!!str", p))
	}
	return seq
}

// number reads the number of cell c, s its trimmed text.
func (b *builder) number(t *table, c cell, s, what string) *yaml.Node {
	f, err := strconv.ParseFloat(s, 64)
	switch {
	case slices.Contains(errorValues, strings.ToUpper(s)):
		b.errorf(t.sheet, c.row, c.col, "%s holds the error value %s, where a number belongs: write the number itself, e.g. 40", what, s)
		return nil
	case err != nil && commaDecimal(s) != "":
		b.errorf(t.sheet, c.row, c.col, "%s is %q, not a number: write %s, with a point for decimals", what, s, commaDecimal(s))
		return nil
	case err != nil || math.IsInf(f, 0) || math.IsNaN(f):
		b.errorf(t.sheet, c.row, c.col, "%s is %q, not a number: write a number, e.g. 40", what, s)
		return nil
	}
	b.numbers = append(b.numbers, numberCell{t.sheet, c})
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		return b.scalar(t, c, "!!int", strconv.FormatInt(int64(f), 10))
	}
	return b.scalar(t, c, "!!float", strconv.FormatFloat(f, 'g', -1, 64))
}

// commaDecimal returns s with its decimal comma as a point when that makes
// a number of it ("1,5" is 1.5), else "".
func commaDecimal(s string) string {
	if strings.Count(s, ",") != 1 || strings.Contains(s, ".") {
		return ""
	}
	p := strings.Replace(s, ",", ".", 1)
	if _, err := strconv.ParseFloat(p, 64); err != nil {
		return ""
	}
	return p
}

// boolean reads the truth value of cell c, s its trimmed text.
func (b *builder) boolean(t *table, c cell, s, what string) *yaml.Node {
	var v string
	switch strings.ToLower(s) {
	case "true", "yes", "1", "x":
		v = "true"
	case "false", "no", "0":
		v = "false"
	default:
		b.errorf(t.sheet, c.row, c.col, "%s is %q: write true or false (or leave the cell empty)", what, s)
		return nil
	}
	b.numbers = append(b.numbers, numberCell{t.sheet, c})
	return b.scalar(t, c, "!!bool", v)
}

// mapping returns an empty mapping placed at cell c.
func (b *builder) mapping(t *table, c cell) *yaml.Node {
	return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: b.line(t, c), Column: c.col}
}

// A header is a column of a table as its row 1 names it.
type header struct {
	col  column
	cell cell
	bad  bool // unknown or repeated (reported): its cells are not read
}

// headers reads row 1 of t: each cell must name one of cols (in any case),
// or, when metrics is set, a metric (metrics.NAME); an unknown or repeated
// one is reported, and the cells under it left unread. Empty headers are
// kept, as empty columns; a cell under one is reported by records.
func (b *builder) headers(t *table, cols []column, metrics bool) []header {
	known := make([]string, len(cols))
	for i, c := range cols {
		known[i] = c.header
	}
	var out []header
	seen := map[string]cell{}
	for _, c := range t.rows[0] {
		name := strings.TrimSpace(c.text)
		h := header{cell: c}
		if name != "" {
			col, found := matchHeader(name, cols, metrics)
			if !found {
				b.errorf(t.sheet, c.row, c.col, "unknown column %q in the %s%s", name, b.what(t), headerHint(name, known, metrics))
				h.bad = true
			} else if first, dup := seen[col.header]; dup {
				b.errorf(t.sheet, c.row, c.col, "column %q appears twice in the %s (first at %s): keep one", name, b.what(t), b.cellName(t, first))
				h.bad = true
			} else {
				seen[col.header] = c
			}
			h.col = col
		}
		out = append(out, h)
	}
	return out
}

// cellName names a cell for a message: B3 in a sheet, row 3 column 2 in a
// table.
func (b *builder) cellName(t *table, c cell) string {
	if t.name == "" {
		return "row " + strconv.Itoa(c.row) + ", column " + strconv.Itoa(c.col)
	}
	return t.name + "!" + blueprint.ColumnName(c.col) + strconv.Itoa(c.row)
}

// matchHeader finds the column a header names, in any case.
func matchHeader(name string, cols []column, metrics bool) (column, bool) {
	for _, c := range cols {
		if strings.EqualFold(c.header, name) {
			return c, true
		}
	}
	if lower := strings.ToLower(name); metrics && strings.HasPrefix(lower, metricPrefix) && len(name) > len(metricPrefix) {
		m := strings.TrimSpace(name[len(metricPrefix):])
		if k, known := blueprint.LookupMetric(m); known {
			m = k.Name
		}
		return column{metricPrefix + m, []string{"metrics", m}, number}, true
	}
	return column{}, false
}

// headerHint says what an unknown header could be.
func headerHint(name string, known []string, metrics bool) string {
	if best := blueprint.Closest(name, known); best != "" {
		return "; did you mean \"" + best + "\"?"
	}
	if !metrics {
		return ": the columns are " + strings.Join(known, ", ")
	}
	return ": a column is a step key (id, title, duration, customer, ...), a metric (nps, ces, csat, or metrics.NAME for another) or opportunity.KEY"
}

// records reads the rows of t below row 1 as mappings of the headers'
// keys: each non-empty cell under a header becomes its key and value.
func (b *builder) records(t *table, hs []header) []*yaml.Node {
	var out []*yaml.Node
	for _, row := range t.rows[1:] {
		m := b.mapping(t, row[0])
		nested := map[string]*yaml.Node{}
		for i, c := range row {
			if strings.TrimSpace(c.text) == "" {
				continue
			}
			if i < len(hs) && hs[i].bad {
				continue
			}
			if i >= len(hs) || hs[i].col.header == "" {
				b.errorf(t.sheet, c.row, c.col, "this cell is in a column with no header: name the column in row 1, or empty the cell")
				continue
			}
			col := hs[i].col
			v := b.value(t, c, col.kind, col.header)
			if v == nil {
				continue
			}
			into := m
			if len(col.key) == 2 {
				if nested[col.key[0]] == nil {
					nested[col.key[0]] = b.mapping(t, c)
					m.Content = append(m.Content, b.key(t, c, col.key[0]), nested[col.key[0]])
				}
				into = nested[col.key[0]]
			}
			into.Content = append(into.Content, b.key(t, c, col.key[len(col.key)-1]), v)
		}
		out = append(out, m)
	}
	return out
}

// sequence returns the sequence of items placed at cell A1 of t.
func (b *builder) sequence(t *table, items []*yaml.Node) *yaml.Node {
	return &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: t.sheet*rowSpan + 1, Column: 1, Content: items}
}

// simpleColumns returns the columns of a table of keys that hold text,
// but those named in kinds.
func simpleColumns(keys []string, kinds map[string]kind) []column {
	cols := make([]column, len(keys))
	for i, k := range keys {
		cols[i] = column{k, []string{k}, kinds[k]}
	}
	return cols
}

// declared makes the phases or paths list of steps that name them when the
// file declares none: each id once, in the order of first use, placed at
// the cell that first names it.
func declared(steps []*yaml.Node, key string) *yaml.Node {
	var items []*yaml.Node
	seen := map[string]bool{}
	for _, s := range steps {
		for i := 0; i+1 < len(s.Content); i += 2 {
			if s.Content[i].Value != key {
				continue
			}
			v := s.Content[i+1]
			names := []*yaml.Node{v}
			if v.Kind == yaml.SequenceNode {
				names = v.Content
			}
			for _, n := range names {
				if !seen[n.Value] {
					seen[n.Value] = true
					id := *n
					items = append(items, &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: n.Line, Column: n.Column,
						Content: []*yaml.Node{{Kind: yaml.ScalarNode, Tag: "!!str", Value: "id", Line: n.Line, Column: n.Column}, &id}})
				}
			}
		}
	}
	if len(items) == 0 {
		return nil
	}
	return &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: items[0].Line, Column: items[0].Column, Content: items}
}

// document makes the journey's document of its top-level keys, in the
// order of the format; keys not given are left out.
func document(top map[string][2]*yaml.Node, line, col int) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: line, Column: col}
	for _, k := range blueprint.JourneyKeys() {
		if kv, ok := top[k]; ok {
			m.Content = append(m.Content, kv[0], kv[1])
		}
	}
	return &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{m}, Line: line, Column: col}
}

// plain returns a scalar that stands for no cell (Line 0: the whole file).
func plain(tag, value string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: value}
}
