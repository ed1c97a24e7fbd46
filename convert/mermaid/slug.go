package mermaid

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// maxID is the most characters of an id made from a name.
const maxID = 48

// letters are the letters that do not decompose into a Latin letter and
// marks, written in Latin letters.
var letters = strings.NewReplacer("ß", "ss", "æ", "ae", "Æ", "ae", "ø", "o", "Ø", "o", "œ", "oe", "Œ", "oe",
	"ł", "l", "Ł", "l", "đ", "d", "Đ", "d", "þ", "th", "Þ", "th", "ð", "d", "Ð", "d", "ı", "i")

// slug makes an id of a name: lowercase ASCII letters and digits, accents
// dropped (Käyn poliisilla: kayn-poliisilla), any other run of characters
// one '-', at most maxID characters; "" when nothing is left.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, c := range norm.NFD.String(letters.Replace(name)) {
		c = unicode.ToLower(c)
		switch {
		case unicode.Is(unicode.Mn, c):
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(c)
			dash = false
		default:
			dash = true
		}
	}
	s := b.String()
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
