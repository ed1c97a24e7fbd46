package text

import "testing"

// benchRunes are the characters of a typical Finnish picture: ASCII, the
// Nordic letters and a few signs.
var benchRunes = []rune(" !\"%'()+,-./0123456789:;?ABCDEFGHIJKLMNOPRSTUVWYZabcdefghijklmnoprstuvwxyzÄÅÖäåö–—€…")

// BenchmarkSubset writes the font subset an SVG embeds.
func BenchmarkSubset(b *testing.B) {
	b.ReportAllocs()
	var size int
	for b.Loop() {
		ttf, err := Regular.Subset(benchRunes)
		if err != nil {
			b.Fatal(err)
		}
		size = len(ttf)
	}
	b.ReportMetric(float64(size), "bytes/font")
}

// BenchmarkSubsetPDF writes the font subset a PDF embeds.
func BenchmarkSubsetPDF(b *testing.B) {
	b.ReportAllocs()
	var size int
	for b.Loop() {
		sub, err := Regular.SubsetPDF(benchRunes)
		if err != nil {
			b.Fatal(err)
		}
		size = len(sub.TTF)
	}
	b.ReportMetric(float64(size), "bytes/font")
}

// BenchmarkWidth measures a line of Finnish, as the layout does for every
// text it wraps.
func BenchmarkWidth(b *testing.B) {
	st := Style{Regular, 13, 17}
	b.ReportAllocs()
	for b.Loop() {
		st.Width("Täytän lomakkeet ja odotan kaksi tuntia vuoroani – 10 €")
	}
}
