package labels

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// money writes an amount with its thousands separated by spaces, as in
// "468 000"; cents appear only when the amount has them.
func money(v float64) string {
	neg := v < 0
	v = math.Abs(v)
	whole := math.Floor(v)
	cents := math.Round((v - whole) * 100)
	if cents == 100 {
		whole, cents = whole+1, 0
	}
	digits := strconv.FormatFloat(whole, 'f', 0, 64)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(c)
	}
	if cents > 0 {
		b.WriteString("." + strconv.FormatFloat(cents+100, 'f', 0, 64)[1:])
	}
	return b.String()
}

// score writes an emotion figure with two decimals and its sign: "+1.50",
// "-0.62", "0.00"; a figure written as zero has no sign.
func score(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	switch s {
	case "-0.00", "0.00":
		return "0.00"
	}
	if v > 0 {
		return "+" + s
	}
	return s
}

// percent writes a share as a percentage with one decimal: "96.3%".
func percent(share float64) string {
	return strconv.FormatFloat(share*100, 'f', 1, 64) + "%"
}

// Signed writes a whole number with its sign: "+3", "-2", "0".
func Signed(v int) string {
	if v > 0 {
		return fmt.Sprintf("+%d", v)
	}
	return fmt.Sprint(v)
}
