package blueprint

import (
	"strconv"
	"strings"
)

// A KnownMetric is a metric the format knows: a name read in any case, the
// scale its values must lie on, and the name it is shown by.
type KnownMetric struct {
	Name     string // the key in metrics, in lower case: "nps"
	Display  string // the name it is shown by: "NPS"
	Min, Max float64
}

// KnownMetrics lists the metrics the format knows, in the order of the
// format description. A metric of another name takes any number.
var KnownMetrics = []KnownMetric{
	{Name: "nps", Display: "NPS", Min: -100, Max: 100},
	{Name: "ces", Display: "CES", Min: 1, Max: 7},
	{Name: "csat", Display: "CSAT", Min: 1, Max: 5},
}

// LookupMetric returns the known metric of a name written in any case, and
// whether there is one.
func LookupMetric(name string) (KnownMetric, bool) {
	for _, k := range KnownMetrics {
		if k.Name == strings.ToLower(name) {
			return k, true
		}
	}
	return KnownMetric{}, false
}

// DisplayName returns the name the metric is shown by: a known metric
// written as its key is shown by its display name ("nps" is "NPS"), any
// other name as written.
func (m Metric) DisplayName() string {
	if k, ok := LookupMetric(m.Name); ok && k.Name == m.Name {
		return k.Display
	}
	return m.Name
}

// knownMetricScales lists the known metrics with their scales, for the
// descriptions of metrics: "nps -100..100, ces 1..7, csat 1..5".
func knownMetricScales() string {
	parts := make([]string, len(KnownMetrics))
	for i, k := range KnownMetrics {
		parts[i] = k.Name + " " + strconv.FormatFloat(k.Min, 'g', -1, 64) + ".." + strconv.FormatFloat(k.Max, 'g', -1, 64)
	}
	return strings.Join(parts, ", ")
}
