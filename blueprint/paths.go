package blueprint

import "slices"

// OnPath reports whether step i of j is on the path with the given id: it
// names that path, or names none.
func (j *Journey) OnPath(i int, id string) bool {
	names := j.Steps[i].Paths
	return len(names) == 0 || slices.Contains(names, id)
}

// PathSteps returns the steps of the path with the given id, by their
// index in Steps, in file order; nil when j declares no such path.
func (j *Journey) PathSteps(id string) []int {
	if !j.HasPath(id) {
		return nil
	}
	var steps []int
	for i := range j.Steps {
		if j.OnPath(i, id) {
			steps = append(steps, i)
		}
	}
	return steps
}

// HasPath reports whether j declares a path with the given id.
func (j *Journey) HasPath(id string) bool {
	return slices.ContainsFunc(j.Paths, func(p Path) bool { return p.ID == id })
}

// PathIDs returns the ids of the paths of j, the main path first; nil when
// it declares none.
func (j *Journey) PathIDs() []string {
	var ids []string
	for _, p := range j.Paths {
		ids = append(ids, p.ID)
	}
	return ids
}

// mainPath returns the id of the main path, the first declared; "" when j
// declares none, which OnPath counts every step on.
func (j *Journey) mainPath() string {
	if len(j.Paths) == 0 {
		return ""
	}
	return j.Paths[0].ID
}

// Along returns the journey as lived on the path with the given id: a
// journey of that path's steps only, with no paths, which every command
// measures and draws as a journey without paths; nil when j has no such
// path. Its steps are copies of j's (their texts shared, not copied), with
// their positions in the file and without path:; its phases are those that
// keep a step.
func (j *Journey) Along(id string) *Journey {
	steps := j.PathSteps(id)
	if steps == nil {
		return nil
	}
	along := *j
	along.Paths, along.Steps, along.Phases = nil, make([]Step, 0, len(steps)), nil
	kept := map[string]bool{}
	for _, i := range steps {
		s := j.Steps[i]
		s.Paths, s.at.paths = nil, nil
		along.Steps = append(along.Steps, s)
		kept[s.Phase] = true
	}
	for _, p := range j.Phases {
		if kept[p.ID] {
			along.Phases = append(along.Phases, p)
		}
	}
	return &along
}

// AlongMain returns the journey as lived on its main path, Along its first
// path, or j itself when it declares no paths: what compare sets beside
// another journey (section 8 of the format), and what the figures of stats
// are about.
func (j *Journey) AlongMain() *Journey {
	if len(j.Paths) == 0 {
		return j
	}
	return j.Along(j.Paths[0].ID)
}

// AlongMain returns m as lived on its main path, measured: what compare
// sets beside another journey; m itself when its journey declares no paths.
func (m Measured) AlongMain() Measured {
	if len(m.Journey.Paths) == 0 {
		return m
	}
	return Measure(m.Journey.AlongMain())
}

// PathFigures are the figures of one path of a journey, computed on its
// steps as section 3 says; its step indexes are those of Journey.Steps. In
// its Times, a step off the path lasts nothing: it starts and ends when the
// path's step before it ends.
type PathFigures struct {
	Path    Path
	Steps   []int // the path's steps, in order
	Figures Figures
}

// PathsOf returns the figures of every path of m's journey, in the order
// declared, the main path first; nil when the journey declares none.
func PathsOf(m Measured) []PathFigures {
	j := m.Journey
	var out []PathFigures
	for _, p := range j.Paths {
		out = append(out, PathFigures{Path: p, Steps: j.PathSteps(p.ID), Figures: figuresOn(j, p.ID)})
	}
	return out
}

// firstPathTimes returns when each step of j starts and ends on the first
// path it is on, each path's clock running over its own steps only.
func firstPathTimes(j *Journey) []Timing {
	clocks := make([]Span, len(j.Paths))
	times := make([]Timing, len(j.Steps))
	for i := range j.Steps {
		first := true
		for k, p := range j.Paths {
			if !j.OnPath(i, p.ID) {
				continue
			}
			end := clocks[k].Add(j.Steps[i].Duration)
			if first {
				times[i], first = Timing{clocks[k], end}, false
			}
			clocks[k] = end
		}
	}
	return times
}
