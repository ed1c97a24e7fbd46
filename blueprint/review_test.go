package blueprint

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// reviewOf loads a journey of steps (YAML flow mappings, one a line) and
// returns its findings as "rule@step", accepted ones as "rule@step
// (accepted)".
func reviewOf(t *testing.T, head string, steps ...string) []string {
	t.Helper()
	src := "version: 1\ntitle: T\n" + head + "steps:\n"
	for _, s := range steps {
		src += "  - " + s + "\n"
	}
	j, ds := Load("r.yaml", []byte(src))
	if j == nil {
		t.Fatalf("does not load: %v\n%s", ds, src)
	}
	var out []string
	for _, f := range Review(Measure(j)) {
		s := f.Rule + "@" + j.Steps[f.Step].ID
		if f.Accepted {
			s += " (accepted)"
		}
		out = append(out, s)
	}
	return out
}

// TestReviewRules checks every rule of section 10 on a journey that
// triggers it and on one that just does not: the edges of each threshold.
func TestReviewRules(t *testing.T) {
	const c = "customer: x"
	for _, tc := range []struct {
		name  string
		head  string
		steps []string
		want  string // a finding that must be there
		not   string // a finding that must not
	}{
		{"ends-low below neutral", "", []string{"{id: a, title: A, " + c + ", emotion: 1}", "{id: b, title: B, " + c + ", emotion: -1}"}, "ends-low@b", ""},
		{"ends-low a point under the lived", "", []string{"{id: a, title: A, " + c + ", duration: 1m, emotion: 1}", "{id: b, title: B, " + c + ", emotion: 0}"}, "ends-low@b", ""},
		{"ends-low just not", "", []string{"{id: a, title: A, " + c + ", duration: 99s, emotion: 1}", "{id: b, title: B, " + c + ", duration: 1s, emotion: 0}"}, "", "ends-low@b"},
		{"low-peak", "", []string{"{id: a, title: A, " + c + ", emotion: 0}", "{id: b, title: B, " + c + ", emotion: -1}", "{id: c, title: C, " + c + ", emotion: 0}"}, "low-peak@b", ""},
		{"low-peak not: the earlier of a tie is the peak", "", []string{"{id: a, title: A, " + c + ", emotion: 1}", "{id: b, title: B, " + c + ", emotion: -1}"}, "", "low-peak@b"},
		{"cold-welcome below neutral", "", []string{"{id: a, title: A, " + c + "}", "{id: b, title: B, " + c + ", emotion: -1}"}, "cold-welcome@b", ""},
		{"cold-welcome below expected", "", []string{"{id: a, title: A, " + c + ", emotion: 0, expected: 1}"}, "cold-welcome@a", ""},
		{"cold-welcome not: as expected", "", []string{"{id: a, title: A, " + c + ", emotion: 0, expected: 0}", "{id: b, title: B, " + c + ", emotion: -2}"}, "", "cold-welcome@b"},
		{"idle-dead-moment", "", []string{"{id: a, title: A, " + c + ", wait: true, duration: 5m}"}, "idle-dead-moment@a", ""},
		{"idle-dead-moment not: an idea", "", []string{"{id: a, title: A, " + c + ", wait: true, duration: 5m, idea: Read}"}, "", "idle-dead-moment@a"},
		{"idle-dead-moment not: an opportunity", "", []string{"{id: a, title: A, " + c + ", wait: true, duration: 5m, opportunity: {idea: Sell, reach: 1, converts: 1, value: 1, per_day: 1}}"}, "", "idle-dead-moment@a"},
		{"idle-dead-moment not: shorter than dead_after", "", []string{"{id: a, title: A, " + c + ", wait: true, duration: 4m59s}"}, "", "idle-dead-moment@a"},
		{"uncertain-wait at half again", "", []string{"{id: a, title: A, " + c + ", wait: true, duration: 2m..3m}"}, "uncertain-wait@a", ""},
		{"uncertain-wait just not", "", []string{"{id: a, title: A, " + c + ", wait: true, duration: 2m..2m59s}"}, "", "uncertain-wait@a"},
		{"uncertain-wait not: from zero", "", []string{"{id: a, title: A, " + c + ", wait: true, duration: 0s..5m}"}, "", "uncertain-wait@a"},
		{"uncertain-wait not: explained", "", []string{"{id: a, title: A, " + c + ", frontstage: Says 2 to 3 minutes, wait: true, duration: 2m..3m}"}, "", "uncertain-wait@a"},
		{"pre-process-wait", "", []string{"{id: a, title: A, " + c + ", wait: true, duration: 5m}", "{id: b, title: B, " + c + ", frontstage: Clerk}"}, "pre-process-wait@a", ""},
		{"pre-process-wait not: shorter", "", []string{"{id: a, title: A, " + c + ", wait: true, duration: 4m59s}", "{id: b, title: B, " + c + ", frontstage: Clerk}"}, "", "pre-process-wait@a"},
		{"pre-process-wait not: in process", "", []string{"{id: a, title: A, " + c + ", frontstage: Clerk}", "{id: b, title: B, " + c + ", wait: true, duration: 1h}"}, "", "pre-process-wait@b"},
		{"big-miss", "", []string{"{id: a, title: A, " + c + ", emotion: 1, expected: 2}", "{id: b, title: B, " + c + ", emotion: -1, expected: 1}"}, "big-miss@b", ""},
		{"big-miss just not", "", []string{"{id: a, title: A, " + c + ", emotion: 0, expected: 1}"}, "", "big-miss@a"},
		{"nothing-exceeds at the first", "", []string{"{id: a, title: A, " + c + "}", "{id: b, title: B, " + c + ", emotion: 0, expected: 0}", "{id: c, title: C, " + c + ", emotion: 0, expected: 1}"}, "nothing-exceeds@b", ""},
		{"nothing-exceeds not: one exceeds", "", []string{"{id: a, title: A, " + c + ", emotion: 0, expected: 0}", "{id: b, title: B, " + c + ", emotion: 1, expected: 0}"}, "", "nothing-exceeds@a"},
		{"unmeasured-moment at the peak", "", []string{"{id: a, title: A, " + c + ", emotion: 2, touchpoint: Desk}", "{id: b, title: B, " + c + ", emotion: 0, touchpoint: Web, metrics: {ces: 2}}"}, "unmeasured-moment@a", "unmeasured-moment@b"},
		{"unmeasured-moment at a fail point", "", []string{"{id: a, title: A, " + c + ", fail: Lost, idea: Call, touchpoint: Desk}"}, "unmeasured-moment@a", ""},
		{"fail-no-recovery", "", []string{"{id: a, title: A, " + c + ", fail: Lost}"}, "fail-no-recovery@a", ""},
		{"fail-no-recovery not: an idea", "", []string{"{id: a, title: A, " + c + ", fail: Lost, idea: Call back}"}, "", "fail-no-recovery@a"},
		{"accepted on the journey", "accept: [fail-no-recovery]\n", []string{"{id: a, title: A, " + c + ", fail: Lost}"}, "fail-no-recovery@a (accepted)", "fail-no-recovery@a"},
		{"accepted on the step", "", []string{"{id: a, title: A, " + c + ", fail: Lost, accept: fail-no-recovery}", "{id: b, title: B, " + c + ", fail: Lost}"}, "fail-no-recovery@a (accepted)", "fail-no-recovery@a"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := reviewOf(t, tc.head, tc.steps...)
			if tc.want != "" && !slices.Contains(got, tc.want) {
				t.Errorf("findings %v lack %s", got, tc.want)
			}
			if tc.not != "" && slices.Contains(got, tc.not) {
				t.Errorf("findings %v hold %s", got, tc.not)
			}
		})
	}
}

// TestReviewOrder checks that findings come by position, ties in the order
// of Rules, with the figures their messages quote.
func TestReviewOrder(t *testing.T) {
	got := reviewOf(t, "", "{id: a, title: A, customer: x, emotion: -1, expected: 1, fail: Lost, touchpoint: Desk}")
	if len(got) < 5 {
		t.Fatalf("findings %v: want the five rules this step breaks and more", got)
	}
	var rules []string
	for _, f := range got {
		rules = append(rules, strings.SplitN(f, "@", 2)[0])
	}
	for k := 1; k < len(rules); k++ {
		if ruleIndex(rules[k-1]) > ruleIndex(rules[k]) {
			t.Errorf("findings at one step out of the order of Rules: %v", rules)
		}
	}
}

func ruleIndex(id string) int {
	return slices.IndexFunc(Rules, func(r Rule) bool { return r.ID == id })
}

// TestAcceptUnknown: a rule accept does not know is an error at its line
// and column, with a suggestion.
func TestAcceptUnknown(t *testing.T) {
	src := "version: 1\ntitle: T\naccept: [nothing-exceed]\nsteps:\n  - {id: a, title: A, customer: x, accept: [fail-no-recover]}\n"
	_, ds := Load("r.yaml", []byte(src))
	text := fmt.Sprint(ds)
	for _, want := range []string{`r.yaml:3:10: error: accept names "nothing-exceed", which is not a rule of review; did you mean "nothing-exceeds"?`,
		`r.yaml:5:45: error: accept names "fail-no-recover"`, `did you mean "fail-no-recovery"?`} {
		if !strings.Contains(text, want) {
			t.Errorf("diagnostics %s lack %s", text, want)
		}
	}
}

// TestReviewExamples records what the examples find: the police permit's
// three-to-five-week wait is uncertain, idle and a dead moment, its peak a
// bad one; the bus ride has its idea, so it is no idle dead moment.
func TestReviewExamples(t *testing.T) {
	for _, tc := range []struct {
		file      string
		want, not []string
	}{
		{"../examples/police-permit.yaml", []string{"uncertain-wait@wait-post", "idle-dead-moment@wait-post", "low-peak@wait-turn", "cold-welcome@enter"}, []string{"ends-low@permit-arrives"}},
		{"../examples/ikea-bus.yaml", []string{"unmeasured-moment@arrive"}, []string{"idle-dead-moment@bus-ride", "uncertain-wait@bus-ride"}},
	} {
		data, err := os.ReadFile(tc.file)
		if err != nil {
			t.Fatal(err)
		}
		j, ds := Load(tc.file, data)
		if j == nil {
			t.Fatal(ds)
		}
		var got []string
		for _, f := range Review(Measure(j)) {
			got = append(got, f.Rule+"@"+j.Steps[f.Step].ID)
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: findings %v lack %s", tc.file, got, w)
			}
		}
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("%s: findings %v hold %s", tc.file, got, n)
			}
		}
	}
}

// TestReviewPaths: the rules run on every path; a finding on every path is
// reported once without paths, one on some paths names them, and each is
// judged with its own path's figures.
func TestReviewPaths(t *testing.T) {
	src := `version: 1
title: T
paths:
  - {id: quick, title: Quick}
  - {id: slow, title: Slow}
steps:
  - {id: a, title: A, customer: x, fail: Lost, emotion: 0}
  - {id: q, title: Q, customer: x, path: quick, emotion: 1, value: true}
  - {id: s, title: S, customer: x, path: slow, wait: true, duration: 1h..2h, emotion: -1, value: true}
`
	j, ds := Load("p.yaml", []byte(src))
	if j == nil {
		t.Fatal(ds)
	}
	got := map[string][]string{}
	count := map[string]int{}
	for _, f := range Review(Measure(j)) {
		key := f.Rule + "@" + j.Steps[f.Step].ID
		got[key], count[key] = f.Paths, count[key]+1
	}
	for key, n := range count {
		if n > 1 {
			t.Errorf("%s reported %d times", key, n)
		}
	}
	if paths, ok := got["fail-no-recovery@a"]; !ok || paths != nil {
		t.Errorf("fail-no-recovery at a, on every path: %v, %v; want it once, with no paths named", paths, ok)
	}
	for key, want := range map[string][]string{"uncertain-wait@s": {"slow"}, "ends-low@s": {"slow"}, "idle-dead-moment@s": {"slow"}} {
		if !slices.Equal(got[key], want) {
			t.Errorf("%s: paths %v, want %v", key, got[key], want)
		}
	}
	if _, ok := got["ends-low@q"]; ok {
		t.Error("ends-low at q: the quick path ends at +1")
	}
}
