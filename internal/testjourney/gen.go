package testjourney

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
)

// words are what generated journeys say: short and long, English and
// Finnish, and one word longer than any card.
var words = strings.Fields(`the customer waits at a counter for the clerk who checks forms
täytän lomakkeet ja odotan kaksi tuntia vuoroani Ääneen öisin åland
queue number permit register signature receptionist
Lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilas
W M @ & < > " ' ≥ — “quoted” 2h 3w..5w`)

// Text returns a text of 1 to n random words.
func Text(r *rand.Rand, n int) string {
	k := 1 + r.IntN(n)
	out := make([]string, k)
	for i := range out {
		out[i] = words[r.IntN(len(words))]
	}
	return strings.Join(out, " ")
}

// Generate returns a journey of n steps with random texts in random lanes,
// phases, waits, fail points, emotions, expectations, a value moment and
// opportunities: what the layout must hold whatever the input.
func Generate(n int, seed uint64) blueprint.Measured {
	r := rand.New(rand.NewPCG(seed, 7))
	j := &blueprint.Journey{File: "gen.yaml", Version: 1, Title: Text(r, 30), Persona: Text(r, 8),
		Description: Text(r, 40), Locale: "en", Currency: "EUR", DeadAfter: 300}
	phases := 1 + r.IntN(min(n, 6))
	for p := range phases {
		j.Phases = append(j.Phases, blueprint.Phase{ID: fmt.Sprintf("p%d", p), Title: Text(r, 6)})
	}
	for i := range n {
		s := blueprint.Step{ID: fmt.Sprintf("s%d", i), Phase: j.Phases[i*phases/n].ID, Title: Text(r, 8)}
		lo := blueprint.Duration(r.IntN(4) * 60 * r.IntN(200))
		s.Duration = blueprint.Span{Lo: lo, Hi: lo + blueprint.Duration(r.IntN(2)*r.IntN(100000))}
		for l := range s.Lanes {
			for range r.IntN(4) - 1 + l%2 {
				s.Lanes[l] = append(s.Lanes[l], Text(r, 14))
			}
		}
		if r.IntN(3) == 0 {
			s.Quote = Text(r, 16)
		}
		if r.IntN(2) == 0 {
			s.Touchpoint, s.Channel = Text(r, 3), blueprint.Channels[r.IntN(len(blueprint.Channels))]
		}
		s.Wait = r.IntN(4) == 0
		if r.IntN(9) == 0 {
			dead := r.IntN(2) == 0
			s.Dead = &dead
		}
		if r.IntN(5) == 0 {
			s.Fail = Text(r, 20)
		}
		if r.IntN(6) != 0 {
			e := r.IntN(5) - 2
			s.Emotion = &e
			if r.IntN(2) == 0 {
				x := r.IntN(5) - 2
				s.Expected = &x
			}
		}
		if r.IntN(7) == 0 {
			s.Opportunity = &blueprint.Opportunity{Idea: Text(r, 12), Converts: float64(r.IntN(50)), Value: float64(r.IntN(1000)),
				PerDay: float64(r.IntN(100)), Days: 365}
		}
		j.Steps = append(j.Steps, s)
	}
	j.Steps[r.IntN(n)].Value = true
	return blueprint.Measure(j)
}

// Load loads and measures a journey file named by its path in the
// repository, "examples/ikea-bus.yaml", and names it so, as a command run
// at the repository's top would.
func Load(t testing.TB, rel string) blueprint.Measured {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root(t), rel))
	if err != nil {
		t.Fatal(err)
	}
	j, diags := blueprint.Load(rel, data)
	if j == nil {
		t.Fatalf("%s does not load: %v", rel, diags)
	}
	return blueprint.Measure(j)
}

// LoadMain loads and measures a journey file as compare takes it: as
// lived on its main path (blueprint.Measured.AlongMain).
func LoadMain(t testing.TB, rel string) blueprint.Measured {
	t.Helper()
	return Load(t, rel).AlongMain()
}

// Examples returns the paths in the repository of its examples, English
// and Finnish.
func Examples(t testing.TB) []string {
	var all []string
	for _, pattern := range []string{"examples/*.yaml", "examples/fi/*.yaml"} {
		found, err := filepath.Glob(filepath.Join(root(t), pattern))
		if err != nil || len(found) < 2 {
			t.Fatalf("found %d examples as %s, want at least 2", len(found), pattern)
		}
		for _, f := range found {
			rel, _ := filepath.Rel(root(t), f)
			all = append(all, filepath.ToSlash(rel))
		}
	}
	return all
}

// root returns the repository's top directory: the nearest one, from the
// test's, that holds go.mod.
func root(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Fatal("no go.mod above the test's directory")
		}
		dir = up
	}
}
