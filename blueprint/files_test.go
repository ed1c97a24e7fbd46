package blueprint

import "testing"

func TestJourneyFileNames(t *testing.T) {
	for _, tc := range []struct {
		name    string
		journey bool
		trimmed string
		hidden  bool
	}{
		{"police.yaml", true, "police", false},
		{"a.b.yml", true, "a.b", false},
		{"notes.txt", false, "notes.txt", false},
		{"POLICE.YAML", false, "POLICE.YAML", false},
		{".draft.yaml", true, ".draft", true},
		{".git", false, ".git", true},
		{"..", false, "..", false},
	} {
		if HasJourneyExt(tc.name) != tc.journey || TrimJourneyExt(tc.name) != tc.trimmed || IsHidden(tc.name) != tc.hidden {
			t.Errorf("%q: journey %v, trimmed %q, hidden %v; want %v, %q, %v", tc.name,
				HasJourneyExt(tc.name), TrimJourneyExt(tc.name), IsHidden(tc.name), tc.journey, tc.trimmed, tc.hidden)
		}
	}
}
