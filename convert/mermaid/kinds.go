package mermaid

import (
	"fmt"
	"strings"
)

// kinds are the first words of Mermaid's other diagrams, as its detectors
// match them (case matters), and what each is.
var kinds = []struct{ word, what string }{
	{"flowchart", "a flowchart"}, {"graph", "a flowchart"},
	{"sequenceDiagram", "a sequence diagram"}, {"classDiagram", "a class diagram"},
	{"stateDiagram", "a state diagram"}, {"erDiagram", "an entity relationship diagram"},
	{"gantt", "a Gantt chart"}, {"pie", "a pie chart"}, {"gitGraph", "a Git graph"},
	{"mindmap", "a mind map"}, {"timeline", "a timeline"}, {"quadrantChart", "a quadrant chart"},
	{"requirement", "a requirement diagram"}, {"C4", "a C4 diagram"}, {"sankey", "a Sankey diagram"},
	{"xychart", "an XY chart"}, {"block", "a block diagram"}, {"packet", "a packet diagram"},
	{"kanban", "a kanban board"}, {"architecture", "an architecture diagram"},
	{"radar", "a radar chart"}, {"treemap", "a treemap"}, {"ishikawa", "an Ishikawa diagram"},
	{"venn", "a Venn diagram"}, {"zenuml", "a ZenUML diagram"}, {"info", "an info diagram"},
}

// kindOf returns the kind of the diagram in lines: "journey", another
// kind's first word, "" for an empty diagram, or the first word itself.
func kindOf(lines []line) string {
	h, ok := header(lines)
	if !ok {
		return ""
	}
	t := strings.TrimSpace(h.text)
	if strings.HasPrefix(t, "journey") {
		return "journey"
	}
	for _, k := range kinds {
		if strings.HasPrefix(t, k.word) {
			return k.word
		}
	}
	word, _, _ := strings.Cut(t, " ")
	return word
}

// describeKind says what a diagram of the kind is, for a message.
func describeKind(kind string) string {
	if kind == "" {
		return "empty"
	}
	for _, k := range kinds {
		if k.word == kind {
			return k.what
		}
	}
	if len(kind) > 40 {
		kind = kind[:40] + "…"
	}
	return fmt.Sprintf("a diagram starting with %q", kind)
}

// header returns the line that names the diagram's kind: the first after
// the front matter that is neither blank, a comment nor a directive.
func header(lines []line) (line, bool) {
	i := 0
	if end, ok := frontMatterEnd(lines); ok {
		i = end + 1
	} else if end >= 0 {
		return line{}, false
	}
	for ; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i].text)
		switch {
		case t == "":
		case strings.HasPrefix(t, "%%{"):
			j := i
			for j < len(lines) && !strings.Contains(lines[j].text, "}%%") {
				j++
			}
			i = j
		case strings.HasPrefix(t, "%%"):
		default:
			return lines[i], true
		}
	}
	return line{}, false
}

// frontMatterEnd returns the index of the line closing the front matter
// that opens lines, and true; -1 and false when there is none; the index
// of the opening line and false when it is not closed.
func frontMatterEnd(lines []line) (int, bool) {
	if len(lines) == 0 || strings.TrimRight(lines[0].text, " \t") != "---" {
		return -1, false
	}
	for i := 1; i < len(lines); i++ {
		if strings.TrimRight(lines[i].text, " \t") == "---" {
			return i, true
		}
	}
	return 0, false
}
