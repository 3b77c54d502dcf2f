package site

import (
	"fmt"
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
