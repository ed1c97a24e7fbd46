package mermaid

import (
	"strconv"
	"strings"

	"github.com/blueprint-tool/blueprint/convert"
	"go.yaml.in/yaml/v4"
)

// build returns the journey of d as a YAML document, each node placed where
// its value stands in the diagram.
func (r *reader) build(d *diagram) *yaml.Node {
	top := d.journey.at(len(d.journey.text) - len(strings.TrimLeft(d.journey.text, " \t")))
	doc := mapping(top)
	add(doc, "version", scalar("1", "!!int", top))
	add(doc, "title", str(r.title(d, top)))
	if d.description.s != "" {
		add(doc, "description", str(d.description))
	}
	phases, phaseIDs := r.phases(d)
	if phases != nil {
		add(doc, "phases", phases)
	}
	steps := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: d.tasks[0].name.at.line, Column: d.tasks[0].name.at.col}
	u := newIDs("step")
	for _, t := range d.tasks {
		step := mapping(t.name.at)
		add(step, "id", scalar(u.next(t.name.s), "!!str", t.name.at))
		if phaseIDs != nil {
			add(step, "phase", scalar(phaseIDs[t.section+1], "!!str", t.name.at))
		}
		add(step, "title", str(t.name))
		add(step, "customer", str(text{s: lane(t), at: t.name.at}))
		add(step, "emotion", scalar(strconv.Itoa(t.score-3), "!!int", t.scoreAt))
		steps.Content = append(steps.Content, step)
	}
	add(doc, "steps", steps)
	return &yaml.Node{Kind: yaml.DocumentNode, Line: top.line, Column: top.col, Content: []*yaml.Node{doc}}
}

// lane is the customer's lane text of a task: its name, and its actors in
// brackets after it.
func lane(t task) string {
	if len(t.actors) == 0 {
		return t.name.s
	}
	return t.name.s + " (" + strings.Join(t.actors, ", ") + ")"
}

// title returns the journey's title: the diagram's title, else its
// accTitle, else the name of the file, with a warning.
func (r *reader) title(d *diagram, top pos) text {
	switch {
	case d.title.s != "":
		return d.title
	case d.accTitle.s != "":
		return d.accTitle
	}
	name := convert.TitleOf(r.file)
	r.warnf(top, "the diagram has no title: the journey is titled %q; add a line title Your journey under journey", name)
	return text{s: name, at: top}
}

// phases returns the phases of d's sections that hold tasks, and the phase
// id of each section by its index + 1 (0: the tasks before the first
// section); nil, nil when d has no sections.
func (r *reader) phases(d *diagram) (*yaml.Node, []string) {
	if len(d.sections) == 0 {
		return nil, nil
	}
	count := make([]int, len(d.sections)+1)
	for _, t := range d.tasks {
		count[t.section+1]++
	}
	first := d.sections[0].at
	seq := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: first.line, Column: first.col}
	u := newIDs("phase")
	ids := make([]string, len(d.sections)+1)
	if count[0] > 0 {
		at := d.tasks[0].name.at
		r.warnf(at, "the tasks before the first section are put in a phase %q: add a section line above them to name it", "Start")
		ids[0] = u.next("start")
		seq.Content = append(seq.Content, phase(ids[0], text{s: "Start", at: at}))
	}
	for i, s := range d.sections {
		if count[i+1] == 0 {
			r.warnf(s.at, "section %q has no tasks: it is left out of the journey", s.s)
			continue
		}
		ids[i+1] = u.next(s.s)
		seq.Content = append(seq.Content, phase(ids[i+1], s))
	}
	return seq, ids
}

func phase(id string, title text) *yaml.Node {
	p := mapping(title.at)
	add(p, "id", scalar(id, "!!str", title.at))
	add(p, "title", str(title))
	return p
}

func mapping(at pos) *yaml.Node {
	return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: at.line, Column: at.col}
}

func scalar(value, tag string, at pos) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: value, Line: at.line, Column: at.col}
}

func str(t text) *yaml.Node { return scalar(t.s, "!!str", t.at) }

// add adds key: value to the mapping m, the key placed where the value is.
func add(m *yaml.Node, key string, value *yaml.Node) {
	m.Content = append(m.Content, scalar(key, "!!str", pos{line: value.Line, col: value.Column}), value)
}
