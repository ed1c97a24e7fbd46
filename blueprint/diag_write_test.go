package blueprint

import "testing"

// TestGitHubAnnotation checks the workflow command of an annotation: the
// title only when given, and what GitHub would read as the end of a
// property or of the line escaped.
func TestGitHubAnnotation(t *testing.T) {
	for _, tt := range []struct {
		s              Severity
		pos            Pos
		title, message string
		want           string
	}{
		{Error, Pos{File: "a.yaml", Line: 3, Col: 5}, "", "bad", "::error file=a.yaml,line=3,col=5::bad\n"},
		{Notice, Pos{File: "dir,1/a:b.yaml", Line: 1, Col: 2}, "fail-no-recovery", "100% sure,\nreally: yes\r",
			"::notice file=dir%2C1/a%3Ab.yaml,line=1,col=2,title=fail-no-recovery::100%25 sure,%0Areally: yes%0D\n"},
		{Warning, Pos{File: "a.yaml", Line: 1, Col: 1}, "a:b,c", "m", "::warning file=a.yaml,line=1,col=1,title=a%3Ab%2Cc::m\n"},
	} {
		if got := GitHubAnnotation(tt.s, tt.pos, tt.title, tt.message); got != tt.want {
			t.Errorf("GitHubAnnotation(%v, %v, %q, %q)\n= %q\nwant %q", tt.s, tt.pos, tt.title, tt.message, got, tt.want)
		}
	}
}
