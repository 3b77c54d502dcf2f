package main

import "testing"

// BenchmarkCompareByID compares two texts of the built-in corpus named by
// id, as `peacediff compare A B --format json` does: resolving the ids,
// loading what they need, comparing and writing the JSON.
//
//	go test ./cmd/peacediff -run '^$' -bench CompareByID -count 10 | benchstat -
func BenchmarkCompareByID(b *testing.B) {
	args := []string{"compare", "us-28-point-2025-11", "ukraine-revised-20-point-2025-12", "--format", "json"}
	b.ReportAllocs()
	for b.Loop() {
		ios, out, errOut := Test("")
		if code := run(args, ios); code != 0 {
			b.Fatalf("exit %d: %s", code, errOut)
		}
		if out.Len() == 0 {
			b.Fatal("no output")
		}
	}
}
