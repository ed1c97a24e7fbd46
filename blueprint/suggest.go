package blueprint

import (
	"fmt"
	"strings"
)

// didYouMean returns "; did you mean \"x\"?" for the known word closest to
// word, or "" when none is close enough to be a likely typo.
func didYouMean(word string, known []string) string {
	if best := Closest(word, known); best != "" {
		return fmt.Sprintf("; did you mean %q?", best)
	}
	return ""
}

// Closest returns the known word nearest to word by edit distance, ignoring
// case and treating '-' like '_', when it is close enough to be a typo: one
// edit for words of up to 4 letters, two up to 8, three beyond. The first
// listed wins a tie; "" when none is close.
func Closest(word string, known []string) string {
	norm := func(s string) string { return strings.ReplaceAll(strings.ToLower(s), "-", "_") }
	w := norm(word)
	limit := 1 + min(len([]rune(w))-1, 8)/4
	best, bestDist := "", limit+1
	for _, k := range known {
		if d := editDistance(w, norm(k)); d < bestDist {
			best, bestDist = k, d
		}
	}
	return best
}

// editDistance counts the insertions, deletions, substitutions and swaps of
// neighbours that turn a into b (optimal string alignment), in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return max(len(ra), len(rb)) // too long to be a typo; keep it cheap
	}
	// rows i-2, i-1 and i of the distance table
	prev2, prev, cur := make([]int, len(rb)+1), make([]int, len(rb)+1), make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
