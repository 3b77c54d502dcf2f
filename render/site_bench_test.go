package render

import "testing"

// BenchmarkSite builds the site of the embedded corpus.
func BenchmarkSite(b *testing.B) {
	c := testCorpus(&testing.T{})
	for b.Loop() {
		if _, err := Site(c, SiteOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
