package proposals

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestLoader edits, breaks, removes and renames the files of a folder
// between loads: each load gives the corpus, or the problems, of a first
// load of the folder, alone and over the built-in corpus, and a file
// whose bytes did not change is the same *File as before.
func TestLoader(t *testing.T) {
	const us, geneva, e3 = "us-28-point-2025-11.yaml", "us-ukraine-geneva-2025-11.yaml", "e3-counterproposal-2025-11.yaml"
	replace := func(name, old, new string) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) {
			t.Helper()
			p := filepath.Join(dir, name)
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(data), old) {
				t.Fatalf("%s has no %q", name, old)
			}
			if err := os.WriteFile(p, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	steps := []struct {
		name    string
		edit    func(t *testing.T, dir string)
		decoded []string // the files decoded again, when the load succeeds
	}{
		{"first load", func(*testing.T, string) {}, []string{us, geneva, e3}},
		{"nothing changed", func(*testing.T, string) {}, nil},
		{"a title edited", replace(us, "title: Draft 28-point plan", "title: Edited 28-point plan"), []string{us}},
		{"an unknown field", replace(us, "\ntitle:", "\ntitel:"), nil},
		{"fixed again", replace(us, "\ntitel:", "\ntitle:"), []string{us}},
		{"a text it revises removed", func(t *testing.T, dir string) { os.Rename(filepath.Join(dir, us), filepath.Join(dir, "us.yml")) }, nil},
		{"back under another name", func(t *testing.T, dir string) { os.Rename(filepath.Join(dir, "us.yml"), filepath.Join(dir, "us.yaml")) }, []string{"us.yaml"}},
		{"an id used twice", replace(e3, "id: e3-counterproposal-2025-11", "id: us-ukraine-geneva-2025-11"), nil},
		{"another id", replace(e3, "id: us-ukraine-geneva-2025-11", "id: e3-other-2025-11"), []string{e3}},
		{"supersedes an unknown text", replace(geneva, "  - id: us-28-point-2025-11", "  - id: us-29-point-2025-11"), nil},
	}
	for _, over := range []bool{false, true} {
		t.Run(map[bool]string{false: "alone", true: "over the built-in corpus"}[over], func(t *testing.T) {
			dir := t.TempDir()
			for _, name := range []string{us, geneva, e3} {
				data, err := corpusFS.ReadFile("corpus/" + name)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			cat, err := DefaultCatalog()
			if err != nil {
				t.Fatal(err)
			}
			l := &Loader{Dir: dir, Catalog: cat}
			fresh := func() (*Corpus, []string, error) {
				c, err := LoadDir(dir, cat, 0)
				return c, nil, err
			}
			if over {
				base, err := Embedded()
				if err != nil {
					t.Fatal(err)
				}
				l = &Loader{Dir: dir, Base: base}
				fresh = func() (*Corpus, []string, error) { return LoadDirOver(base, dir, 0) }
			}
			var last *Corpus
			for _, step := range steps {
				step.edit(t, dir)
				got, gotReplaced, gotErr := l.Load()
				want, wantReplaced, wantErr := fresh()
				if (gotErr == nil) != (wantErr == nil) || gotErr != nil && gotErr.Error() != wantErr.Error() {
					t.Fatalf("%s: Load: %v, a first load: %v", step.name, gotErr, wantErr)
				}
				if gotErr != nil {
					continue
				}
				if !reflect.DeepEqual(got.IDs(), want.IDs()) || !reflect.DeepEqual(gotReplaced, wantReplaced) || !reflect.DeepEqual(got.Timeline, want.Timeline) {
					t.Fatalf("%s: Load gives %v (replacing %v), a first load %v (replacing %v)", step.name, got.IDs(), gotReplaced, want.IDs(), wantReplaced)
				}
				var decoded []string
				for i, f := range got.Files {
					if !reflect.DeepEqual(f.Proposal, want.Files[i].Proposal) || f.Name != want.Files[i].Name {
						t.Errorf("%s: %s differs from a first load", step.name, f.Name)
					}
					if last == nil || last.Get(f.Proposal.ID) != f {
						if strings.HasPrefix(f.Name, dir) {
							decoded = append(decoded, filepath.Base(f.Name))
						}
					}
				}
				slices.Sort(decoded)
				slices.Sort(step.decoded)
				if !slices.Equal(decoded, step.decoded) {
					t.Errorf("%s: decoded %v again, want %v", step.name, decoded, step.decoded)
				}
				last = got
			}
		})
	}
}
