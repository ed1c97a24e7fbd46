package layout

import (
	"strconv"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/scene"
)

// Geometry of the paths' flows in the customer lane.
const (
	trackGap  = 8.0 // between the tracks under the cards, one per path
	trackRoom = 6.0 // between the cards and the first track
)

// flowPaths returns the steps of each path the customer's flow is drawn
// through, the main path first: one path of every step for a journey
// without paths.
func (b *layout) flowPaths() [][]int {
	if len(b.j.Paths) == 0 {
		all := make([]int, b.n)
		for i := range all {
			all[i] = i
		}
		return [][]int{all}
	}
	out := make([][]int, len(b.j.Paths))
	for k, p := range b.j.Paths {
		out[k] = b.j.PathSteps(p.ID)
	}
	return out
}

// pathClass is the class of path k's flow: the main path's is solid, the
// others each have their own dash.
func pathClass(k int) string {
	if k == 0 {
		return "flow"
	}
	return "flow path-" + strconv.Itoa((k-1)%4+1)
}

// pathLetter names path k: A for the main path, then B, C, ...
func pathLetter(k int) string {
	if k < 26 {
		return string(rune('A' + k))
	}
	return "P" + strconv.Itoa(k+1)
}

// tracksRoom is the room the paths' tracks need under the customer
// lane's cards.
func (b *layout) tracksRoom() float64 {
	if len(b.j.Paths) == 0 {
		return 0
	}
	return trackRoom + trackGap*float64(len(b.j.Paths))
}

// pathTags marks each step off the main path with the letters of the paths
// it is on, among its markers.
func (b *layout) pathTags() {
	if len(b.j.Paths) == 0 {
		return
	}
	for i := range b.j.Steps {
		if b.j.OnPath(i, b.j.Paths[0].ID) {
			continue
		}
		var letters, titles []string
		for k, p := range b.j.Paths {
			if b.j.OnPath(i, p.ID) {
				letters = append(letters, pathLetter(k))
				titles = append(titles, pathLetter(k)+": "+p.Title)
			}
		}
		b.badges[i] = append(b.badges[i], badge{class: "path-tag", textClass: "path-tag-text",
			label: strings.Join(letters, " "), tip: strings.Join(titles, "; ")})
	}
}

// flowArrows draws the customer's flow through the customer lane's cards,
// along each path: an arrow from card to card, straight where no card
// stands between them, else down to the path's own track under the cards
// and back up, so that no flow line crosses a card. An arrow two paths
// share is drawn once, in the style of the first.
func (b *layout) flowArrows(rows []laneRow) {
	var r *laneRow
	for k := range rows {
		if rows[k].lane == blueprint.Customer {
			r = &rows[k]
		}
	}
	if r == nil {
		return
	}
	drawn := map[[2]int]bool{}
	for k, steps := range b.flowPaths() {
		prev := -1
		for _, i := range steps {
			if len(r.cells[i]) == 0 {
				continue
			}
			if edge := [2]int{prev, i}; prev >= 0 && !drawn[edge] {
				drawn[edge] = true
				b.flowEdge(r, k, prev, i)
			}
			prev = i
		}
	}
}

// flowEdge draws path k's arrow from the first card of step from to that
// of step to in lane r.
func (b *layout) flowEdge(r *laneRow, k, from, to int) {
	a, z := r.cells[from][0].r, r.cells[to][0].r
	y := a.Y + pad + styleCard.Lead/2
	if !b.cardsBetween(r, from, to) {
		b.s.Arrow(pathClass(k), false, scene.Pt(a.Right(), y), scene.Pt(z.X-1, y))
		return
	}
	track := r.y + r.h - laneInset(0) - b.tracksRoom() + trackRoom + trackGap*float64(k)
	dx := float64(k%4)*3 - 4.5 // apart from the other paths' verticals in the same gap
	x1, x2 := b.colX(from+1)+dx, b.colX(to)-dx
	b.s.Arrow(pathClass(k), false, scene.Pt(a.Right(), y), scene.Pt(x1, y), scene.Pt(x1, track),
		scene.Pt(x2, track), scene.Pt(x2, y), scene.Pt(z.X-1, y))
}

// cardsBetween reports whether lane r has a card in a column between from
// and to.
func (b *layout) cardsBetween(r *laneRow, from, to int) bool {
	for c := from + 1; c < to; c++ {
		if len(r.cells[c]) > 0 {
			return true
		}
	}
	return false
}

// pathLegend names each path with its letter and a sample of its flow, its
// share, total, time to value and remembered emotion.
func (b *layout) pathLegend() {
	paths := blueprint.PathsOf(b.m)
	if len(paths) == 0 {
		return
	}
	top := b.y
	b.rowLabel(b.l.Picture.Paths, top)
	y := top
	for k, p := range paths {
		b.s.Line(pathClass(k), scene.Pt(b.x0, y+styleSmall.Lead/2), scene.Pt(b.x0+28, y+styleSmall.Lead/2))
		y += b.wrapped("legend-text", styleSmall, b.pathSummary(k, p), b.x0+36, y, b.right-b.x0-36, scene.AlignStart) + 4
	}
	b.y = max(y, top+styleLabel.Height(1)) + 14
}

// pathSummary is one line of the path legend.
func (b *layout) pathSummary(k int, p blueprint.PathFigures) string {
	l := b.l
	parts := []string{pathLetter(k) + ": " + p.Path.Title}
	if p.Path.Share != nil {
		parts = append(parts, l.Percent(*p.Path.Share/100))
	}
	parts = append(parts, l.Summary.Total+" "+l.Span(p.Figures.Total))
	if p.Figures.TimeToValue != nil {
		parts = append(parts, l.Axis.TimeToValue+" "+l.Span(*p.Figures.TimeToValue))
	} else {
		parts = append(parts, l.Axis.TimeToValue+": "+l.Summary.NoValue)
	}
	if p.Figures.Emotion.Known {
		parts = append(parts, l.Emotion.Remembered+" "+l.Score(p.Figures.Emotion.Remembered))
	}
	return strings.Join(parts, " · ")
}
