package svg

import "strings"

var textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")

// EscapeText escapes s for XML text and attribute values.
func EscapeText(s string) string { return textEscaper.Replace(s) }
