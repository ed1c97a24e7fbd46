package layout

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/internal/golden"
	"github.com/blueprint-tool/blueprint/internal/testjourney"
	"github.com/blueprint-tool/blueprint/render/scene"
	"github.com/blueprint-tool/blueprint/render/text"
)

// TestSceneGolden lays out every example in both views, and the
// comparisons the product was made for, against the reviewed scenes in
// testdata: JSON of every shape and text with its class and box, one item
// a line, so that a change of the layout is reviewed as a diff without the
// fonts an SVG embeds.
func TestSceneGolden(t *testing.T) {
	views := []struct {
		name   string
		layout func(blueprint.Measured, Options) *scene.Scene
	}{{"blueprint", Blueprint}, {"touchpoints", Touchpoints}}
	for _, file := range testjourney.Examples(t) {
		m := testjourney.Load(t, file)
		name := strings.TrimSuffix(path.Base(file), ".yaml")
		for _, v := range views {
			golden.Check(t, filepath.Join("testdata", name+"."+v.name+".json"), sceneJSON(t, v.layout(m, Options{})))
		}
	}
	for _, pair := range [][3]string{
		{"police-permit", "blood-donation", "police-vs-blood"},
		{"fi/poliisi", "fi/verenluovutus", "poliisi-vs-verenluovutus"},
	} {
		a := testjourney.Load(t, "examples/"+pair[0]+".yaml")
		b := testjourney.Load(t, "examples/"+pair[1]+".yaml")
		golden.Check(t, filepath.Join("testdata", pair[2]+".compare.json"), sceneJSON(t, Compare(a, b)))
	}
}

// sceneItem is an item of a scene as the goldens write it: numbers to two
// decimals, as the SVG writes them, and names for kinds, faces and
// anchors.
type sceneItem struct {
	Kind   string      `json:"kind"`
	Class  string      `json:"class,omitempty"`
	Box    []float64   `json:"box,omitempty"`
	Radius float64     `json:"radius,omitempty"`
	Points [][]float64 `json:"points,omitempty"`
	Font   string      `json:"font,omitempty"`
	Align  string      `json:"align,omitempty"`
	Lines  []string    `json:"lines,omitempty"`
	Tip    string      `json:"tip,omitempty"`
}

var (
	kindNames   = map[scene.Kind]string{scene.KindRect: "rect", scene.KindCircle: "circle", scene.KindLine: "line", scene.KindPolygon: "polygon", scene.KindText: "text", scene.KindGroup: "group", scene.KindEnd: "end"}
	anchorNames = map[scene.Anchor]string{scene.AlignStart: "", scene.AlignMiddle: "middle", scene.AlignEnd: "end"}
	faceNames   = map[*text.Face]string{text.Regular: "regular", text.Bold: "bold", text.Italic: "italic"}
)

// sceneJSON writes a scene for a golden: its size, title and description,
// then one item a line.
func sceneJSON(t *testing.T, s *scene.Scene) []byte {
	var b bytes.Buffer
	head, err := json.Marshal(map[string]any{"w": round(s.W), "h": round(s.H), "title": s.Title, "desc": s.Desc})
	if err != nil {
		t.Fatal(err)
	}
	b.WriteString(`{"scene": ` + string(head) + `, "items": [` + "\n")
	for i, it := range s.Items {
		line, err := json.Marshal(toSceneItem(it))
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		if i < len(s.Items)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("]}\n")
	return b.Bytes()
}

func toSceneItem(it scene.Item) sceneItem {
	out := sceneItem{Kind: kindNames[it.Kind], Class: it.Class, Radius: round(it.Radius), Tip: it.Tip}
	switch it.Kind {
	case scene.KindRect, scene.KindCircle, scene.KindText:
		out.Box = []float64{round(it.R.X), round(it.R.Y), round(it.R.W), round(it.R.H)}
	}
	for _, p := range it.Pts {
		out.Points = append(out.Points, []float64{round(p.X), round(p.Y)})
	}
	if it.Kind == scene.KindText {
		out.Font = fmt.Sprintf("%s %g", faceNames[it.Style.Face], it.Style.Size)
		out.Align, out.Lines = anchorNames[it.Align], it.Lines
	}
	return out
}

func round(v float64) float64 { return math.Round(v*100) / 100 }
