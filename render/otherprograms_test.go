package render

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"html"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/blueprint-tool/blueprint/internal/testjourney"
	"github.com/blueprint-tool/blueprint/render/layout"
	"github.com/blueprint-tool/blueprint/render/scene"
	"github.com/blueprint-tool/blueprint/render/svg"
)

// TestTextFitsInOtherPrograms draws the examples, and long Finnish texts,
// with librsvg (rsvg-convert) and Inkscape on a machine without the Go
// fonts (a fontconfig that knows DejaVu only, the fallback of most Linux
// systems, wider than Go) and checks that every line of text stays in its
// box: Inkscape's bounding box of each <text> (--query-all, in document
// order, which is the scene's order of lines), and the ink librsvg draws
// when only the texts are shown. And that Chromium, which has the font,
// draws as it would without textLength (its own length of each line is the
// textLength). It skips when a program is missing, unless
// BLUEPRINT_SVG_PROGRAMS_TEST=1 (set by .ci/run) says they must be there
// (Chromium: BLUEPRINT_BROWSER_TEST=1, as for the browser test of serve).
func TestTextFitsInOtherPrograms(t *testing.T) {
	if raceEnabled {
		t.Skip("other programs are tested without the race detector")
	}
	rsvg, errR := exec.LookPath("rsvg-convert")
	inkscape, errI := exec.LookPath("inkscape")
	if errR != nil || errI != nil {
		if os.Getenv("BLUEPRINT_SVG_PROGRAMS_TEST") == "1" {
			t.Fatalf("BLUEPRINT_SVG_PROGRAMS_TEST=1 but rsvg-convert (%v) or inkscape (%v) is missing", errR, errI)
		}
		t.Skip("rsvg-convert or inkscape is not installed (Debian: librsvg2-bin, inkscape)")
	}
	dir := t.TempDir()
	env := withoutGoFonts(t, dir)
	files := map[string]*scene.Scene{}
	var names []string
	add := func(name string, s *scene.Scene) {
		files[name] = s
		names = append(names, name)
	}
	for _, rel := range append(testjourney.Examples(t), "render/testdata/programs/pitkat-tekstit.yaml") {
		m := testjourney.Load(t, rel)
		base := strings.TrimSuffix(filepath.Base(rel), ".yaml")
		add(base+".blueprint", layout.Blueprint(m, Options{}))
		add(base+".touchpoints", layout.Touchpoints(m, Options{}))
	}
	var paths []string
	for _, name := range names {
		p := filepath.Join(dir, name+".svg")
		if err := os.WriteFile(p, svg.Write(files[name], "light"), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	t.Run("inkscape", func(t *testing.T) {
		boxes := inkscapeTextBoxes(t, inkscape, env, paths)
		for i, name := range names {
			checkBoxes(t, name, files[name], boxes[i])
		}
	})
	t.Run("librsvg", func(t *testing.T) {
		for _, name := range names {
			checkInk(t, rsvg, env, dir, name, files[name])
		}
	})
	t.Run("chromium", func(t *testing.T) {
		exe := cmp.Or(os.Getenv("BLUEPRINT_CHROMIUM"), "/usr/bin/chromium")
		if _, err := os.Stat(exe); err != nil {
			if os.Getenv("BLUEPRINT_BROWSER_TEST") == "1" {
				t.Fatalf("BLUEPRINT_BROWSER_TEST=1 but there is no browser at %s: %v", exe, err)
			}
			t.Skipf("no browser at %s (apt-get install chromium, or set BLUEPRINT_CHROMIUM): %v", exe, err)
		}
		checkChromium(t, exe, dir, names, files)
	})
}

// lengthScript, run once every frame and its fonts are loaded, takes each
// text's textLength away, has Chromium measure the text with the embedded
// font, and writes into the page every text whose own length is not the
// textLength the SVG gave it, then how many texts it measured.
const lengthScript = `<pre id="out">not run</pre><script>
window.addEventListener('load', async () => {
  const out = [];
  let n = 0;
  for (const f of document.querySelectorAll('iframe')) {
    const doc = f.contentDocument;
    await doc.fonts.ready;
    for (const t of doc.querySelectorAll('text')) {
      const want = parseFloat(t.getAttribute('textLength'));
      t.removeAttribute('textLength');
      const got = t.getComputedTextLength();
      n++;
      if (got !== want) out.push(f.title + ': ' + t.textContent + ': ' + got + ', textLength ' + want);
    }
  }
  out.push('measured ' + n);
  document.getElementById('out').textContent = out.join('\n');
});
</script>`

// checkChromium checks, with one Chromium for all files, that it draws
// every line as it would without textLength: the length it measures with
// the embedded font is the textLength itself, so it has nothing to adjust.
func checkChromium(t *testing.T, exe, dir string, names []string, files map[string]*scene.Scene) {
	var page bytes.Buffer
	page.WriteString("<!doctype html><html><body>")
	want := 0
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, name+".svg"))
		if err != nil {
			t.Fatal(err)
		}
		_, body, _ := bytes.Cut(data, []byte("?>"))
		doc := "<!doctype html><html><body>" + string(body) + "</body></html>"
		page.WriteString(`<iframe title="` + name + `" srcdoc="` + html.EscapeString(doc) + `"></iframe>`)
		want += len(lines(files[name]))
	}
	page.WriteString(lengthScript + "</body></html>")
	path := filepath.Join(dir, "lengths.html")
	if err := os.WriteFile(path, page.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+filepath.Join(dir, "chromium"), "--virtual-time-budget=30000", "--dump-dom", "file://"+path)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.Bytes())
	}
	_, got, _ := bytes.Cut(out.Bytes(), []byte(`<pre id="out">`))
	got, _, _ = bytes.Cut(got, []byte("</pre>"))
	report := html.UnescapeString(string(got))
	if report != "measured "+strconv.Itoa(want) {
		if l := strings.Split(report, "\n"); len(l) > 20 {
			report = strings.Join(l[:20], "\n") + fmt.Sprintf("\n... and %d more", len(l)-20)
		}
		t.Errorf("Chromium measures other lengths than the textLength, so it draws otherwise than without it (want \"measured %d\"):\n%s", want, report)
	}
}

// withoutGoFonts writes a fontconfig file that knows the DejaVu fonts only
// (and the system's aliases, so that sans-serif is DejaVu Sans) and
// returns the environment that makes the programs use it.
func withoutGoFonts(t *testing.T, dir string) []string {
	const dejavu = "/usr/share/fonts/truetype/dejavu"
	if _, err := os.Stat(filepath.Join(dejavu, "DejaVuSans.ttf")); err != nil {
		t.Fatalf("the fallback font is missing (Debian: fonts-dejavu-core): %v", err)
	}
	conf := filepath.Join(dir, "fonts.conf")
	data := `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
<dir>` + dejavu + `</dir>
<include ignore_missing="yes">/etc/fonts/conf.d</include>
<cachedir>` + filepath.Join(dir, "fc-cache") + `</cachedir>
</fontconfig>
`
	if err := os.WriteFile(conf, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return append(os.Environ(), "FONTCONFIG_FILE="+conf, "HOME="+dir)
}

// A box is a bounding box as Inkscape reports it.
type box struct{ x, y, w, h float64 }

// inkscapeTextBoxes runs one Inkscape for all the files and returns, file by
// file, the bounding box of each <text> in document order.
func inkscapeTextBoxes(t *testing.T, inkscape string, env, paths []string) [][]box {
	cmd := exec.Command(inkscape, append([]string{"--query-all"}, paths...)...)
	cmd.Env = env
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("inkscape --query-all: %v\n%s", err, stderr.Bytes())
	}
	var all [][]box
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		f := strings.Split(sc.Text(), ",")
		if len(f) != 5 {
			continue
		}
		if strings.HasPrefix(f[0], "svg") { // each file's list opens with its root
			all = append(all, nil)
			continue
		}
		if !strings.HasPrefix(f[0], "text") || len(all) == 0 {
			continue
		}
		var b [4]float64
		for i := range b {
			v, err := strconv.ParseFloat(f[i+1], 64)
			if err != nil {
				t.Fatalf("inkscape printed %q", sc.Text())
			}
			b[i] = v
		}
		all[len(all)-1] = append(all[len(all)-1], box{b[0], b[1], b[2], b[3]})
	}
	if len(all) != len(paths) {
		t.Fatalf("inkscape --query-all listed %d files, want %d:\n%s", len(all), len(paths), out.Bytes())
	}
	return all
}

// A line is one line of a text item: the box it must stay in, and what it
// says.
type line struct {
	r    scene.Rect
	text string
}

// lines returns the lines of the scene's texts in the order the SVG writes
// them, each with the width of its box and the height of its line.
func lines(s *scene.Scene) []line {
	var out []line
	for i := range s.Items {
		it := &s.Items[i]
		if it.Kind != scene.KindText {
			continue
		}
		for k, l := range it.Lines {
			if l == "" {
				continue
			}
			out = append(out, line{scene.Rect{X: it.R.X, Y: it.R.Y + float64(k)*it.Style.Lead, W: it.R.W, H: it.Style.Lead}, l})
		}
	}
	return out
}

// slack is how far, in pixels, ink may reach past a box: antialiasing and
// the overhang of a glyph past its advance.
const slack = 1.5

func checkBoxes(t *testing.T, name string, s *scene.Scene, boxes []box) {
	ls := lines(s)
	if len(boxes) != len(ls) {
		t.Errorf("%s: inkscape lists %d texts, the scene has %d lines", name, len(boxes), len(ls))
		return
	}
	for i, l := range ls {
		b := boxes[i]
		if b.x < l.r.X-slack || b.x+b.w > l.r.Right()+slack {
			t.Errorf("%s: in Inkscape %q spans x %.1f to %.1f, its box %.1f to %.1f", name, l.text, b.x, b.x+b.w, l.r.X, l.r.Right())
		}
	}
}

// checkInk draws the file with librsvg with every shape but the texts
// hidden and checks that each pixel of ink lies in the box of a line: ink
// outside them all is a line that ran over its box.
func checkInk(t *testing.T, rsvg string, env []string, dir, name string, s *scene.Scene) {
	data, err := os.ReadFile(filepath.Join(dir, name+".svg"))
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.Replace(data, []byte("</style>"), []byte("rect,circle,polyline,polygon,line{display:none}\n</style>"), 1)
	cmd := exec.Command(rsvg, "--format=png")
	cmd.Env, cmd.Stdin = env, bytes.NewReader(data)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("rsvg-convert %s: %v\n%s", name, err, stderr.Bytes())
	}
	img, err := png.Decode(&out)
	if err != nil {
		t.Fatalf("rsvg-convert %s: %v", name, err)
	}
	ls := lines(s)
	over := map[int]float64{} // how far past its box each line's ink reaches
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			if _, _, _, a := img.At(x, y).RGBA(); a < 0x4000 {
				continue
			}
			px, py := float64(x)+0.5, float64(y)+0.5
			if i, d := nearest(ls, px, py); d > slack {
				over[i] = max(over[i], d)
			}
		}
	}
	for i, d := range over {
		t.Errorf("%s: librsvg draws ink %.1f px outside the box of %q", name, d, ls[i].text)
	}
}

// nearest returns the line whose box is nearest to (x, y), and how far
// outside it the point lies (0 inside). A box reaches half a line distance
// above and below its line, where accents and descenders go.
func nearest(ls []line, x, y float64) (int, float64) {
	best, bestD := -1, math.Inf(1)
	for i, l := range ls {
		grow := l.r.H / 2
		dy := max(l.r.Y-grow-y, y-l.r.Bottom()-grow, 0)
		dx := max(l.r.X-x, x-l.r.Right(), 0)
		if d := math.Hypot(dx, dy); d < bestD {
			best, bestD = i, d
		}
	}
	return best, bestD
}
