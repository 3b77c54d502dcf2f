package render

import (
	"fmt"
	"testing"

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
			if _, err := Site(c, SiteOptions{}); err != nil {
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
				if _, err := Site(c, SiteOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
