package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fakeGit puts a git on PATH that holds one huge file: it answers what
// the object is (a blob of a gigabyte) and, asked for the content, writes
// without end.
func fakeGit(t *testing.T) {
	t.Helper()
	bin := t.TempDir()
	script := `#!/bin/sh
case "$*" in
*batch-check*) while read name; do echo "0123456789abcdef0123456789abcdef01234567 blob 1073741824"; done ;;
*) yes 'padding: 0123456789' ;;
esac
`
	if err := os.WriteFile(filepath.Join(bin, "git"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
}

// TestRevisionSizeFirst: REV:path of a blob larger than --max-size fails
// at once, from git's size of the object, without reading it.
func TestRevisionSizeFirst(t *testing.T) {
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("no /bin/sh for the fake git")
	}
	fakeGit(t)
	t.Chdir(t.TempDir())
	done := make(chan string, 1)
	go func() {
		ios, _, stderr := Test("")
		run([]string{"show", "HEAD:huge.yaml"}, ios)
		done <- stderr.String()
	}()
	select {
	case msg := <-done:
		if !strings.Contains(msg, "HEAD:huge.yaml: file larger than the limit of 10485760 bytes") {
			t.Errorf("stderr = %q, want the limit", msg)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("still reading the blob after 20 s")
	}
}
