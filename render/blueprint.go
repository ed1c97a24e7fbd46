package render

import "github.com/blueprint-tool/blueprint/blueprint"

// layoutBlueprint computes the scene of a journey's service blueprint.
func layoutBlueprint(m blueprint.Measured) *Scene {
	b := newView(m)
	b.header()
	b.phases()
	b.heads()
	b.lanes()
	b.timeAxis()
	b.timeToValue()
	b.emotion()
	b.opportunities()
	b.noteList()
	b.legend(b.blueprintLegend())
	b.s.H = b.y + margin
	return b.s
}

// blueprintLegend explains the symbols of the blueprint.
func (b *layout) blueprintLegend() []legendItem {
	li := b.l.LegendItems
	return append([]legendItem{
		{li.Card, func(x, y float64) { b.s.Rect("card", Rect{x, y + 1, 28, 16}, 3) }},
		{li.Flow, func(x, y float64) { b.s.Arrow("flow", false, Point{x, y + 9}, Point{x + 28, y + 9}) }},
		{li.Handoff, func(x, y float64) { b.s.Arrow("handoff", true, Point{x + 14, y}, Point{x + 14, y + 18}) }},
	}, b.markerLegend()...)
}
