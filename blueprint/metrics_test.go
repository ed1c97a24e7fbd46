package blueprint

import "testing"

// TestKnownMetrics checks the table the validator, the schema and the
// pictures share: names read in any case, shown by their display name
// when written as their key.
func TestKnownMetrics(t *testing.T) {
	if k, ok := LookupMetric("CeS"); !ok || k.Min != 1 || k.Max != 7 {
		t.Errorf("LookupMetric(CeS) = %v, %v; want ces 1..7", k, ok)
	}
	if _, ok := LookupMetric("smiles"); ok {
		t.Error("smiles is known")
	}
	for name, want := range map[string]string{"nps": "NPS", "csat": "CSAT", "Nps": "Nps", "smiles": "smiles"} {
		if got := (Metric{Name: name}).DisplayName(); got != want {
			t.Errorf("%s is shown as %q, want %q", name, got, want)
		}
	}
	if got, want := knownMetricScales(), "nps -100..100, ces 1..7, csat 1..5"; got != want {
		t.Errorf("scales %q, want %q", got, want)
	}
}
