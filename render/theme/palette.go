package theme

import "sync"

// A palette is the colours of one theme. The accents are the Okabe-Ito
// colours, told apart with every kind of colour blindness, and every marker
// also carries a letter or a shape, so that grey print keeps its meaning.
type palette struct {
	bg, ink, muted, line, rule       string
	lanes                            [5]string // by lane
	card, cardLine, phase, phaseInk  string
	fail, wait, value, flow, emotion string
	below, exceeded, dead, deadBg    string
	opp, oppBg, badgeInk, band       string
	sideB, tintA, tintB              string // the second journey of a comparison, and both tints
}

var palettes = sync.OnceValue(func() map[string]palette {
	return map[string]palette{
		"light": {
			bg: "#ffffff", ink: "#1b1d21", muted: "#5b6069", line: "#8d939c", rule: "#3b4250",
			lanes: [5]string{"#f4f3ef", "#e9f1fa", "#fdf3e1", "#f0ecf7", "#e9f5ef"},
			card:  "#ffffff", cardLine: "#a3a9b2", phase: "#2f3a4a", phaseInk: "#ffffff",
			fail: "#d55e00", wait: "#e69f00", value: "#009e73", flow: "#0072b2", emotion: "#0072b2",
			below: "#d55e00", exceeded: "#009e73", dead: "#7b818a", deadBg: "#e6e7ea",
			opp: "#cc79a7", oppBg: "#fbeef5", badgeInk: "#ffffff", band: "#fafafa",
			sideB: "#d55e00", tintA: "#dcebf7", tintB: "#fae3d4",
		},
		"dark": {
			bg: "#16181d", ink: "#eceef1", muted: "#a6acb5", line: "#6b717b", rule: "#c4c9d1",
			lanes: [5]string{"#22242a", "#1b2531", "#2c2518", "#251f31", "#1a2a23"},
			card:  "#2a2d35", cardLine: "#5d636d", phase: "#c9d1dc", phaseInk: "#16181d",
			fail: "#ff8a3d", wait: "#f0b43c", value: "#2fc79a", flow: "#56b4e9", emotion: "#56b4e9",
			below: "#ff8a3d", exceeded: "#2fc79a", dead: "#8a9099", deadBg: "#2c2f36",
			opp: "#e38fc0", oppBg: "#35232e", badgeInk: "#16181d", band: "#1b1d22",
			sideB: "#ff8a3d", tintA: "#1d3447", tintB: "#47291a",
		},
		"print": {
			bg: "#ffffff", ink: "#000000", muted: "#404040", line: "#707070", rule: "#000000",
			lanes: [5]string{"#ffffff", "#ffffff", "#ffffff", "#ffffff", "#ffffff"},
			card:  "#ffffff", cardLine: "#000000", phase: "#e4e4e4", phaseInk: "#000000",
			fail: "#000000", wait: "#595959", value: "#000000", flow: "#000000", emotion: "#000000",
			below: "#000000", exceeded: "#000000", dead: "#000000", deadBg: "#ffffff",
			opp: "#000000", oppBg: "#ffffff", badgeInk: "#ffffff", band: "#ffffff",
			sideB: "#595959", tintA: "#ececec", tintB: "#d4d4d4",
		},
	}
})
