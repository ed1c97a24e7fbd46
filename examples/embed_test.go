package examples

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Every journey in this directory and its subdirectories is embedded, with
// the bytes on disk: a new directory of examples must be added to the
// //go:embed line.
func TestEmbedsEveryExample(t *testing.T) {
	var onDisk []string
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".yaml" {
			return err
		}
		name := strings.TrimSuffix(filepath.ToSlash(p), ".yaml")
		onDisk = append(onDisk, name)
		want, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if got, err := Read(name); err != nil {
			t.Errorf("%s is not embedded: add %s to the //go:embed line of embed.go", p, filepath.ToSlash(filepath.Join(filepath.Dir(p), "*.yaml")))
		} else if !bytes.Equal(got, want) {
			t.Errorf("%s: the embedded bytes differ from the file", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(onDisk)
	if got := Names(); !slices.Equal(got, onDisk) {
		t.Errorf("Names() = %v, want the files on disk %v", got, onDisk)
	}
	if len(onDisk) < 3 {
		t.Errorf("%d examples, want at least 3", len(onDisk))
	}
}
