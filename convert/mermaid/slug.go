package mermaid

import (
	"strconv"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
)

// maxID is the most characters of an id made from a name.
const maxID = 48

// slug makes an id of a name as blueprint.Slug does, at most maxID
// characters; "" when nothing is left.
func slug(name string) string {
	s := blueprint.Slug(name)
	if len(s) > maxID {
		s = s[:maxID]
		if i := strings.LastIndexByte(s, '-'); i > maxID/2 {
			s = s[:i]
		}
		s = strings.TrimRight(s, "-")
	}
	return s
}

// ids hands out ids made from names, each unique: a repeated one gets -2,
// -3, ...; a name with no letter to keep gets fallback and its number.
type ids struct {
	used     map[string]bool
	again    map[string]int // the number to try next after a base id
	fallback string
	n        int
}

func newIDs(fallback string) *ids {
	return &ids{used: map[string]bool{}, again: map[string]int{}, fallback: fallback}
}

// next returns the id of the next name.
func (u *ids) next(name string) string {
	u.n++
	base := slug(name)
	if base == "" {
		base = u.fallback + "-" + strconv.Itoa(u.n)
	}
	id := base
	for u.used[id] {
		k := max(u.again[base], 2)
		u.again[base] = k + 1
		id = base + "-" + strconv.Itoa(k)
	}
	u.used[id] = true
	return id
}
