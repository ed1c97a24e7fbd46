package raster

import (
	"bytes"
	"image/png"
	"runtime"
	"testing"

	"github.com/blueprint-tool/blueprint/internal/testjourney"
	"github.com/blueprint-tool/blueprint/render/layout"
	"github.com/blueprint-tool/blueprint/render/scene"
)

// TestPNGSameBytes draws a scene on one processor and on four: the bands
// are compressed side by side, and the file must not depend on how many.
func TestPNGSameBytes(t *testing.T) {
	s := layout.Blueprint(testjourney.Generate(12, 3), layout.Options{})
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	one, err := PNG(s, "dark")
	if err != nil {
		t.Fatal(err)
	}
	runtime.GOMAXPROCS(4)
	four, err := PNG(s, "dark")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(one, four) {
		t.Error("the PNG differs with the number of processors")
	}
	img, err := png.Decode(bytes.NewReader(one))
	if err != nil {
		t.Fatalf("the PNG does not decode: %v", err)
	}
	if got, want := img.Bounds().Dx(), SizeOf(s).W; got != want || want != int(s.W*Scale+0.999) {
		t.Errorf("the PNG is %d px wide, want %d (%v x %d)", got, want, s.W, Scale)
	}
}

// TestPNGLongJourney draws both views of a 300-step journey, more than
// 32 767 px wide at the usual scale: no side passes MaxSide, and the
// picture keeps its proportions.
func TestPNGLongJourney(t *testing.T) {
	m := testjourney.Generate(300, 1)
	for _, s := range []*scene.Scene{layout.Blueprint(m, layout.Options{}), layout.Touchpoints(m, layout.Options{})} {
		z := SizeOf(s)
		if !z.Reduced() {
			t.Fatalf("a %v px wide scene is drawn at %v, want smaller than %d", s.W, z.Scale, Scale)
		}
		data, err := PNG(s, "light")
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if cfg.Width > MaxSide || cfg.Height > MaxSide || cfg.Width != z.W || cfg.Height != z.H {
			t.Errorf("%d x %d px, want %d x %d within %d", cfg.Width, cfg.Height, z.W, z.H, MaxSide)
		}
		if ratio := float64(cfg.Width) / float64(cfg.Height); ratio < s.W/s.H*0.99 || ratio > s.W/s.H*1.01 {
			t.Errorf("the PNG's proportions %.3f differ from the scene's %.3f", ratio, s.W/s.H)
		}
	}
}
