package proposals_test

import (
	"fmt"
	"testing"

	"github.com/peacediff/peacediff/internal/gen"
	"github.com/peacediff/peacediff/proposals"
)

// benchSizes are the numbers of points the benchmarks run at: the size of
// today's texts, a full treaty, and a treaty with its annexes.
var benchSizes = []int{28, 1000, 10000}

// BenchmarkLoad decodes and validates one generated file (the base of a
// pair), as peacediff does with a file named on the command line.
//
//	go test ./proposals -run '^$' -bench Load -count 10 | benchstat -
func BenchmarkLoad(b *testing.B) {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("points=%d", n), func(b *testing.B) {
			opts := gen.Options{Points: n, Seed: 1}
			id, _ := opts.IDs()
			data, _ := gen.Pair(opts)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := proposals.ParseAndValidate(id+".yaml", data, cat); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDefaultCatalog reads the built-in catalogue, as every command
// that loads a text does first.
//
//	go test ./proposals -run '^$' -bench DefaultCatalog -count 10 | benchstat -
func BenchmarkDefaultCatalog(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := proposals.DefaultCatalog(); err != nil {
			b.Fatal(err)
		}
	}
}
