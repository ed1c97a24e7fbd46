package theme

import "strings"

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

var palettes = map[string]palette{
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

// themeCSS returns the style sheet of a theme; an unknown name gets the
// first of Names.
func CSS(theme string) string {
	p, ok := palettes[theme]
	if !ok {
		p = palettes[Names[0]]
	}
	r := strings.NewReplacer(
		"BG", p.bg, "INK", p.ink, "MUTED", p.muted, "LINE", p.line, "RULE", p.rule,
		"LANE0", p.lanes[0], "LANE1", p.lanes[1], "LANE2", p.lanes[2], "LANE3", p.lanes[3], "LANE4", p.lanes[4],
		"CARDLINE", p.cardLine, "CARD", p.card, "PHASEINK", p.phaseInk, "PHASE", p.phase,
		"FAIL", p.fail, "WAIT", p.wait, "VALUE", p.value, "FLOW", p.flow, "EMOTION", p.emotion,
		"BELOW", p.below, "EXCEEDED", p.exceeded, "DEADBG", p.deadBg, "DEAD", p.dead,
		"OPPBG", p.oppBg, "OPP", p.opp, "BADGEINK", p.badgeInk, "BAND", p.band,
		"SIDEB", p.sideB, "TINTA", p.tintA, "TINTB", p.tintB,
	)
	return r.Replace(themeTemplate)
}

// themeTemplate styles the classes of the scene; the capitalised words are
// the palette's colours.
const themeTemplate = `text{fill:INK;font-kerning:none;font-variant-ligatures:none}
.bg{fill:BG}
.muted,.label-text,.legend-text,.note-text{fill:MUTED}
.phase{fill:PHASE}
.phase-text{fill:PHASEINK}
.lane-evidence{fill:LANE0}
.lane-customer{fill:LANE1}
.lane-frontstage{fill:LANE2}
.lane-backstage{fill:LANE3}
.lane-support{fill:LANE4}
.card{fill:CARD;stroke:CARDLINE;stroke-width:1}
.quote{fill:CARD;stroke:CARDLINE;stroke-width:1;stroke-dasharray:3 3}
.quote-text{fill:MUTED}
.sep{fill:none;stroke:LINE;stroke-width:1;stroke-dasharray:2 4}
.rule{fill:none;stroke:RULE;stroke-width:1.5}
.rule-pill{fill:BG;stroke:RULE;stroke-width:1}
.rule-text{fill:RULE}
.flow{fill:none;stroke:FLOW;stroke-width:2}
.flow-head{fill:FLOW}
.handoff{fill:none;stroke:LINE;stroke-width:1.5;stroke-dasharray:4 3}
.handoff-head{fill:LINE}
.badge-fail{fill:FAIL}
.badge-wait{fill:WAIT}
.badge-value{fill:VALUE}
.badge-text{fill:BADGEINK}
.dead{fill:url(#bp-hatch);fill-opacity:.9}
.legend-dead{stroke:DEAD;stroke-width:1}
.hatch-bg{fill:DEADBG}
.hatch{stroke:DEAD;stroke-width:1.5;stroke-opacity:.55}
.dead-text{fill:INK}
.axis{fill:none;stroke:INK;stroke-width:1}
.ttv{fill:none;stroke:VALUE;stroke-width:2}
.ttv-text{fill:INK}
.emotion-band{fill:BAND}
.emo-grid{fill:none;stroke:LINE;stroke-width:.5;stroke-opacity:.6}
.emo-zero{fill:none;stroke:INK;stroke-width:1;stroke-dasharray:6 3}
.emo-line{fill:none;stroke:EMOTION;stroke-width:2.5}
.emo-point{fill:EMOTION;stroke:BG;stroke-width:1.5}
.emo-mark{fill:none;stroke:INK;stroke-width:1.5}
.emo-mark-text{fill:INK}
.emo-experienced{fill:none;stroke:EMOTION;stroke-width:1.5;stroke-dasharray:1 3;stroke-linecap:round}
.emo-remembered{fill:none;stroke:INK;stroke-width:1.5;stroke-dasharray:8 4}
.expected{fill:none;stroke:INK;stroke-width:2}
.gap-below{fill:none;stroke:BELOW;stroke-width:2;stroke-dasharray:3 2}
.gap-exceeded{fill:none;stroke:EXCEEDED;stroke-width:2}
.gap-met{fill:none}
.opportunity{fill:OPPBG;stroke:OPP;stroke-width:1.5}
.opportunity-value{fill:INK}
.tp-row-0{fill:LANE1}
.tp-row-1{fill:BAND}
.touchpoint-text{fill:INK}
.icon{fill:none;stroke:INK;stroke-width:1.2;stroke-linejoin:round;stroke-linecap:round}
.path{fill:none;stroke:FLOW;stroke-width:3;stroke-linejoin:round}
.path-head,.path-gap-head{fill:FLOW}
.path-gap{fill:none;stroke:FLOW;stroke-width:3;stroke-dasharray:2 6;stroke-linecap:round;stroke-linejoin:round}
.gap-pill{fill:BG;stroke:DEAD;stroke-width:1}
.gap-text{fill:INK}
.ttv-line{fill:none;stroke:VALUE;stroke-width:2;stroke-dasharray:6 3}
.pain-bullet{fill:FAIL}
.idea-bullet{fill:VALUE}
.side-a{fill:FLOW}
.side-b{fill:SIDEB}
.seg-a{fill:TINTA;stroke:FLOW;stroke-width:1}
.seg-b{fill:TINTB;stroke:SIDEB;stroke-width:1}
.seg-wait{stroke-dasharray:4 2;stroke-width:1.5}
.seg-line{stroke:DEAD;stroke-width:1}
.seg-text{fill:INK}
.break{fill:none;stroke:INK;stroke-width:1.5}
.value-mark{fill:VALUE;stroke:BG;stroke-width:1}
.emo-a{fill:none;stroke:FLOW;stroke-width:2.5}
.emo-b{fill:none;stroke:SIDEB;stroke-width:2.5;stroke-dasharray:7 4}
.emo-point-a{fill:FLOW;stroke:BG;stroke-width:1.5}
.emo-point-b{fill:SIDEB;stroke:BG;stroke-width:1.5}
.score-row-0{fill:BG}
.score-row-1{fill:BAND}
.better-a{fill:TINTA}
.better-b{fill:TINTB}
.score-text{fill:INK}
.section,.row-label,.lane-label,.title,.figures{fill:INK}
`

// Names names the colour schemes a picture can be drawn in; the first is
// the default.
var Names = []string{"light", "dark", "print"}
