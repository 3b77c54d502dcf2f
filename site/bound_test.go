package site

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/peacediff/peacediff/proposals"
)

// sameMonth is a corpus of n tiny texts dated in January 2030.
func sameMonth(t *testing.T, n int) *proposals.Corpus {
	t.Helper()
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for i := range n {
		fsys[fmt.Sprintf("c/t%d.yaml", i)] = &fstest.MapFile{Data: fmt.Appendf(nil, `id: t%d
title: Test
short: T
proposers: [US]
date: 2030-01-15
status: reported
point_count: 1
summary: A test.
sources:
  - {id: src, publisher: Agency, url: "https://example.org/a", kind: agency}
provisions:
  - {point: "1", topic: armed-forces-size, text: Forces are capped., sources: [src], confidence: single-source}
`, i)}
	}
	c, err := proposals.LoadCorpus(fsys, "c", cat)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestSameMonthBound: the pairs of texts of the same month grow as the
// square of the texts, so a site of more than MaxSameMonth of them is
// refused before any page is built, with the busiest month named.
func TestSameMonthBound(t *testing.T) {
	tests := []struct {
		texts int
		want  string
	}{
		{100, ""}, // 4,950 pairs
		{101, "the texts dated in the same month make 5050 pairs to compare (101 texts in 2030-01), more than the 5000 a site builds: build it from fewer texts"},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.texts), func(t *testing.T) {
			b := &builder{c: sameMonth(t, tc.texts)}
			err := b.sameMonthBound()
			if got := fmt.Sprint(err); tc.want == "" && err != nil || tc.want != "" && got != tc.want {
				t.Errorf("sameMonthBound = %v, want %q", err, tc.want)
			}
			if tc.want == "" {
				return
			}
			if _, err := Build(b.c, Options{}); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Build = %v, want %q", err, tc.want)
			}
		})
	}
}
