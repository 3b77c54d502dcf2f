package site

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/peacediff/peacediff/internal/gen"
	"github.com/peacediff/peacediff/proposals"
)

// BenchmarkSite builds the site of the embedded corpus, and of generated
// corpora of a text and its revision (see bench_test.go).
func BenchmarkSite(b *testing.B) {
	b.Run("corpus=embedded", func(b *testing.B) {
		c, err := proposals.Embedded()
		if err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Build(c, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, n := range []int{28, 1000} {
		b.Run(fmt.Sprintf("points=%d", n), func(b *testing.B) {
			c, _, size := benchCorpus(b, n)
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Build(c, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// benchCorpus loads a generated text of n points and its revision
// (internal/gen) as a corpus, and returns it with its size in bytes.
func benchCorpus(b *testing.B, n int) (*proposals.Corpus, []*proposals.File, int64) {
	b.Helper()
	opts := gen.Options{Points: n, Seed: 1}
	baseID, revID := opts.IDs()
	base, rev := gen.Pair(opts)
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		b.Fatal(err)
	}
	c, err := gen.Corpus(cat, gen.File{ID: baseID, Data: base}, gen.File{ID: revID, Data: rev})
	if err != nil {
		b.Fatal(err)
	}
	return c, []*proposals.File{c.Get(baseID), c.Get(revID)}, int64(len(base) + len(rev))
}

// BenchmarkSiteUpdate edits one text of a generated corpus of 200 (a
// chain of drafts, each revising the one before) and times what a server
// does before it serves the text's page again: load the files again
// (decoding the one that changed), update the site and make the page.
//
//	go test ./site -run '^$' -bench SiteUpdate -count 6 | benchstat -
func BenchmarkSiteUpdate(b *testing.B) {
	dir := b.TempDir()
	files := gen.Many(200, gen.Options{Points: 28, Seed: 1})
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.Name()), f.Data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		b.Fatal(err)
	}
	loader := &proposals.Loader{Dir: dir, Catalog: cat}
	c, _, err := loader.Load()
	if err != nil {
		b.Fatal(err)
	}
	s, err := New(c, Options{})
	if err != nil {
		b.Fatal(err)
	}
	edited := files[99]
	page := "p/" + edited.ID + ".html"
	title := []byte("title: Synthetic negotiating text, draft 100\n")
	if !bytes.Contains(edited.Data, title) {
		b.Fatalf("%s has no line %q", edited.Name(), title)
	}
	n := 0
	b.ReportAllocs()
	for b.Loop() {
		n++
		data := bytes.Replace(edited.Data, title, fmt.Appendf(nil, "title: Synthetic negotiating text, draft 100 (edit %d)\n", n), 1)
		if err := os.WriteFile(filepath.Join(dir, edited.Name()), data, 0o644); err != nil {
			b.Fatal(err)
		}
		c, _, err := loader.Load()
		if err != nil {
			b.Fatal(err)
		}
		if s, err = s.Update(c); err != nil {
			b.Fatal(err)
		}
		if _, _, err := s.Page(page); err != nil {
			b.Fatal(err)
		}
	}
}
