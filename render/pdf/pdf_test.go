package pdf

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/internal/testjourney"
	"github.com/blueprint-tool/blueprint/render/labels"
	"github.com/blueprint-tool/blueprint/render/layout"
	"github.com/blueprint-tool/blueprint/render/scene"
)

// popplerEnv set to "1" makes missing Poppler tools (pdftotext, pdfinfo)
// fail the tests that read our PDFs with them instead of skipping them: CI
// (.ci/run) sets it.
const popplerEnv = "BLUEPRINT_POPPLER_TEST"

// poppler returns the path of a Poppler tool, or skips the test.
func poppler(t *testing.T, tool string) string {
	exe, err := exec.LookPath(tool)
	if err != nil {
		if os.Getenv(popplerEnv) == "1" {
			t.Fatalf("%s=1 but there is no %s (apt-get install poppler-utils): %v", popplerEnv, tool, err)
		}
		t.Skipf("no %s (apt-get install poppler-utils): %v", tool, err)
	}
	return exe
}

// run runs a Poppler tool on doc, written to a file, and returns its output.
func run(t *testing.T, doc []byte, tool string, args ...string) string {
	t.Helper()
	exe := poppler(t, tool)
	name := t.TempDir() + "/doc.pdf"
	if err := os.WriteFile(name, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	args = append(args, name)
	if tool == "pdftotext" {
		args = append(args, "-") // to standard output
	}
	out, err := exec.Command(exe, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", tool, args, err, out)
	}
	return string(out)
}

func write(t *testing.T, s *scene.Scene, theme string) []byte {
	t.Helper()
	doc, err := Write(s, theme)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestSameBytes checks that the same scene gives the same bytes, in every
// theme, and that the document carries no date.
func TestSameBytes(t *testing.T) {
	m := testjourney.Load(t, "examples/police-permit.yaml")
	for _, theme := range []string{"light", "dark", "print"} {
		a, b := write(t, layout.Blueprint(m, layout.Options{}), theme), write(t, layout.Blueprint(m, layout.Options{}), theme)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two PDFs of the same scene differ", theme)
		}
		if bytes.Contains(a, []byte("(D:")) {
			t.Errorf("%s: the PDF carries a date", theme)
		}
	}
}

// TestXref checks the structure of the file: the header, the trailer's
// startxref pointing at the table, and every offset of the table pointing
// at the start of its object.
func TestXref(t *testing.T) {
	for _, n := range []int{3, 300} {
		doc := write(t, layout.Touchpoints(testjourney.Generate(n, 1), layout.Options{}), "light")
		checkXref(t, doc)
	}
}

func checkXref(t *testing.T, doc []byte) {
	t.Helper()
	if !bytes.HasPrefix(doc, []byte("%PDF-1.7\n")) || !bytes.HasSuffix(doc, []byte("%%EOF\n")) {
		t.Fatal("no PDF header or end")
	}
	m := regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n$`).FindSubmatch(doc)
	if m == nil {
		t.Fatal("no startxref")
	}
	at, _ := strconv.Atoi(string(m[1]))
	table := doc[at:]
	var count int
	if _, err := fmt.Sscanf(string(table), "xref\n0 %d\n", &count); err != nil {
		t.Fatalf("no xref table at %d: %v", at, err)
	}
	rows := table[bytes.IndexByte(table[5:], '\n')+6:]
	if !bytes.HasPrefix(rows, []byte("0000000000 65535 f \n")) {
		t.Fatal("the table does not start with the free object 0")
	}
	for n := 1; n < count; n++ {
		row := rows[20*n : 20*n+20]
		off, err := strconv.Atoi(string(row[:10]))
		if err != nil || string(row[10:]) != " 00000 n \n" {
			t.Fatalf("row %d is %q", n, row)
		}
		if want := strconv.Itoa(n) + " 0 obj\n"; !bytes.HasPrefix(doc[off:], []byte(want)) {
			t.Errorf("object %d: offset %d points at %q", n, off, doc[off:min(off+12, len(doc))])
		}
	}
	if !bytes.Contains(rows[20*count:], []byte("/Size "+strconv.Itoa(count)+" ")) {
		t.Error("the trailer's /Size is not the table's")
	}
}

// words normalises runs of white space to single spaces.
func words(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestText checks with Poppler that every step title and lane name can be
// found in the text of an example's PDF, and that it is one page of the
// picture's size.
func TestText(t *testing.T) {
	m := testjourney.Load(t, "examples/police-permit.yaml")
	s := layout.Blueprint(m, layout.Options{})
	doc := write(t, s, "light")
	got := words(run(t, doc, "pdftotext"))
	for _, st := range m.Journey.Steps {
		if !strings.Contains(got, words(st.Title)) {
			t.Errorf("pdftotext does not find the step %q", st.Title)
		}
	}
	info := run(t, doc, "pdfinfo")
	size := "Page size: " + string(num(nil, s.W*ptPerPx)) + " x " + string(num(nil, s.H*ptPerPx)) + " pts"
	if !strings.Contains(words(info), size) || !strings.Contains(words(info), "Pages: 1 ") {
		t.Errorf("pdfinfo says\n%s\nwant one page, %s", info, size)
	}
	if !strings.Contains(info, m.Journey.Title) {
		t.Errorf("pdfinfo does not give the title %q:\n%s", m.Journey.Title, info)
	}
}

// TestPages checks that a 300-step journey prints on A3 landscape pages,
// each with the lane names and its page number, every step title on one.
func TestPages(t *testing.T) {
	m := testjourney.Generate(300, 1)
	s := layout.Blueprint(m, layout.Options{})
	pages := pagesOf(s)
	if len(pages) < 10 {
		t.Fatalf("%d pages for 300 steps", len(pages))
	}
	doc := write(t, s, "print")
	checkXref(t, doc)
	info := words(run(t, doc, "pdfinfo"))
	if !strings.Contains(info, "Pages: "+strconv.Itoa(len(pages))+" ") || !strings.Contains(info, "Page size: 1190.55 x 841.89 pts (A3)") {
		t.Errorf("pdfinfo says %s; want %d A3 landscape pages", info, len(pages))
	}
	lanes := labels.For("en").Lanes
	var all string
	for i := range pages {
		k := strconv.Itoa(i + 1)
		page := words(run(t, doc, "pdftotext", "-raw", "-f", k, "-l", k)) // in drawing order
		all += page + " "
		for _, l := range []blueprint.Lane{blueprint.Customer, blueprint.Backstage} {
			if !strings.Contains(page, lanes.Of(l)) {
				t.Errorf("page %s lacks the lane name %q", k, lanes.Of(l))
			}
		}
		if !strings.Contains(page, k+" / "+strconv.Itoa(len(pages))) {
			t.Errorf("page %s lacks its number", k)
		}
	}
	all = strings.Join(strings.Fields(all), "")
	for _, st := range m.Journey.Steps {
		if !strings.Contains(all, strings.Join(strings.Fields(st.Title), "")) {
			t.Errorf("no page shows the step %q", st.Title)
		}
	}
}

// TestOnePage checks where a picture stops fitting one page: at the width
// of A0 landscape.
func TestOnePage(t *testing.T) {
	for _, c := range []struct {
		w     float64
		pages int
	}{{a0Width/ptPerPx - 0.01, 1}, {a0Width/ptPerPx + 1, 4}} {
		s := &scene.Scene{W: c.w, H: 2000, Gutter: 192, Pitch: 204}
		if got := len(pagesOf(s)); (c.pages == 1) != (got == 1) {
			t.Errorf("a picture %v px wide: %d pages", c.w, got)
		}
	}
}

// TestOddScenes checks that scenes a layout does not make still give a
// well-formed file: empty, a gutter wider than a page, columns wider than
// a page, no height.
func TestOddScenes(t *testing.T) {
	for _, s := range []*scene.Scene{
		{},
		{W: 20000, H: 500, Gutter: 15000, Pitch: 204},
		{W: 20000, H: 500, Gutter: 100, Pitch: 5000},
		{W: 20000, H: 0},
	} {
		doc := write(t, s, "dark")
		checkXref(t, doc)
		if n := len(pagesOf(s)); n < 1 || n > 200 {
			t.Errorf("%+v: %d pages", s, n)
		}
	}
}
