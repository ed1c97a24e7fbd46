package layout

import (
	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/scene"
)

// Blueprint computes the scene of a journey's service blueprint.
func Blueprint(m blueprint.Measured, o Options) *scene.Scene {
	b := newView(m, o)
	b.opening()
	b.lanes()
	b.timeAxis()
	b.timeToValue()
	b.emotion()
	b.opportunities()
	return b.closing(b.blueprintLegend())
}

// opening draws what both views of a journey start with: the header, the
// time strip, the paths, the phases and the steps' heads.
func (b *layout) opening() {
	b.header()
	b.timeStrip()
	b.pathLegend()
	b.phases()
	b.heads()
}

// closing draws what both views end with, the notes, the findings and the
// legend, and returns the scene.
func (b *layout) closing(legend []legendItem) *scene.Scene {
	b.noteList()
	b.findingList()
	b.legend(legend)
	b.s.H = b.y + margin
	return b.s
}

// blueprintLegend explains the symbols of the blueprint.
func (b *layout) blueprintLegend() []legendItem {
	li := b.l.Legend
	return append([]legendItem{
		{li.Card, func(x, y float64) { b.s.Rect("card", scene.Box(x, y+1, 28, 16), 3) }},
		{li.Flow, func(x, y float64) { b.s.Arrow("flow", false, scene.Pt(x, y+9), scene.Pt(x+28, y+9)) }},
		{li.Handoff, func(x, y float64) { b.s.Arrow("handoff", true, scene.Pt(x+14, y), scene.Pt(x+14, y+18)) }},
	}, b.markerLegend()...)
}
