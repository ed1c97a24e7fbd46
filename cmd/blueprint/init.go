package main

import (
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/examples"
	"github.com/blueprint-tool/blueprint/journeyfile"
	"github.com/spf13/cobra"
)

// starter is the journey init writes: short, commented, and clean under
// check --strict.
//
//go:embed starter.yaml
var starter []byte

func newInit(e *env) *cobra.Command {
	var example string
	var force bool
	names := examples.Names()
	cmd := &cobra.Command{
		Use:   "init [FILE]",
		Short: "Write a commented starter journey, or one of the bundled examples",
		Long: fmt.Sprintf(`init writes a starter journey to FILE: a few commented steps that show the
keys, and that check --strict accepts. Edit it, then check and render it.
Without FILE, or with "-", it goes to standard output.

--example NAME writes one of the examples bundled with blueprint instead:
  %s

init does not replace a file that exists (exit 2) unless --force is given.
Missing directories of FILE are made.`, strings.Join(names, "\n  ")),
		Example: `  blueprint init journey.yaml
  blueprint init --example ikea-bus ikea.yaml
  blueprint init --example police-permit | less`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			file := "-"
			if len(args) == 1 {
				file = args[0]
			}
			return e.initJourney(file, example, force)
		},
	}
	cmd.Flags().StringVar(&example, "example", "", "write the bundled example `NAME`: "+strings.Join(names, ", "))
	cmd.Flags().BoolVarP(&force, "force", "f", false, "replace FILE if it exists")
	return cmd
}

func (e *env) initJourney(file, example string, force bool) error {
	data := starter
	if example != "" {
		var err error
		if data, err = exampleNamed(example); err != nil {
			return err
		}
	}
	if example == "" && file != toStdout {
		data = starterFor(file)
	}
	if file == toStdout {
		if _, err := e.stdout.Write(data); err != nil {
			return &exitError{exitProblems, fmt.Errorf("cannot write standard output: %w", err)}
		}
		return nil
	}
	info, err := os.Stat(file)
	if err == nil && info.IsDir() {
		return usageErrorf("%s is a directory: name a file in it, e.g. %s", file, filepath.Join(file, "journey.yaml"))
	}
	if !journeyfile.HasExt(file) {
		return usageErrorf("%s: a journey file ends in .yaml or .yml, so the other commands find it in a directory: name it %s.yaml",
			file, strings.TrimSuffix(file, filepath.Ext(file)))
	}
	switch {
	case err == nil && !force:
		return usageErrorf("%s already exists: choose another name, or add --force to replace it", file)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return &exitError{exitProblems, fmt.Errorf("cannot write %s: %w", file, journeyfile.WithoutPath(err))}
	}
	if dir := filepath.Dir(file); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return &exitError{exitProblems, fmt.Errorf("cannot write %s: %w", file, journeyfile.WithoutPath(err))}
		}
	}
	if force {
		err = writeFileAtomic(file, data)
	} else {
		err = writeNew(file, data)
	}
	if err != nil {
		return &exitError{exitProblems, err}
	}
	fmt.Fprintf(e.stderr, "Wrote %s. Next: blueprint check %s && blueprint render %s\n", file, file, file)
	return nil
}

// starterFor returns the starter journey with its commands naming file
// rather than journey.yaml.
func starterFor(file string) []byte {
	base := filepath.Base(file)
	picture := journeyfile.Suffix(journeyfile.Views[0], journeyfile.Formats[0]) // .blueprint.svg
	r := strings.NewReplacer("journey.yaml", base, "journey"+picture, journeyfile.TrimExt(base)+picture)
	return []byte(r.Replace(string(starter)))
}

// writeNew writes data to a file that must not exist yet: if one appeared
// since it was looked for, it is left alone.
func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return &exitError{exitUsage, fmt.Errorf("%s already exists: choose another name, or add --force to replace it", path)}
	}
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, journeyfile.WithoutPath(err))
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}

// exampleNamed returns the bundled example name; an unknown name is a
// command-line error that lists the known ones, with the likely one first.
func exampleNamed(name string) ([]byte, error) {
	name = journeyfile.TrimExt(name)
	names := examples.Names()
	if slices.Contains(names, name) {
		return examples.Read(name)
	}
	return nil, usageErrorf("--example %q is not a bundled example%s (examples: %s)", name, didYouMean(name, names), strings.Join(names, ", "))
}

// didYouMean returns "; did you mean "a" or "b"?" for the known names
// word most likely means (guessNames), "" when there are none.
func didYouMean(word string, known []string) string {
	guesses := guessNames(word, known)
	if len(guesses) == 0 {
		return ""
	}
	for i, g := range guesses {
		guesses[i] = strconv.Quote(g)
	}
	return "; did you mean " + orList(guesses) + "?"
}

// guessNames returns the known names that word most likely means: those
// it is part of (up to three), or else the closest by spelling.
func guessNames(word string, known []string) []string {
	if word == "" {
		return nil
	}
	var containing []string
	word = strings.ToLower(word)
	for _, k := range known {
		if strings.Contains(k, word) {
			containing = append(containing, k)
		}
	}
	if len(containing) > 0 && len(containing) <= 3 {
		return containing
	}
	if c := blueprint.Closest(word, known); c != "" {
		return []string{c}
	}
	return nil
}
