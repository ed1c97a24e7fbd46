package raster

import "math"

// A pen is how a line is stroked: its width, its dashes, its caps and
// joins, in pixels of the PNG.
type pen struct {
	width     float64
	dash      []float64
	roundCap  bool
	roundJoin bool
}

// strokeShape returns the outline of a stroke along pts as contours that
// all turn the same way, so that where they overlap a pixel is covered
// once: a box for each segment, a join at each corner, caps at the ends.
func strokeShape(pts []pt, closed bool, p pen) *shape {
	s := &shape{}
	runs, closed := strokeRuns(pts, closed, p.dash)
	for _, run := range runs {
		s.addStroke(run, closed, p)
	}
	return s
}

// strokeRuns returns the unbroken runs of points a stroke along pts
// draws: the whole line, closed back to its start when closed, or its
// dashes, each open.
func strokeRuns(pts []pt, closed bool, dash []float64) ([][]pt, bool) {
	run := pts
	if closed {
		run = append(append([]pt{}, pts...), pts[0])
	}
	if len(dash) > 0 {
		return dashes(run, dash), false
	}
	return [][]pt{run}, closed
}

// addStroke adds the stroke of one unbroken run of points.
func (s *shape) addStroke(run []pt, closed bool, p pen) {
	h := p.width / 2
	if len(run) < 2 {
		return
	}
	for i := 0; i+1 < len(run); i++ {
		a, b := run[i], run[i+1]
		n, ok := normal(a, b, h)
		if !ok {
			continue
		}
		s.add([]pt{{a.x + n.x, a.y + n.y}, {b.x + n.x, b.y + n.y}, {b.x - n.x, b.y - n.y}, {a.x - n.x, a.y - n.y}})
	}
	for i := 1; i+1 < len(run); i++ {
		s.join(run[i-1], run[i], run[i+1], p)
	}
	if closed && len(run) > 2 {
		s.join(run[len(run)-2], run[0], run[1], p)
		return
	}
	if p.roundCap { // a butt cap ends at the point: nothing to add
		s.add(circle(run[0], h))
		s.add(circle(run[len(run)-1], h))
	}
}

// normal returns the normal of the segment from a to b, h long, and
// whether the segment has a direction.
func normal(a, b pt, h float64) (pt, bool) {
	dx, dy := b.x-a.x, b.y-a.y
	l := math.Hypot(dx, dy)
	if l == 0 {
		return pt{}, false
	}
	return pt{-dy / l * h, dx / l * h}, true
}

// join adds the corner at b between the segments from a and to c: round,
// or mitred as SVG does up to a miter limit of 4, beyond it bevelled.
func (s *shape) join(a, b, c pt, p pen) {
	h := p.width / 2
	if p.roundJoin {
		s.add(circle(b, h))
		return
	}
	n1, ok1 := normal(a, b, h)
	n2, ok2 := normal(b, c, h)
	if !ok1 || !ok2 {
		return
	}
	// the outer side is where the turn is not
	cross := (b.x-a.x)*(c.y-b.y) - (b.y-a.y)*(c.x-b.x)
	if cross > 0 {
		n1, n2 = pt{-n1.x, -n1.y}, pt{-n2.x, -n2.y}
	}
	p1, p2 := pt{b.x + n1.x, b.y + n1.y}, pt{b.x + n2.x, b.y + n2.y}
	mx, my := n1.x+n2.x, n1.y+n2.y
	cos := (n1.x*n2.x + n1.y*n2.y) / (h * h)
	if m := math.Sqrt(2 / (1 + cos)); 1+cos > 1e-9 && m <= 4 {
		k := 2 / (1 + cos)
		s.add([]pt{b, p1, {b.x + mx/2*k, b.y + my/2*k}, p2})
		return
	}
	s.add([]pt{b, p1, p2})
}

// add adds a contour turned the way every stroke contour turns.
func (s *shape) add(c []pt) {
	if area(c) < 0 {
		for i, j := 0, len(c)-1; i < j; i, j = i+1, j-1 {
			c[i], c[j] = c[j], c[i]
		}
	}
	s.contours = append(s.contours, c)
}

// area returns twice the signed area of the polygon c.
func area(c []pt) float64 {
	var a float64
	for i := range c {
		p, q := c[i], c[(i+1)%len(c)]
		a += p.x*q.y - q.x*p.y
	}
	return a
}

// circle returns a polygon close to the circle of radius r around c.
func circle(c pt, r float64) []pt {
	n := max(12, min(64, int(r*2)))
	out := make([]pt, n)
	for i := range out {
		t := 2 * math.Pi * float64(i) / float64(n)
		out[i] = pt{c.x + r*math.Cos(t), c.y + r*math.Sin(t)}
	}
	return out
}

// dashes cuts the run of points into the dashes of the pattern, which
// starts again at the run's start, as SVG's stroke-dasharray does.
func dashes(run []pt, pattern []float64) [][]pt {
	total := 0.0
	for _, d := range pattern {
		total += d
	}
	if total <= 0 {
		return [][]pt{run}
	}
	var out [][]pt
	k, left, on := 0, pattern[0], true
	var cur []pt
	if on {
		cur = []pt{run[0]}
	}
	for i := 0; i+1 < len(run); i++ {
		a, b := run[i], run[i+1]
		l := math.Hypot(b.x-a.x, b.y-a.y)
		at := 0.0
		for l-at > left {
			at += left
			p := pt{a.x + (b.x-a.x)*at/l, a.y + (b.y-a.y)*at/l}
			if on {
				out = append(out, append(cur, p))
				cur = nil
			} else {
				cur = []pt{p}
			}
			on = !on
			k = (k + 1) % len(pattern)
			left = pattern[k]
		}
		left -= l - at
		if on {
			cur = append(cur, b)
		}
	}
	if on && len(cur) > 1 {
		out = append(out, cur)
	}
	return out
}
