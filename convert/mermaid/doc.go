// Package mermaid reads a Mermaid journey diagram (a .mmd or .mermaid file,
// or the first mermaid block of a Markdown file) as a journey: its title,
// each section a phase, each task a step.
package mermaid
