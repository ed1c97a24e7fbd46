package blueprint

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"

	"go.yaml.in/yaml/v4"
)

// MaxSize is the largest journey file Load accepts, in bytes. Real journeys
// are a few kilobytes; 10 000 detailed steps fit in well under this.
const MaxSize = 4 << 20

// Defaults for the optional top-level keys.
const (
	DefaultLocale    = "en"
	DefaultCurrency  = "EUR"
	DefaultDeadAfter = 5 * Minute
)

// Load reads and validates a journey. file names it in diagnostics. It
// returns the journey and every problem found, sorted by position; the
// journey is nil when any problem is an error.
func Load(file string, data []byte) (*Journey, Diagnostics) {
	d := &decoder{file: file}
	j := d.load(data)
	d.clamp(data)
	d.diags.Sort()
	if d.diags.HasErrors() {
		return nil, d.diags
	}
	return j, d.diags
}

func (d *decoder) load(data []byte) *Journey {
	top := Pos{File: d.file, Line: 1, Col: 1}
	if len(data) > MaxSize {
		d.report(Error, top, "the file is larger than %d MiB, the limit for one journey: split it into several journeys", MaxSize>>20)
		return nil
	}
	if !utf8.Valid(data) {
		d.report(Error, invalidUTF8(d.file, data), "the file is not valid UTF-8 text: save it as UTF-8")
		return nil
	}
	doc := d.parse(data)
	if doc == nil {
		return nil
	}
	return d.journey(doc)
}

// LoadNode validates a journey given as the top mapping of a YAML document,
// as another program's file becomes one (package convert). place turns a
// node's Line and Column into the place in that file they stand for (a
// workbook's Steps!A3, a table's row 3), where every problem is reported
// and which messages naming a second place ("first at ...") name; nil
// means the lines and columns are the file's own. The journey is nil when
// any problem is an error.
func LoadNode(file string, doc *yaml.Node, place func(line, col int) Pos) (*Journey, Diagnostics) {
	d := &decoder{file: file, place: place}
	var j *Journey
	if doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		doc = doc.Content[0]
	}
	switch {
	case isNull(doc):
		d.report(Error, Pos{File: file}, "there is no journey: it needs a title and steps")
	case d.checkUTF8(doc):
		j = d.journey(doc)
	}
	d.diags.Sort()
	if d.diags.HasErrors() {
		return nil, d.diags
	}
	return j, d.diags
}

// checkUTF8 reports every text of n that is not valid UTF-8, which a file
// read by Load cannot hold (it is refused whole) but a cell of another
// program's file can; it reports whether all are valid.
func (d *decoder) checkUTF8(n *yaml.Node) bool {
	ok := utf8.ValidString(n.Value)
	if !ok {
		d.errorf(n, "this text is not valid UTF-8: save the file with its texts as UTF-8")
	}
	for _, c := range n.Content {
		ok = d.checkUTF8(c) && ok
	}
	return ok
}

// journey reads and checks the journey of the mapping doc.
func (d *decoder) journey(doc *yaml.Node) *Journey {
	j := &Journey{File: d.file, Locale: DefaultLocale, Currency: DefaultCurrency, DeadAfter: DefaultDeadAfter}
	if !decodeMapping(d, doc, "the journey", journeyFields(), j) {
		return nil
	}
	d.checkTags(doc)
	d.checkPhases(j)
	d.checkPaths(j)
	d.checkSteps(j, doc)
	return j
}

// parse returns the top node of the file's only YAML document, or nil after
// reporting why there is none.
func (d *decoder) parse(data []byte) *yaml.Node {
	dec := yaml.NewDecoder(bytes.NewReader(asYAML11(data)))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			d.report(Error, Pos{File: d.file, Line: 1, Col: 1}, "the file is empty: a journey starts with version: 1, title: and steps:")
		} else {
			d.syntaxError(err, data)
		}
		return nil
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == nil:
		d.errorf(&next, "a second YAML document: a file holds one journey, so remove the '---' line or move this part to its own file")
	case !errors.Is(err, io.EOF):
		d.syntaxError(err, data)
	}
	if len(doc.Content) == 0 || isNull(doc.Content[0]) {
		d.report(Error, Pos{File: d.file, Line: 1, Col: 1}, "the file is empty: a journey starts with version: 1, title: and steps:")
		return nil
	}
	d.checkTabLines(data, doc.Content[0])
	return doc.Content[0]
}

// standardTags are the tags a journey may write explicitly: those of the
// YAML 1.2 core schema, whose values the loader reads.
var standardTags = []string{"!!str", "!!int", "!!float", "!!bool", "!!null", "!!seq", "!!map"}

// checkTags reports, at the tag, every node of n tagged explicitly with a
// tag other than the standard ones (!foo, !!binary): the loader would read
// the value as if the tag were not there.
func (d *decoder) checkTags(n *yaml.Node) {
	if n.Style&yaml.TaggedStyle != 0 && !contains(standardTags, n.ShortTag()) {
		d.errorf(n, "unknown tag %s: remove it, a journey holds plain texts, numbers and true or false", n.Tag)
	}
	for _, c := range n.Content {
		d.checkTags(c)
	}
}

// yaml12Version returns where the version of a %YAML 1.2 directive line
// begins ("%YAML 1.2", then the end of the line, a space or a comment),
// or -1 for any other line.
func yaml12Version(line []byte) int {
	rest, ok := bytes.CutPrefix(line, []byte("%YAML"))
	version := bytes.TrimLeft(rest, " \t")
	if !ok || len(version) == len(rest) || !bytes.HasPrefix(version, []byte("1.2")) {
		return -1
	}
	if after := version[3:]; len(after) > 0 && bytes.IndexByte([]byte(" \t\r#"), after[0]) < 0 {
		return -1 // 1.20, 1.2.1
	}
	return len(line) - len(version)
}

// asYAML11 returns data with a %YAML 1.2 directive before the first
// document written as %YAML 1.1, the version the parser accepts, and
// otherwise the same bytes, so that lines and columns stay exact. The
// parser reads both versions alike (yes is text, 0o14 a number), and
// still checks what a directive needs: the --- after it, no second one.
func asYAML11(data []byte) []byte {
	for offset := 0; offset < len(data); {
		line, _, _ := bytes.Cut(data[offset:], []byte("\n"))
		trimmed := bytes.TrimSpace(line)
		switch {
		case len(trimmed) > 0 && trimmed[0] != '#' && trimmed[0] != '%':
			return data // the document has begun
		case yaml12Version(line) >= 0:
			at := offset + yaml12Version(line)
			out := bytes.Clone(data)
			copy(out[at:], "1.1")
			return out
		}
		offset += len(line) + 1
	}
	return data
}

// syntaxHints turn the YAML parser's words into advice.
var syntaxHints = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"mapping values are not allowed in this context":  "a ': ' inside a value; put the whole text in quotes",
		"found a tab character that violates indentation": "indent with spaces, not tabs",
		"found character that cannot start any token":     "a value may not start with this character (a tab, @ or `); indent with spaces or put the text in quotes",
		"did not find expected key":                       "check the indentation of this line against the lines above",
		"did not find expected '-' indicator":             "check the indentation of this list item against the items above",
		"found unexpected end of stream":                  "a quote or bracket is not closed",
		"did not find expected ',' or ']'":                "a [ list is not closed; end it with ] or put its items on lines of their own, each after '- '",
		"did not find expected ',' or '}'":                "a { mapping is not closed; end it with } or put its keys on lines of their own",
	}
})

// contextWords name what the parser was reading when it failed, after its
// context message, in the user's words.
var contextWords = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"while parsing a block mapping":    "the keys",
		"while parsing a block collection": "the list",
		"while parsing a flow sequence":    "the [ list",
		"while parsing a flow mapping":     "the { mapping",
		"while scanning a quoted scalar":   "the quoted text",
		"while scanning a plain scalar":    "the text",
	}
})

// syntaxError reports a YAML syntax error at the place the parser names;
// a tab in the indentation of that line is reported as such, at the tab.
func (d *decoder) syntaxError(err error, data []byte) {
	at := Pos{File: d.file, Line: 1, Col: 1}
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	var le *yaml.LoadError
	if errors.As(err, &le) {
		msg = le.Message
		if le.Mark.Line > 0 {
			at.Line, at.Col = le.Mark.Line, max(le.Mark.Column, 1)
		}
	}
	if col := tabIndent(data, at.Line); col > 0 {
		d.tabError(at.Line, col)
		return
	}
	if hint, ok := syntaxHints()[msg]; ok {
		msg += ": " + hint
	}
	if le != nil && le.ContextMark.Line > 0 && le.ContextMark.Line != at.Line {
		what, ok := contextWords()[le.ContextMsg]
		if !ok {
			what = "the part"
		}
		msg += fmt.Sprintf(" (in %s that starts at line %d, column %d)", what, le.ContextMark.Line, le.ContextMark.Column)
	}
	d.report(Error, at, "YAML syntax: %s", msg)
}

// tabError reports a tab in the indentation of line, at column col.
func (d *decoder) tabError(line, col int) {
	d.report(Error, Pos{File: d.file, Line: line, Col: col}, "YAML syntax: a tab in the indentation at line %d: indent with spaces, YAML does not allow tabs there", line)
}

// checkTabLines reports every line that starts with a tab and holds more
// than a comment, in a file whose top is a block mapping: there each line
// of a value must start with a space, a rule the parser does not enforce
// inside quoted texts and [ ] lists (yaml-test-suite DK95-01, Y79Y-003).
func (d *decoder) checkTabLines(data []byte, top *yaml.Node) {
	if top.Style&yaml.FlowStyle != 0 {
		return // a { } journey may indent its lines with anything
	}
	for i, line := range splitLines(string(data)) {
		if rest := strings.TrimLeft(line, " \t"); line != "" && line[0] == '\t' && rest != "" && rest[0] != '#' {
			d.tabError(i+1, 1)
		}
	}
}

// tabIndent returns the column of the first tab among the spaces and tabs
// that start the given line of data, or 0 when there is none.
func tabIndent(data []byte, line int) int {
	lines := splitLines(string(data))
	if line < 1 || line > len(lines) {
		return 0
	}
	indent := lines[line-1][:len(lines[line-1])-len(strings.TrimLeft(lines[line-1], " \t"))]
	return strings.IndexByte(indent, '\t') + 1
}

// clamp moves positions past the end of data, where the YAML parser may
// place the end of the input, to the end of its last line.
func (d *decoder) clamp(data []byte) {
	var lines []string
	for i := range d.diags {
		p := &d.diags[i].Pos
		if p.Line <= 1 {
			continue
		}
		if lines == nil {
			lines = splitLines(string(data))
		}
		if p.Line > len(lines) {
			p.Line, p.Col = len(lines), utf8.RuneCountInString(lines[len(lines)-1])+1
		}
	}
}

// lineBreaks are the characters YAML reads as the end of a line.
var lineBreaks = sync.OnceValue(func() *strings.Replacer {
	return strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u0085", "\n", "\u2028", "\n", "\u2029", "\n")
})

// splitLines splits text into lines as YAML counts them.
func splitLines(text string) []string {
	return strings.Split(lineBreaks().Replace(text), "\n")
}

// invalidUTF8 returns the position of the first byte that is not UTF-8.
func invalidUTF8(file string, data []byte) Pos {
	line, col := 1, 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			break
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		data = data[size:]
	}
	return Pos{File: file, Line: line, Col: col}
}

// checkPhases warns about declared phases that no step uses.
func (d *decoder) checkPhases(j *Journey) {
	used := make(map[string]bool, len(j.Phases))
	for _, s := range j.Steps {
		used[s.Phase] = true
	}
	for _, p := range j.Phases {
		if !used[p.ID] {
			d.report(Warning, p.Pos, "phase %q has no steps: give it a step or remove it", p.ID)
		}
	}
}

// checkPaths checks the paths the steps name: declared, and every declared
// path with a step on it.
func (d *decoder) checkPaths(j *Journey) {
	ids := j.PathIDs()
	used := make(map[string]bool, len(ids))
	for i := range j.Steps {
		s := &j.Steps[i]
		if len(s.Paths) == 0 {
			for _, id := range ids {
				used[id] = true
			}
			continue
		}
		if len(ids) == 0 {
			d.report(Error, s.at.paths[0], "path %q is not declared: add a paths: list with id: %s at the top, or remove path: from step %q", s.Paths[0], s.Paths[0], s.ID)
			continue
		}
		for k, id := range s.Paths {
			if !contains(ids, id) {
				d.report(Error, s.at.paths[k], "path %q is not declared%s (declared: %s)", id, didYouMean(id, ids), strings.Join(ids, ", "))
				id = Closest(id, ids) // a typo: the path meant has a step, reported with it
			}
			used[id] = true
		}
	}
	for _, p := range j.Paths {
		if !used[p.ID] {
			d.report(Error, p.at.id, "path %q has no step: name it in the path: of the steps on it, or remove it", p.ID)
		}
	}
}

// checkSteps checks what concerns several steps: phases named and in order,
// lane texts, and the value moment.
func (d *decoder) checkSteps(j *Journey, doc *yaml.Node) {
	index := make(map[string]int, len(j.Phases))
	ids := make([]string, len(j.Phases))
	for i, p := range j.Phases {
		index[p.ID], ids[i] = i, p.ID
	}
	current, currentAt := -1, Pos{}
	value := false
	for i := range j.Steps {
		s := &j.Steps[i]
		value = value || s.Value
		if !s.HasLaneText() {
			d.report(Warning, s.Pos, "step %q has no lane text: add customer: with what the customer does (or evidence, frontstage, backstage, support)", s.ID)
		}
		switch at, ok := index[s.Phase]; {
		case len(j.Phases) == 0 && s.Phase != "":
			d.report(Error, s.at.phase, "phase %q is not declared: add a phases: list with id: %s at the top, or remove phase:", s.Phase, s.Phase)
		case len(j.Phases) == 0:
		case s.Phase == "":
			d.report(Error, s.Pos, "missing required key \"phase\" in step %q: when phases are declared every step names one (%s)", s.ID, strings.Join(ids, ", "))
		case !ok:
			d.report(Error, s.at.phase, "phase %q is not declared%s (declared: %s)", s.Phase, didYouMean(s.Phase, ids), strings.Join(ids, ", "))
		case at < current:
			d.report(Error, s.at.phase, "step %q goes back to phase %q after phase %q (%s): steps follow the order of the phases, so move the step or reorder the phases",
				s.ID, s.Phase, ids[current], d.lineOf(currentAt))
		default:
			current, currentAt = at, s.at.phase
		}
	}
	if !value && len(j.Steps) > 0 && !d.valueUnread {
		d.report(Warning, stepsPos(d, doc), "no step has value: true: mark the step where the customer has what they came for, or time to value stays unknown")
	}
}

// stepsPos returns the position of the steps key in the top mapping.
func stepsPos(d *decoder, doc *yaml.Node) Pos {
	for i := 0; i+1 < len(doc.Content); i += 2 {
		if doc.Content[i].Value == "steps" {
			return d.pos(doc.Content[i])
		}
	}
	return d.pos(doc)
}
