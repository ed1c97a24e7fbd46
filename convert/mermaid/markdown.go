package mermaid

import (
	"strings"
)

// A fence opens or closes a fenced code block of Markdown.
type fence struct {
	char    byte // '`' or '~'
	size    int  // how many of them
	indent  int  // spaces before it
	mermaid bool // its info string names mermaid
}

// openingFence tells whether text opens a fenced code block, and which.
func openingFence(text string) (fence, bool) {
	indent := len(text) - len(strings.TrimLeft(text, " "))
	if indent > 3 {
		return fence{}, false
	}
	rest := text[indent:]
	if rest == "" || rest[0] != '`' && rest[0] != '~' {
		return fence{}, false
	}
	f := fence{char: rest[0], indent: indent}
	for f.size < len(rest) && rest[f.size] == f.char {
		f.size++
	}
	info := strings.TrimSpace(rest[f.size:])
	if f.size < 3 || f.char == '`' && strings.Contains(info, "`") {
		return fence{}, false
	}
	word, _, _ := strings.Cut(info, " ")
	word = strings.TrimPrefix(strings.TrimPrefix(strings.TrimSuffix(word, "}"), "{"), ".")
	f.mermaid = strings.EqualFold(word, "mermaid")
	return f, true
}

// closes tells whether text closes the block f opened.
func (f fence) closes(text string) bool {
	t := strings.TrimLeft(text, " ")
	if len(text)-len(t) > 3 {
		return false
	}
	t = strings.TrimRight(t, " \t")
	return len(t) >= f.size && strings.Trim(t, string(f.char)) == ""
}

// A block is a fenced ```mermaid block of a Markdown file.
type block struct {
	open  line   // the opening fence
	lines []line // its content, the fence's indentation removed
}

// markdownBlock returns the lines of the first ```mermaid block of the
// Markdown file that holds a journey, warning about a later one; or nil
// after reporting that there is none (naming what the first mermaid block
// holds) or that a block is not closed, and false.
func (r *reader) markdownBlock(all []line) ([]line, bool) {
	var first, journey *block
	for i := 0; i < len(all); i++ {
		f, ok := openingFence(all[i].text)
		if !ok {
			continue
		}
		b := &block{open: all[i]}
		j := i + 1
		for ; j < len(all) && !f.closes(all[j].text); j++ {
			if f.mermaid {
				b.lines = append(b.lines, unindent(all[j], f.indent))
			}
		}
		if j == len(all) && f.mermaid && journey == nil {
			r.errorf(all[i].at(f.indent), "the mermaid block opened on line %d is not closed: end it with a line of %s", all[i].num, strings.Repeat(string(f.char), f.size))
			return nil, false
		}
		i = j
		switch {
		case !f.mermaid:
		case journey != nil:
			if kindOf(b.lines) == "journey" {
				r.warnf(b.open.at(f.indent), "a second journey diagram (line %d) is not read: import reads the first, on line %d; move this one to a file of its own", b.open.num, journey.open.num)
				return journey.lines, true
			}
		case kindOf(b.lines) == "journey":
			journey = b
		case first == nil:
			first = b
		}
	}
	switch {
	case journey != nil:
		return journey.lines, true
	case first != nil:
		at := first.open.at(0)
		if h, ok := header(first.lines); ok {
			at = h.at(0)
		}
		r.errorf(at, "the mermaid block on line %d is %s, not a journey, and no other mermaid block holds one: import reads a block whose diagram starts with journey", first.open.num, describeKind(kindOf(first.lines)))
	default:
		r.errorf(pos{}, "there is no ```mermaid block: import reads the first mermaid block that holds a journey diagram")
	}
	return nil, false
}

// unindent removes up to n spaces from the start of l, as Markdown does
// with the content of a block whose fence is indented.
func unindent(l line, n int) line {
	i := 0
	for i < n && i < len(l.text) && l.text[i] == ' ' {
		i++
	}
	return l.rest(i)
}
