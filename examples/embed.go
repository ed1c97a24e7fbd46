package examples

import (
	"embed"
	"io/fs"
	"path"
	"slices"
	"strings"
)

//go:embed *.yaml fi/*.yaml
var files embed.FS

// Names returns the names of the examples, sorted: the path without .yaml,
// "ikea-bus" or "fi/ikea-bus" (so "ikea-bus" comes before "ikea-bus-to-be").
func Names() []string {
	var names []string
	fs.WalkDir(files, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && path.Ext(p) == ".yaml" {
			names = append(names, strings.TrimSuffix(p, ".yaml"))
		}
		return err
	})
	slices.Sort(names)
	return names
}

// Read returns the journey of the example named name, as Names names it.
func Read(name string) ([]byte, error) {
	return files.ReadFile(name + ".yaml")
}
