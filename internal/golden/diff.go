package golden

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The size of the excerpt of a difference.
const (
	contextLines = 2       // unchanged lines shown on each side of a change
	maxHunks     = 3       // places of change shown
	maxRun       = 6       // removed or added lines shown in a row
	maxWidth     = 160     // bytes of a line shown
	maxCells     = 1 << 22 // table size above which changed lines are not aligned
)

// difference describes how got differs from want, named wantName and
// gotName, for a test's message: the sizes and the offset of the first
// differing byte if either is binary, else an excerpt of the lines.
func difference(wantName, gotName string, want, got []byte) string {
	if isBinary(want) || isBinary(got) {
		return fmt.Sprintf("binary: %s has %d bytes, %s has %d; the first difference is at byte %d",
			wantName, len(want), gotName, len(got), commonPrefix(want, got))
	}
	return fmt.Sprintf("--- %s\n+++ %s\n%s", wantName, gotName, excerpt(splitLines(want), splitLines(got)))
}

// isBinary reports whether data is not text: not UTF-8, or with a NUL byte.
func isBinary(data []byte) bool {
	return !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0
}

// commonPrefix returns the length of the longest common prefix of a and b.
func commonPrefix[S ~[]byte | ~string](a, b S) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// splitLines splits data into lines, each with its "\n" if it has one.
func splitLines(data []byte) []string {
	lines := strings.SplitAfter(string(data), "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// An edit is one line of a difference: kept (' '), only in want ('-') or
// only in got ('+'). a and b are its indexes in want and got, -1 where
// the line is not.
type edit struct {
	kind byte
	a, b int
}

// diffLines returns the edits that turn want into got, keeping as many
// lines as it can: the common lines at the start and the end, and the
// longest common subsequence of the lines between them unless that is too
// big to compute, when all of them are removed and added.
func diffLines(want, got []string) []edit {
	pre := 0
	for pre < len(want) && pre < len(got) && want[pre] == got[pre] {
		pre++
	}
	suf := 0
	for suf < len(want)-pre && suf < len(got)-pre && want[len(want)-1-suf] == got[len(got)-1-suf] {
		suf++
	}
	var es []edit
	for i := range pre {
		es = append(es, edit{' ', i, i})
	}
	es = append(es, align(want[pre:len(want)-suf], got[pre:len(got)-suf], pre)...)
	for i := range suf {
		es = append(es, edit{' ', len(want) - suf + i, len(got) - suf + i})
	}
	return es
}

// align returns the edits that turn a into b along their longest common
// subsequence, or that remove a and add b when the table of it would have
// more than maxCells cells. The indexes of the edits start at off.
func align(a, b []string, off int) []edit {
	var es []edit
	if len(a)*len(b) > maxCells {
		for i := range a {
			es = append(es, edit{'-', off + i, -1})
		}
		for j := range b {
			es = append(es, edit{'+', -1, off + j})
		}
		return es
	}
	// lcs[i*w+j] is the length of the longest common subsequence of a[i:] and b[j:]
	w := len(b) + 1
	lcs := make([]int32, (len(a)+1)*w)
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			es = append(es, edit{' ', off + i, off + j})
			i, j = i+1, j+1
		case j == len(b) || i < len(a) && lcs[(i+1)*w+j] >= lcs[i*w+j+1]:
			es = append(es, edit{'-', off + i, -1})
			i++
		default:
			es = append(es, edit{'+', -1, off + j})
			j++
		}
	}
	return es
}

// hunks returns the places of change in es as ranges [start, end) of es:
// the changed lines with contextLines kept lines on each side, a place
// merged with the next when their context would meet.
func hunks(es []edit) [][2]int {
	var hs [][2]int
	for i, e := range es {
		if e.kind == ' ' {
			continue
		}
		start, end := max(0, i-contextLines), min(len(es), i+contextLines+1)
		if n := len(hs); n > 0 && start <= hs[n-1][1] {
			hs[n-1][1] = end
		} else {
			hs = append(hs, [2]int{start, end})
		}
	}
	return hs
}

// excerpt shows the first maxHunks places where the lines of got differ
// from those of want, in the manner of a unified diff with the line
// numbers in want and got, separated by "...".
//
//	   3  3 | <g>
//	-  4    | <text>old</text>
//	+     4 | <text>new</text>
//	   5  5 | </g>
//
// It shows at most maxRun removed or added lines in a row and counts the
// rest; a line longer than maxWidth is cut around where it differs from
// the line it replaces.
func excerpt(want, got []string) string {
	es := diffLines(want, got)
	hs := hunks(es)
	width := len(strconv.Itoa(max(len(want), len(got))))
	var out []string
	for n, h := range hs {
		if n == maxHunks {
			out = append(out, fmt.Sprintf("... and %d more places that differ", len(hs)-maxHunks))
			break
		}
		if n > 0 {
			out = append(out, "...")
		}
		out = appendHunk(out, es[h[0]:h[1]], want, got, width)
	}
	return strings.Join(out, "\n")
}

// appendHunk appends the lines of one place of change to out, with line
// numbers width digits wide.
func appendHunk(out []string, es []edit, want, got []string, width int) []string {
	cols := focus(es, want, got)
	for i := 0; i < len(es); {
		n := 1
		for i+n < len(es) && es[i+n].kind == es[i].kind {
			n++
		}
		for k := i; k < i+min(n, maxRun); k++ {
			out = append(out, fmt.Sprintf("%c %*s %*s | %s", es[k].kind,
				width, lineNumber(es[k].a), width, lineNumber(es[k].b), show(text(es[k], want, got), cols[k])))
		}
		if n > maxRun {
			out = append(out, fmt.Sprintf("%c %*s | ... %d more lines", es[i].kind, 2*width+1, "", n-maxRun))
		}
		i += n
	}
	return out
}

// focus returns for each edit the byte offset its line is cut around if it
// is too long: where a removed line differs from the added line that
// replaces it (the k-th added line after a run of removed ones), else 0.
func focus(es []edit, want, got []string) []int {
	cols := make([]int, len(es))
	for i := 0; i < len(es); i++ {
		j := i
		for j < len(es) && es[j].kind == '-' {
			j++
		}
		for k := 0; k < j-i && j+k < len(es) && es[j+k].kind == '+'; k++ {
			c := commonPrefix(want[es[i+k].a], got[es[j+k].b])
			cols[i+k], cols[j+k] = c, c
		}
		i = j
	}
	return cols
}

// text returns the line of an edit.
func text(e edit, want, got []string) string {
	if e.a >= 0 {
		return want[e.a]
	}
	return got[e.b]
}

// lineNumber returns the line number of index i, or "" for -1.
func lineNumber(i int) string {
	if i < 0 {
		return ""
	}
	return strconv.Itoa(i + 1)
}

// show returns line as an excerpt shows it: without its "\n" (noting a
// missing one) and, if longer than maxWidth bytes, cut to maxWidth bytes
// around the offset col, with "…" where it is cut.
func show(line string, col int) string {
	s, ok := strings.CutSuffix(line, "\n")
	note := ""
	if !ok {
		note = " (no newline at end of file)"
	}
	if len(s) <= maxWidth {
		return s + note
	}
	start := max(0, min(col-maxWidth/2, len(s)-maxWidth))
	end := start + maxWidth
	for start > 0 && !utf8.RuneStart(s[start]) {
		start--
	}
	for end < len(s) && !utf8.RuneStart(s[end]) {
		end--
	}
	cut := s[start:end]
	if start > 0 {
		cut = "…" + cut
	}
	if end < len(s) {
		cut += "…"
	}
	return cut + note
}
