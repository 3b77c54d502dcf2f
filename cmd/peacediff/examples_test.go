package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/shlex"
	"github.com/spf13/cobra"
)

// notRunByHand are the commands a person does not type, and why they have
// no example of their own.
var notRunByHand = map[string]string{
	"peacediff git-diff":   "git runs it as an external diff; its help shows the git configuration",
	"peacediff completion": "cobra's, with examples in its long help",
	"peacediff help":       "cobra's",
}

// TestHelpExamples runs every line of every command's Example, as a user
// would paste it, in a folder holding the files the examples name: each
// must succeed (exit 1 only with --exit-code or --check). Every command a
// person types must have an example.
func TestHelpExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("runs each example as its own process")
	}
	template := exampleFolder(t)
	root := newRootCmd(&IOStreams{})
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			walk(sub)
		}
		path := c.CommandPath()
		if !c.IsAvailableCommand() && c != root || c == root {
			return
		}
		if strings.HasPrefix(path, "peacediff completion") || notRunByHand[path] != "" {
			return
		}
		if strings.TrimSpace(c.Example) == "" {
			t.Errorf("%s: no example in its help", path)
			return
		}
		t.Run(strings.ReplaceAll(path, " ", "_"), func(t *testing.T) {
			dir := t.TempDir()
			if err := os.CopyFS(dir, os.DirFS(template)); err != nil {
				t.Fatal(err)
			}
			for _, line := range strings.Split(strings.TrimSpace(c.Example), "\n") {
				runExample(t, dir, strings.TrimSpace(line))
			}
		})
	}
	walk(root)
}

// runExample runs one example line in dir. A pipe into peacediff gets a
// text on its standard input instead of the command before the pipe;
// globs are expanded; site serve is stopped once it serves.
func runExample(t *testing.T, dir, line string) {
	t.Helper()
	var stdin []byte
	if before, after, ok := strings.Cut(line, "|"); ok {
		if !strings.Contains(before, "curl") {
			t.Fatalf("%s: a pipe from %q, which the test cannot stand in for", line, before)
		}
		data, err := os.ReadFile(filepath.Join(dir, "leak.txt"))
		if err != nil {
			t.Fatal(err)
		}
		stdin, line = data, strings.TrimSpace(after)
	}
	words, err := shlex.Split(line)
	if err != nil || len(words) == 0 || words[0] != "peacediff" {
		t.Fatalf("%q: not a peacediff command line (%v)", line, err)
	}
	var args []string
	for _, w := range words[1:] {
		if strings.ContainsAny(w, "*?[") {
			matches, _ := filepath.Glob(filepath.Join(dir, w))
			if len(matches) == 0 {
				t.Fatalf("%s: %s matches no file", line, w)
			}
			for _, m := range matches {
				rel, _ := filepath.Rel(dir, m)
				args = append(args, rel)
			}
			continue
		}
		args = append(args, w)
	}
	serve := slices.Contains(args, "serve")
	if serve {
		if i := slices.Index(args, "--addr"); i >= 0 {
			args[i+1] = "127.0.0.1:0" // the example's port may be taken here
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], args...)
	cmd.Env = append(os.Environ(), "PEACEDIFF_AS_MAIN=1")
	cmd.Dir = dir
	cmd.Stdin = bytes.NewReader(stdin)
	if serve {
		// The server writes its stderr from exec's copying goroutine
		// while this one waits for the line saying it serves.
		var stderr lockedBuffer
		cmd.Stdout, cmd.Stderr = io.Discard, &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		for deadline := time.Now().Add(time.Minute); !strings.Contains(stderr.String(), "serving http://"); time.Sleep(50 * time.Millisecond) {
			if time.Now().After(deadline) {
				cmd.Process.Kill()
				t.Fatalf("%s: never served:\n%s", line, stderr.String())
			}
		}
		cmd.Process.Kill()
		cmd.Wait()
		return
	}
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	err = cmd.Run()
	code := cmd.ProcessState.ExitCode()
	differs := code == 1 && (slices.Contains(args, "--exit-code") || slices.Contains(args, "--check"))
	if err != nil && !differs {
		t.Errorf("%s: exit %d\n%s", line, code, stderr.String())
	}
}

// exampleFolder makes the files the examples name: a corpus folder, a
// leaked text and a mark-up, a draft, and files of one's own.
func exampleFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, from := range map[string]string{
		"leak.txt":       "../../importer/testdata/eval/us-28-point.txt",
		"e3-markup.html": "../../importer/testdata/eval/e3-markup.html",
	} {
		data, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(args ...string) {
		cmd := runSelf(args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("peacediff %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	run("corpus", "export", "proposals")
	run("import", "leak.txt", "--id", "imported", "-o", "imported.yaml")
	for _, id := range []string{"my-draft", "my-proposal"} {
		run("new", id, "--from", "us-28-point-2025-11", "--date", "2026-01-05", "--title", "A text of one's own", "--short", "Mine", "-o", id+".yaml")
		name := filepath.Join(dir, id+".yaml")
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		data = bytes.Replace(data, []byte("summary: 'TODO: one or two sentences, in our own words, on what the new text does'"), []byte("summary: The US draft with changes of our own."), 1)
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// lockedBuffer is a bytes.Buffer safe to write from one goroutine while
// another reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
