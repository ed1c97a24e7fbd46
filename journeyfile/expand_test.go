package journeyfile

import (
	"path/filepath"
	"slices"
	"testing"
)

// Expand gives each file once, however often it is reached, and an
// argument that gives no file as an error.
func TestExpand(t *testing.T) {
	root := tree(t, "a.yaml", "team/b.yml", "team/deep/c.yaml", "team/.old/d.yaml", "empty/notes.txt")
	t.Chdir(root)
	files, expanded := Expand([]string{"team", Stdin, "./team/b.yml", "a.yaml", "*/**/*.yaml", Stdin, "empty", "none/*.yaml", "[.yaml"})
	var got []string
	for _, f := range files {
		s := filepath.ToSlash(f.Path) + " " + filepath.ToSlash(f.Rel)
		if f.Err != nil {
			s = f.Path + " error: " + f.Err.Error()
		}
		got = append(got, s)
	}
	want := []string{
		"team/b.yml b.yml",
		"team/deep/c.yaml deep/c.yaml",
		"- ",
		"a.yaml ",
		"empty error: cannot read empty: it is a directory with no .yaml or .yml file in it",
		"none/*.yaml error: cannot read none/*.yaml: no file matches the pattern",
		"[.yaml error: cannot read [.yaml: the pattern is malformed: syntax error in pattern",
	}
	if !expanded || !slices.Equal(got, want) {
		t.Errorf("expanded %v\n%q\nwant\n%q", expanded, got, want)
	}
	if _, expanded := Expand([]string{"a.yaml", Stdin}); expanded {
		t.Error("files named as they are were expanded")
	}
}
