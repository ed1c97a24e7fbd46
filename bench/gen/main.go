// Command gen writes one generated journey in the formats of blueprint and
// its peers, for bench/run.sh: the same boxes in the same places and the
// same arrows, so that each program draws the same picture.
//
//	go run ./bench/gen -steps 200 -dir DIR
//
// writes into DIR, for N steps:
//
//	journey-N.yaml   the journey, for blueprint render
//	neato-N.dot      Graphviz, every box at its position (neato -n2)
//	dot-N.dot        Graphviz, a cluster per lane, laid out by dot
//	d2-N.d2          d2, a grid of lanes by steps
//	mermaid-N.mmd    Mermaid, a user journey (tasks and actors, no lanes)
//
// Every step has a card in the customer, frontstage and backstage lanes,
// every second step one in support, every fourth one in evidence: 3.75
// cards a step. The arrows are blueprint's own: the customer's flow from
// step to step, and a hand-off down each column between adjacent lanes of
// customer, frontstage, backstage and support that both have a card: 3.5 a
// step. The texts are a few words each, the same for every size and run.
package main

import (
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// lanes are the lanes top to bottom, as blueprint draws them.
var lanes = []string{"evidence", "customer", "frontstage", "backstage", "support"}

// handoffs are the pairs of lanes (indices into lanes) blueprint draws an
// arrow between when both have a card in a step.
var handoffs = [][2]int{{1, 2}, {2, 3}, {3, 4}}

var words = strings.Fields(`the customer waits at a counter for the clerk who checks forms
queue number permit register signature receptionist form booking call mail
reminder payment desk ticket screen app answer order parcel delivery`)

// step is one column: its title, its emotion, its card per lane ("" for none).
type step struct {
	title   string
	emotion int
	cards   [5]string
}

func main() {
	n := flag.Int("steps", 20, "the number of steps")
	dir := flag.String("dir", ".", "the directory to write into")
	flag.Parse()
	if *n < 1 {
		log.Fatalf("gen: -steps %d: give at least 1", *n)
	}
	steps := generate(*n)
	files := map[string]string{
		"journey": "yaml", "neato": "dot", "dot": "dot", "d2": "d2", "mermaid": "mmd",
	}
	writers := map[string]func([]step) string{
		"journey": journeyYAML, "neato": neatoDOT, "dot": clusterDOT, "d2": d2Grid, "mermaid": mermaidJourney,
	}
	for name, ext := range files {
		path := filepath.Join(*dir, fmt.Sprintf("%s-%d.%s", name, *n, ext))
		if err := os.WriteFile(path, []byte(writers[name](steps)), 0o644); err != nil {
			log.Fatalf("gen: %v", err)
		}
	}
}

// generate returns n steps, the same for the same n.
func generate(n int) []step {
	r := rand.New(rand.NewPCG(uint64(n), 2026))
	text := func(k int) string {
		out := make([]string, 2+r.IntN(k))
		for i := range out {
			out[i] = words[r.IntN(len(words))]
		}
		return strings.Join(out, " ")
	}
	out := make([]step, n)
	for i := range out {
		s := step{title: fmt.Sprintf("Step %d %s", i+1, text(3)), emotion: r.IntN(5) - 2}
		for _, l := range []int{1, 2, 3} {
			s.cards[l] = text(6)
		}
		if i%2 == 0 {
			s.cards[4] = text(6)
		}
		if i%4 == 1 {
			s.cards[0] = text(4)
		}
		out[i] = s
	}
	return out
}

// edges calls f with each arrow: from lane a of step i to lane b of step j.
func edges(steps []step, f func(i, a, j, b int)) {
	for i := range steps {
		if i > 0 {
			f(i-1, 1, i, 1)
		}
		for _, h := range handoffs {
			if steps[i].cards[h[0]] != "" && steps[i].cards[h[1]] != "" {
				f(i, h[0], i, h[1])
			}
		}
	}
}

func journeyYAML(steps []step) string {
	var b strings.Builder
	fmt.Fprintf(&b, "version: 1\ntitle: A generated journey of %d steps\npersona: Benchmark\nlocale: en\nsteps:\n", len(steps))
	for i, s := range steps {
		fmt.Fprintf(&b, "  - id: s%d\n    title: %s\n    duration: 5m\n    emotion: %d\n", i, s.title, s.emotion)
		if i == len(steps)/2 {
			b.WriteString("    value: true\n")
		}
		for l, c := range s.cards {
			if c != "" {
				fmt.Fprintf(&b, "    %s: %s\n", lanes[l], c)
			}
		}
	}
	return b.String()
}

// The boxes of the Graphviz pictures, in points: blueprint's column pitch
// and card width, and a lane's height.
const (
	colW, cardW, laneH, cardH = 204.0, 176.0, 90.0, 60.0
)

// lines breaks a card's text into lines of three words, as the programs
// that do not wrap (Graphviz, d2) are given it.
func lines(text string) string {
	w := strings.Fields(text)
	var out []string
	for len(w) > 3 {
		out, w = append(out, strings.Join(w[:3], " ")), w[3:]
	}
	return strings.Join(append(out, strings.Join(w, " ")), "\\n")
}

func nodeID(i, l int) string { return fmt.Sprintf("n%d_%d", l, i) }

func neatoDOT(steps []step) string {
	var b strings.Builder
	b.WriteString("digraph journey {\n  node [shape=box style=\"rounded,filled\" fillcolor=white fontname=\"Go\" fontsize=10 fixedsize=true width=2.44 height=0.83];\n  splines=ortho;\n")
	for l, name := range lanes {
		fmt.Fprintf(&b, "  lane%d [label=%q pos=\"%.0f,%.0f\" width=1.8 height=1.1 shape=plaintext];\n", l, name, -colW/2, -float64(l)*laneH)
	}
	for i, s := range steps {
		for l, c := range s.cards {
			if c != "" {
				fmt.Fprintf(&b, "  %s [label=\"%s\" pos=\"%.0f,%.0f\"];\n", nodeID(i, l), lines(c), float64(i)*colW+cardW/2, -float64(l)*laneH)
			}
		}
	}
	edges(steps, func(i, a, j, c int) { fmt.Fprintf(&b, "  %s -> %s;\n", nodeID(i, a), nodeID(j, c)) })
	b.WriteString("}\n")
	return b.String()
}

func clusterDOT(steps []step) string {
	var b strings.Builder
	b.WriteString("digraph journey {\n  rankdir=LR; newrank=true;\n  node [shape=box style=\"rounded,filled\" fillcolor=white fontname=\"Go\" fontsize=10];\n")
	for l, name := range lanes {
		fmt.Fprintf(&b, "  subgraph cluster_%s {\n    label=%q;\n", name, name)
		for i, s := range steps {
			if c := s.cards[l]; c != "" {
				fmt.Fprintf(&b, "    %s [label=\"%s\"];\n", nodeID(i, l), lines(c))
			}
		}
		b.WriteString("  }\n")
	}
	for i, s := range steps {
		b.WriteString("  { rank=same;")
		for l, c := range s.cards {
			if c != "" {
				fmt.Fprintf(&b, " %s;", nodeID(i, l))
			}
		}
		b.WriteString(" }\n")
	}
	edges(steps, func(i, a, j, c int) { fmt.Fprintf(&b, "  %s -> %s;\n", nodeID(i, a), nodeID(j, c)) })
	b.WriteString("}\n")
	return b.String()
}

func d2Grid(steps []step) string {
	var b strings.Builder
	fmt.Fprintf(&b, "journey: {\n  grid-rows: %d\n  grid-columns: %d\n  grid-gap: 10\n", len(lanes), len(steps))
	for l := range lanes {
		for i, s := range steps {
			if c := s.cards[l]; c != "" {
				fmt.Fprintf(&b, "  %s: \"%s\"\n", nodeID(i, l), lines(c))
			} else {
				fmt.Fprintf(&b, "  %s: \"\" {style.opacity: 0}\n", nodeID(i, l))
			}
		}
	}
	b.WriteString("}\n")
	edges(steps, func(i, a, j, c int) { fmt.Fprintf(&b, "journey.%s -> journey.%s\n", nodeID(i, a), nodeID(j, c)) })
	return b.String()
}

func mermaidJourney(steps []step) string {
	var b strings.Builder
	fmt.Fprintf(&b, "journey\n  title A generated journey of %d steps\n  section Steps\n", len(steps))
	for _, s := range steps {
		var actors []string
		for l, c := range s.cards {
			if c != "" {
				actors = append(actors, lanes[l])
			}
		}
		fmt.Fprintf(&b, "    %s: %d: %s\n", s.title, s.emotion+3, strings.Join(actors, ", "))
	}
	return b.String()
}
