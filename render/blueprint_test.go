package render

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ with what the code draws now")

// loadExample loads and measures one of the repository's examples.
func loadExample(t testing.TB, path string) blueprint.Measured {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	j, diags := blueprint.Load(path, data)
	if j == nil {
		t.Fatalf("%s does not load: %v", path, diags)
	}
	return blueprint.Measure(j)
}

// golden compares got with the file testdata/name, or rewrites the file
// under -update. Review a rewritten SVG as a picture before committing it.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./render -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from what is drawn now; if the change is meant, run go test ./render -update and look at the picture", path)
	}
}

// exampleFiles returns the repository's examples, English and Finnish.
func exampleFiles(t testing.TB) []string {
	en, _ := filepath.Glob("../examples/*.yaml")
	fi, _ := filepath.Glob("../examples/fi/*.yaml")
	if len(en) < 3 || len(fi) < 2 {
		t.Fatalf("found %d English and %d Finnish examples, want at least 3 and 2", len(en), len(fi))
	}
	return append(en, fi...)
}

// TestGolden draws every example in every view in the default theme, and
// the police permit in every theme, against the reviewed files in testdata.
func TestGolden(t *testing.T) {
	for _, path := range exampleFiles(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".yaml")
		m := loadExample(t, path)
		for _, v := range Views {
			golden(t, name+v.Suffix, v.Draw(m, ""))
			if name == "police-permit" {
				for _, theme := range Themes[1:] {
					golden(t, name+"."+theme+v.Suffix, v.Draw(m, theme))
				}
			}
		}
	}
}

// TestFinnishLabels checks that a Finnish journey's pictures draw no English
// label, and draw the Finnish terms.
func TestFinnishLabels(t *testing.T) {
	m := loadExample(t, "../examples/fi/poliisi.yaml")
	english := LabelsFor("en")
	for _, v := range Views {
		svg := string(v.Draw(m, ""))
		for _, want := range []string{"Aika arvoon", "Tunne", "koettu", "muistettu", "Huomiot", "Selite"} {
			if !strings.Contains(svg, want) {
				t.Errorf("%s view lacks %q", v.Name, want)
			}
		}
		for _, word := range []string{english.TimeToValue, english.Emotion, english.Experienced, english.Remembered,
			english.Notes, english.Legend, english.LegendItems.Emotion, english.PerYear, english.EndsAt + "2", "dead"} {
			if strings.Contains(svg, ">"+word) || strings.Contains(svg, " "+word+"<") {
				t.Errorf("%s view of a Finnish journey draws the English %q", v.Name, word)
			}
		}
	}
	svg := string(BlueprintSVG(m, ""))
	for _, want := range []string{"Fyysiset todisteet", "Asiakkaan toiminta", "Näkyvyyden raja", "Vuorovaikutuksen raja",
		"Sisäisen", "3 vk 2 h 55 min – 5 vk 2 h 55 min", "99,9 % kestosta"} {
		if !strings.Contains(svg, want) {
			t.Errorf("the Finnish blueprint lacks %q", want)
		}
	}
}

// TestDeterministic draws the same journey twice in every view, fonts and
// all.
func TestDeterministic(t *testing.T) {
	m := genJourney(40, 3)
	for _, v := range Views {
		if !bytes.Equal(v.Draw(m, "light"), v.Draw(m, "light")) {
			t.Fatalf("two drawings of the same journey in the %s view differ", v.Name)
		}
	}
}

// checkSVG parses an SVG as XML and checks it is self-contained: no
// script, no outside resource.
func checkSVG(t testing.TB, svg []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
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
				if a.Name.Local == "href" || strings.HasPrefix(a.Name.Local, "on") {
					t.Fatalf("<%s> has the attribute %s=%q", el.Name.Local, a.Name.Local, a.Value)
				}
			}
		}
	}
	for _, outside := range []string{"http://", "https://", "@import"} {
		if i := bytes.Index(bytes.ReplaceAll(svg, []byte(`xmlns="http://www.w3.org/2000/svg"`), nil), []byte(outside)); i >= 0 {
			t.Fatalf("the SVG names an outside resource: %q", outside)
		}
	}
}

// TestBlueprintEscapes puts markup in every text the user writes: it stays
// text, and the SVG stays well-formed.
func TestBlueprintEscapes(t *testing.T) {
	evil := `<script>alert("x")</script> & ]]> <!-- '`
	m := genJourney(3, 1)
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
	svg := string(BlueprintSVG(loadExample(t, "../examples/ikea-bus.yaml"), ""))
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

// TestLayout checks the layout of generated journeys of 1 to 3 000 steps in
// both views and both languages: every text fits its box, boxes stay in the
// picture, cards do not overlap, nor do texts, and the lanes come in their
// order.
func TestLayout(t *testing.T) {
	sizes := []int{1, 2, 3, 7, 20, 150, 3000}
	if testing.Short() {
		sizes = sizes[:5]
	}
	views := map[string]func(blueprint.Measured) *Scene{"blueprint": layoutBlueprint, "touchpoints": layoutTouchpoints}
	for k, n := range sizes {
		for _, view := range []string{"blueprint", "touchpoints"} {
			for _, locale := range []string{"en", "fi"} {
				t.Run(fmt.Sprintf("%s/%s/%d", view, locale, n), func(t *testing.T) {
					m := genJourney(n, uint64(k+1))
					m.Journey.Locale = locale
					s := views[view](m)
					checkLayout(t, s)
					if n <= 150 {
						checkSVG(t, WriteSVG(s, ""))
					}
				})
			}
		}
	}
}

// checkLayout checks the geometry of a scene.
func checkLayout(t *testing.T, s *Scene) {
	t.Helper()
	page := Rect{0, 0, s.W, s.H}
	var cards, texts []Rect
	lastLane := -1.0
	for _, it := range s.Items {
		switch it.Kind {
		case KindText:
			if !textFits(it) {
				t.Fatalf("text %q (%s) does not fit its box %+v", it.Lines, it.Class, it.R)
			}
			if !page.contains(it.R) {
				t.Fatalf("text %q (%s) at %+v leaves the picture %vx%v", it.Lines, it.Class, it.R, s.W, s.H)
			}
			texts = append(texts, inked(it))
		case KindRect:
			if !page.contains(it.R) {
				t.Fatalf("%s at %+v leaves the picture", it.Class, it.R)
			}
			switch {
			case it.Class == "card" || it.Class == "quote" || it.Class == "opportunity":
				cards = append(cards, it.R)
			case strings.HasPrefix(it.Class, "lane "):
				if it.R.Y <= lastLane {
					t.Fatalf("lane %s at y %.1f is not below the lane before it (%.1f)", it.Class, it.R.Y, lastLane)
				}
				lastLane = it.R.Y
			}
		}
	}
	if overlap := findOverlap(cards); overlap != "" {
		t.Fatal("cards overlap: " + overlap)
	}
	if overlap := findOverlap(texts); overlap != "" {
		t.Fatal("texts overlap: " + overlap)
	}
}

// textFits reports whether every line of a text item is within its box.
func textFits(it Item) bool {
	if it.Style.Height(len(it.Lines)) > it.R.H+0.01 {
		return false
	}
	for _, l := range it.Lines {
		if it.Style.Width(l) > it.R.W+0.01 {
			return false
		}
	}
	return true
}

// inked returns the part of a text's box its lines cover.
func inked(it Item) Rect {
	w := 0.0
	for _, l := range it.Lines {
		w = max(w, it.Style.Width(l))
	}
	r := Rect{it.R.X, it.R.Y, w, it.Style.Height(len(it.Lines))}
	switch it.Align {
	case AlignMiddle:
		r.X += (it.R.W - w) / 2
	case AlignEnd:
		r.X = it.R.Right() - w
	}
	return r
}

// findOverlap describes two boxes that overlap, or returns "". Boxes are
// sorted into vertical strips so that thousands of them take little time.
func findOverlap(boxes []Rect) string {
	const strip = 400.0
	strips := map[int][]int{}
	for i, b := range boxes {
		for k := int(b.X / strip); k <= int(b.Right()/strip); k++ {
			strips[k] = append(strips[k], i)
		}
	}
	for _, idx := range strips {
		for a := 0; a < len(idx); a++ {
			for b := a + 1; b < len(idx); b++ {
				if boxes[idx[a]].overlaps(boxes[idx[b]]) {
					return fmt.Sprintf("%+v and %+v", boxes[idx[a]], boxes[idx[b]])
				}
			}
		}
	}
	return ""
}

// FuzzBlueprint draws whatever journey the loader accepts, in every view:
// no panic, and well-formed XML.
func FuzzBlueprint(f *testing.F) {
	for _, path := range exampleFiles(f) {
		data, err := os.ReadFile(path)
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
		ms[i] = genJourney(5+i*7, uint64(i))
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

// overlaps reports whether r and o share more than an edge.
func (r Rect) overlaps(o Rect) bool {
	return r.X < o.Right() && o.X < r.Right() && r.Y < o.Bottom() && o.Y < r.Bottom()
}

// contains reports whether o lies inside r (edges included, with a
// tolerance for rounding).
func (r Rect) contains(o Rect) bool {
	const eps = 0.01
	return o.X >= r.X-eps && o.Y >= r.Y-eps && o.Right() <= r.Right()+eps && o.Bottom() <= r.Bottom()+eps
}
