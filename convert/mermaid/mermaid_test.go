package mermaid

import (
	"strings"
	"testing"

	"github.com/blueprint-tool/blueprint/blueprint"
	"github.com/blueprint-tool/blueprint/convert"
)

// imported reads src as file and makes the journey of it: its YAML, and
// every diagnostic as FILE:LINE:COL: SEVERITY: MESSAGE.
func imported(file, src string) (string, []string) {
	out, diags := convert.Import(file, []byte(src), Read)
	var ds []string
	for _, d := range diags {
		ds = append(ds, d.String())
	}
	return string(out), ds
}

// noValue is the model's warning about the value moment, which every
// diagram gets: Mermaid has no value moment.
const noValue = "warning: no step has value: true"

func TestRead(t *testing.T) {
	for _, tc := range []struct {
		name, file, src string
		yaml            []string // lines the journey holds
		diags           []string // the start of each diagnostic, in order
	}{
		{name: "minimal", file: "a.mmd", src: "journey\ntitle My day\nsection Go to work\nMake tea: 5: Me, Cat\n",
			yaml:  []string{"title: My day", "  - id: go-to-work\n    title: Go to work", "  - id: make-tea\n    phase: go-to-work\n    title: Make tea\n    customer: Make tea (Me, Cat)\n    emotion: 2"},
			diags: []string{"a.mmd:4:1: " + noValue}},
		{name: "keywords in any case, indentation free", file: "a.mmd", src: "journey\n\tTITLE  My day \n   Section S\n        A: 1\n",
			yaml:  []string{"title: My day", "title: S", "emotion: -2"},
			diags: []string{"a.mmd:4:9: " + noValue}},
		{name: "comments", file: "a.mmd", src: "%% before\njourney\n%% a comment\ntitle T %% not the title\nA: 3: Me %% happy\n  %%{init: {}}%%\nB: 4: Me # a comment too\n",
			yaml:  []string{"title: T\n", "customer: A (Me)\n    emotion: 0", "customer: B (Me)\n    emotion: 1"},
			diags: []string{"a.mmd:5:1: " + noValue}},
		{name: "a directive over lines before journey", file: "a.mmd", src: "%%{\n init: {\"theme\": \"dark\"}\n}%%\njourney\nA: 5\n",
			yaml: []string{"title: A\n", "customer: A\n"},
			diags: []string{"a.mmd:4:1: warning: the diagram has no title: the journey is titled \"A\"",
				"a.mmd:5:1: " + noValue}},
		{name: "front matter title", file: "a.mmd", src: "---\ntitle: From the front matter\nconfig:\n  theme: dark\n---\njourney\nA: 5\n",
			yaml: []string{"title: From the front matter\n"}, diags: []string{"a.mmd:7:1: " + noValue}},
		{name: "the title statement wins over the front matter", file: "a.mmd", src: "---\ntitle: Front\n---\njourney\ntitle Statement\nA: 5\n",
			yaml: []string{"title: Statement\n"}, diags: []string{"a.mmd:6:1: " + noValue}},
		{name: "accTitle and accDescr", file: "a.mmd", src: "journey\naccTitle: Accessible title\naccDescr: What it shows; all of it # kept\nA: 5\n",
			yaml: []string{"title: Accessible title\n", "description: 'What it shows; all of it # kept'\n"}, diags: []string{"a.mmd:4:1: " + noValue}},
		{name: "multi-line accDescr", file: "a.mmd", src: "journey\ntitle T\naccDescr {\n  A user journey for\n     family shopping\n}\nA: 5\n",
			yaml: []string{"description: |-\n  A user journey for\n  family shopping\n"}, diags: []string{"a.mmd:7:1: " + noValue}},
		{name: "a statement on the journey line", file: "a.mmd", src: "journey title On one line\nA: 5\n",
			yaml: []string{"title: On one line\n"}, diags: []string{"a.mmd:2:1: " + noValue}},
		{name: "tasks without actors", file: "a.mmd", src: "journey\ntitle T\nA: 5\nB: 4:\nC: 3: ,\n",
			yaml: []string{"customer: A\n", "customer: B\n", "customer: C\n"}, diags: []string{"a.mmd:3:1: " + noValue}},
		{name: "ids unique and folded", file: "a.mmd", src: "journey\ntitle T\nMake tea: 5\nMake tea: 5\nmake-tea: 5\nKäyn poliisilla: 3\nStraße & Ærø: 3\n喝茶: 3\n",
			yaml:  []string{"id: make-tea\n", "id: make-tea-2\n", "id: make-tea-3\n", "id: kayn-poliisilla\n", "id: strasse-aero\n", "id: step-6\n", "title: 喝茶\n"},
			diags: []string{"a.mmd:3:1: " + noValue}},
		{name: "tasks before the first section", file: "a.mmd", src: "journey\ntitle T\nWake up: 2\nsection Start\nA: 5\nsection Empty\nsection Home\nB: 4\n",
			yaml: []string{"phases:\n  - id: start\n    title: Start\n  - id: start-2\n    title: Start\n  - id: home\n", "id: wake-up\n    phase: start\n", "id: a\n    phase: start-2\n"},
			diags: []string{"a.mmd:3:1: warning: the tasks before the first section are put in a phase \"Start\"", "a.mmd:3:1: " + noValue,
				"a.mmd:6:9: warning: section \"Empty\" has no tasks: it is left out"}},
		{name: "a repeated section is a phase again", file: "a.mmd", src: "journey\ntitle T\nsection A\nx: 5\nsection B\ny: 5\nsection A\nz: 5\n",
			yaml: []string{"  - id: a\n    title: A\n  - id: b\n    title: B\n  - id: a-2\n    title: A\n"}, diags: []string{"a.mmd:4:1: " + noValue}},
		{name: "CRLF and a byte order mark", file: "a.mmd", src: "\uFEFFjourney\r\ntitle T\r\nA: 5: Me\r\n",
			yaml: []string{"title: T\n", "customer: A (Me)\n"}, diags: []string{"a.mmd:3:1: " + noValue}},
		{name: "text after a third colon", file: "a.mmd", src: "journey\ntitle T\nA: 5: Me: more\n",
			yaml: []string{"customer: A (Me)\n"}, diags: []string{"a.mmd:3:1: " + noValue, "a.mmd:3:9: warning: the text after the task's third ':' is not read"}},

		{name: "score 6", file: "a.mmd", src: "journey\ntitle T\n  Make tea:  6 : Me\n",
			diags: []string{"a.mmd:3:14: error: score 6 of task \"Make tea\" is outside 1..5"}},
		{name: "score 0", file: "a.mmd", src: "journey\nA: 0\n", diags: []string{"a.mmd:2:4: error: score 0 of task \"A\" is outside 1..5"}},
		{name: "score not whole", file: "a.mmd", src: "journey\nA: 4.5\n", diags: []string{"a.mmd:2:4: error: score 4.5 of task \"A\" is not a whole number: write 4 or 5"}},
		{name: "score not a number", file: "a.mmd", src: "journey\nA: high: Me\nB: NaN\n",
			diags: []string{"a.mmd:2:4: error: score \"high\" of task \"A\" is not a number", "a.mmd:3:4: error: score \"NaN\" of task \"B\" is not a number"}},
		{name: "no score", file: "a.mmd", src: "journey\nA\nB:\nTicket #12: 5\n",
			diags: []string{"a.mmd:2:1: error: task \"A\" has no score: write A: 5: Me", "a.mmd:3:3: error: task \"B\" has no score",
				"a.mmd:4:1: error: task \"Ticket\" has no score (a # starts a comment in Mermaid)"}},
		{name: "no name", file: "a.mmd", src: "journey\n  : 5\n", diags: []string{"a.mmd:2:3: error: a task needs a name before ':'"}},
		{name: "a section with a colon", file: "a.mmd", src: "journey\nsection Day: one\nA: 5\n", diags: []string{"a.mmd:2:12: error: a section's name cannot hold ':' in Mermaid: write section Day one"}},
		{name: "bare keywords", file: "a.mmd", src: "journey\ntitle\nsection\nA: 5\n", diags: []string{"a.mmd:2:1: error: title needs its text", "a.mmd:3:1: error: section needs a name"}},
		{name: "a semicolon", file: "a.mmd", src: "journey\nA: 5; B: 4\n", diags: []string{"a.mmd:2:5: error: a ';' cannot stand in a journey diagram"}},
		{name: "a flowchart", file: "a.mmd", src: "%% a comment\n  flowchart LR\n  A --> B\n", diags: []string{"a.mmd:2:3: error: this is a flowchart, not a journey"}},
		{name: "an unknown diagram", file: "a.mmd", src: "Journey\nA: 5\n", diags: []string{"a.mmd:1:1: error: this is a diagram starting with \"Journey\", not a journey"}},
		{name: "empty", file: "a.mmd", src: "%% nothing\n\n", diags: []string{"a.mmd: error: the diagram is empty"}},
		{name: "no tasks", file: "a.mmd", src: "journey\ntitle T\nsection S\n", diags: []string{"a.mmd:1:1: error: the journey has no tasks"}},
		{name: "front matter not closed", file: "a.mmd", src: "---\ntitle: T\njourney\nA: 5\n", diags: []string{"a.mmd:1:1: error: the front matter opened here is not closed"}},
		{name: "front matter not YAML", file: "a.mmd", src: "---\ntitle: [T\n---\njourney\nA: 5\n", diags: []string{"a.mmd:1:1: error: the front matter is not YAML"}},
		{name: "directive not closed", file: "a.mmd", src: "journey\n%%{init: {\nA: 5\n", diags: []string{"a.mmd:2:1: error: the directive %%{ opened here is not closed"}},
		{name: "accDescr not closed", file: "a.mmd", src: "journey\n  accDescr {\nA: 5\n", diags: []string{"a.mmd:2:3: error: accDescr { opened here is not closed"}},
		{name: "a control character", file: "a.mmd", src: "journey\nA\x07: 5\n", diags: []string{"a.mmd:2:2: error: a control character (U+0007)"}},
		{name: "invalid UTF-8", file: "a.mmd", src: "journey\nKäy\xffn: 5\n", diags: []string{"a.mmd:2:4: error: the file is not valid UTF-8 text"}},
		{name: "a long line", file: "a.mmd", src: "journey\n" + strings.Repeat("x", MaxLine+1) + ": 5\n", diags: []string{"a.mmd:2:1: error: line 2 is longer than 16 KiB"}},
		{name: "too many tasks", file: "a.mmd", src: "journey\n" + strings.Repeat("A: 5\n", MaxTasks+1),
			diags: []string{"a.mmd:10002:1: error: more than 10000 tasks, the limit for one journey"}},
		{name: "too large", file: "a.mmd", src: "journey\n" + strings.Repeat("x", blueprint.MaxSize),
			diags: []string{"a.mmd: error: the file is larger than 4 MiB"}},

		{name: "markdown: the first block holding a journey", file: "README.md",
			src:   "# Us\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n- item\n\n  ``` Mermaid\n  journey\n    title In a list\n    A: 6\n  ```\n",
			diags: []string{"README.md:13:8: error: score 6 of task \"A\" is outside 1..5"}},
		{name: "markdown: a second journey is not read", file: "README.md",
			src:   "~~~mermaid\njourney\ntitle First\nA: 5\n~~~\n\n````mermaid\njourney\ntitle Second\nB: 5\n````\n",
			yaml:  []string{"title: First\n"},
			diags: []string{"README.md:4:1: " + noValue, "README.md:7:1: warning: a second journey diagram (line 7) is not read"}},
		{name: "markdown: a journey inside another block is not one", file: "README.md",
			src:   "````md\n```mermaid\njourney\nA: 5\n```\n````\n```mermaid\njourney\ntitle Real\nB: 5\n```\n",
			yaml:  []string{"title: Real\n", "id: b\n"},
			diags: []string{"README.md:10:1: " + noValue}},
		{name: "markdown: only a flowchart", file: "README.md", src: "```mermaid\n%%{init: {}}%%\ngraph TD\n```\n",
			diags: []string{"README.md:3:1: error: the mermaid block on line 1 is a flowchart, not a journey"}},
		{name: "markdown: no mermaid block", file: "README.md", src: "# Title\n\n```go\njourney\n```\n",
			diags: []string{"README.md: error: there is no ```mermaid block"}},
		{name: "markdown: a block not closed", file: "README.md", src: "# Title\n\n ```mermaid\njourney\nA: 5\n",
			diags: []string{"README.md:3:2: error: the mermaid block opened on line 3 is not closed: end it with a line of ```"}},
		{name: "markdown: a {.mermaid} fence", file: "notes.markdown", src: "``` {.mermaid}\njourney\ntitle Pandoc\nA: 5\n```\n",
			yaml: []string{"title: Pandoc\n"}, diags: []string{"notes.markdown:4:1: " + noValue}},
		{name: "standard input holding Markdown", file: "<stdin>", src: "text\n```mermaid\njourney\ntitle T\nA: 5\n```\n",
			yaml: []string{"title: T\n"}, diags: []string{"<stdin>:5:1: " + noValue}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, diags := imported(tc.file, tc.src)
			for _, want := range tc.yaml {
				if !strings.Contains(out, want) {
					t.Errorf("the journey lacks %q:\n%s", want, out)
				}
			}
			if len(diags) != len(tc.diags) {
				t.Fatalf("got %d diagnostics, want %d:\n%s", len(diags), len(tc.diags), strings.Join(diags, "\n"))
			}
			for i, want := range tc.diags {
				if !strings.HasPrefix(diags[i], want) {
					t.Errorf("diagnostic %d is\n  %s\nwant it to start\n  %s", i, diags[i], want)
				}
			}
			if tc.yaml == nil && out != "" {
				t.Errorf("a journey was written despite errors:\n%s", out)
			}
		})
	}
}

func TestSlug(t *testing.T) {
	for name, want := range map[string]string{
		"Käyn poliisilla": "kayn-poliisilla", "  Make   tea! ": "make-tea", "Crème brûlée": "creme-brulee",
		"Łódź": "lodz", "123": "123", "—": "", strings.Repeat("word ", 20): "word-word-word-word-word-word-word-word-word",
	} {
		if got := slug(name); got != want {
			t.Errorf("slug(%q) = %q, want %q", name, got, want)
		}
	}
}
