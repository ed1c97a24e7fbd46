package blueprint

// OnPath reports whether step i of j is on the path with the given id: it
// names that path, or names none.
func (j *Journey) OnPath(i int, id string) bool { return false }

// PathSteps returns the steps of the path with the given id, by their
// index in Steps, in file order.
func (j *Journey) PathSteps(id string) []int { return nil }

// Along returns the journey as lived on the path with the given id: a
// journey of that path's steps only, with no paths, which every command
// measures and draws as a journey without paths; nil when j has no such
// path.
func (j *Journey) Along(id string) *Journey { return nil }

// PathFigures are the figures of one path of a journey, computed on its
// steps as section 3 says; its step indexes are those of Journey.Steps.
type PathFigures struct {
	Path    Path
	Steps   []int // the path's steps, in order
	Figures Figures
}

// PathsOf returns the figures of every path of m's journey, in the order
// declared, the main path first; nil when the journey declares none.
func PathsOf(m Measured) []PathFigures { return nil }
