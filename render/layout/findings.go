package layout

import (
	"math"
	"strconv"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/render/scene"
)

// Options are what a picture shows beyond the journey itself.
type Options struct {
	// Findings are the review findings to draw (blueprint.Review): each a
	// numbered marker at its step and its text in a list under the
	// picture. Accepted findings are left out.
	Findings []blueprint.Finding
}

// collectFindings numbers the findings that are not accepted, in the order
// given (by position), adds their markers to their steps and keeps their
// texts for the list.
func (b *layout) collectFindings(findings []blueprint.Finding) {
	for _, f := range findings {
		if f.Accepted || f.Step < 0 || f.Step >= b.n {
			continue
		}
		class, textClass := "badge-finding", "badge-text"
		if f.Severity == blueprint.Notice {
			class, textClass = "badge-notice", "badge-notice-text"
		}
		message, advice, _ := b.l.FindingText(b.j, f)
		g := badge{class: class, textClass: textClass,
			label: b.l.Markers.FindingLetter + strconv.Itoa(len(b.findings)+1),
			tip:   f.Rule + ": " + message}
		b.badges[f.Step] = append(b.badges[f.Step], g)
		b.findings = append(b.findings, note{badge: g, text: f.Rule + ": " + joinSentences(message, advice)})
	}
}

// joinSentences joins a message and its advice as two sentences, either
// of which may be empty.
func joinSentences(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + ". " + b
}

// findingLegend explains the markers of the findings, when there are any.
func (b *layout) findingLegend() []legendItem {
	if len(b.findings) == 0 {
		return nil
	}
	li := b.l.Legend
	return []legendItem{
		{li.FindingWarning, func(x, y float64) {
			b.drawBadge(badge{class: "badge-finding", label: b.l.Markers.FindingLetter, tip: li.FindingWarning}, x+5, y)
		}},
		{li.FindingNotice, func(x, y float64) {
			b.drawBadge(badge{class: "badge-notice", textClass: "badge-notice-text", label: b.l.Markers.FindingLetter, tip: li.FindingNotice}, x+5, y)
		}},
	}
}

// findingList draws the findings' texts under the picture, each beside its
// marker, in columns as wide as the notes'.
func (b *layout) findingList() { b.badgeList(b.l.Picture.Findings, b.findings) }

// badgeList draws a titled list of badges with their texts, in columns.
func (b *layout) badgeList(title string, items []note) {
	if len(items) == 0 {
		return
	}
	b.y += 24
	b.y += b.wrapped("section", styleLabel, title, margin, b.y, b.right-margin, scene.AlignStart) + 6
	cols := max(1, int(math.Floor((b.right-margin+noteGap)/(noteW+noteGap))))
	for start := 0; start < len(items); start += cols {
		rowH := 0.0
		for k := start; k < min(start+cols, len(items)); k++ {
			n := items[k]
			x := margin + float64(k-start)*(noteW+noteGap)
			b.drawBadge(n.badge, x, b.y)
			tx := x + 48
			h := b.wrapped("note-text", styleSmall, n.text, tx, b.y+(badgeH-styleSmall.Lead)/2, noteW-48, scene.AlignStart)
			rowH = max(rowH, max(badgeH, h))
		}
		b.y += rowH + 8
	}
}
