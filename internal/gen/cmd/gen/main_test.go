package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/internal/gen"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	if code := run([]string{"-points", "40", "-seed", "3", "-o", dir}, &out, &errOut); code != 0 {
		t.Fatalf("run = %d, stderr %q", code, errOut.String())
	}
	base, rev := gen.Pair(gen.Options{Points: 40, Seed: 3})
	for name, want := range map[string][]byte{"synth-40-base.yaml": base, "synth-40-revision.yaml": rev} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from gen.Pair", name)
		}
	}
	if n := strings.Count(out.String(), "\n"); n != 2 {
		t.Errorf("stdout lists %d paths, want 2:\n%s", n, out.String())
	}

	out.Reset()
	if code := run([]string{"-many", "3", "-points", "10", "-o", dir}, &out, &errOut); code != 0 {
		t.Fatalf("run -many = %d, stderr %q", code, errOut.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "synth-10-v003.yaml")); err != nil {
		t.Error(err)
	}
	if code := run([]string{"-points", "10"}, &out, &errOut); code != 2 {
		t.Errorf("run without -o = %d, want 2", code)
	}
}
