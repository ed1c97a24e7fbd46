package blueprint

// Measured is a validated journey paired with its figures: what every
// picture, table and comparison takes.
type Measured struct {
	Journey *Journey
	Figures Figures
}

// Measure computes the figures of a validated journey and pairs them with
// it.
func Measure(j *Journey) Measured { return Measured{Journey: j, Figures: FiguresOf(j)} }

// StepID returns the id of step i.
func (m Measured) StepID(i int) string { return m.Journey.Steps[i].ID }
