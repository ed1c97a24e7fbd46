package mermaid

import (
	"math"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v4"
)

// A text is a text of the diagram and where it stands.
type text struct {
	s  string
	at pos
}

// A task is a task of the diagram: its name, its score (1..5) and where
// it stands, its actors, and its section (an index of diagram.sections; -1
// before the first).
type task struct {
	name    text
	score   int
	scoreAt pos
	actors  []string
	section int
}

// A diagram is what a journey diagram says.
type diagram struct {
	journey     line // the line that starts with journey
	title       text // the title statement's, else the front matter's
	accTitle    text
	description text // accDescr
	sections    []text
	tasks       []task
}

// parse reads the journey diagram of lines, or reports why it is not one.
func (r *reader) parse(lines []line) *diagram {
	d := &diagram{}
	i := r.frontMatter(lines, d)
	if i < 0 {
		return nil
	}
	h, ok := header(lines[i:])
	if !ok {
		r.errorf(pos{}, "the diagram is empty: a journey diagram starts with a line journey, then title, sections and tasks")
		return nil
	}
	if kind := kindOf(lines[i:]); kind != "journey" {
		r.errorf(h.at(len(h.text)-len(strings.TrimLeft(h.text, " \t"))),
			"this is %s, not a journey: import reads Mermaid journey diagrams, whose first line is journey", describeKind(kind))
		return nil
	}
	d.journey = h
	off := strings.Index(h.text, "journey") + len("journey")
	rest := []line{h.rest(off)}
	for j := i; j < len(lines); j++ {
		if lines[j].num == h.num {
			rest = append(rest, lines[j+1:]...)
			break
		}
	}
	if !r.statements(rest, d) {
		return nil
	}
	if len(d.tasks) == 0 && !r.diags.HasErrors() {
		r.errorf(h.at(0), "the journey has no tasks: add one under journey, e.g. Make tea: 5: Me")
	}
	return d
}

// frontMatter reads the title of the front matter opening lines into d
// and returns the index of the line after it (0 without front matter), or
// -1 after reporting that it is not closed or not YAML.
func (r *reader) frontMatter(lines []line, d *diagram) int {
	end, ok := frontMatterEnd(lines)
	switch {
	case end < 0:
		return 0
	case !ok:
		r.errorf(lines[0].at(0), "the front matter opened here is not closed: end it with a line ---")
		return -1
	}
	var src strings.Builder
	for _, l := range lines[1:end] {
		src.WriteString(l.text)
		src.WriteByte('\n')
	}
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(src.String()), &doc); err != nil {
		r.errorf(lines[0].at(0), "the front matter is not YAML (%s): write it as title: Your journey", firstLine(err.Error()))
		return -1
	}
	if len(doc.Content) == 1 && doc.Content[0].Kind == yaml.MappingNode {
		m := doc.Content[0]
		for k := 0; k+1 < len(m.Content); k += 2 {
			key, v := m.Content[k], m.Content[k+1]
			if key.Value == "title" && v.Kind == yaml.ScalarNode && strings.TrimSpace(v.Value) != "" && v.Line >= 1 && v.Line < end {
				l := lines[v.Line]
				d.title = text{s: strings.TrimSpace(v.Value), at: pos{line: l.num, col: l.indent + v.Column}}
			}
		}
	}
	return end + 1
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return strings.TrimPrefix(s, "yaml: ")
}

// statements reads the statements after journey into d; false when the
// diagram cannot be read on (a block not closed, too many tasks).
func (r *reader) statements(lines []line, d *diagram) bool {
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimLeft(l.text, " \t")
		l = l.rest(len(l.text) - len(t))
		switch {
		case strings.HasPrefix(t, "%%{"):
			j, ok := r.skipDirective(lines, i, l)
			if !ok {
				return false
			}
			i = j
		case strings.HasPrefix(t, "%%"), strings.TrimSpace(t) == "":
		case keyword(t, "accTitle", ':'):
			_, v, _ := strings.Cut(l.text, ":")
			d.accTitle = trimmed(l.rest(len(l.text) - len(v)))
		case keyword(t, "accDescr", ':'):
			_, v, _ := strings.Cut(l.text, ":")
			d.description = trimmed(l.rest(len(l.text) - len(v)))
		case keyword(t, "accDescr", '{'):
			j, ok := r.multilineDescription(lines, i, l, d)
			if !ok {
				return false
			}
			i = j
		default:
			if !r.statement(l, d) {
				return false
			}
		}
	}
	return true
}

// keyword tells whether t starts with the keyword (in any case), then
// optional spaces and the character after.
func keyword(t, word string, after byte) bool {
	if len(t) <= len(word) || !strings.EqualFold(t[:len(word)], word) {
		return false
	}
	rest := strings.TrimLeft(t[len(word):], " \t")
	return rest != "" && rest[0] == after
}

// spaced tells whether t starts with the keyword (in any case) and a space.
func spaced(t, word string) bool {
	return len(t) > len(word) && strings.EqualFold(t[:len(word)], word) && (t[len(word)] == ' ' || t[len(word)] == '\t')
}

// trimmed returns the text of l without the spaces around it, placed.
func trimmed(l line) text {
	t := strings.TrimLeft(l.text, " \t")
	return text{s: strings.TrimSpace(t), at: l.at(len(l.text) - len(t))}
}

// skipDirective skips the %%{...}%% directive that starts on lines[i]
// (from l) and returns the index of its last line.
func (r *reader) skipDirective(lines []line, i int, l line) (int, bool) {
	for j := i; j < len(lines); j++ {
		if strings.Contains(lines[j].text, "}%%") {
			return j, true
		}
	}
	r.errorf(l.at(0), "the directive %%%%{ opened here is not closed: end it with }%%%%")
	return 0, false
}

// multilineDescription reads accDescr { ... } from lines[i] (l) on into d
// and returns the index of its last line.
func (r *reader) multilineDescription(lines []line, i int, l line, d *diagram) (int, bool) {
	open := strings.IndexByte(l.text, '{')
	var parts []string
	first := line{}
	for j := i; j < len(lines); j++ {
		cur := lines[j]
		if j == i {
			cur = l.rest(open + 1)
		}
		body, after, closed := strings.Cut(cur.text, "}")
		if t := strings.TrimSpace(body); t != "" {
			if first.num == 0 {
				first = cur.rest(len(body) - len(strings.TrimLeft(body, " \t")))
			}
			parts = append(parts, t)
		}
		if closed {
			d.description = text{s: strings.Join(parts, "\n"), at: first.at(0)}
			if first.num == 0 {
				d.description.at = l.at(0)
			}
			if strings.TrimSpace(after) != "" {
				return j, r.statement(cur.rest(len(cur.text)-len(after)), d)
			}
			return j, true
		}
	}
	r.errorf(l.at(0), "accDescr { opened here is not closed: end the description with }")
	return 0, false
}

// statement reads a title, a section or a task from l, which starts with
// it; false when the diagram cannot be read on.
func (r *reader) statement(l line, d *diagram) bool {
	body, hash := cutComment(l.text)
	if semi := strings.IndexByte(body, ';'); semi >= 0 {
		r.errorf(l.at(semi), "a ';' cannot stand in a journey diagram: put each statement on a line of its own")
		return true
	}
	l.text = strings.TrimRight(body, " \t")
	switch {
	case spaced(l.text, "title"):
		d.title = trimmed(l.rest(len("title")))
	case strings.EqualFold(l.text, "title"):
		r.errorf(l.at(0), "title needs its text: write title My working day")
	case spaced(l.text, "section"):
		name := trimmed(l.rest(len("section")))
		if c := strings.IndexByte(l.text, ':'); c >= 0 {
			r.errorf(l.at(c), "a section's name cannot hold ':' in Mermaid: write section %s", strings.TrimSpace(strings.ReplaceAll(name.s, ":", "")))
			return true
		}
		d.sections = append(d.sections, name)
	case strings.EqualFold(l.text, "section"):
		r.errorf(l.at(0), "section needs a name: write section Go to work")
	default:
		if len(d.tasks) == MaxTasks {
			r.errorf(l.at(0), "more than %d tasks, the limit for one journey: split the diagram into several journeys", MaxTasks)
			return false
		}
		r.task(l, d, hash)
	}
	return true
}

// cutComment cuts a %% or # comment off the end of t; hash tells a # was
// cut.
func cutComment(t string) (body string, hash bool) {
	cut := len(t)
	if i := strings.Index(t, "%%"); i >= 0 {
		cut = i
	}
	if i := strings.IndexByte(t[:cut], '#'); i >= 0 {
		return t[:i], true
	}
	return t[:cut], false
}

// task reads the task on l, NAME: SCORE or NAME: SCORE: ACTOR, ACTOR, into d.
func (r *reader) task(l line, d *diagram, hash bool) {
	nameText, _, ok := strings.Cut(l.text, ":")
	name := trimmed(line{text: nameText, num: l.num, indent: l.indent})
	note := ""
	if hash {
		note = " (a # starts a comment in Mermaid)"
	}
	switch {
	case name.s == "":
		r.errorf(l.at(0), "a task needs a name before ':': write Make tea: 5: Me")
		return
	case !ok:
		r.errorf(name.at, "task %q has no score%s: write %s: 5: Me, a score from 1 (unhappy) to 5 (happy), then who takes part", name.s, note, name.s)
		return
	}
	dataLine := l.rest(len(nameText) + 1)
	scoreText, actorsText, hasActors := strings.Cut(dataLine.text, ":")
	score := trimmed(line{text: scoreText, num: l.num, indent: dataLine.indent})
	t := task{name: name, scoreAt: score.at, section: len(d.sections) - 1}
	if !r.score(&t, score, note) {
		return
	}
	if hasActors {
		actorsLine := dataLine.rest(len(scoreText) + 1)
		actorsText, extra, more := strings.Cut(actorsText, ":")
		if more && strings.TrimSpace(extra) != "" {
			r.warnf(actorsLine.at(len(actorsText)), "the text after the task's third ':' is not read (Mermaid ignores it too): remove it, or write the task as NAME: SCORE: ACTOR, ACTOR")
		}
		for _, a := range strings.Split(actorsText, ",") {
			if a = strings.TrimSpace(a); a != "" {
				t.actors = append(t.actors, a)
			}
		}
	}
	d.tasks = append(d.tasks, t)
}

// score reads the score of t, a whole number from 1 to 5.
func (r *reader) score(t *task, s text, note string) bool {
	if s.s == "" {
		r.errorf(s.at, "task %q has no score%s: write %s: 5: Me, a score from 1 (unhappy) to 5 (happy)", t.name.s, note, t.name.s)
		return false
	}
	f, err := strconv.ParseFloat(s.s, 64)
	switch {
	case err != nil || math.IsNaN(f):
		r.errorf(s.at, "score %q of task %q is not a number: write a whole number from 1 (unhappy) to 5 (happy)", s.s, t.name.s)
		return false
	case f < 1 || f > 5:
		r.errorf(s.at, "score %s of task %q is outside 1..5: write a score from 1 (unhappy) to 5 (happy)", s.s, t.name.s)
		return false
	case f != float64(int(f)):
		r.errorf(s.at, "score %s of task %q is not a whole number: write %d or %d", s.s, t.name.s, int(f), int(f)+1)
		return false
	}
	t.score = int(f)
	return true
}
