package importer

import (
	"fmt"
	"strings"
	"testing"
)

// text100 is a text of 100 top-level points, each with a figure, a
// region or a party, some with sub-points: the size of a long draft.
func text100() []byte {
	var b strings.Builder
	b.WriteString("A LONG DRAFT\n\nDrafted on 1 May 2030.\n\n")
	subjects := []string{
		"The armed forces of Ukraine are capped at %d,000 personnel in peacetime.",
		"Russia and Ukraine exchange all prisoners within %d days.",
		"Elections are held within %d days of signing.",
		"The United States gives a security guarantee for %d years.",
		"Europe adds $%dbn to the reconstruction fund.",
		"Crimea and the Donbas are recognised as Russian de facto, and %d observers watch the line of contact.",
		"Sanctions are lifted in %d stages.",
		"NATO does not station troops in Ukraine for %d years.",
	}
	for i := 1; i <= 100; i++ {
		fmt.Fprintf(&b, "%d. "+subjects[i%len(subjects)]+"\n", i, 100+i)
		if i%5 == 0 {
			b.WriteString("   a) the first condition applies to the Zaporizhzhia nuclear plant;\n")
			b.WriteString("   b) the second applies to the Kherson oblast.\n")
		}
	}
	return []byte(b.String())
}

// BenchmarkImport100 imports a text of 100 points (140 with sub-points)
// against the embedded corpus, its ranker built once as peacediff import
// builds it once per run.
func BenchmarkImport100(b *testing.B) {
	data := text100()
	cat, r := testCatalog(b), testRanker(b)
	opts := Options{ID: "long-2030", Name: "long.txt", Catalog: cat, Ranker: r}
	res, err := Import(data, opts)
	if err != nil {
		b.Fatal(err)
	}
	if len(res.Points) != 140 {
		b.Fatalf("Import = %d points, want 140", len(res.Points))
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Import(data, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRanker builds the ranker of the embedded corpus.
func BenchmarkRanker(b *testing.B) {
	c, files := testCatalog(b), testFiles(b)
	for b.Loop() {
		if _, err := NewRanker(c, files); err != nil {
			b.Fatal(err)
		}
	}
}
