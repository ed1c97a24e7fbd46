package blueprint

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// Duration is a length of time in whole seconds.
type Duration int64

// The units a duration is written in.
const (
	Second Duration = 1
	Minute          = 60 * Second
	Hour            = 60 * Minute
	Day             = 24 * Hour
	Week            = 7 * Day
)

// MaxDuration is the longest duration a step may last: a century. It keeps
// every sum of durations far from overflowing.
const MaxDuration = 100 * 365 * Day

// units lists the units from the largest, as they are written and printed.
var units = []struct {
	name string
	size Duration
}{{"w", Week}, {"d", Day}, {"h", Hour}, {"m", Minute}, {"s", Second}}

// unitWords maps words people write for a unit to the unit, for suggestions.
var unitWords = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"sec": "s", "secs": "s", "second": "s", "seconds": "s",
		"min": "m", "mins": "m", "minute": "m", "minutes": "m",
		"hr": "h", "hrs": "h", "hour": "h", "hours": "h",
		"day": "d", "days": "d",
		"wk": "w", "wks": "w", "week": "w", "weeks": "w",
		"S": "s", "M": "m", "H": "h", "D": "d", "W": "w",
	}
})

// String writes the duration with its non-zero units from the largest,
// separated by spaces: "3w 2h", "1h 30m". Zero is "0s".
func (d Duration) String() string { return d.Format(UnitNames{"w", "d", "h", "m", "s"}, "") }

// UnitNames name the units weeks, days, hours, minutes and seconds, in
// that order, for Format.
type UnitNames [5]string

// Format writes the duration as String does, with the units named by names
// and sep between each number and its unit: "3 vk 2 h" in Finnish.
func (d Duration) Format(names UnitNames, sep string) string {
	if d == 0 {
		return "0" + sep + names[4]
	}
	var parts []string
	for k, u := range units {
		if n := d / u.size; n > 0 {
			parts = append(parts, strconv.FormatInt(int64(n), 10)+sep+names[k])
			d -= n * u.size
		}
	}
	return strings.Join(parts, " ")
}

// Seconds returns the duration as a number of seconds.
func (d Duration) Seconds() float64 { return float64(d) }

// Span is a duration that is known only within a range, Lo to Hi; a single
// value has Lo == Hi.
type Span struct {
	Lo, Hi Duration
}

// Add returns the span of s followed by t.
func (s Span) Add(t Span) Span { return Span{s.Lo + t.Lo, s.Hi + t.Hi} }

// Mid returns the middle of the span, in seconds.
func (s Span) Mid() float64 { return (float64(s.Lo) + float64(s.Hi)) / 2 }

// IsRange reports whether the span's ends differ.
func (s Span) IsRange() bool { return s.Lo != s.Hi }

// String writes the span as "2h", or "3w – 5w" for a range.
func (s Span) String() string { return s.Format(UnitNames{"w", "d", "h", "m", "s"}, "") }

// Format writes the span as String does, with the units named as
// Duration.Format names them.
func (s Span) Format(names UnitNames, sep string) string {
	if !s.IsRange() {
		return s.Lo.Format(names, sep)
	}
	return s.Lo.Format(names, sep) + " – " + s.Hi.Format(names, sep)
}

// ParseSpan reads a duration as the journey format writes it: a number with
// a unit ("90s", "5m", "1h30m", "2d", "3w"; spaces between parts allowed), or
// two of them joined by ".." for a range ("3w..5w"). The error message says
// what to write instead.
func ParseSpan(text string) (Span, error) {
	lo, hi, isRange := strings.Cut(text, "..")
	a, err := parseDuration(lo)
	if err != nil && !isRange {
		if r, ok := asRange(text); ok {
			return Span{}, fmt.Errorf("duration %q looks like a range: write it with '..', %s", strings.TrimSpace(text), r)
		}
	}
	if err != nil || !isRange {
		return Span{a, a}, err
	}
	b, err := parseDuration(hi)
	if err != nil {
		return Span{}, err
	}
	if a > b {
		return Span{}, fmt.Errorf("range %q runs backwards: write the shorter end first, %s..%s", text, strings.TrimSpace(hi), strings.TrimSpace(lo))
	}
	return Span{a, b}, nil
}

const durationHelp = "write a number and a unit (s, m, h, d, w), e.g. 90s, 5m, 1h30m, 2d or 3w..5w"

// parseDuration reads one duration without a range.
func parseDuration(text string) (Duration, error) {
	s := strings.TrimSpace(text)
	switch {
	case s == "":
		return 0, fmt.Errorf("empty duration: %s", durationHelp)
	case strings.HasPrefix(s, "-"):
		return 0, fmt.Errorf("duration %q is negative: a duration is 0s or longer", s)
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return 0, fmt.Errorf("duration %q has no unit: write %ss, %sm or %sh", s, s, s, s)
	}
	var total float64
	for rest := s; rest != ""; rest = strings.TrimLeft(rest, " ") {
		num := leading(rest, func(c byte) bool { return c >= '0' && c <= '9' || c == '.' })
		rest = strings.TrimLeft(rest[len(num):], " ")
		unit := leading(rest, func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' })
		n, err := strconv.ParseFloat(num, 64)
		if num == "" || err != nil {
			return 0, fmt.Errorf("bad duration %q: %s", s, durationHelp)
		}
		size, ok := unitSize(unit)
		if !ok {
			return 0, unitError(s, unit)
		}
		total += n * float64(size)
		rest = rest[len(unit):]
	}
	if total > float64(MaxDuration) {
		return 0, fmt.Errorf("duration %q is longer than a century: check the unit", s)
	}
	if total != float64(int64(total)) {
		return 0, fmt.Errorf("duration %q is not a whole number of seconds: write it in a smaller unit", s)
	}
	return Duration(total), nil
}

// leading returns the longest prefix of s whose bytes satisfy ok.
func leading(s string, ok func(byte) bool) string {
	i := 0
	for i < len(s) && ok(s[i]) {
		i++
	}
	return s[:i]
}

// unitSize returns the size of a unit written in a duration.
func unitSize(name string) (Duration, bool) {
	for _, u := range units {
		if u.name == name {
			return u.size, true
		}
	}
	return 0, false
}

// unitError explains an unknown or missing unit, with the fix when the word
// is a known way to say a unit.
func unitError(text, unit string) error {
	if unit == "" {
		return fmt.Errorf("bad duration %q: a number without a unit; %s", text, durationHelp)
	}
	if u, ok := unitWords()[unit]; ok {
		return fmt.Errorf("unknown unit %q in duration %q: write %s", unit, text, strings.ReplaceAll(strings.ReplaceAll(text, " ", ""), unit, u))
	}
	return fmt.Errorf("unknown unit %q in duration %q: %s", unit, text, durationHelp)
}

// rangeSeparators are the ways people join the ends of a range other than
// "..": "3-10 days", "3d–10d", "3 to 5 weeks".
var rangeSeparators = []string{"-", "–", " to "}

// asRange returns the range text means, as the format writes it ("3d..10d"
// for "3-10 days"), when it is two durations joined by a range separator;
// a bare number as the low end takes the unit of the high end.
func asRange(text string) (string, bool) {
	for _, sep := range rangeSeparators {
		lo, hi, ok := strings.Cut(strings.TrimSpace(text), sep)
		hi, hiOK := compact(hi)
		if !ok || !hiOK {
			continue
		}
		lo, loOK := compact(lo)
		if _, err := strconv.ParseFloat(lo, 64); err == nil {
			lo, loOK = lo+hi[len(strings.TrimRight(hi, "wdhms")):], true
		}
		if r := lo + ".." + hi; loOK {
			if _, err := ParseSpan(r); err == nil {
				return r, true
			}
		}
	}
	return "", false
}

// durationPart is a number and the word after it, as written in a duration.
var durationPart = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\s*([0-9.]+)\s*([A-Za-z]*)\s*`)
})

// compact writes a duration with its units as the format names them and no
// spaces ("10 days" is "10d", "1 hr 30 mins" "1h30m"); a bare number stays
// as it is. It reports whether the text was numbers and units only.
func compact(text string) (string, bool) {
	var b strings.Builder
	rest := text
	for rest != "" {
		m := durationPart().FindStringSubmatchIndex(rest)
		if m == nil || m[0] != 0 {
			return "", false
		}
		unit := rest[m[4]:m[5]]
		if u, ok := unitWords()[unit]; ok {
			unit = u
		}
		b.WriteString(rest[m[2]:m[3]] + unit)
		rest = rest[m[1]:]
	}
	return b.String(), b.Len() > 0
}
