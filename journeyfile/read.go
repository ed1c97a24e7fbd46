package journeyfile

import (
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/blueprint-tool/blueprint/blueprint"
)

// Read returns what r holds, reading at most one byte more than
// blueprint.MaxSize, so that blueprint.Load can refuse a larger journey
// without a huge one being read into memory.
func Read(r io.Reader) ([]byte, error) {
	return io.ReadAll(io.LimitReader(r, blueprint.MaxSize+1))
}

// ReadFile returns the content of the journey file at path, as Read
// does. Its errors read "cannot read PATH: reason"; a directory is refused
// with what to name instead.
func ReadFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, WithoutPath(err))
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return nil, fmt.Errorf("cannot read %s: it is a directory; name the journey files in it", path)
	}
	data, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, WithoutPath(err))
	}
	return data, nil
}

// WithoutPath drops the path from an *fs.PathError, for a message that
// already names the file: "cannot read x.yaml: permission denied". Any
// other error is returned as it is.
func WithoutPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
