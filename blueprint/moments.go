package blueprint

import "slices"

// Key returns what a step is paired by in a comparison: its moment, else its id.
func (s *Step) Key() string {
	if s.Moment != "" {
		return s.Moment
	}
	return s.ID
}

// A MomentPair is a column of a comparison: a step of A and the step of B it pairs with by key, or a step of one journey alone.
type MomentPair struct {
	Key          string   // the key both share, or the lone step's key
	A, B         int      // the step's index in A and in B; -1 where the journey has none
	DurationDiff *float64 // B − A in seconds, at the middles of the durations; nil unless both
	EmotionDiff  *int     // B − A; nil unless both steps have an emotion
	Changed      []string // the fields that differ, in this order: title, evidence, customer, frontstage, backstage, support, touchpoint, channel, duration, emotion, expected, wait, value, fail; empty unless both
}

// PairMoments pairs the steps of a and b by their keys (Step.Key), in the
// columns of a comparison (section 8 of the format). The pairs are a
// longest common subsequence of the two key sequences; a step without a
// partner stands alone at its place, A's lone steps before B's between the
// same two pairs, and neither journey's order changes. It pairs every step
// of both: a journey with paths is compared along one of them, its main
// path unless told otherwise (Journey.AlongMain, Journey.Along).
//
// When several longest subsequences exist, the one chosen is the one a diff
// tool shows, deletions first: walking both journeys from the start, equal
// keys pair at once, and otherwise A's step is left alone whenever that
// loses no pair, else B's. As-is against to-be, with keys unique in each,
// there is only one.
//
// It takes time len(a)·len(b) and a bit of memory per step pair, 12 MiB for
// 10 000 × 10 000 steps; larger journeys are first split in two as
// Hirschberg's algorithm does, so memory stays bounded (the pairs are then
// still a longest common subsequence, not always the one above).
func PairMoments(a, b *Journey) []MomentPair {
	ka, kb := keySequences(a.Steps, b.Steps)
	var out []MomentPair
	i, j := 0, 0
	for _, m := range commonSubsequence(ka, kb, maxPairCells) {
		out = appendLone(out, a, b, i, m[0], j, m[1])
		out = append(out, pairOf(&a.Steps[m[0]], &b.Steps[m[1]], m[0], m[1]))
		i, j = m[0]+1, m[1]+1
	}
	return appendLone(out, a, b, i, len(a.Steps), j, len(b.Steps))
}

// maxPairCells bounds the step pairs whose table PairMoments keeps at once:
// 2²⁷ bits, 16 MiB.
const maxPairCells = 1 << 27

// keySequences returns the keys of both step lists as small integers, equal
// where the keys are equal.
func keySequences(a, b []Step) (ka, kb []int32) {
	codes := map[string]int32{}
	code := func(steps []Step) []int32 {
		out := make([]int32, len(steps))
		for i := range steps {
			k := steps[i].Key()
			c, ok := codes[k]
			if !ok {
				c = int32(len(codes))
				codes[k] = c
			}
			out[i] = c
		}
		return out
	}
	return code(a), code(b)
}

// appendLone appends A's steps from i up to ia alone, then B's from j up to
// jb.
func appendLone(out []MomentPair, a, b *Journey, i, ia, j, jb int) []MomentPair {
	for ; i < ia; i++ {
		out = append(out, MomentPair{Key: a.Steps[i].Key(), A: i, B: -1, Changed: []string{}})
	}
	for ; j < jb; j++ {
		out = append(out, MomentPair{Key: b.Steps[j].Key(), A: -1, B: j, Changed: []string{}})
	}
	return out
}

// pairOf returns the column of step sa of A, at index i, and step sb of B,
// at index j, with their differences.
func pairOf(sa, sb *Step, i, j int) MomentPair {
	p := MomentPair{Key: sa.Key(), A: i, B: j, Changed: []string{}}
	d := sb.Duration.Mid() - sa.Duration.Mid()
	p.DurationDiff = &d
	if sa.Emotion != nil && sb.Emotion != nil {
		e := *sb.Emotion - *sa.Emotion
		p.EmotionDiff = &e
	}
	for _, f := range changeFields {
		if !f.same(sa, sb) {
			p.Changed = append(p.Changed, f.name)
		}
	}
	return p
}

// A changeField is a field of a step that a comparison tells as changed.
type changeField struct {
	name string
	same func(a, b *Step) bool
}

// changeFields are the fields of MomentPair.Changed, in its order.
var changeFields = []changeField{
	{"title", func(a, b *Step) bool { return a.Title == b.Title }},
	laneChange(Evidence), laneChange(Customer), laneChange(Frontstage), laneChange(Backstage), laneChange(Support),
	{"touchpoint", func(a, b *Step) bool { return a.Touchpoint == b.Touchpoint }},
	{"channel", func(a, b *Step) bool { return a.Channel == b.Channel }},
	{"duration", func(a, b *Step) bool { return a.Duration == b.Duration }},
	{"emotion", func(a, b *Step) bool { return samePtr(a.Emotion, b.Emotion) }},
	{"expected", func(a, b *Step) bool { return samePtr(a.Expected, b.Expected) }},
	{"wait", func(a, b *Step) bool { return a.Wait == b.Wait }},
	{"value", func(a, b *Step) bool { return a.Value == b.Value }},
	{"fail", func(a, b *Step) bool { return a.Fail == b.Fail }},
}

// laneChange is the change field of lane l, named by its key.
func laneChange(l Lane) changeField {
	return changeField{l.Key(), func(a, b *Step) bool { return slices.Equal(a.Lanes[l], b.Lanes[l]) }}
}

// samePtr reports whether two optional values are both absent or equal.
func samePtr[T comparable](a, b *T) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}

// commonSubsequence returns the index pairs of a longest common subsequence
// of a and b, in order, chosen as PairMoments says. A problem of more than
// maxCells cells is split at the middle of a, at the first place in b that
// keeps the length (Hirschberg 1975), until each part fits.
func commonSubsequence(a, b []int32, maxCells int) [][2]int {
	if len(a) <= 1 || len(a)*len(b) <= maxCells {
		return tableSubsequence(a, b)
	}
	mid := len(a) / 2
	k := splitPoint(a[:mid], a[mid:], b)
	left := commonSubsequence(a[:mid], b[:k], maxCells)
	for _, m := range commonSubsequence(a[mid:], b[k:], maxCells) {
		left = append(left, [2]int{m[0] + mid, m[1] + k})
	}
	return left
}

// splitPoint returns the first k at which a longest common subsequence of
// top+bottom and b pairs top within b[:k] and bottom within b[k:].
func splitPoint(top, bottom, b []int32) int {
	f := prefixLengths(top, b)
	g := prefixLengths(reversed(bottom), reversed(b))
	best, k := int32(-1), 0
	for j := range len(b) + 1 {
		if n := f[j] + g[len(b)-j]; n > best {
			best, k = n, j
		}
	}
	return k
}

// prefixLengths returns, for every j, the length of a longest common
// subsequence of a and b[:j], in O(len(b)) memory.
func prefixLengths(a, b []int32) []int32 {
	row, prev := make([]int32, len(b)+1), make([]int32, len(b)+1)
	for i := range a {
		row, prev = prev, row
		for j := range b {
			if a[i] == b[j] {
				row[j+1] = prev[j] + 1
			} else {
				row[j+1] = max(prev[j+1], row[j])
			}
		}
	}
	return row
}

func reversed(s []int32) []int32 {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}

// tableSubsequence returns the index pairs of the longest common
// subsequence of a and b that PairMoments describes. It fills the table of
// the lengths L(i, j) of a[i:] against b[j:] from the end, keeping one bit
// per cell: whether L(i, j) > L(i+1, j), that is whether leaving a[i] alone
// would lose a pair. Then it walks from the start.
func tableSubsequence(a, b []int32) [][2]int {
	words := (len(b) + 63) / 64
	loses := make([]uint64, len(a)*words)
	row, below := make([]int32, len(b)+1), make([]int32, len(b)+1)
	for i := len(a) - 1; i >= 0; i-- {
		row, below = below, row
		bitsOfRow := loses[i*words : (i+1)*words]
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				row[j] = below[j+1] + 1
			} else {
				row[j] = max(below[j], row[j+1])
			}
			if row[j] > below[j] {
				bitsOfRow[j/64] |= 1 << (j % 64)
			}
		}
	}
	var out [][2]int
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			out = append(out, [2]int{i, j})
			i, j = i+1, j+1
		case loses[i*words+j/64]&(1<<(j%64)) == 0:
			i++
		default:
			j++
		}
	}
	return out
}
