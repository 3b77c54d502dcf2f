package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// evil is what a hostile file or path holds: a title setter, a cursor move
// with an erase, a device status query (the terminal types its reply into
// the shell), a C1 control and a bidirectional override.
const evil = "\x1b]0;pwned\a\x1b[1A\x1b[2K\x1b[6n\u009b6n\u202e"

// evilShown is how evil must be printed.
const evilShown = `\x1b]0;pwned\x07\x1b[1A\x1b[2K\x1b[6n\u009b6n\u202e`

// evilYAML is evil as a YAML double-quoted string.
const evilYAML = `"\e]0;pwned\a\e[1A\e[2K\e[6n\x9b6n\u202e"`

// colours are the escape sequences of the text renderer's colours.
var colours = regexp.MustCompile(`\x1b\[(?:0|1|2|32|31;9)m`)

// rawControl reports the first control character (or bidi override) in s
// that a terminal would obey.
func rawControl(s string) (rune, bool) {
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
		case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f, r == '\u202e', r == '\u2066':
			return r, true
		}
	}
	return 0, false
}

// TestTerminalSafe runs commands on files, paths and git revisions that
// hold escape sequences: nothing reaches the terminal raw, and what was
// there is shown.
func TestTerminalSafe(t *testing.T) {
	evilTitle := strings.Replace(validDoc, "title: Test", "title: "+evilYAML, 1)
	evilText := strings.Replace(validDoc, "text: Forces are capped.", "text: "+evilYAML, 1)
	evilShort := strings.Replace(strings.Replace(validDoc, "short: T", "short: "+evilYAML, 1), "id: hostile", "id: evil", 1)
	tests := []struct {
		name  string
		files map[string]string // written before the run; a name may hold evil
		git   bool              // the folder is a git repository with the files committed
		tty   bool              // standard output is a terminal
		args  []string
		want  string // what the output must show
	}{
		{"error naming a file", map[string]string{"a" + evil + ".yaml": "id: [x"}, false, false,
			[]string{"validate", "a" + evil + ".yaml"}, "a" + evilShown + ".yaml:1"},
		{"error from the file system", nil, false, false,
			[]string{"validate", "missing" + evil + ".yaml"}, "missing" + evilShown + ".yaml"},
		{"fmt --check lists the file", map[string]string{"b" + evil + ".yaml": "id:   x\n"}, false, false,
			[]string{"fmt", "--check", "b" + evil + ".yaml"}, "b" + evilShown + ".yaml"},
		{"fmt names the file it formats", map[string]string{"c" + evil + ".yaml": "id:   x\n"}, false, false,
			[]string{"fmt", "c" + evil + ".yaml"}, "formatted c" + evilShown + ".yaml"},
		{"completion candidates", map[string]string{"corpus/evil.yaml": evilShort}, false, false,
			[]string{"--corpus", "corpus", "__complete", "compare", ""}, "evil\t" + evilShown},
		{"git-diff path", map[string]string{"new.yaml": validDoc}, false, false,
			[]string{"git-diff", "d" + evil + ".yaml", "/dev/null", "0", "0", "new.yaml", "0", "100644"}, "peacediff d" + evilShown + ".yaml"},
		{"git-diff title of a new proposal", map[string]string{"new.yaml": evilTitle}, false, false,
			[]string{"git-diff", "hostile.yaml", "/dev/null", "0", "0", "new.yaml", "0", "100644"}, "new proposal hostile: " + evilShown},
		{"git-diff comparison, read through git's pager", map[string]string{"old.yaml": validDoc, "new.yaml": evilText}, false, false,
			[]string{"git-diff", "hostile.yaml", "old.yaml", "0", "0", "new.yaml", "0", "100644"}, `\x1b]0;pwned\x07`},
		{"git's message on a path", map[string]string{"x.yaml": validDoc}, true, false,
			[]string{"compare", "HEAD:e" + evil + ".yaml", "x.yaml"}, "e" + evilShown + ".yaml"},
		{"markdown on a terminal", map[string]string{"hostile.yaml": evilText}, false, true,
			[]string{"show", "hostile.yaml", "--format", "markdown"}, `pwned\x07\x1b`},
		{"text without colour on a terminal", map[string]string{"hostile.yaml": evilText}, false, true,
			[]string{"show", "hostile.yaml", "--color", "never"}, `\x1b]0;pwned\x07`},
		{"JSON on a terminal", map[string]string{"hostile.yaml": evilTitle}, false, true,
			[]string{"show", "hostile.yaml", "--format", "json"}, `\u001b]0;pwned\u0007`},
		{"text with colour on a terminal", map[string]string{"hostile.yaml": evilText}, false, true,
			[]string{"show", "hostile.yaml", "--color", "always"}, `\x1b]0;pwned\x07`},
		{"a comparison in colour", map[string]string{"hostile.yaml": validDoc, "other.yaml": strings.Replace(evilText, "id: hostile", "id: other", 1)}, false, true,
			[]string{"compare", "hostile.yaml", "other.yaml", "--color", "always"}, `\x1b]0;pwned\x07`},
		{"list on a terminal with colour on", map[string]string{"corpus/evil.yaml": strings.Replace(evilTitle, "id: hostile", "id: evil", 1)}, false, true,
			[]string{"--corpus", "corpus", "--no-builtin", "list", "--color", "always"}, `\x1b]0;pwned\x07`},
		{"the to-dos of a draft", map[string]string{"d.yaml": strings.Replace(validDoc, "summary: A test.", "summary: "+evilYAML[:1]+"TODO: "+evilYAML[1:], 1)}, false, false,
			[]string{"validate", "--draft", "d.yaml"}, `to-do: \x1b]0;pwned\x07`},
		{"a file of --corpus that replaces a built-in text", map[string]string{"c" + evil + "/us-ukraine-jeddah-2025-03.yaml": strings.Replace(validDoc, "id: hostile", "id: us-ukraine-jeddah-2025-03", 1)}, false, false,
			[]string{"--corpus", "c" + evil, "validate"}, "c" + evilShown + ": replaces"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, data := range tc.files {
				p := filepath.Join(dir, filepath.FromSlash(name))
				os.MkdirAll(filepath.Dir(p), 0o755)
				if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if tc.git {
				if _, err := exec.LookPath("git"); err != nil {
					t.Skip("git is not installed")
				}
				for _, args := range [][]string{{"init", "-q"}, {"add", "."}, {"-c", "user.email=e@example.org", "-c", "user.name=E", "commit", "-q", "-m", "x"}} {
					cmd := exec.Command("git", args...)
					cmd.Dir = dir
					if out, err := cmd.CombinedOutput(); err != nil {
						t.Fatalf("git %v: %v\n%s", args, err, out)
					}
				}
			}
			t.Chdir(dir)
			ios, stdout, stderr := Test("")
			ios.IsTTY = tc.tty
			run(tc.args, ios)
			// The colours of the renderer are the only escape sequences.
			all := colours.ReplaceAllString(stdout.String()+stderr.String(), "")
			if r, ok := rawControl(all); ok {
				t.Errorf("%U reaches the terminal raw:\n%q", r, all)
			}
			if !strings.Contains(all, tc.want) {
				t.Errorf("output does not show %q:\n%s", tc.want, all)
			}
		})
	}
}
