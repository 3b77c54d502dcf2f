// Package golden compares test output with golden files: a difference
// fails the test with a unified diff, and the files are rewritten when a
// test binary is run with its -update flag.
package golden

import (
	"bytes"
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/diff"
)

// Check compares got with the file at path. With update it rewrites the
// file instead; review the rewrite with git diff.
func Check(t testing.TB, update bool, path string, got []byte) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it; review with git diff):\n%s", path, diff.Diff(path, want, "got", got))
	}
}
