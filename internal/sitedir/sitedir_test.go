package sitedir

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

const marker = ".site-marker"

type page struct {
	Path string
	Data []byte
}

// site returns a site of n pages and the marker.
func site(n int, version string) []page {
	files := []page{{marker, []byte("a site\n")}}
	for i := range n {
		files = append(files, page{fmt.Sprintf("p/%03d/index.html", i), []byte(version)})
	}
	return files
}

// tree lists the files under dir with their content.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			data, _ := os.ReadFile(p)
			out[filepath.ToSlash(rel)] = string(data)
		}
		return nil
	})
	return out
}

// wantSite checks that dir holds exactly the pages of files (the marker
// aside, whose content sitedir extends).
func wantSite(t *testing.T, dir string, files []page) {
	t.Helper()
	got := tree(t, dir)
	if _, ok := got[marker]; !ok {
		t.Fatalf("%s has no marker; %d files", dir, len(got))
	}
	for _, f := range files {
		if f.Path == marker {
			continue
		}
		if got[f.Path] != string(f.Data) {
			t.Fatalf("%s: %q, want %q (%d files of %d)", f.Path, got[f.Path], f.Data, len(got), len(files))
		}
	}
	if len(got) != len(files) {
		t.Fatalf("%d files, want %d", len(got), len(files))
	}
}

// TestReplaceConcurrent runs two builds into one folder at once, again
// and again: the folder always ends up a whole site, and a build that
// does not win says that another one is running.
func TestReplaceConcurrent(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	if err := Replace(dir, marker, site(100, "first")); err != nil {
		t.Fatal(err)
	}
	for i := range 10 {
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for j := range 2 {
			wg.Go(func() { errs[j] = Replace(dir, marker, site(100, "second")) })
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil && !strings.Contains(err.Error(), "another build") {
				t.Fatalf("run %d: %v", i, err)
			}
		}
		if errs[0] != nil && errs[1] != nil {
			t.Fatalf("run %d: both builds failed: %v; %v", i, errs[0], errs[1])
		}
		wantSite(t, dir, site(100, "second"))
		left, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), ".public.*"))
		if len(left) != 0 {
			t.Fatalf("run %d: left beside the folder: %v", i, left)
		}
	}
}

// TestReplaceOtherFiles: files in a built site that the build did not make
// (a .git, a CNAME) are never removed: the build refuses and names them.
func TestReplaceOtherFiles(t *testing.T) {
	tests := []struct {
		name  string
		add   map[string]string // files added to a built site
		names []string          // the names the refusal must list
	}{
		{"nothing added", nil, nil},
		{"CNAME", map[string]string{"CNAME": "example.org\n"}, []string{"CNAME"}},
		{"git", map[string]string{".git/HEAD": "ref: refs/heads/gh-pages\n", ".git/config": ""}, []string{".git"}},
		{"a page of one's own", map[string]string{"p/000/notes.html": "mine"}, []string{"p/000/notes.html"}},
		{"an empty folder", map[string]string{"drafts/": ""}, []string{"drafts"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "public")
			if err := Replace(dir, marker, site(3, "first")); err != nil {
				t.Fatal(err)
			}
			for name, data := range tc.add {
				p := filepath.Join(dir, filepath.FromSlash(name))
				if strings.HasSuffix(name, "/") {
					os.MkdirAll(p, 0o755)
					continue
				}
				os.MkdirAll(filepath.Dir(p), 0o755)
				os.WriteFile(p, []byte(data), 0o644)
			}
			before := tree(t, dir)
			err := Replace(dir, marker, site(3, "second"))
			if tc.names == nil {
				if err != nil {
					t.Fatal(err)
				}
				wantSite(t, dir, site(3, "second"))
				return
			}
			if err == nil {
				t.Fatalf("Replace removed %v", tc.names)
			}
			for _, n := range tc.names {
				if !strings.Contains(err.Error(), n) {
					t.Errorf("the message does not name %s: %v", n, err)
				}
			}
			if after := tree(t, dir); !mapsEqual(before, after) {
				t.Errorf("the folder changed")
			}
			if err := Check(dir, marker); err == nil || !strings.Contains(err.Error(), tc.names[0]) {
				t.Errorf("Check = %v, want the same refusal", err)
			}
		})
	}
}

func mapsEqual(a, b map[string]string) bool {
	ka, kb := make([]string, 0, len(a)), make([]string, 0, len(b))
	for k := range a {
		ka = append(ka, k)
	}
	for k := range b {
		kb = append(kb, k)
	}
	slices.Sort(ka)
	slices.Sort(kb)
	if !slices.Equal(ka, kb) {
		return false
	}
	for k := range a {
		if a[k] != b[k] {
			return false
		}
	}
	return true
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(dir string)
		wantErr string
	}{
		{"missing", func(string) {}, ""},
		{"empty", func(d string) { os.Mkdir(d, 0o755) }, ""},
		{"a file", func(d string) { os.WriteFile(d, nil, 0o644) }, "is a file, not a folder"},
		{"not ours", func(d string) { os.Mkdir(d, 0o755); os.WriteFile(filepath.Join(d, "x"), nil, 0o644) }, "holds no " + marker},
		{"ours, from before the list of files", func(d string) {
			os.Mkdir(d, 0o755)
			os.WriteFile(filepath.Join(d, marker), []byte("a site\n"), 0o644)
			os.WriteFile(filepath.Join(d, "index.html"), nil, 0o644)
		}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "public")
			tc.setup(dir)
			err := Check(dir, marker)
			if tc.wantErr == "" && err != nil || tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
				t.Errorf("Check = %v, want %q", err, tc.wantErr)
			}
		})
	}
}

// TestReplaceLocked: while another build holds the folder, a build fails
// at once with a message, and the other build's temporary folder stays.
func TestReplaceLocked(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "public")
	l, err := lock(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer l.unlock()
	// The other build's folder, as it is while that build writes it.
	other := filepath.Join(parent, ".public.building-123")
	os.Mkdir(other, 0o755)
	os.WriteFile(filepath.Join(other, marker), nil, 0o644)
	err = Replace(dir, marker, site(1, "x"))
	if err == nil || !strings.Contains(err.Error(), "another build of "+dir+" is running") {
		t.Errorf("Replace = %v, want an error saying another build is running", err)
	}
	if _, err := os.Stat(filepath.Join(other, marker)); err != nil {
		t.Errorf("the other build's folder was removed: %v", err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("the folder was made: %v", err)
	}
}
