package labels

import (
	"maps"
	"reflect"
	"slices"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
)

// TestSetsComplete checks that every locale the format knows has a table,
// that no table leaves a word out (English writes no space between a
// number and its unit, the only word that may be empty), and that every
// table names every known channel and no other.
func TestSetsComplete(t *testing.T) {
	for _, locale := range blueprint.Locales {
		set, ok := sets()[locale]
		if !ok {
			t.Errorf("locale %s has no words", locale)
			continue
		}
		for _, path := range emptyWords(reflect.ValueOf(*set), "") {
			if !(locale == "en" && path == ".Numbers.UnitSep") {
				t.Errorf("%s: %s is empty", locale, path)
			}
		}
		if got := slices.Sorted(maps.Keys(set.Map.ChannelNames)); !slices.Equal(got, slices.Sorted(slices.Values(blueprint.Channels))) {
			t.Errorf("%s names the channels %v, want %v", locale, got, blueprint.Channels)
		}
	}
	if len(sets()) != len(blueprint.Locales) {
		t.Errorf("%d tables for %d locales", len(sets()), len(blueprint.Locales))
	}
}

// emptyWords returns the paths of the empty strings in v, a table.
func emptyWords(v reflect.Value, path string) []string {
	var out []string
	switch v.Kind() {
	case reflect.String:
		if v.String() == "" {
			out = append(out, path)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			out = append(out, emptyWords(v.Field(i), path+"."+v.Type().Field(i).Name)...)
		}
	case reflect.Array, reflect.Slice:
		for i := range v.Len() {
			out = append(out, emptyWords(v.Index(i), path)...)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			out = append(out, emptyWords(v.MapIndex(k), path+"["+k.String()+"]")...)
		}
	}
	return out
}

// TestLanes checks that each lane and each line between lanes has its own
// name, in the order of blueprint.Lanes.
func TestLanes(t *testing.T) {
	en := For("en")
	var got []string
	for _, l := range blueprint.Lanes {
		got = append(got, en.Lanes.Of(l))
	}
	if want := []string{"Physical evidence", "Customer actions", "Frontstage", "Backstage", "Support processes"}; !slices.Equal(got, want) {
		t.Errorf("lanes %q, want %q", got, want)
	}
	if en.Lines.Above(blueprint.Customer) != "" || en.Lines.Above(blueprint.Backstage) != "Line of visibility" {
		t.Errorf("the lines above the customer and the backstage: %q, %q", en.Lines.Above(blueprint.Customer), en.Lines.Above(blueprint.Backstage))
	}
}

// TestNumbers checks how each language writes its numbers.
func TestNumbers(t *testing.T) {
	en, fi := For("en"), For("fi")
	for _, c := range []struct{ got, want string }{
		{en.Score(1.5), "+1.50"}, {fi.Score(-0.625), "-0,62"}, {en.Score(-0.001), "0.00"}, {en.Score(0.004), "0.00"},
		{en.Percent(0.963), "96.3%"}, {fi.Percent(0.963), "96,3 %"},
		{en.Percentage(70), "70%"}, {fi.Percentage(12.5), "12,5 %"},
		{en.Money(468000), "468 000"}, {fi.Money(1234.5), "1 234,50"},
		{en.Span(blueprint.Span{Lo: 3 * 7 * 86400, Hi: 5 * 7 * 86400}), "3w – 5w"},
		{fi.Span(blueprint.Span{Lo: 7200, Hi: 7200}), "2 h"},
		{Signed(3), "+3"}, {Signed(-2), "-2"}, {Signed(0), "0"},
		{For("xx").Axis.Time, "Time"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

// TestCommon checks the language of a table of several journeys: theirs
// when they share one, else English, and English for none at all.
func TestCommon(t *testing.T) {
	of := func(locales ...string) []blueprint.Measured {
		var ms []blueprint.Measured
		for _, l := range locales {
			ms = append(ms, blueprint.Measured{Journey: &blueprint.Journey{Locale: l}})
		}
		return ms
	}
	for _, tt := range []struct {
		ms   []blueprint.Measured
		want string
	}{
		{of(), "en"}, {of("fi"), "fi"}, {of("fi", "fi"), "fi"}, {of("fi", "en"), "en"}, {of("en", "fi"), "en"},
	} {
		if got := Common(tt.ms); got != sets()[tt.want] {
			t.Errorf("%d journeys: not the words of %s", len(tt.ms), tt.want)
		}
	}
}
