package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestReadmePicture checks that the picture on the README's first screen
// is the police permit's blueprint as the command draws it today.
func TestReadmePicture(t *testing.T) {
	const picture = "docs/police-permit.blueprint.png"
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if first := strings.Join(strings.SplitN(string(readme), "\n", 30)[:29], "\n"); !strings.Contains(first, "]("+picture+")") {
		t.Errorf("the README's first screen does not show %s", picture)
	}
	var stdout, stderr bytes.Buffer
	args := []string{"render", "--check", "--format", "png", "--view", "blueprint", "-o", "../../" + picture, "../../examples/police-permit.yaml"}
	if code := run(args, nil, &stdout, &stderr); code != 0 {
		t.Errorf("%s is not what blueprint draws now (exit %d): run make golden\n%s%s", picture, code, stdout.String(), stderr.String())
	}
}
