package blueprint

import (
	"cmp"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v4"
	"golang.org/x/text/unicode/norm"
)

// decoder walks the YAML nodes of one file, collecting diagnostics.
type decoder struct {
	file  string
	diags Diagnostics
	// valueUnread is set when a step's value: is not true or false, so
	// that no step may be the value moment only for want of reading it.
	valueUnread bool
	// place, when set, turns a node's Line and Column into the place in
	// another program's file where problems are reported (see LoadNode).
	place func(line, col int) Pos
}

// lineOf describes a position by its line, or by its place in the file the
// journey was read from (a cell, a row), for messages that name a second
// place.
func (d *decoder) lineOf(p Pos) string {
	if d.place == nil {
		return fmt.Sprintf("line %d", p.Line)
	}
	at := d.place(p.Line, p.Col)
	if at.Sheet != "" {
		return fmt.Sprintf("%s!%s%d", at.Sheet, ColumnName(at.Col), at.Line)
	}
	return fmt.Sprintf("row %d", at.Line)
}

func (d *decoder) pos(n *yaml.Node) Pos { return Pos{File: d.file, Line: n.Line, Col: n.Column} }

func (d *decoder) report(s Severity, at Pos, format string, args ...any) {
	if d.place != nil && at.Line > 0 {
		at = d.place(at.Line, at.Col)
		at.File = d.file
	}
	d.diags = append(d.diags, Diagnostic{at, s, fmt.Sprintf(format, args...)})
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.report(Error, d.pos(n), format, args...)
}

func (d *decoder) warnf(n *yaml.Node, format string, args ...any) {
	d.report(Warning, d.pos(n), format, args...)
}

// field is one key of a mapping: whether it must be there, what to write
// when it is missing, and how its value is read into T. doc and schema
// describe it for editors: JSONSchema is built from the same tables.
type field[T any] struct {
	key      string
	required bool
	hint     string               // an example line, for the "missing key" message
	hintFor  func(into *T) string // when set, the example line made from the keys read before
	decode   func(d *decoder, v *yaml.Node, into *T)
	doc      string      // what the key means, shown by editors on hover
	schema   *jsonSchema // the values decode accepts, as far as a schema can say
}

// decodeMapping reads mapping n into "into" through fields, reporting
// unknown, repeated and missing keys. Values are decoded in the order of
// fields, so a field may rely on the ones listed before it. An empty value
// counts as absent. It reports whether n was a mapping.
func decodeMapping[T any](d *decoder, n *yaml.Node, what string, fields []field[T], into *T) bool {
	if n.Kind != yaml.MappingNode {
		d.wrongType(n, what, "a mapping of keys and values")
		return false
	}
	known := make([]string, len(fields))
	for i, f := range fields {
		known[i] = f.key
	}
	values := d.mappingValues(n, what, known)
	for _, f := range fields {
		v, ok := values[f.key]
		switch {
		case ok && !isNull(v):
			f.decode(d, v, into)
		case ok && f.required:
			d.errorf(v, "%s has no value: write %s", f.key, f.example(into))
		case f.required:
			d.errorf(n, "missing required key %q in %s: add %s", f.key, what, f.example(into))
		}
	}
	return true
}

// example returns the line to write when f is missing from into.
func (f field[T]) example(into *T) string {
	if f.hintFor != nil {
		return f.hintFor(into)
	}
	return f.hint
}

// mappingValues returns the values of mapping n by key, reporting keys that
// are repeated, not text, or not among known (unless known is nil).
func (d *decoder) mappingValues(n *yaml.Node, what string, known []string) map[string]*yaml.Node {
	values := make(map[string]*yaml.Node, len(n.Content)/2)
	firsts := make(map[string]Pos, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case k.Kind != yaml.ScalarNode:
			d.errorf(k, "a key in %s must be a plain word, not %s", what, describe(k))
		case k.Value == "<<":
			d.errorf(k, "merge keys (<<) are not supported: write the keys out")
		case known != nil && !contains(known, k.Value):
			d.errorf(k, "unknown key %q in %s%s", k.Value, what, didYouMean(k.Value, known))
		case firsts[k.Value].Line != 0:
			d.errorf(k, "key %q appears twice in %s (first at %s): keep one", k.Value, what, d.lineOf(firsts[k.Value]))
		default:
			values[k.Value], firsts[k.Value] = v, d.pos(k)
		}
	}
	return values
}

// decodeList calls item for every element of sequence n.
func (d *decoder) decodeList(n *yaml.Node, what string, item func(i int, v *yaml.Node)) {
	if n.Kind != yaml.SequenceNode {
		d.wrongType(n, what, "a list (lines starting with '- ')")
		return
	}
	for i, v := range n.Content {
		item(i, v)
	}
}

func isBoolean(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!bool" }

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// describe names what a node holds, for messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	switch n.ShortTag() {
	case "!!int", "!!float":
		return "the number " + n.Value
	case "!!bool":
		return n.Value
	case "!!null":
		return "nothing"
	}
	return strconv.Quote(n.Value)
}

// wrongType reports that the value of key holds the wrong kind of thing.
func (d *decoder) wrongType(n *yaml.Node, key, want string) {
	if n.Kind == yaml.AliasNode {
		d.errorf(n, "aliases (*%s) are not supported: write the value of %s out", n.Value, key)
		return
	}
	d.errorf(n, "%s must be %s, not %s", key, want, describe(n))
}

// MaxText is the longest text, in characters, that a card of the pictures
// shows well: about half a page, 40 lines at a card's width. A longer text
// is a warning; it is still drawn.
const MaxText = 2000

// text reads a one-piece text. Numbers and booleans count as the text they
// are written with, so "title: 1984" is the title "1984". A text longer
// than MaxText is a warning.
func (d *decoder) text(n *yaml.Node, key string) string {
	if n.Kind != yaml.ScalarNode {
		d.wrongType(n, key, "text")
		return ""
	}
	t := strings.TrimSpace(n.Value)
	if length := utf8.RuneCountInString(t); length > MaxText {
		d.warnf(n, "%s is %d characters long, more than the %d a card shows well: shorten it, or split it into several steps or a list of texts", key, length, MaxText)
	}
	return t
}

// texts reads a lane text: one text or a list of them, blank ones dropped.
func (d *decoder) texts(n *yaml.Node, key string) []string {
	if n.Kind == yaml.ScalarNode {
		if t := d.text(n, key); t != "" {
			return []string{t}
		}
		return nil
	}
	var out []string
	if n.Kind != yaml.SequenceNode {
		d.wrongType(n, key, "text or a list of texts")
		return nil
	}
	for _, item := range n.Content {
		if isNull(item) {
			continue
		}
		if t := d.text(item, key+" item"); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// number reads a finite number.
func (d *decoder) number(n *yaml.Node, key string) (float64, bool) {
	tag := n.ShortTag()
	if n.Kind != yaml.ScalarNode || tag != "!!int" && tag != "!!float" {
		d.wrongType(n, key, "a number")
		return 0, false
	}
	var f float64
	if err := n.Decode(&f); err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		d.errorf(n, "%s must be a finite number, not %s", key, n.Value)
		return 0, false
	}
	return f, true
}

// count reads a number that may not be negative.
func (d *decoder) count(n *yaml.Node, key string) float64 {
	f, ok := d.number(n, key)
	if ok && f < 0 {
		d.errorf(n, "%s must not be negative, not %s", key, n.Value)
		return 0
	}
	return f
}

// score reads an integer from lo to hi; what explains the scale.
func (d *decoder) score(n *yaml.Node, key string, lo, hi int, what string) *int {
	f, ok := d.number(n, key)
	if !ok {
		return nil
	}
	if f != math.Trunc(f) || f < float64(lo) || f > float64(hi) {
		d.errorf(n, "%s must be an integer from %d to %d (%s), not %s", key, lo, hi, what, n.Value)
		return nil
	}
	i := int(f)
	return &i
}

// boolean reads true or false.
func (d *decoder) boolean(n *yaml.Node, key string) bool {
	if !isBoolean(n) {
		d.wrongType(n, key, "true or false")
		return false
	}
	return n.Value == "true" || n.Value == "True" || n.Value == "TRUE"
}

// span reads a duration or a range of durations.
func (d *decoder) span(n *yaml.Node, key string) Span {
	if n.Kind != yaml.ScalarNode {
		d.wrongType(n, key, "a duration such as 5m or 3w..5w")
		return Span{}
	}
	s, err := ParseSpan(n.Value)
	if err != nil {
		d.errorf(n, "%v", err)
	}
	return s
}

// id reads an identifier: lowercase letters, digits and '-'; an integer
// counts as its digits, as the schema allows. example is one, such as
// take-number, for the message when the value is empty or is a boolean,
// null or a decimal number.
func (d *decoder) id(n *yaml.Node, key, example string) string {
	if tag := n.ShortTag(); n.Kind == yaml.ScalarNode && tag != "!!str" && tag != "!!int" {
		d.errorf(n, "%s must be an id (lowercase letters, digits and '-'), not %s: write %s: %s", key, describe(n), key, example)
		return ""
	}
	s := d.text(n, key)
	switch {
	case s == "" && n.Kind == yaml.ScalarNode:
		d.errorf(n, "%s is empty: write %s: %s", key, key, example)
	case s != "" && !isID(s):
		d.errorf(n, "%s %q may hold only lowercase letters, digits and '-': write %s", key, s, cmp.Or(Slug(s), "step-1"))
	}
	return s
}

func isID(s string) bool {
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// latinLetters are the letters that do not decompose into a Latin letter
// and marks, written in Latin letters.
var latinLetters = sync.OnceValue(func() *strings.Replacer {
	return strings.NewReplacer("ß", "ss", "æ", "ae", "Æ", "ae", "ø", "o", "Ø", "o", "œ", "oe", "Œ", "oe",
		"ł", "l", "Ł", "l", "đ", "d", "Đ", "d", "þ", "th", "Þ", "th", "ð", "d", "Ð", "d", "ı", "i")
})

// Slug makes an identifier of a text: lowercase ASCII letters and digits,
// accents dropped (Käyn poliisilla: kayn-poliisilla), any other run of
// characters one '-'; "" when nothing is left.
func Slug(text string) string {
	var b strings.Builder
	dash := false
	for _, c := range norm.NFD.String(latinLetters().Replace(text)) {
		c = unicode.ToLower(c)
		switch {
		case unicode.Is(unicode.Mn, c):
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(c)
			dash = false
		default:
			dash = true
		}
	}
	return b.String()
}
