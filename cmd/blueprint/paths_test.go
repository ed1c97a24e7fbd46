package main

import (
	"bytes"
	"path/filepath"
	"testing"
)

// TestPathExitCodes checks that --path with a path the journey declares is
// fine, and with one it does not, a wrong command line: exit 2.
func TestPathExitCodes(t *testing.T) {
	permit := filepath.Join("..", "..", "examples", "police-permit.yaml")
	blood := filepath.Join("..", "..", "examples", "blood-donation.yaml")
	out := t.TempDir()
	for _, tt := range []struct {
		args []string
		want int
	}{
		{[]string{"stats", "--path", "come-back", permit}, exitOK},
		{[]string{"stats", "--path", "come", permit}, exitUsage},
		{[]string{"render", "-o", out, "--path", "call", permit}, exitOK},
		{[]string{"render", "-o", out, "--path", "cal", permit}, exitUsage},
		{[]string{"compare", "--format", "md", "--path", "come-back", permit, blood}, exitOK},
		{[]string{"compare", "--format", "md", "--path", "come", permit, blood}, exitUsage},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(tt.args, nil, &stdout, &stderr); code != tt.want {
			t.Errorf("%q: exit %d, want %d (%s)", tt.args, code, tt.want, stderr.String())
		}
	}
}
