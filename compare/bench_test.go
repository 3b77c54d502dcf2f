package compare

import (
	"fmt"
	"testing"

	"github.com/peacediff/peacediff/internal/gen"
	"github.com/peacediff/peacediff/proposals"
)

// The benchmarks run on generated texts (internal/gen), made before the
// timed loop; they run only with -bench:
//
//	go test ./compare -run '^$' -bench . -count 10 | benchstat -

// benchSizes are the numbers of points the benchmarks run at: the size of
// today's texts, a full treaty, and a treaty with its annexes.
var benchSizes = []int{28, 1000, 10000}

// benchPair loads a generated text of n points and its revision as a
// corpus and returns it with the two files and their size in bytes.
func benchPair(b testing.TB, n int) (*proposals.Corpus, []*proposals.File, int64) {
	b.Helper()
	return benchCorpus(b, pairOf(gen.Options{Points: n, Seed: 1}))
}

func pairOf(opts gen.Options) []gen.File {
	baseID, revID := opts.IDs()
	base, rev := gen.Pair(opts)
	return []gen.File{{ID: baseID, Data: base}, {ID: revID, Data: rev}}
}

func benchCorpus(b testing.TB, files []gen.File) (*proposals.Corpus, []*proposals.File, int64) {
	b.Helper()
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		b.Fatal(err)
	}
	c, err := gen.Corpus(cat, files...)
	if err != nil {
		b.Fatal(err)
	}
	var out []*proposals.File
	var size int64
	for _, f := range files {
		out = append(out, c.Get(f.ID))
		size += int64(len(f.Data))
	}
	return c, out, size
}

// BenchmarkCompareTwo compares a generated text with its revision (10%
// of the points reworded, 5% moved, 5% added, 5% deleted), loading
// excluded.
func BenchmarkCompareTwo(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("points=%d", n), func(b *testing.B) {
			c, files, size := benchPair(b, n)
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Compare(c, files, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCompareN compares 100 texts of about 100 points, each a
// revision of the one before, loading excluded.
func BenchmarkCompareN(b *testing.B) {
	b.Run("proposals=100/points=100", func(b *testing.B) {
		c, files, size := benchCorpus(b, gen.Many(100, gen.Options{Points: 100, Seed: 1}))
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Compare(c, files, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkDiffWords diffs a point's wording against a reworded version
// (two words changed), and two 50,000-word texts: one with an edit every
// 100 words, and two unrelated texts of the same vocabulary.
func BenchmarkDiffWords(b *testing.B) {
	long := gen.Prose(1, 50000)
	cases := []struct {
		name string
		a, z string
	}{
		{"words=40", gen.Prose(1, 40), gen.Reword(2, gen.Prose(1, 40), 2)},
		{"words=50000/edits=500", long, gen.Reword(2, long, 500)},
		{"words=50000/unrelated", long, gen.Prose(2, 50000)},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.a) + len(tc.z)))
			b.ReportAllocs()
			for b.Loop() {
				DiffWords(tc.a, tc.z)
			}
		})
	}
}
