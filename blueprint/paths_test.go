package blueprint

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/blueprint-tool/blueprint/examples"
)

// pathsJourney has two paths that part after a and meet again at f: call
// waits three weeks and calls (the value moment), come-back waits five to
// six weeks and comes back, and never reaches the value step.
const pathsJourney = `version: 1
title: Paths
paths:
  - id: call
    title: Calls after three weeks
    share: 60
  - id: come-back
    share: 40
steps:
  - {id: a, title: A, duration: 1m, emotion: -1, customer: x}
  - {id: b, title: B, path: call, duration: 3w, wait: true, customer: waits, emotion: -2}
  - {id: c, title: C, path: [call], duration: 10m, touchpoint: Phone, channel: phone, customer: calls, value: true, emotion: 1}
  - {id: d, title: D, path: come-back, duration: 5w..6w, wait: true, customer: waits, emotion: -1}
  - {id: e, title: E, path: [come-back], duration: 20m, frontstage: Clerk, touchpoint: Desk, channel: in-person, customer: collects, emotion: 2, fail: Not ready}
  - {id: f, title: F, duration: 5m, customer: done, emotion: 0}
`

const (
	week = 7 * 24 * 3600
	// the middles of come-back's total and dead time
	comeBackTotalMid = (60 + 5*week + 1200 + 300 + 60 + 6*week + 1200 + 300) / 2
	comeBackDeadMid  = (5*week + 6*week) / 2
)

// TestPathsLoaded checks what paths: and path: give the model: titles that
// default to the id, shares, and each step's paths as named.
func TestPathsLoaded(t *testing.T) {
	j := mustLoad(t, pathsJourney)
	share := func(f float64) *float64 { return &f }
	want := []Path{
		{ID: "call", Title: "Calls after three weeks", Share: share(60), Pos: Pos{File: "test.yaml", Line: 4, Col: 5}},
		{ID: "come-back", Title: "come-back", Share: share(40), Pos: Pos{File: "test.yaml", Line: 7, Col: 5}},
	}
	for i, p := range j.Paths {
		if p.ID != want[i].ID || p.Title != want[i].Title || *p.Share != *want[i].Share || p.Pos != want[i].Pos {
			t.Errorf("path %d = %+v; want %+v", i, p, want[i])
		}
	}
	var got [][]string
	for _, s := range j.Steps {
		got = append(got, s.Paths)
	}
	if want := [][]string{nil, {"call"}, {"call"}, {"come-back"}, {"come-back"}, nil}; !reflect.DeepEqual(got, want) {
		t.Errorf("step paths %q; want %q", got, want)
	}
	if got := j.PathSteps("come-back"); !slices.Equal(got, []int{0, 3, 4, 5}) {
		t.Errorf("PathSteps(come-back) = %v", got)
	}
	if j.PathSteps("nowhere") != nil || j.Along("nowhere") != nil {
		t.Error("an undeclared path has steps")
	}
	if !j.OnPath(0, "call") || j.OnPath(3, "call") || !j.OnPath(3, "come-back") {
		t.Error("OnPath is wrong about a or d")
	}
}

// TestPathFigures checks the figures of each path against the journey
// worked out by hand, ranges included, and that the journey's own are the
// main path's.
func TestPathFigures(t *testing.T) {
	m := Measure(mustLoad(t, pathsJourney))
	paths := PathsOf(m)
	if len(paths) != 2 || paths[0].Path.ID != "call" || paths[1].Path.ID != "come-back" {
		t.Fatalf("PathsOf = %+v", paths)
	}
	call, back := paths[0], paths[1]
	if !slices.Equal(call.Steps, []int{0, 1, 2, 5}) || !slices.Equal(back.Steps, []int{0, 3, 4, 5}) {
		t.Errorf("steps %v and %v", call.Steps, back.Steps)
	}

	// call: a 1m, b 3w (dead), c 10m (value), f 5m
	f := call.Figures
	if want := (Span{60 + 3*week + 900, 60 + 3*week + 900}); f.Total != want {
		t.Errorf("call: total %v; want %v", f.Total, want)
	}
	if f.TimeToValue == nil || *f.TimeToValue != (Span{60 + 3*week + 600, 60 + 3*week + 600}) || f.ValueStep != 2 {
		t.Errorf("call: time to value %v at %d", f.TimeToValue, f.ValueStep)
	}
	if want := []DeadMoment{{1, Span{3 * week, 3 * week}}}; !reflect.DeepEqual(f.DeadMoments, want) || !near(f.DeadShare, 3*week/float64(60+3*week+900)) {
		t.Errorf("call: dead %v, share %v", f.DeadMoments, f.DeadShare)
	}
	experienced := (-60 - 2*3*week + 600) / float64(60+3*week+600+300)
	if e := f.Emotion; !near(e.Experienced, experienced) || e.Remembered != -1 || e.Peak != (EmotionPoint{1, -2}) || e.End != (EmotionPoint{5, 0}) {
		t.Errorf("call: emotion %+v; want experienced %v, remembered -1, peak b, end f", e, experienced)
	}
	if f.Touchpoints != 1 || !slices.Equal(f.Channels, []string{"phone"}) || len(f.FailPoints) != 0 {
		t.Errorf("call: touchpoints %d, channels %v, fail points %v", f.Touchpoints, f.Channels, f.FailPoints)
	}

	// come-back: a 1m, d 5w..6w (dead), e 20m, f 5m; no value step
	f = back.Figures
	if want := (Span{60 + 5*week + 1500, 60 + 6*week + 1500}); f.Total != want {
		t.Errorf("come-back: total %v; want %v", f.Total, want)
	}
	if f.TimeToValue != nil || f.ValueStep != -1 {
		t.Errorf("come-back: time to value %v at %d, but it skips the value step", f.TimeToValue, f.ValueStep)
	}
	if want := (Span{5 * week, 6 * week}); f.DeadTime != want || !near(f.DeadShare, float64(comeBackDeadMid)/comeBackTotalMid) {
		t.Errorf("come-back: dead time %v, share %v", f.DeadTime, f.DeadShare)
	}
	experienced = (-60 - comeBackDeadMid + 2*1200) / float64(60+comeBackDeadMid+1200+300)
	if e := f.Emotion; !near(e.Experienced, experienced) || e.Remembered != 1 || e.Peak != (EmotionPoint{4, 2}) {
		t.Errorf("come-back: emotion %+v; want experienced %v, remembered 1, peak e", e, experienced)
	}
	if !slices.Equal(f.FailPoints, []int{4}) || !slices.Equal(f.Channels, []string{"in-person"}) {
		t.Errorf("come-back: fail points %v, channels %v", f.FailPoints, f.Channels)
	}
	// off the path, b and c last nothing, when a ends
	if want := (Timing{Span{60, 60}, Span{60, 60}}); f.Times[1] != want || f.Times[2] != want {
		t.Errorf("come-back: times of b and c %v, %v; want %v", f.Times[1], f.Times[2], want)
	}

	main := m.Figures
	main.Times = call.Figures.Times
	if !reflect.DeepEqual(main, call.Figures) {
		t.Errorf("the journey's figures are not the main path's:\n%+v\n%+v", m.Figures, call.Figures)
	}
}

// TestTimesOnFirstPath checks that the journey's Times give every step
// its running time on the first path it is on: d and e on come-back.
func TestTimesOnFirstPath(t *testing.T) {
	f := FiguresOf(mustLoad(t, pathsJourney))
	end := Span{60 + 3*week + 600, 60 + 3*week + 600} // when c ends, on call
	want := []Timing{
		{Span{0, 0}, Span{60, 60}},
		{Span{60, 60}, Span{60 + 3*week, 60 + 3*week}},
		{Span{60 + 3*week, 60 + 3*week}, end},
		{Span{60, 60}, Span{60 + 5*week, 60 + 6*week}},
		{Span{60 + 5*week, 60 + 6*week}, Span{60 + 5*week + 1200, 60 + 6*week + 1200}},
		{end, end.Add(Span{300, 300})},
	}
	if !reflect.DeepEqual(f.Times, want) {
		t.Errorf("Times = %v\nwant %v", f.Times, want)
	}
}

// TestAlong checks the journey as lived on a path: its steps only, as
// copies with their positions and no paths, the phases that keep a step,
// and the figures of that path.
func TestAlong(t *testing.T) {
	src := strings.Replace(pathsJourney, "steps:\n", "phases: [{id: go}, {id: wait}, {id: back}]\nsteps:\n", 1)
	for _, phase := range []struct{ step, phase string }{{"a", "go"}, {"b", "wait"}, {"c", "wait"}, {"d", "back"}, {"e", "back"}, {"f", "back"}} {
		src = strings.Replace(src, "{id: "+phase.step+",", "{id: "+phase.step+", phase: "+phase.phase+",", 1)
	}
	j := mustLoad(t, src)
	along := j.Along("come-back")
	var ids []string
	for _, s := range along.Steps {
		ids = append(ids, s.ID)
		if s.Paths != nil {
			t.Errorf("step %s keeps its paths %v", s.ID, s.Paths)
		}
	}
	if !slices.Equal(ids, []string{"a", "d", "e", "f"}) || along.Paths != nil {
		t.Errorf("Along(come-back): steps %v, paths %v", ids, along.Paths)
	}
	if along.Steps[1].Pos != j.Steps[3].Pos || along.Title != j.Title {
		t.Errorf("d at %v, not %v as in the file; title %q", along.Steps[1].Pos, j.Steps[3].Pos, along.Title)
	}
	if got := j.Along("call").Phases; len(got) != 3 {
		t.Errorf("call keeps phases %v", got)
	}
	if got := along.Phases; len(got) != 2 || got[1].ID != "back" {
		t.Errorf("come-back keeps phases %v; want go and back", got)
	}
	along.Steps[0].Title = "changed"
	if j.Steps[0].Title != "A" {
		t.Error("Along's steps are not copies")
	}
	if got := j.AlongMain(); len(got.Steps) != 4 || got.Steps[1].ID != "b" {
		t.Errorf("AlongMain: %d steps, the second %s; want call's a, b, c, f", len(got.Steps), got.Steps[1].ID)
	}
	f, want := FiguresOf(j.Along("come-back")), PathsOf(Measure(j))[1].Figures
	if f.Total != want.Total || f.DeadTime != want.DeadTime || f.Emotion.Experienced != want.Emotion.Experienced || f.TimeToValue != nil {
		t.Errorf("the figures along come-back %+v differ from the path's %+v", f, want)
	}
}

// TestPathsLikeAlong checks, on the journey above and on every example
// with paths, that each path's figures are those of the journey along it,
// step indexes aside.
func TestPathsLikeAlong(t *testing.T) {
	journeys := []*Journey{mustLoad(t, pathsJourney)}
	for _, name := range examples.Names() {
		journeys = append(journeys, loadExample(t, name))
	}
	for _, j := range journeys {
		for _, p := range PathsOf(Measure(j)) {
			along := j.Along(p.Path.ID)
			f, g := FiguresOf(along), p.Figures
			if f.Total != g.Total || !reflect.DeepEqual(f.TimeToValue, g.TimeToValue) || f.DeadTime != g.DeadTime ||
				f.DeadShare != g.DeadShare || f.Emotion.Experienced != g.Emotion.Experienced || f.Emotion.Remembered != g.Emotion.Remembered ||
				len(along.Steps) != len(p.Steps) {
				t.Errorf("%s, path %s: %+v along it, %+v as a path", j.File, p.Path.ID, f, g)
			}
		}
	}
}

// TestWithoutPaths checks that a journey without paths is one path through
// every step: no PathsOf, and the figures as before.
func TestWithoutPaths(t *testing.T) {
	m := Measure(mustLoad(t, figuresJourney))
	if PathsOf(m) != nil || m.Journey.Along("") != nil || !m.Journey.OnPath(0, "") || m.Journey.AlongMain() != m.Journey || m.AlongMain().Journey != m.Journey {
		t.Error("a journey without paths has paths")
	}
}

// TestPathErrors checks every error of paths: and path:, at its line and
// column, with what to write instead.
func TestPathErrors(t *testing.T) {
	const head = "version: 1\ntitle: T\n"
	paths := "paths:\n  - id: call\n    share: 60\n  - id: come-back\n    share: 40\n"
	step := func(id, extra string) string {
		return "  - id: " + id + "\n    title: " + id + "\n    customer: x\n    value: true\n" + extra
	}
	for _, tt := range []struct {
		name, src, want string
	}{
		{"unknown path", head + paths + "steps:\n" + step("a", "    path: cal\n") + step("b", "    path: [come-back, com-back]\n"),
			`test.yaml:13:11: error: path "cal" is not declared; did you mean "call"? (declared: call, come-back)` + "\n" +
				`test.yaml:18:23: error: path "com-back" is not declared; did you mean "come-back"? (declared: call, come-back)`},
		{"far from any", head + paths + "steps:\n" + step("a", "    path: bus\n"),
			`test.yaml:4:9: error: path "call" has no step: name it in the path: of the steps on it, or remove it` + "\n" +
				`test.yaml:6:9: error: path "come-back" has no step: name it in the path: of the steps on it, or remove it` + "\n" +
				`test.yaml:13:11: error: path "bus" is not declared (declared: call, come-back)`},
		{"repeated path id", head + paths + "  - id: call\nsteps:\n" + step("a", ""),
			`test.yaml:8:9: error: path id "call" is used twice (first at line 4): give each path its own id`},
		{"path without paths", head + "steps:\n" + step("a", "    path: [call, come-back]\n"),
			`test.yaml:8:12: error: path "call" is not declared: add a paths: list with id: call at the top, or remove path: from step "a"`},
		{"share above 100", head + "paths:\n  - id: call\n    share: 120\nsteps:\n" + step("a", ""),
			"test.yaml:5:12: error: share is a percent of customers, from 0 to 100, not 120"},
		{"negative share", head + "paths:\n  - id: call\n    share: -5\nsteps:\n" + step("a", ""),
			"test.yaml:5:12: error: share is a percent of customers, from 0 to 100, not -5"},
		{"shares above 100", head + strings.Replace(paths, "40", "50.5", 1) + "  - id: walk\n    share: 10\nsteps:\n" + step("a", ""),
			"test.yaml:7:12: error: the shares add up to 110.5 with this one (call 60 + come-back 50.5), more than the 100 percent of all customers: " +
				"write share: 40 at most, or lower the shares before it"},
		{"shares of exactly 100", head + "paths:\n  - {id: a, share: 33.3}\n  - {id: b, share: 33.3}\n  - {id: c, share: 33.4}\nsteps:\n" + step("s", ""), ""},
		{"path with no step", head + paths + "steps:\n" + step("a", "    path: call\n"),
			`test.yaml:6:9: error: path "come-back" has no step: name it in the path: of the steps on it, or remove it`},
		{"empty path list", head + paths + "steps:\n" + step("a", "    path: []\n"),
			"test.yaml:13:11: error: path is empty: name the paths this step is on, or leave path: out to put the step on every path"},
		{"path named twice", head + paths + "steps:\n" + step("a", "    path: [call, call]\n") + step("b", ""),
			`test.yaml:13:18: error: path "call" is named twice in this step: name it once`},
		{"path not an id", head + paths + "steps:\n" + step("a", "    path: Call\n"),
			`test.yaml:13:11: error: path "Call" may hold only lowercase letters, digits and '-': write call`},
		{"path as a mapping", head + paths + "steps:\n" + step("a", "    path: {call: yes}\n"),
			"test.yaml:13:11: error: path must be a path id or a list of path ids, e.g. [by-mail], not a mapping"},
		{"path without id", head + "paths:\n  - title: Calls\nsteps:\n" + step("a", ""),
			`test.yaml:4:5: error: missing required key "id" in path 1: add id: by-mail`},
		{"unknown key in a path", head + "paths:\n  - id: call\n    shares: 60\nsteps:\n" + step("a", ""),
			`test.yaml:5:5: error: unknown key "shares" in path 1; did you mean "share"?`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := Load("test.yaml", []byte(tt.src))
			var errs Diagnostics
			for _, d := range diags {
				if d.Severity == Error {
					errs = append(errs, d)
				}
			}
			if got := diagText(errs); got != tt.want {
				t.Errorf("errors:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// TestPolicePaths checks the two ways the clerk offers to get the permit,
// in both languages, worked out by hand from the file: call after three
// weeks (the main path) and have it posted, or come back after five and
// collect it; the visit of 2h 50m is on both.
func TestPolicePaths(t *testing.T) {
	const d, h, m = Day, Hour, Minute
	for _, name := range []string{"police-permit", "fi/poliisi"} {
		paths := PathsOf(Measure(loadExample(t, name)))
		if len(paths) != 2 {
			t.Fatalf("%s: %d paths, want 2", name, len(paths))
		}
		for k, want := range []struct {
			steps       int
			total, dead Span
			remembered  float64
		}{
			// 2h 50m + 3w + 10m..30m + 1d..3d + 5m; dead: wait-turn, wait-to-call, wait-post
			{11, Span{3*Week + 1*d + 3*h + 5*m, 3*Week + 3*d + 3*h + 25*m}, Span{3*Week + 1*d + 2*h, 3*Week + 3*d + 2*h}, -0.5},
			// 2h 50m + 5w + 30m..1h + 5m; dead: wait-turn, wait-to-come-back
			{10, Span{5*Week + 3*h + 25*m, 5*Week + 3*h + 55*m}, Span{5*Week + 2*h, 5*Week + 2*h}, -0.5},
		} {
			p := paths[k]
			f := p.Figures
			if len(p.Steps) != want.steps || f.Total != want.total || f.DeadTime != want.dead || f.Emotion.Remembered != want.remembered ||
				f.TimeToValue == nil || *f.TimeToValue != f.Total {
				t.Errorf("%s, path %s: %d steps, total %v, dead %v, remembered %v, time to value %v; want %d, %v, %v, %v, the total",
					name, p.Path.ID, len(p.Steps), f.Total, f.DeadTime, f.Emotion.Remembered, f.TimeToValue, want.steps, want.total, want.dead, want.remembered)
			}
		}
	}
}
