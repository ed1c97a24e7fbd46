package layout

import (
	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/scene"
)

// Geometry of the time strips of a comparison.
const (
	capSeconds = 4 * 3600.0 // a step longer than this is drawn this long, with a break
	minSegW    = 3.0        // the least width of a step on a strip
	segPadX    = 4.0        // inside a step on a strip
	stripGap   = 10.0       // between the two strips
)

// drawnSeconds is how long a step is drawn on a comparison's strip: its
// middle duration, up to the cap beyond which it is drawn broken.
func drawnSeconds(s *blueprint.Step) float64 { return min(s.Duration.Mid(), capSeconds) }

// timeStrips draws a time strip of each journey on one scale across the
// columns: the longer journey fills the width, each step as long as its
// middle duration (up to 4 hours, drawn broken beyond, with its length
// written) and at least a sliver, so that where each journey's time goes
// is seen side by side.
func (c *comparison) timeStrips() {
	c.y += c.wrapped("section", styleLabel, c.l.Axis.Strip, margin, c.y, c.right-margin, scene.AlignStart)
	c.y += c.wrapped("muted", styleSmall, c.l.Compare.TimelineNote+"; "+c.l.Compare.Compressed, margin, c.y, c.right-margin, scene.AlignStart) + 8
	seconds := [2]float64{}
	for k := range 2 {
		for i := range c.side(k).Journey.Steps {
			seconds[k] += drawnSeconds(&c.side(k).Journey.Steps[i])
		}
	}
	// every step is at least minSegW wide, and as much wider as it lasts
	floor := minSegW * float64(max(len(c.a.Journey.Steps), len(c.b.Journey.Steps)))
	scale := 0.0
	if longest := max(seconds[0], seconds[1]); longest > 0 {
		scale = max(c.right-c.x0-floor, 0) / longest
	}
	for k := range 2 {
		c.strip(k, scale)
	}
	c.y += 18
}

// strip draws journey k's strip at the scale, its letter and total in the
// label column.
func (c *comparison) strip(k int, scale float64) {
	m := c.side(k)
	top := c.y
	c.sideBadge(k, margin+pad, top+(stripH-20)/2)
	total := styleSmall.Wrap(c.l.Span(m.Figures.Total), timeRowLbl-28)
	th := styleSmall.Height(len(total))
	c.s.Text("muted", scene.Box(margin+pad+28, top+max(0, (stripH-th)/2), timeRowLbl-28, th), styleSmall, total, scene.AlignStart)
	dead := deadSteps(&m.Figures)
	x := c.x0
	class := [2]string{"seg-a", "seg-b"}[k]
	for i := range m.Journey.Steps {
		w := minSegW + drawnSeconds(&m.Journey.Steps[i])*scale
		_, isDead := dead[i]
		c.segment(class, m, i, scene.Box(x, top, w, stripH), isDead, true)
		x += w
	}
	c.y = top + max(stripH, th) + stripGap
}
