package ttf

import (
	"fmt"
	"math/bits"
)

// parseCmap reads the Unicode subtable of a cmap table, format 12 if there
// is one, else format 4. Glyph ids past the font's glyphs are left out.
func parseCmap(cmap []byte, numGlyphs int) (map[rune]uint16, error) {
	n := int(be.Uint16(cmap[2:]))
	if 4+8*n > len(cmap) {
		return nil, fmt.Errorf("ttf: cmap of %d bytes with %d subtables", len(cmap), n)
	}
	var best []byte
	bestFormat := uint16(0)
	for i := range n {
		rec := cmap[4+8*i:]
		platform, encoding, off := be.Uint16(rec), be.Uint16(rec[2:]), uint64(be.Uint32(rec[4:]))
		unicode := platform == 0 || platform == 3 && (encoding == 1 || encoding == 10)
		if !unicode || off+4 > uint64(len(cmap)) {
			continue
		}
		sub := cmap[off:]
		if format := be.Uint16(sub); (format == 4 || format == 12) && format > bestFormat {
			best, bestFormat = sub, format
		}
	}
	m := map[rune]uint16{}
	add := func(r rune, g uint32) {
		if g != 0 && g < uint32(numGlyphs) {
			m[r] = uint16(g)
		}
	}
	switch bestFormat {
	case 4:
		return m, parseFormat4(best, add)
	case 12:
		return m, parseFormat12(best, add)
	}
	return nil, fmt.Errorf("ttf: cmap has no Unicode subtable of format 4 or 12")
}

// parseFormat4 calls add with each character of a cmap subtable of format
// 4 (segments of the BMP) and its glyph.
func parseFormat4(sub []byte, add func(rune, uint32)) error {
	if len(sub) < 14 {
		return fmt.Errorf("ttf: a cmap subtable of format 4 of %d bytes", len(sub))
	}
	sub = sub[:min(int(be.Uint16(sub[2:])), len(sub))]
	segX2 := int(be.Uint16(sub[6:]))
	ends, starts, deltas, ranges := 14, 16+segX2, 16+2*segX2, 16+3*segX2
	if segX2%2 != 0 || ranges+segX2 > len(sub) {
		return fmt.Errorf("ttf: %d segments do not fit in a cmap subtable of %d bytes", segX2/2, len(sub))
	}
	next := 0 // the least character the next segment may start with
	for i := 0; i < segX2; i += 2 {
		end, start := int(be.Uint16(sub[ends+i:])), int(be.Uint16(sub[starts+i:]))
		delta, rangeOff := be.Uint16(sub[deltas+i:]), int(be.Uint16(sub[ranges+i:]))
		if start < next || end < start {
			return fmt.Errorf("ttf: cmap segment %d (%#04x-%#04x) is out of order", i/2, start, end)
		}
		next = end + 1
		for c := start; c <= end && c < 0xFFFF; c++ {
			if rangeOff == 0 {
				add(rune(c), uint32(uint16(c)+delta))
				continue
			}
			at := ranges + i + rangeOff + 2*(c-start)
			if at+2 > len(sub) {
				return fmt.Errorf("ttf: the glyph of %#04x is past the end of cmap", c)
			}
			if g := be.Uint16(sub[at:]); g != 0 {
				add(rune(c), uint32(g+delta))
			}
		}
	}
	return nil
}

// parseFormat12 calls add with each character of a cmap subtable of
// format 12 (groups of characters with consecutive glyphs) and its glyph.
func parseFormat12(sub []byte, add func(rune, uint32)) error {
	if len(sub) < 16 {
		return fmt.Errorf("ttf: a cmap subtable of format 12 of %d bytes", len(sub))
	}
	n := uint64(be.Uint32(sub[12:]))
	if 16+12*n > uint64(len(sub)) {
		return fmt.Errorf("ttf: %d groups do not fit in a cmap subtable of %d bytes", n, len(sub))
	}
	next := uint32(0)
	for i := range int(n) {
		grp := sub[16+12*i:]
		start, end, g := be.Uint32(grp), be.Uint32(grp[4:]), be.Uint32(grp[8:])
		if start < next || end < start || end > 0x10FFFF {
			return fmt.Errorf("ttf: cmap group %d (%#x-%#x) is out of order", i, start, end)
		}
		next = end + 1
		for c := start; c <= end; c++ {
			add(rune(c), g+(c-start))
		}
	}
	return nil
}

// A mapping is a character and its glyph.
type mapping struct {
	r rune
	g uint16
}

// writeCmap writes a cmap table of the mappings, which are sorted by
// character: a subtable of format 4 for the characters of the BMP, and one
// of format 12 for all of them if a character is beyond it.
func writeCmap(ms []mapping) ([]byte, error) {
	var bmp []mapping
	for _, m := range ms {
		if m.r < 0xFFFF {
			bmp = append(bmp, m)
		}
	}
	f4, err := writeFormat4(bmp)
	if err != nil {
		return nil, err
	}
	subs := [][]byte{f4}
	if len(bmp) < len(ms) {
		subs = append(subs, writeFormat12(ms))
	}
	b := be.AppendUint16(nil, 0)
	b = be.AppendUint16(b, uint16(len(subs)))
	off := 4 + 8*len(subs)
	for i, sub := range subs {
		encoding := uint16(1) // Unicode BMP
		if i == 1 {
			encoding = 10 // Unicode full repertoire
		}
		b = be.AppendUint16(b, 3) // Windows
		b = be.AppendUint16(b, encoding)
		b = be.AppendUint32(b, uint32(off))
		off += len(sub)
	}
	for _, sub := range subs {
		b = append(b, sub...)
	}
	return b, nil
}

// runs splits mappings, sorted by character, into runs of consecutive
// characters with consecutive glyphs.
func runs(ms []mapping) [][]mapping {
	var out [][]mapping
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && ms[j].r == ms[j-1].r+1 && ms[j].g == ms[j-1].g+1 {
			j++
		}
		out = append(out, ms[i:j])
		i = j
	}
	return out
}

// writeFormat4 writes a cmap subtable of format 4 for mappings of the BMP
// (below U+FFFF): a segment with a delta for each run, and the last
// segment, U+FFFF, that the format requires.
func writeFormat4(ms []mapping) ([]byte, error) {
	segs := runs(ms)
	n := len(segs) + 1
	length := 16 + 8*n
	if length > 0xFFFF {
		return nil, fmt.Errorf("ttf: %d runs of characters do not fit in a cmap subtable of format 4", len(segs))
	}
	log := bits.Len(uint(n)) - 1
	b := be.AppendUint16(nil, 4)
	for _, v := range []int{length, 0, 2 * n, 2 << log, log, 2*n - 2<<log} { // language 0
		b = be.AppendUint16(b, uint16(v))
	}
	for _, s := range segs {
		b = be.AppendUint16(b, uint16(s[len(s)-1].r))
	}
	b = be.AppendUint16(b, 0xFFFF)
	b = be.AppendUint16(b, 0) // reservedPad
	for _, s := range segs {
		b = be.AppendUint16(b, uint16(s[0].r))
	}
	b = be.AppendUint16(b, 0xFFFF)
	for _, s := range segs {
		b = be.AppendUint16(b, s[0].g-uint16(s[0].r))
	}
	b = be.AppendUint16(b, 1) // U+FFFF to glyph 0
	// every idRangeOffset 0: the glyph is the character plus the delta
	return append(b, make([]byte, 2*n)...), nil
}

// writeFormat12 writes a cmap subtable of format 12: a group for each run.
func writeFormat12(ms []mapping) []byte {
	groups := runs(ms)
	b := be.AppendUint16(nil, 12)
	b = be.AppendUint16(b, 0)
	b = be.AppendUint32(b, uint32(16+12*len(groups)))
	b = be.AppendUint32(b, 0) // language
	b = be.AppendUint32(b, uint32(len(groups)))
	for _, g := range groups {
		b = be.AppendUint32(b, uint32(g[0].r))
		b = be.AppendUint32(b, uint32(g[len(g)-1].r))
		b = be.AppendUint32(b, uint32(g[0].g))
	}
	return b
}
