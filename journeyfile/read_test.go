package journeyfile

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
)

// Read stops one byte past the limit, so that Load can refuse the file.
func TestReadLimit(t *testing.T) {
	data, err := Read(bytes.NewReader(make([]byte, blueprint.MaxSize+100)))
	if err != nil || len(data) != blueprint.MaxSize+1 {
		t.Errorf("read %d bytes (%v), want %d", len(data), err, blueprint.MaxSize+1)
	}
}

func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	for path, want := range map[string]string{
		dir:                             "cannot read " + dir + ": it is a directory; name the journey files in it",
		filepath.Join(dir, "nope.yaml"): "cannot read " + filepath.Join(dir, "nope.yaml") + ": no such file or directory",
	} {
		if _, err := ReadFile(path); err == nil || err.Error() != want {
			t.Errorf("ReadFile(%s): %v, want %s", path, err, want)
		}
	}
	p := filepath.Join(dir, "j.yaml")
	if err := os.WriteFile(p, []byte("version: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if data, err := ReadFile(p); err != nil || string(data) != "version: 1\n" {
		t.Errorf("ReadFile(%s) = %q, %v", p, data, err)
	}
}
