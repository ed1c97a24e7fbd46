package blueprint

import (
	"strings"
	"testing"
)

func TestParseSpan(t *testing.T) {
	tests := []struct {
		in   string
		want Span
	}{
		{"90s", Span{90, 90}},
		{"5m", Span{300, 300}},
		{"2h", Span{7200, 7200}},
		{"1h30m", Span{5400, 5400}},
		{"1h 30m", Span{5400, 5400}},
		{"1.5h", Span{5400, 5400}},
		{"2d", Span{2 * 86400, 2 * 86400}},
		{"3w", Span{3 * 604800, 3 * 604800}},
		{"3w..5w", Span{3 * 604800, 5 * 604800}},
		{"3w .. 5w", Span{3 * 604800, 5 * 604800}},
		{"0s", Span{}},
		{"5m..5m", Span{300, 300}},
		{"1w2d3h4m5s", Span{604800 + 2*86400 + 3*3600 + 4*60 + 5, 604800 + 2*86400 + 3*3600 + 4*60 + 5}},
	}
	for _, tt := range tests {
		got, err := ParseSpan(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseSpan(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestParseSpanErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"90", `duration "90" has no unit: write 90s, 90m or 90h`},
		{"3-10 days", `duration "3-10 days" looks like a range: write it with '..', 3d..10d`},
		{"3d-10d", `duration "3d-10d" looks like a range: write it with '..', 3d..10d`},
		{"2 to 3 weeks", `duration "2 to 3 weeks" looks like a range: write it with '..', 2w..3w`},
		{"1h 30m – 2 hrs", `write it with '..', 1h30m..2h`},
		{"3-x days", `bad duration "3-x days"`},
		{"-5m", `duration "-5m" is negative`},
		{"5w..3w", `range "5w..3w" runs backwards: write the shorter end first, 3w..5w`},
		{"5min", `unknown unit "min" in duration "5min": write 5m`},
		{"2 hours", `unknown unit "hours" in duration "2 hours": write 2h`},
		{"5y", `unknown unit "y"`},
		{"", "empty duration"},
		{"..", "empty duration"},
		{"5m..", "empty duration"},
		{"h", `bad duration "h"`},
		{"1.2.3h", `bad duration "1.2.3h"`},
		{"0.5s", "not a whole number of seconds"},
		{"99999999w", "longer than a century"},
		{"1h30", `bad duration "1h30": a number without a unit`},
		{"5M", `write 5m`},
	}
	for _, tt := range tests {
		_, err := ParseSpan(tt.in)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseSpan(%q) error = %v; want it to contain %q", tt.in, err, tt.want)
		}
	}
}

func TestDurationString(t *testing.T) {
	tests := []struct {
		in   Duration
		want string
	}{
		{0, "0s"},
		{90, "1m 30s"},
		{3*Week + 2*Hour, "3w 2h"},
		{Day + Minute, "1d 1m"},
	}
	for _, tt := range tests {
		if got := tt.in.String(); got != tt.want {
			t.Errorf("Duration(%d).String() = %q; want %q", tt.in, got, tt.want)
		}
		if tt.in != 0 {
			if back, err := ParseSpan(tt.want); err != nil || back.Lo != tt.in {
				t.Errorf("ParseSpan(%q) = %v, %v; want %d back", tt.want, back, err, tt.in)
			}
		}
	}
	if got := (Span{3*Week + 2*Hour, 5*Week + 2*Hour}).String(); got != "3w 2h – 5w 2h" {
		t.Errorf("range String() = %q", got)
	}
}

// TestFormat writes durations with other unit names, as the Finnish
// pictures do.
func TestFormat(t *testing.T) {
	fi := UnitNames{"vk", "vrk", "h", "min", "s"}
	for _, tc := range []struct {
		s    Span
		want string
	}{
		{Span{0, 0}, "0 s"},
		{Span{2*Hour + 55*Minute, 2*Hour + 55*Minute}, "2 h 55 min"},
		{Span{3*Week + Day, 5*Week + 30*Second}, "3 vk 1 vrk – 5 vk 30 s"},
	} {
		if got := tc.s.Format(fi, " "); got != tc.want {
			t.Errorf("Format(%v) = %q, want %q", tc.s, got, tc.want)
		}
	}
}
