package render

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
)

// words are what generated journeys say: short and long, English and
// Finnish, and one word longer than any card.
var words = strings.Fields(`the customer waits at a counter for the clerk who checks forms
täytän lomakkeet ja odotan kaksi tuntia vuoroani Ääneen öisin åland
queue number permit register signature receptionist
Lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilas
W M @ & < > " ' ≥ — “quoted” 2h 3w..5w`)

// genText returns a text of 1 to n random words.
func genText(r *rand.Rand, n int) string {
	k := 1 + r.IntN(n)
	out := make([]string, k)
	for i := range out {
		out[i] = words[r.IntN(len(words))]
	}
	return strings.Join(out, " ")
}

// genJourney returns a journey of n steps with random texts in random lanes,
// phases, waits, fail points, emotions, expectations, a value moment and
// opportunities: what the layout must hold whatever the input.
func genJourney(n int, seed uint64) blueprint.Measured {
	r := rand.New(rand.NewPCG(seed, 7))
	j := &blueprint.Journey{File: "gen.yaml", Version: 1, Title: genText(r, 30), Persona: genText(r, 8),
		Description: genText(r, 40), Locale: "en", Currency: "EUR", DeadAfter: 300}
	phases := 1 + r.IntN(min(n, 6))
	for p := range phases {
		j.Phases = append(j.Phases, blueprint.Phase{ID: fmt.Sprintf("p%d", p), Title: genText(r, 6)})
	}
	for i := range n {
		s := blueprint.Step{ID: fmt.Sprintf("s%d", i), Phase: j.Phases[i*phases/n].ID, Title: genText(r, 8)}
		lo := blueprint.Duration(r.IntN(4) * 60 * r.IntN(200))
		s.Duration = blueprint.Span{Lo: lo, Hi: lo + blueprint.Duration(r.IntN(2)*r.IntN(100000))}
		for l := range s.Lanes {
			for range r.IntN(4) - 1 + l%2 {
				s.Lanes[l] = append(s.Lanes[l], genText(r, 14))
			}
		}
		if r.IntN(3) == 0 {
			s.Quote = genText(r, 16)
		}
		if r.IntN(2) == 0 {
			s.Touchpoint, s.Channel = genText(r, 3), blueprint.Channels[r.IntN(len(blueprint.Channels))]
		}
		s.Wait = r.IntN(4) == 0
		if r.IntN(9) == 0 {
			dead := r.IntN(2) == 0
			s.Dead = &dead
		}
		if r.IntN(5) == 0 {
			s.Fail = genText(r, 20)
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
			s.Opportunity = &blueprint.Opportunity{Idea: genText(r, 12), Converts: float64(r.IntN(50)), Value: float64(r.IntN(1000)),
				PerDay: float64(r.IntN(100)), Days: 365}
		}
		j.Steps = append(j.Steps, s)
	}
	j.Steps[r.IntN(n)].Value = true
	return blueprint.Measure(j)
}
