package theme

// fill paints a shape or text in one colour.
func fill(c string) Paint { return Paint{Fill: c} }

// box fills a shape and strokes its outline.
func box(fillColour, stroke string, width float64) Paint {
	return Paint{Fill: fillColour, Stroke: stroke, StrokeWidth: width}
}

// line strokes a shape without filling it, dashed when dash is given.
func line(stroke string, width float64, dash ...float64) Paint {
	return Paint{Fill: "none", Stroke: stroke, StrokeWidth: width, Dash: dash}
}

// rule gives classes a paint.
func rule(p Paint, classes ...string) Rule { return Rule{Classes: classes, Paint: p} }

// rules are the paints of every class the layouts give their items, in the
// colours of a palette.
func rules(p palette) []Rule {
	dashed := func(q Paint, dash ...float64) Paint { q.Dash = dash; return q }
	round := func(q Paint, join bool) Paint { q.RoundCap, q.RoundJoin = true, join; return q }
	joined := func(q Paint) Paint { q.RoundJoin = true; return q }
	return []Rule{
		rule(fill(p.bg), "bg"),
		rule(fill(p.muted), "muted", "label-text", "legend-text", "note-text"),
		rule(fill(p.phase), "phase"),
		rule(fill(p.phaseInk), "phase-text"),
		rule(fill(p.lanes[0]), "lane-evidence"),
		rule(fill(p.lanes[1]), "lane-customer"),
		rule(fill(p.lanes[2]), "lane-frontstage"),
		rule(fill(p.lanes[3]), "lane-backstage"),
		rule(fill(p.lanes[4]), "lane-support"),
		rule(box(p.card, p.cardLine, 1), "card"),
		rule(dashed(box(p.card, p.cardLine, 1), 3, 3), "quote"),
		rule(fill(p.muted), "quote-text"),
		rule(line(p.line, 1, 2, 4), "sep"),
		rule(line(p.rule, 1.5), "rule"),
		rule(box(p.bg, p.rule, 1), "rule-pill"),
		rule(fill(p.rule), "rule-text"),
		rule(line(p.flow, 2), "flow"),
		rule(fill(p.flow), "flow-head"),
		rule(Paint{Dash: []float64{9, 4}}, "path-1"),
		rule(Paint{Dash: []float64{2, 3}}, "path-2"),
		rule(Paint{Dash: []float64{12, 3, 2, 3}}, "path-3"),
		rule(Paint{Dash: []float64{5, 5}}, "path-4"),
		rule(box(p.bg, p.flow, 1.5), "path-tag"),
		rule(fill(p.flow), "path-tag-text"),
		rule(line(p.line, 1.5, 4, 3), "handoff"),
		rule(fill(p.line), "handoff-head"),
		rule(fill(p.fail), "badge-fail"),
		rule(fill(p.wait), "badge-wait"),
		rule(fill(p.value), "badge-value"),
		rule(fill(p.badgeInk), "badge-text"),
		rule(fill(p.rule), "badge-finding"),
		rule(box(p.bg, p.rule, 1.5), "badge-notice"),
		rule(fill(p.rule), "badge-notice-text"),
		rule(Paint{Hatch: true, FillOpacity: .9}, "dead"),
		rule(Paint{Stroke: p.dead, StrokeWidth: 1}, "legend-dead"),
		rule(fill(p.deadBg), "hatch-bg"),
		rule(Paint{Stroke: p.dead, StrokeWidth: 1.5, StrokeOpacity: .55}, "hatch"),
		rule(fill(p.ink), "dead-text"),
		rule(line(p.ink, 1), "axis"),
		rule(line(p.value, 2), "ttv"),
		rule(fill(p.ink), "ttv-text"),
		rule(fill(p.band), "emotion-band"),
		rule(Paint{Fill: "none", Stroke: p.line, StrokeWidth: .5, StrokeOpacity: .6}, "emo-grid"),
		rule(line(p.line, 1.25), "emo-zero"),
		rule(line(p.emotion, 2.5), "emo-line"),
		rule(box(p.emotion, p.bg, 1.5), "emo-point"),
		rule(line(p.ink, 1.5), "emo-mark"),
		rule(fill(p.ink), "emo-mark-text"),
		rule(line(p.emotion, 2, 10, 5), "emo-experienced"),
		rule(round(line(p.ink, 3, 0.5, 6), false), "emo-remembered"),
		rule(line(p.ink, 2), "expected"),
		rule(line(p.below, 2, 3, 2), "gap-below"),
		rule(line(p.exceeded, 2), "gap-exceeded"),
		rule(fill("none"), "gap-met"),
		rule(box(p.oppBg, p.opp, 1.5), "opportunity"),
		rule(fill(p.ink), "opportunity-value"),
		rule(fill(p.lanes[1]), "tp-row-0"),
		rule(fill(p.band), "tp-row-1"),
		rule(fill(p.ink), "touchpoint-text"),
		rule(round(line(p.ink, 1.2), true), "icon"),
		rule(joined(line(p.flow, 3)), "path"),
		rule(fill(p.flow), "path-head", "path-gap-head"),
		rule(round(line(p.flow, 3, 2, 6), true), "path-gap"),
		rule(box(p.bg, p.dead, 1), "gap-pill"),
		rule(fill(p.ink), "gap-text"),
		rule(line(p.value, 2, 6, 3), "ttv-line"),
		rule(fill(p.fail), "pain-bullet"),
		rule(fill(p.value), "idea-bullet"),
		rule(fill(p.flow), "side-a"),
		rule(fill(p.sideB), "side-b"),
		rule(box(p.tintA, p.flow, 1), "seg-a"),
		rule(box(p.tintB, p.sideB, 1), "seg-b"),
		rule(Paint{StrokeWidth: 1.5, Dash: []float64{4, 2}}, "seg-wait"),
		rule(Paint{Stroke: p.dead, StrokeWidth: 1}, "seg-line"),
		rule(fill(p.ink), "seg-text"),
		rule(line(p.ink, 1.5), "break"),
		rule(box(p.value, p.bg, 1), "value-mark"),
		rule(line(p.flow, 2.5), "emo-a"),
		rule(line(p.sideB, 2.5, 7, 4), "emo-b"),
		rule(box(p.flow, p.bg, 1.5), "emo-point-a"),
		rule(box(p.sideB, p.bg, 1.5), "emo-point-b"),
		rule(fill(p.bg), "score-row-0"),
		rule(fill(p.band), "score-row-1"),
		rule(fill(p.tintA), "better-a"),
		rule(fill(p.tintB), "better-b"),
		rule(fill(p.ink), "score-text"),
		rule(dashed(box(p.bg, p.cardLine, 1), 4, 3), "absent"),
		rule(dashed(box(p.bg, p.below, 1.5), 4, 2), "change-removed"),
		rule(box(p.bg, p.exceeded, 2), "change-added"),
		rule(box(p.bg, p.wait, 1.5), "change-changed"),
		rule(fill(p.ink), "change-text"),
		rule(fill(p.ink), "section", "row-label", "lane-label", "title", "figures"),
	}
}
