package site

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/internal/gen"
	"github.com/peacediff/peacediff/proposals"
)

// corpusDir writes the files of the built-in corpus into a new folder.
func corpusDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src := proposals.EmbeddedFiles()
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// replaceIn replaces old by new in the file name of dir.
func replaceIn(t *testing.T, dir, name, old, new string) {
	t.Helper()
	p := filepath.Join(dir, name)
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(old)) {
		t.Fatalf("%s has no %q", name, old)
	}
	if err := os.WriteFile(p, bytes.Replace(data, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestUpdate changes the files of a corpus one edit after another; after
// each, the site updated from the one before has the pages of the site
// built afresh from the files, byte for byte, and keeps from the site
// before the pages the change leaves as they were, and only those.
func TestUpdate(t *testing.T) {
	const (
		us     = "us-28-point-2025-11"
		e3     = "e3-counterproposal-2025-11"
		minsk  = "minsk-ii-2015-02"
		china  = "china-position-2023-02"
		jeddah = "us-ukraine-jeddah-2025-03"
	)
	dir := corpusDir(t)
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{BaseURL: "https://example.org/peace/", Pairs: [][2]string{{minsk, us}}}
	jeddahData, err := os.ReadFile(filepath.Join(dir, jeddah+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name string
		edit func(t *testing.T)
		// compare tells whether to make and compare the pages; a site
		// not looked at passes on what it kept.
		compare bool
		// kept and remade are pages the update keeps and makes again.
		kept, remade []string
	}{
		{
			name: "the words of a point another text keeps",
			edit: func(t *testing.T) {
				replaceIn(t, dir, us+".yaml", "sovereignty is to be reaffirmed.", "sovereignty is to be affirmed again.")
			},
			compare: true,
			kept:    []string{"p/" + minsk + ".html", "p/" + china + ".html", "p/" + jeddah + ".html"},
			remade:  []string{"p/" + us + ".html", "p/" + e3 + ".html", "c/" + us + "--" + e3 + ".html", "c/" + minsk + "--" + us + ".html", "index.html", "search.html"},
		},
		{
			name:   "a title, the site not looked at",
			edit:   func(t *testing.T) { replaceIn(t, dir, minsk+".yaml", "\ntitle: ", "\ntitle: Edited, ") },
			kept:   []string{"p/" + us + ".html", "p/" + china + ".html"},
			remade: []string{"p/" + minsk + ".html", "c/" + minsk + "--" + us + ".html"},
		},
		{
			name: "what a text answers",
			edit: func(t *testing.T) {
				replaceIn(t, dir, china+".yaml", "\nlanguage: zh", "\nsupersedes:\n  - id: ukraine-peace-formula-2022-11\n    relation: answers\nlanguage: zh")
			},
			compare: true,
			// A lineage comes in: the anchors of the lineages after it
			// on the page of who gave what change, and so do the pages
			// that link them, such as the US plan's.
			kept:   []string{"p/istanbul-draft-treaty-2022-04.html", "p/" + jeddah + ".html"},
			remade: []string{"p/" + china + ".html", "p/ukraine-peace-formula-2022-11.html", "p/" + minsk + ".html", "p/" + us + ".html"},
		},
		{
			name: "an id",
			edit: func(t *testing.T) {
				replaceIn(t, dir, e3+".yaml", "\nid: "+e3, "\nid: e3-renamed-2025-11")
				os.Rename(filepath.Join(dir, e3+".yaml"), filepath.Join(dir, "e3-renamed-2025-11.yaml"))
			},
			compare: true,
			kept:    []string{"p/" + minsk + ".html", "p/" + china + ".html"},
			remade:  []string{"p/e3-renamed-2025-11.html", "p/" + us + ".html"},
		},
		{
			name:    "a text removed",
			edit:    func(t *testing.T) { os.Remove(filepath.Join(dir, jeddah+".yaml")) },
			compare: true,
			kept:    []string{"p/" + minsk + ".html"},
			remade:  []string{"index.html"},
		},
		{
			name:    "a text added",
			edit:    func(t *testing.T) { os.WriteFile(filepath.Join(dir, jeddah+".yaml"), jeddahData, 0o644) },
			compare: true,
			kept:    []string{"p/" + minsk + ".html"},
			remade:  []string{"p/" + jeddah + ".html", "sitemap.xml"},
		},
	}
	loader := &proposals.Loader{Dir: dir, Catalog: cat}
	c, _, err := loader.Load()
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(c, opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.All(); err != nil {
		t.Fatal(err)
	}
	for _, step := range steps {
		step.edit(t)
		c, _, err := loader.Load()
		if err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		if s, err = s.Update(c); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		for _, p := range step.kept {
			if sl := s.byPath[p]; sl == nil || sl.kept.Load() == nil {
				t.Errorf("%s: %s not kept", step.name, p)
			}
		}
		for _, p := range step.remade {
			if sl := s.byPath[p]; sl == nil || sl.kept.Load() != nil {
				t.Errorf("%s: %s kept, or not in the site", step.name, p)
			}
		}
		if !step.compare {
			continue
		}
		fresh, err := proposals.LoadDir(dir, cat, 0)
		if err != nil {
			t.Fatal(err)
		}
		comparePages(t, step.name, s, fresh, opts)
	}
}

// comparePages compares every page of s with those of the site of c
// built afresh.
func comparePages(t *testing.T, name string, s *Site, c *proposals.Corpus, opts Options) {
	t.Helper()
	want, err := Build(c, opts)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.All()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(got) != len(want) {
		t.Errorf("%s: %d pages, a fresh build %d", name, len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		if got[i].Path != want[i].Path {
			t.Fatalf("%s: page %d is %s, in a fresh build %s", name, i, got[i].Path, want[i].Path)
		}
		if !bytes.Equal(got[i].Data, want[i].Data) {
			t.Errorf("%s: %s differs from a fresh build", name, got[i].Path)
		}
	}
}

// TestSections: the sections of typed terms, worked out text by text,
// are those of the matrix of every text's terms.
func TestSections(t *testing.T) {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	many, err := gen.Corpus(cat, gen.Many(3, gen.Options{Seed: 1})...)
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]*proposals.Corpus{"built-in": testCorpus(t), "generated": many} {
		r, err := compare.Compare(c, c.Files, compare.Options{TermsOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, s := range r.Sections {
			want = append(want, s.Key+" "+s.Title)
		}
		got, err := (&memo{}).next(c).sections(c)
		if err != nil {
			t.Fatal(err)
		}
		var have []string
		for _, s := range got {
			have = append(have, s.Key+" "+s.Title)
		}
		if strings.Join(have, "; ") != strings.Join(want, "; ") {
			t.Errorf("%s: sections %q, want %q", name, have, want)
		}
	}
}
