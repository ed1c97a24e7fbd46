package journeyfile

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
		if HasExt(tc.name) != tc.journey || TrimExt(tc.name) != tc.trimmed || IsHidden(tc.name) != tc.hidden {
			t.Errorf("%q: journey %v, trimmed %q, hidden %v; want %v, %q, %v", tc.name,
				HasExt(tc.name), TrimExt(tc.name), IsHidden(tc.name), tc.journey, tc.trimmed, tc.hidden)
		}
	}
}
