// Package mermaid reads a Mermaid journey diagram (a .mmd or .mermaid file,
// or the first mermaid block holding a journey in a Markdown file) as a
// journey: its title, each section a phase, each task a step, the score
// 1..5 its emotion −2..2, the actors in the customer's lane after the task.
//
// It owns Mermaid's journey syntax (journey.jison of mermaid-js: front
// matter, directives, comments, accTitle and accDescr), finding the block
// in Markdown, the ids made of names, and the limits of what it reads
// (MaxLine, MaxTasks, MaxLines). It checks only what the model cannot: the
// syntax, the score, the kind of diagram; package convert applies the
// format's rules to the YAML document it builds, each node placed at its
// line and column in the file read (docs/mermaid.md).
package mermaid
