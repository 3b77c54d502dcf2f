package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// TestSameOutputAnyProcs runs the real binary under GOMAXPROCS=1 and 2,
// twice each: every format and the whole site come out byte for byte the
// same.
func TestSameOutputAnyProcs(t *testing.T) {
	commands := [][]string{
		{"compare", "us-28-point-2025-11", "e3-counterproposal-2025-11", "ukraine-us-20-point-2025-12", "--format", "json"},
		{"compare", "us-28-point-2025-11", "e3-counterproposal-2025-11", "--format", "html"},
		{"compare", "us-28-point-2025-11", "e3-counterproposal-2025-11", "--format", "markdown"},
		{"compare", "us-28-point-2025-11", "e3-counterproposal-2025-11", "--format", "text", "--all"},
		{"history", "ukraine-us-20-point-2025-12", "--format", "json"},
		{"list", "--format", "json"},
	}
	var first map[string]string
	for _, procs := range []string{"1", "2", "1", "2"} {
		got := map[string]string{}
		for _, args := range commands {
			cmd := runSelf(args...)
			cmd.Env = append(cmd.Env, "GOMAXPROCS="+procs)
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("GOMAXPROCS=%s %v: %v", procs, args, err)
			}
			got[fmt.Sprint(args)] = fmt.Sprintf("%x", sha256.Sum256(out))
		}
		dir := filepath.Join(t.TempDir(), "site")
		cmd := runSelf("site", "build", "-o", dir)
		cmd.Env = append(cmd.Env, "GOMAXPROCS="+procs)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("site build: %v\n%s", err, out)
		}
		got["site"] = treeHash(t, dir)
		if first == nil {
			first = got
			continue
		}
		for k, v := range got {
			if first[k] != v {
				t.Errorf("GOMAXPROCS=%s: %s gives other bytes", procs, k)
			}
		}
	}
}

// treeHash hashes every file of a folder with its path.
func treeHash(t *testing.T, dir string) string {
	t.Helper()
	var paths []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			paths = append(paths, p)
		}
		return nil
	})
	sort.Strings(paths)
	h := sha256.New()
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, p)
		h.Write([]byte(rel))
		h.Write(data)
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}
