package render

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/internal/golden"
	"github.com/blueprint-tool/blueprint/internal/testjourney"
	"github.com/blueprint-tool/blueprint/journeyfile"
	"github.com/blueprint-tool/blueprint/render/labels"
	"github.com/blueprint-tool/blueprint/render/theme"
)

// TestGolden draws every example in every view in the default theme, and
// the police permit in every theme, against the reviewed files in testdata.
func TestGolden(t *testing.T) {
	for _, path := range testjourney.Examples(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".yaml")
		m := testjourney.Load(t, path)
		for _, v := range Views {
			golden.Check(t, filepath.Join("testdata", name+journeyfile.Suffix(v.Name, "svg")), v.Draw(m, ""))
			if name == "police-permit" {
				for _, theme := range theme.Names[1:] {
					golden.Check(t, filepath.Join("testdata", name+"."+theme+journeyfile.Suffix(v.Name, "svg")), v.Draw(m, theme))
				}
			}
		}
	}
}

// TestFindingsGolden draws the police permit, in English and in Finnish,
// with its review findings marked (render --findings), in both views and,
// for the English one, every theme.
func TestFindingsGolden(t *testing.T) {
	for _, file := range []string{"examples/police-permit.yaml", "examples/fi/poliisi.yaml"} {
		m := testjourney.Load(t, file)
		o := Options{Findings: blueprint.Review(m)}
		if len(o.Findings) == 0 {
			t.Fatalf("%s has no findings to draw", file)
		}
		name := strings.TrimSuffix(filepath.Base(file), ".yaml")
		for _, v := range Views {
			for _, th := range theme.Names {
				if th != theme.Names[0] && name != "police-permit" {
					continue
				}
				svg, err := v.Encode(m, o, th, "svg")
				if err != nil {
					t.Fatal(err)
				}
				checkSVG(t, svg)
				golden.Check(t, filepath.Join("testdata", name+".findings."+th+journeyfile.Suffix(v.Name, "svg")), svg)
			}
		}
	}
}

// TestFinnishLabels checks that a Finnish journey's pictures draw no English
// label, and draw the Finnish terms.
func TestFinnishLabels(t *testing.T) {
	m := testjourney.Load(t, "examples/fi/poliisi.yaml")
	english := labels.For("en")
	for _, v := range Views {
		svg := string(v.Draw(m, ""))
		for _, want := range []string{"Aika arvoon", "Tunne", "koettu", "muistettu", "Huomiot", "Selite"} {
			if !strings.Contains(svg, want) {
				t.Errorf("%s view lacks %q", v.Name, want)
			}
		}
		for _, word := range []string{english.Axis.TimeToValue, english.Emotion.Title, english.Emotion.Experienced, english.Emotion.Remembered,
			english.Picture.Notes, english.Picture.Legend, english.Legend.Emotion, english.Picture.PerYear, english.Axis.EndsAt + "2", "dead"} {
			if strings.Contains(svg, ">"+word) || strings.Contains(svg, " "+word+"<") {
				t.Errorf("%s view of a Finnish journey draws the English %q", v.Name, word)
			}
		}
	}
	svg := string(BlueprintSVG(m, ""))
	for _, want := range []string{"Fyysiset todisteet", "Asiakkaan toiminta", "Näkyvyyden raja", "Vuorovaikutuksen raja",
		"Sisäisen", "3 vk 1 vrk 3 h 5 min – 3 vk 3 vrk 3 h 25 min", "99,8 % kestosta"} {
		if !strings.Contains(svg, want) {
			t.Errorf("the Finnish blueprint lacks %q", want)
		}
	}
}

// TestDeterministic draws the same journey twice in every view, fonts and
// all.
func TestDeterministic(t *testing.T) {
	m := testjourney.Generate(40, 3)
	for _, v := range Views {
		if !bytes.Equal(v.Draw(m, "light"), v.Draw(m, "light")) {
			t.Fatalf("two drawings of the same journey in the %s view differ", v.Name)
		}
	}
}

// checkSVG parses an SVG as XML and checks it is self-contained: no
// script, no outside resource; a link (the <use> of a glyph outline) names
// an element of the document itself.
func checkSVG(t testing.TB, svg []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	ids, links := map[string]bool{}, map[string]bool{}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the SVG is not well-formed XML: %v", err)
		}
		if el, ok := tok.(xml.StartElement); ok {
			if el.Name.Local == "script" || el.Name.Local == "foreignObject" || el.Name.Local == "image" {
				t.Fatalf("the SVG has a <%s> element", el.Name.Local)
			}
			for _, a := range el.Attr {
				if a.Name.Local == "id" {
					ids[a.Value] = true
				}
				if a.Name.Local == "href" && el.Name.Local == "use" && strings.HasPrefix(a.Value, "#") {
					links[a.Value[1:]] = true
					continue
				}
				if a.Name.Local == "href" || strings.HasPrefix(a.Name.Local, "on") {
					t.Fatalf("<%s> has the attribute %s=%q", el.Name.Local, a.Name.Local, a.Value)
				}
			}
		}
	}
	for id := range links {
		if !ids[id] {
			t.Fatalf("a <use> links to #%s, which the SVG does not have", id)
		}
	}
	own := bytes.ReplaceAll(svg, []byte(`xmlns="http://www.w3.org/2000/svg"`), nil)
	own = bytes.ReplaceAll(own, []byte(`xmlns:xlink="http://www.w3.org/1999/xlink"`), nil)
	for _, outside := range []string{"http://", "https://", "@import"} {
		if i := bytes.Index(own, []byte(outside)); i >= 0 {
			t.Fatalf("the SVG names an outside resource: %q", outside)
		}
	}
}

// TestBlueprintEscapes puts markup in every text the user writes: it stays
// text, and the SVG stays well-formed.
func TestBlueprintEscapes(t *testing.T) {
	evil := `<script>alert("x")</script> & ]]> <!-- '`
	m := testjourney.Generate(3, 1)
	j := m.Journey
	j.Title, j.Persona, j.Description = evil, evil, evil
	for i := range j.Steps {
		s := &j.Steps[i]
		s.Title, s.Fail, s.Quote, s.Wait, s.Pain, s.Idea, s.Touchpoint, s.Channel = evil, evil, evil, true, evil, evil, evil, evil
		s.Lanes[blueprint.Customer] = []string{evil}
		s.Opportunity = &blueprint.Opportunity{Idea: evil, Converts: 1, Value: 1, PerDay: 1, Days: 1}
	}
	j.Phases[0].Title = evil
	m.Figures = blueprint.FiguresOf(j)
	for _, v := range Views {
		svg := v.Draw(m, "")
		checkSVG(t, svg)
		if !bytes.Contains(svg, []byte("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")) {
			t.Errorf("the title is not in the %s view as escaped text", v.Name)
		}
	}
}

// TestBlueprintAccessible checks the title and description a screen reader
// announces.
func TestBlueprintAccessible(t *testing.T) {
	svg := string(BlueprintSVG(testjourney.Load(t, "examples/ikea-bus.yaml"), ""))
	for _, want := range []string{
		`aria-labelledby="bp-title bp-desc"`,
		`<title id="bp-title">The free bus to IKEA</title>`,
		`<desc id="bp-desc">5 steps · Total 35m · Time to value 35m · Dead time 25m (71.4% of the total)`,
		`468 000 EUR / year`,
		`<g><title>The ride: Wait 25m, dead moment: waiting with nothing offered</title>`,
		`@font-face{font-family:"Go";font-weight:normal;font-style:normal;src:url(data:font/ttf;base64,`,
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("the SVG lacks %q", want)
		}
	}
}

// FuzzBlueprint draws whatever journey the loader accepts, in every view:
// no panic, and well-formed XML.
func FuzzBlueprint(f *testing.F) {
	for _, path := range testjourney.Examples(f) {
		data, err := os.ReadFile(filepath.Join("..", path))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("version: 1\ntitle: t\nsteps:\n  - id: a\n    title: \"\"\n    value: true\n    wait: true\n    duration: 3w..5w\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		j, _ := blueprint.Load("fuzz.yaml", data)
		if j == nil || len(j.Steps) > 200 {
			return
		}
		m := blueprint.Measure(j)
		for _, v := range Views {
			checkSVG(t, v.Draw(m, ""))
		}
	})
}

// TestConcurrentDrawing draws journeys on several goroutines at once, as
// render does with many files: each picture is what it is when drawn alone.
// Run with -race to see a shared write.
func TestConcurrentDrawing(t *testing.T) {
	ms := make([]blueprint.Measured, 8)
	want := make([][]byte, len(ms))
	for i := range ms {
		ms[i] = testjourney.Generate(5+i*7, uint64(i))
		want[i] = TouchpointsSVG(ms[i], "")
	}
	got := make([][]byte, len(ms))
	var wg sync.WaitGroup
	for i := range ms {
		wg.Go(func() { got[i] = TouchpointsSVG(ms[i], "") })
	}
	wg.Wait()
	for i := range ms {
		if !bytes.Equal(got[i], want[i]) {
			t.Errorf("journey %d drawn beside others differs from it drawn alone", i)
		}
	}
}

// TestGeneratedSVG writes generated journeys of 1 to 150 steps in every
// view, and comparisons of very different lengths, as SVG: well-formed and
// self-contained. (Their layout is tested in package layout.)
func TestGeneratedSVG(t *testing.T) {
	for k, n := range []int{1, 2, 3, 7, 20, 150} {
		m := testjourney.Generate(n, uint64(k+1))
		for _, locale := range []string{"en", "fi"} {
			m.Journey.Locale = locale
			for _, v := range Views {
				checkSVG(t, v.Draw(m, ""))
			}
			checkSVG(t, CompareSVG(m, testjourney.Generate(150-n+1, uint64(k+20)), ""))
		}
	}
}
