package main

import (
	"fmt"
	"strings"

	"github.com/blueprint-tool/blueprint/blueprint"
)

// along returns l with its journey as lived on the path named by --path
// (section 9 of the format), or l as it is when id is "" or the journey did
// not load. A journey that declares no paths, or no path id, cannot be
// taken along it: that is a mistake of the command line, which l then
// carries instead of its journey, saying what to write.
func along(l loaded, id string) loaded {
	if id == "" || l.journey == nil {
		return l
	}
	j := l.journey
	if a := j.Along(id); a != nil {
		l.journey = a
		return l
	}
	var ids []string
	for _, p := range j.Paths {
		ids = append(ids, p.ID)
	}
	if len(ids) == 0 {
		l.err = fmt.Errorf("%s: --path %s: the journey declares no paths: leave out --path, or declare them under paths:", j.File, id)
	} else {
		hint := ""
		if c := blueprint.Closest(id, ids); c != "" {
			hint = fmt.Sprintf("; did you mean %q?", c)
		}
		l.err = fmt.Errorf("%s: --path %s: the journey has no path %q%s (its paths: %s)", j.File, id, id, hint, strings.Join(ids, ", "))
	}
	l.journey = nil
	return l
}
