package ttf

import (
	"cmp"
	"fmt"
	"slices"
)

// Tables says which tables a subset has.
type Tables int

const (
	// Web are the tables a browser requires of a TrueType font (OpenType
	// Sanitizer, which Chrome and Firefox run on every web font, refuses a
	// font without them): cmap, glyf, head, hhea, hmtx, loca, maxp, name,
	// OS/2 and post.
	Web Tables = iota
	// PDF are the tables a PDF reader uses of an embedded TrueType font
	// whose characters are glyph ids (ISO 32000-1, 9.9): glyf, head, hhea,
	// hmtx, loca, maxp, and the hinting programs cvt, fpgm and prep when
	// the font has them.
	PDF
)

// tables are the tags of the tables of each kind of subset, and whether a
// font must have it (hinting programs are copied when there are any).
var tables = [...][]struct {
	tag      string
	optional bool
}{
	Web: {{"OS/2", false}, {"cmap", false}, {"glyf", false}, {"head", false}, {"hhea", false}, {"hmtx", false}, {"loca", false}, {"maxp", false}, {"name", false}, {"post", false}},
	PDF: {{"cvt ", true}, {"fpgm", true}, {"glyf", false}, {"head", false}, {"hhea", false}, {"hmtx", false}, {"loca", false}, {"maxp", false}, {"prep", true}},
}

// A Subset is a font with the glyphs of some characters only.
type Subset struct {
	TTF      []byte
	Glyph    map[rune]uint16 // the glyph of each character asked for, 0 for one the font lacks
	Original []uint16        // the glyph in the font of each glyph of the subset
}

// Subset writes a font with the glyphs of runes only, with the tables
// kind lists. Its glyphs are glyph 0 (.notdef, left empty), the glyphs of
// runes in their order, then the components of the composite glyphs among
// them; each glyph keeps its outline, advance and instructions. The subset
// keeps the font's dates, so the same runes give the same bytes.
func (f *Font) Subset(runes []rune, kind Tables) (*Subset, error) {
	s := &Subset{Glyph: make(map[rune]uint16, len(runes)), Original: []uint16{0}}
	ids := map[uint16]uint16{0: 0} // the subset's glyph of each glyph of the font in it
	add := func(g uint16) uint16 {
		id, ok := ids[g]
		if !ok {
			id = uint16(len(s.Original))
			ids[g] = id
			s.Original = append(s.Original, g)
		}
		return id
	}
	for _, r := range runes {
		s.Glyph[r] = add(f.GlyphIndex(r))
	}
	for i := 1; i < len(s.Original); i++ { // grows with the components of components
		offs, err := components(f.glyph(s.Original[i]), f.numGlyphs)
		if err != nil {
			return nil, fmt.Errorf("ttf: glyph %d: %w", s.Original[i], err)
		}
		for _, off := range offs {
			add(be.Uint16(f.glyph(s.Original[i])[off:]))
		}
	}
	w := &subsetWriter{f: f, s: s, ids: ids}
	ttf, err := w.write(kind)
	if err != nil {
		return nil, err
	}
	s.TTF = ttf
	return s, nil
}

// A subsetWriter writes the tables of a subset.
type subsetWriter struct {
	f   *Font
	s   *Subset
	ids map[uint16]uint16
}

// write writes the subset's font file with the tables of kind.
func (w *subsetWriter) write(kind Tables) ([]byte, error) {
	out := map[string][]byte{}
	out["glyf"], out["loca"] = w.glyf()
	out["hhea"], out["hmtx"] = w.hmtx()
	ms := w.mappings()
	var tags []string
	for _, t := range tables[kind] {
		table, ok := w.f.tables[t.tag]
		switch {
		case !ok && t.optional:
			continue
		case !ok:
			return nil, fmt.Errorf("ttf: the font has no %s table", t.tag)
		}
		tags = append(tags, t.tag)
		if _, made := out[t.tag]; made {
			continue
		}
		var err error
		if out[t.tag], err = w.table(t.tag, table, ms); err != nil {
			return nil, err
		}
	}
	return writeFile(tags, out), nil
}

// table writes the subset's table tag, other than those of the glyphs and
// their metrics, from the font's table; ms are the subset's characters.
func (w *subsetWriter) table(tag string, table []byte, ms []mapping) ([]byte, error) {
	switch tag {
	case "OS/2":
		return os2(table, ms), nil
	case "cmap":
		return writeCmap(ms)
	case "head":
		head := slices.Clone(table)
		be.PutUint32(head[8:], 0)  // checkSumAdjustment, set when the file is written
		be.PutUint16(head[50:], 1) // indexToLocFormat: long offsets
		return head, nil
	case "maxp":
		maxp := slices.Clone(table)
		be.PutUint16(maxp[4:], uint16(len(w.s.Original)))
		return maxp, nil
	case "name":
		return writeName(table)
	case "post":
		if len(table) < 32 {
			return nil, fmt.Errorf("ttf: a post table of %d bytes", len(table))
		}
		post := slices.Clone(table[:32])
		be.PutUint32(post, 0x00030000) // version 3: no glyph names
		return post, nil
	}
	return table, nil // the hinting programs, whole
}

// glyf writes the glyphs of the subset, each 4-byte aligned, with the ids of
// the components of composite glyphs changed to the subset's, and their
// offsets (loca, long format).
func (w *subsetWriter) glyf() (glyf, loca []byte) {
	loca = be.AppendUint32(nil, 0)
	for _, g := range w.s.Original {
		if g != 0 { // .notdef stays empty
			start := len(glyf)
			glyf = append(glyf, w.f.glyph(g)...)
			offs, _ := components(w.f.glyph(g), w.f.numGlyphs) // no error: Subset read them all
			for _, off := range offs {
				c := be.Uint16(glyf[start+off:])
				be.PutUint16(glyf[start+off:], w.ids[c])
			}
			glyf = append(glyf, make([]byte, -len(glyf)&3)...)
		}
		loca = be.AppendUint32(loca, uint32(len(glyf)))
	}
	return glyf, loca
}

// hmtx writes the advances and left side bearings of the subset's glyphs,
// and hhea with their count: the glyphs at the end with the same advance as
// the last long metric give only their left side bearing.
func (w *subsetWriter) hmtx() (hhea, hmtx []byte) {
	glyphs := w.s.Original
	long := len(glyphs)
	for long > 1 && w.f.advances[glyphs[long-1]] == w.f.advances[glyphs[long-2]] {
		long--
	}
	hmtx = make([]byte, 0, 2*long+2*len(glyphs))
	for i, g := range glyphs {
		if i < long {
			hmtx = be.AppendUint16(hmtx, w.f.advances[g])
		}
		hmtx = be.AppendUint16(hmtx, uint16(w.f.lsbs[g]))
	}
	hhea = slices.Clone(w.f.tables["hhea"])
	be.PutUint16(hhea[34:], uint16(long))
	return hhea, hmtx
}

// mappings are the characters of the subset the font has, with their
// glyphs, sorted by character.
func (w *subsetWriter) mappings() []mapping {
	var ms []mapping
	for r, g := range w.s.Glyph {
		if g != 0 {
			ms = append(ms, mapping{r, g})
		}
	}
	slices.SortFunc(ms, func(a, b mapping) int { return cmp.Compare(a.r, b.r) })
	return ms
}

// os2 copies the font's OS/2 table with the first and last character of
// the subset, ms.
func os2(table []byte, ms []mapping) []byte {
	os2 := slices.Clone(table)
	if len(os2) < 68 || len(ms) == 0 {
		return os2
	}
	be.PutUint16(os2[64:], uint16(min(ms[0].r, 0xFFFF)))
	be.PutUint16(os2[66:], uint16(min(ms[len(ms)-1].r, 0xFFFF)))
	return os2
}
