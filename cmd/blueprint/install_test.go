package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestInstallAsDocumented runs the CI recipe's install step as GitHub
// Actions would, on this repository's last commit instead of GitHub's:
// it clones, builds and installs the command, which then answers
// --version. It is how the docs tell a team to install, so it must work
// on a fresh clone with nothing but Go and git.
func TestInstallAsDocumented(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command from a clone")
	}
	for _, tool := range []string{"git", "bash"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("needs %s", tool)
		}
	}
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if err := exec.Command("git", "-C", repo, "rev-parse", "HEAD").Run(); err != nil {
		t.Skip("not in a git checkout")
	}
	data, err := os.ReadFile(filepath.Join(repo, "docs/workflows/blueprint.yml"))
	if err != nil {
		t.Fatal(err)
	}
	run, err := workflowStep(data, "Install blueprint")
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "bin")
	cmd := exec.Command("bash", "-e", "-o", "pipefail", "-c", run)
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), "BLUEPRINT_REPO="+repo, "BLUEPRINT_REF=HEAD", "RUNNER_TEMP="+tmp,
		"GOBIN="+bin, "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "GOFLAGS=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the install step fails: %v\n%s", err, out)
	}
	if !strings.HasPrefix(string(out), "blueprint ") {
		t.Errorf("the installed command says %q to --version, want blueprint VERSION", out)
	}
	if _, err := os.Stat(filepath.Join(bin, "blueprint")); err != nil {
		t.Errorf("the command is not where go install puts it: %v", err)
	}
}
