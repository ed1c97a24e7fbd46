package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/journeyfile"
	"github.com/spf13/cobra"
)

// pathFlag adds --path to cmd, the journey as lived on one of its paths.
func pathFlag(cmd *cobra.Command, path *string, what string) {
	cmd.Flags().StringVar(path, "path", "", what+" the journey as lived on path `ID` of its paths: (default: the whole journey)")
}

// loadAlong loads an input as loadInput does, and takes its journey along
// the path id names; "" leaves it whole. A journey without that path is a
// command-line error, as a file that cannot be read is.
func (e *env) loadAlong(in input, id string) loaded {
	l := e.loadInput(in)
	if l.journey == nil || id == "" {
		return l
	}
	if along := l.journey.Along(id); along != nil {
		l.journey = along
		return l
	}
	l.journey, l.err = nil, noSuchPath(l.journey.File, l.journey.PathIDs(), id)
	return l
}

// noSuchPath says that the journey of file, whose paths are ids, has no
// path id, with the ones it likely means.
func noSuchPath(file string, ids []string, id string) error {
	if len(ids) == 0 {
		return fmt.Errorf("--path %s: %s declares no paths: drop --path, or declare paths: in it", id, file)
	}
	return fmt.Errorf("--path %s: %s has no such path%s (paths: %s)", id, file, didYouMean(id, ids), strings.Join(ids, ", "))
}

// comparedAlong returns the journeys compare sets side by side: each
// along the path id names when it declares it, else along its main path.
// A path that neither declares is a command-line error.
func comparedAlong(js []*blueprint.Journey, id string) ([]blueprint.Measured, error) {
	ms := make([]blueprint.Measured, len(js))
	var ids []string
	found := id == ""
	for i, j := range js {
		along := j.Along(id)
		if along == nil {
			along = j.AlongMain()
		}
		found = found || j.HasPath(id)
		for _, p := range j.PathIDs() {
			if !slices.Contains(ids, p) {
				ids = append(ids, p)
			}
		}
		ms[i] = blueprint.Measure(along)
	}
	switch {
	case found:
		return ms, nil
	case len(ids) == 0:
		return nil, usageErrorf("--path %s: neither %s nor %s declares paths: drop --path", id, js[0].File, js[1].File)
	}
	return nil, usageErrorf("--path %s: neither %s nor %s has such a path%s (paths: %s)", id, js[0].File, js[1].File, didYouMean(id, ids), strings.Join(ids, ", "))
}

// completePaths completes the value of --path: the paths of the journeys
// named so far on the command line.
func completePaths(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
	var ids []string
	for _, arg := range args {
		data, err := journeyfile.ReadFile(arg)
		if err != nil {
			continue
		}
		if j, _ := blueprint.Load(arg, data); j != nil {
			ids = append(ids, j.PathIDs()...)
		}
	}
	return ids, cobra.ShellCompDirectiveNoFileComp
}
