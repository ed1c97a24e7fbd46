package raster

import (
	"testing"

	"github.com/blueprint-tool/blueprint/render/theme"
)

// TestThemeRules checks that the style sheet reader finds a class's paint,
// later rules overriding earlier ones.
func TestThemeRules(t *testing.T) {
	rules := parseTheme(theme.CSS("light"))
	if got := styleOf(rules, "", "card")["fill"]; got != "#ffffff" {
		t.Errorf("card fill %q, want #ffffff", got)
	}
	if got := styleOf(rules, "", "seg-a seg-wait")["stroke-dasharray"]; got != "4 2" {
		t.Errorf("wait segment dashes %q, want 4 2", got)
	}
	if got := styleOf(rules, "text", "muted")["fill"]; got != "#5b6069" {
		t.Errorf("muted text fill %q, want #5b6069", got)
	}
}
