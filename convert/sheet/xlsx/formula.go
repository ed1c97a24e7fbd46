package xlsx

import (
	"strconv"
	"strings"
)

// Shift returns formula with its relative cell references (those without
// a $) moved dcol columns right and drow rows down, as a shared formula's
// cells take its first cell's formula. Texts in quotes are left alone; a
// reference moved off the sheet becomes #REF!.
func Shift(formula string, dcol, drow int) string {
	var b strings.Builder
	for i := 0; i < len(formula); {
		ch := formula[i]
		if ch == '"' || ch == '\'' {
			j := i + 1
			for j < len(formula) && formula[j] != ch {
				j++
			}
			j = min(j+1, len(formula))
			b.WriteString(formula[i:j])
			i = j
			continue
		}
		if isName(ch) || ch == '$' {
			j := i
			for j < len(formula) && (isName(formula[j]) || formula[j] == '$' || formula[j] == '.') {
				j++
			}
			word := formula[i:j]
			prev := byte(0)
			if i > 0 {
				prev = formula[i-1]
			}
			if prev == '!' || j >= len(formula) || formula[j] != '(' { // not a function's name
				word = shiftRef(word, dcol, drow)
			}
			b.WriteString(word)
			i = j
			continue
		}
		b.WriteByte(ch)
		i++
	}
	return b.String()
}

func isName(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_'
}

// shiftRef moves word when it is an A1 reference, else returns it as is.
func shiftRef(word string, dcol, drow int) string {
	col, row, ok := ParseCell(word)
	if !ok || (dcol == 0 && drow == 0) {
		return word
	}
	colAbs := strings.HasPrefix(word, "$")
	rest := strings.TrimPrefix(word, "$")
	k := strings.IndexAny(rest, "$0123456789")
	rowAbs := rest[k] == '$'
	if !colAbs {
		col += dcol
	}
	if !rowAbs {
		row += drow
	}
	if col < 1 || col > MaxColumn || row < 1 {
		return "#REF!"
	}
	out := ""
	if colAbs {
		out = "$"
	}
	out += ColumnName(col)
	if rowAbs {
		out += "$"
	}
	return out + strconv.Itoa(row)
}
