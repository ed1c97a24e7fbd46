package blueprint

import (
	"math"
	"reflect"
	"testing"
)

// mustLoad loads a journey that must have no errors.
func mustLoad(t *testing.T, src string) *Journey {
	t.Helper()
	j, diags := Load("test.yaml", []byte(src))
	if j == nil {
		t.Fatalf("Load failed:\n%v", diags)
	}
	return j
}

const figuresJourney = `version: 1
title: Figures
steps:
  - {id: a, title: A, duration: 1m, emotion: -1, expected: 0, touchpoint: Ticket, channel: in-person, customer: x}
  - id: b
    title: B
    duration: 2h
    wait: true
    customer: waits
    emotion: -2
    expected: -1
    opportunity: {idea: Catalogue, reach: 40, converts: 5, value: 20, per_day: 13, days: 360}
  - {id: c, title: C, duration: 10m, frontstage: Clerk, touchpoint: Desk, channel: in-person, emotion: 1, expected: 1, fail: Wrong forms}
  - {id: d, title: D, duration: 3w..5w, wait: true, channel: phone, emotion: -1, expected: -2, customer: waits}
  - {id: e, title: E, value: true, emotion: 2, customer: gets it}
  - {id: f, title: F, duration: 4m, wait: true, dead: true, customer: x}
  - {id: g, title: G, duration: 10m, wait: true, dead: false, customer: x}
`

func TestMeasureHandComputed(t *testing.T) {
	f := FiguresOf(mustLoad(t, figuresJourney))
	const w = 604800
	wantTimes := []Timing{
		{Span{0, 0}, Span{60, 60}},
		{Span{60, 60}, Span{7260, 7260}},
		{Span{7260, 7260}, Span{7860, 7860}},
		{Span{7860, 7860}, Span{7860 + 3*w, 7860 + 5*w}},
		{Span{7860 + 3*w, 7860 + 5*w}, Span{7860 + 3*w, 7860 + 5*w}},
		{Span{7860 + 3*w, 7860 + 5*w}, Span{8100 + 3*w, 8100 + 5*w}},
		{Span{8100 + 3*w, 8100 + 5*w}, Span{8700 + 3*w, 8700 + 5*w}},
	}
	if !reflect.DeepEqual(f.Times, wantTimes) {
		t.Errorf("Times = %v\nwant %v", f.Times, wantTimes)
	}
	if want := (Span{8700 + 3*w, 8700 + 5*w}); f.Total != want {
		t.Errorf("Total = %v; want %v", f.Total, want)
	}
	if f.TimeToValue == nil || *f.TimeToValue != (Span{7860 + 3*w, 7860 + 5*w}) || f.ValueStep != 4 {
		t.Errorf("TimeToValue = %v at %d; want 3w 2h 11m – 5w 2h 11m at 4", f.TimeToValue, f.ValueStep)
	}
	wantDead := []DeadMoment{{1, Span{7200, 7200}}, {3, Span{3 * w, 5 * w}}, {5, Span{240, 240}}}
	if !reflect.DeepEqual(f.DeadMoments, wantDead) {
		t.Errorf("DeadMoments = %v; want %v", f.DeadMoments, wantDead)
	}
	if want := (Span{7440 + 3*w, 7440 + 5*w}); f.DeadTime != want {
		t.Errorf("DeadTime = %v; want %v", f.DeadTime, want)
	}
	if want := float64(7440+4*w) / float64(8700+4*w); !near(f.DeadShare, want) {
		t.Errorf("DeadShare = %v; want %v", f.DeadShare, want)
	}
	// weights are the middle durations: 60, 7200, 600, 4w, 0
	experienced := (-60 - 2*7200 + 600 - 4*w + 0) / float64(60+7200+600+4*w)
	wantEmotion := Emotion{Known: true, Experienced: experienced, Remembered: 0,
		Peak: EmotionPoint{1, -2}, End: EmotionPoint{4, 2}}
	if f.Emotion.Known != true || !near(f.Emotion.Experienced, experienced) ||
		f.Emotion.Remembered != 0 || f.Emotion.Peak != wantEmotion.Peak || f.Emotion.End != wantEmotion.End {
		t.Errorf("Emotion = %+v; want %+v", f.Emotion, wantEmotion)
	}
	if want := (Expectations{Below: 2, Met: 1, Exceeded: 1}); f.Expectations != want {
		t.Errorf("Expectations = %+v; want %+v", f.Expectations, want)
	}
	if f.Touchpoints != 2 {
		t.Errorf("Touchpoints = %d; want 2", f.Touchpoints)
	}
	if want := []string{"in-person", "phone"}; !reflect.DeepEqual(f.Channels, want) {
		t.Errorf("Channels = %v; want %v", f.Channels, want)
	}
	if want := []int{2}; !reflect.DeepEqual(f.FailPoints, want) {
		t.Errorf("FailPoints = %v; want %v", f.FailPoints, want)
	}
	if want := []OpportunityValue{{1, "Catalogue", 468000}}; !reflect.DeepEqual(f.Opportunities, want) {
		t.Errorf("Opportunities = %v; want %v", f.Opportunities, want)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

func TestMeasureEdgeCases(t *testing.T) {
	t.Run("zero durations: plain mean, zero share, value at zero", func(t *testing.T) {
		f := FiguresOf(mustLoad(t, `version: 1
title: T
steps:
  - {id: a, title: A, emotion: 2, customer: x, wait: true}
  - {id: b, title: B, emotion: -1, customer: x, value: true}
  - {id: c, title: C, emotion: 1, customer: x}
`))
		if f.Emotion.Experienced != 2.0/3 || f.Emotion.Remembered != 1.5 || f.Emotion.End != (EmotionPoint{2, 1}) {
			t.Errorf("Emotion = %+v; want experienced 2/3, remembered 1.5, end c", f.Emotion)
		}
		if f.DeadShare != 0 || len(f.DeadMoments) != 0 || f.TimeToValue == nil || *f.TimeToValue != (Span{}) {
			t.Errorf("got share %v, dead %v, ttv %v", f.DeadShare, f.DeadMoments, f.TimeToValue)
		}
	})
	t.Run("no emotion, no value", func(t *testing.T) {
		f := FiguresOf(mustLoad(t, "version: 1\ntitle: T\nsteps: [{id: a, title: A, customer: x, duration: 1h}]\n"))
		if f.Emotion.Known || f.TimeToValue != nil || f.ValueStep != -1 {
			t.Errorf("got emotion %+v, ttv %v, value step %d", f.Emotion, f.TimeToValue, f.ValueStep)
		}
	})
	t.Run("peak tie goes to the earliest", func(t *testing.T) {
		f := FiguresOf(mustLoad(t, "version: 1\ntitle: T\nsteps:\n  - {id: a, title: A, customer: x, emotion: 2}\n  - {id: b, title: B, customer: x, emotion: -2}\n  - {id: c, title: C, customer: x}\n"))
		if f.Emotion.Peak != (EmotionPoint{0, 2}) || f.Emotion.End != (EmotionPoint{1, -2}) || f.Emotion.Remembered != 0 {
			t.Errorf("Emotion = %+v", f.Emotion)
		}
	})
	t.Run("dead_after and what breaks a dead moment", func(t *testing.T) {
		j := mustLoad(t, `version: 1
title: T
dead_after: 30m
steps:
  - {id: short, title: A, customer: x, wait: true, duration: 10m..29m}
  - {id: range, title: B, customer: x, wait: true, duration: 10m..30m}
  - {id: served, title: C, customer: x, wait: true, duration: 1h, frontstage: Coffee}
  - {id: touch, title: D, customer: x, wait: true, duration: 1h, touchpoint: Screen}
  - {id: busy, title: E, customer: x, duration: 1h}
`)
		f := FiguresOf(j)
		if want := []DeadMoment{{1, Span{600, 1800}}}; !reflect.DeepEqual(f.DeadMoments, want) {
			t.Errorf("DeadMoments = %v; want %v", f.DeadMoments, want)
		}
	})
}
