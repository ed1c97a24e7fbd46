package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/blueprint-tool/blueprint/journeyfile"
)

// writeFileAtomic replaces the file at path with data, mode 0644, so that
// a reader sees either the old content or the new one, never a part: data
// goes to a temporary file in the same directory, which is then renamed
// over path. On failure the temporary file is removed, path is left as it
// was, and the error reads "cannot write PATH: reason".
func writeFileAtomic(path string, data []byte) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, journeyfile.WithoutPath(err))
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close() // already closed on most paths; the error is not news
			os.Remove(tmp)
			err = fmt.Errorf("cannot write %s: %w", path, unwrapLink(err))
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		if info, serr := os.Stat(path); serr == nil && info.IsDir() {
			return errors.New("it is a directory") // rather than Go's "file exists"
		}
		return err
	}
	return nil
}

// unwrapLink drops the paths from an *os.LinkError (a failed rename names
// the temporary file, which the message need not show) or an
// *os.PathError.
func unwrapLink(err error) error {
	if le, ok := err.(*os.LinkError); ok {
		return le.Err
	}
	return journeyfile.WithoutPath(err)
}
