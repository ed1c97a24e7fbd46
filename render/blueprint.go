package render

// layoutBlueprint computes the scene of a journey's service blueprint.
func layoutBlueprint(m Measured) *scene {
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
	b.s.h = b.y + margin
	return b.s
}

// blueprintLegend explains the symbols of the blueprint.
func (b *layout) blueprintLegend() []legendItem {
	li := b.l.legendItems
	return append([]legendItem{
		{li.card, func(x, y float64) { b.s.rect("card", rect{x, y + 1, 28, 16}, 3) }},
		{li.flow, func(x, y float64) { b.s.arrow("flow", false, point{x, y + 9}, point{x + 28, y + 9}) }},
		{li.handoff, func(x, y float64) { b.s.arrow("handoff", true, point{x + 14, y}, point{x + 14, y + 18}) }},
	}, b.markerLegend()...)
}
