package render

import (
	"fmt"
	"io"
	"testing"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/internal/gen"
	"github.com/peacediff/peacediff/proposals"
)

// The benchmarks run on generated texts (internal/gen), made and compared
// before the timed loop; they run only with -bench:
//
//	go test ./render -run '^$' -bench . -count 10 | benchstat -

// benchSizes are the numbers of points the benchmarks run at: the size of
// today's texts, a full treaty, and a treaty with its annexes.
var benchSizes = []int{28, 1000, 10000}

// benchCorpus loads a generated text of n points and its revision as a
// corpus, and returns it with the two files and their size in bytes.
func benchCorpus(b testing.TB, n int) (*proposals.Corpus, []*proposals.File, int64) {
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

// benchRender times one renderer on the comparison of a generated pair,
// with the options peacediff compare uses when writing to a pipe.
func benchRender(b *testing.B, write func(io.Writer, *compare.Report, Options) error) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("points=%d", n), func(b *testing.B) {
			c, files, size := benchCorpus(b, n)
			r, err := compare.Compare(c, files, compare.Options{})
			if err != nil {
				b.Fatal(err)
			}
			opts := Options{Catalog: c.Catalog}
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				if err := write(io.Discard, r, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkText renders the comparison of a generated pair as text.
func BenchmarkText(b *testing.B) { benchRender(b, Text) }

// BenchmarkHTML renders the comparison of a generated pair as one HTML
// page, maps included.
func BenchmarkHTML(b *testing.B) { benchRender(b, HTML) }

// BenchmarkJSON renders the comparison of a generated pair as the JSON
// report, the format bench/compare.sh times.
func BenchmarkJSON(b *testing.B) {
	benchRender(b, func(w io.Writer, r *compare.Report, _ Options) error { return JSON(w, r) })
}
