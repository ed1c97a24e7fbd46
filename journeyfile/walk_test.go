package journeyfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// tree makes the files named below a new directory, and returns it.
func tree(t *testing.T, files ...string) string {
	t.Helper()
	root := t.TempDir()
	for _, f := range files {
		p := filepath.Join(root, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// walked returns what Walk visits below root: each path with a slash
// after a directory's.
func walked(t *testing.T, root string) []string {
	t.Helper()
	var got []string
	err := Walk(root, func(rel string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			rel += "/"
		}
		got = append(got, rel)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestWalk(t *testing.T) {
	root := tree(t,
		"b.yml", "a.yaml", "notes.txt", "c.YAML", ".draft.yaml",
		".git/x.yaml", ".github/workflows/ci.yml",
		"team/z.yaml", "team/deep/y.yml", "team/.hidden/w.yaml", "team/readme.md",
		"empty/.keep", "a/inner.yaml",
	)
	want := []string{
		"./", "a/", "a/inner.yaml", "a.yaml", "b.yml", "empty/",
		"team/", "team/deep/", "team/deep/y.yml", "team/z.yaml",
	}
	if got := walked(t, root); !slices.Equal(got, want) {
		t.Errorf("walked\n%q\nwant\n%q", got, want)
	}
}

// A hidden root is walked: only what is below it is left out.
func TestWalkHiddenRoot(t *testing.T) {
	root := filepath.Join(tree(t, ".journeys/a.yaml", ".journeys/.old/b.yaml"), ".journeys")
	if got, want := walked(t, root), []string{"./", "a.yaml"}; !slices.Equal(got, want) {
		t.Errorf("walked %q, want %q", got, want)
	}
}

// A root that is a symbolic link is followed; links below it are given as
// they are.
func TestWalkLinks(t *testing.T) {
	dir := tree(t, "real/a.yaml", "other/b.yaml")
	link := filepath.Join(dir, "link")
	for old, name := range map[string]string{"real": link, "../other": filepath.Join(dir, "real", "other"),
		"a.yaml": filepath.Join(dir, "real", "c.yaml")} {
		if err := os.Symlink(old, name); err != nil {
			t.Skip("no symbolic links:", err)
		}
	}
	var got []string
	err := Walk(link, func(rel string, d fs.DirEntry, err error) error {
		got = append(got, filepath.ToSlash(rel)+" "+d.Type().String()[:1])
		return err
	})
	if want := []string{". d", "a.yaml -", "c.yaml L"}; err != nil || !slices.Equal(got, want) {
		t.Errorf("walked %q (%v), want %q", got, err, want)
	}
}

// What cannot be read is given to the function, which stops the walk by
// returning it or goes on by returning nil.
func TestWalkErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing")
	var got error
	err := Walk(missing, func(rel string, d fs.DirEntry, err error) error {
		if rel != "." || d != nil {
			t.Errorf("the missing root given as %q, %v", rel, d)
		}
		got = err
		return err
	})
	if err == nil || err != got || !errors.Is(err, fs.ErrNotExist) || err.Error() != "cannot read "+missing+": no such file or directory" {
		t.Errorf("Walk returned %v, given %v", err, got)
	}
	if err := Walk(missing, func(string, fs.DirEntry, error) error { return nil }); err != nil {
		t.Errorf("Walk returned %v; the function went on", err)
	}
}

// SkipAll ends the walk without an error, as filepath.WalkDir does.
func TestWalkSkipAll(t *testing.T) {
	root := tree(t, "a.yaml", "b.yaml", "c.yaml")
	var got []string
	err := Walk(root, func(rel string, d fs.DirEntry, _ error) error {
		if d.IsDir() {
			return nil
		}
		got = append(got, rel)
		if len(got) == 2 {
			return filepath.SkipAll
		}
		return nil
	})
	if want := []string{"a.yaml", "b.yaml"}; err != nil || !slices.Equal(got, want) {
		t.Errorf("walked %q (%v), want %q", got, err, want)
	}
}
