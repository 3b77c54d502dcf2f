package compare

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// plainMatch is the plain form of matchTopic: every pair above the
// threshold listed, sorted, and joined in turn.
func plainMatch(provs, rows [][]int32) []int32 {
	var pairs []pair
	for p, a := range provs {
		for r, b := range rows {
			if len(a) == 0 {
				continue
			}
			n := 0
			for _, w := range a {
				if _, found := slices.BinarySearch(b, w); found {
					n++
				}
			}
			if sim := 2 * float64(n) / float64(len(a)+len(b)); sim > SimilarAbove {
				pairs = append(pairs, pair{int32(p), int32(r), sim})
			}
		}
	}
	slices.SortFunc(pairs, func(x, y pair) int {
		if x.before(y) {
			return -1
		}
		return 1
	})
	joined := make([]int32, len(provs))
	for p := range joined {
		joined[p] = -1
	}
	taken := make([]bool, len(rows))
	for _, x := range pairs {
		if joined[x.i] < 0 && !taken[x.row] {
			joined[x.i], taken[x.row] = x.row, true
		}
	}
	return joined
}

// randomSets returns n sets of 0 to maxLen distinct words drawn from a
// vocabulary of vocab words, the low ids far more often (as common words
// are), ascending.
func randomSets(r *rand.Rand, n, vocab, maxLen int) [][]int32 {
	sets := make([][]int32, n)
	for k := range sets {
		var set []int32
		for range r.IntN(maxLen + 1) {
			w := int32(r.IntN(1 + r.IntN(vocab)))
			set = append(set, w)
		}
		slices.Sort(set)
		sets[k] = slices.Compact(set)
	}
	return sets
}

func TestThresholdFraction(t *testing.T) {
	if c := (candidate{shared: thresholdShared, total: thresholdTotal}); c.sim() != SimilarAbove {
		t.Errorf("the threshold as a fraction is %v, want %v", c.sim(), SimilarAbove)
	}
}

func TestMatchTopic(t *testing.T) {
	tests := []struct {
		name  string
		provs [][]int32
		rows  [][]int32
		want  []int32
	}{
		{"none", nil, [][]int32{{1}}, []int32{}},
		{"no rows", [][]int32{{1}}, nil, []int32{-1}},
		{"empty sets", [][]int32{{}, {1, 2}}, [][]int32{{}, {1, 2}}, []int32{-1, 1}},
		// Dice 2*3/20 = 0.3 exactly: not above the threshold.
		{"at the threshold", [][]int32{{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}}, [][]int32{{1, 2, 3, 11, 12, 13, 14, 15, 16, 17}}, []int32{-1}},
		{"the best pair first", [][]int32{{1, 2}, {1, 2, 3}}, [][]int32{{1, 2, 3}}, []int32{-1, 0}},
		{"ties to the lower provision", [][]int32{{1, 2}, {1, 2}}, [][]int32{{1, 2}}, []int32{0, -1}},
		{"ties to the lower row", [][]int32{{1, 2}}, [][]int32{{1, 2}, {1, 2}}, []int32{0}},
		{"a provision takes its second row", [][]int32{{1, 2, 3}, {1, 2, 4}}, [][]int32{{1, 2, 3}, {1, 2, 5}}, []int32{0, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := matchTopic(tc.provs, tc.rows, 20)
			if !slices.Equal(got, tc.want) {
				t.Errorf("matchTopic = %v, want %v", got, tc.want)
			}
			if plain := plainMatch(tc.provs, tc.rows); !slices.Equal(plain, tc.want) {
				t.Errorf("plainMatch = %v, want %v", plain, tc.want)
			}
		})
	}
}

// TestMatchTopicMatchesPlain checks matchTopic against the plain form on
// random sets: a small vocabulary, where most pairs clear the threshold
// and many tie, and a large one, whose rarer words are not bits.
func TestMatchTopicMatchesPlain(t *testing.T) {
	tests := []struct {
		name               string
		provs, rows, vocab int
		maxLen             int
	}{
		{"small vocabulary", 200, 180, 12, 6},
		{"small vocabulary, long sets", 150, 220, 40, 30},
		{"large vocabulary", 300, 300, 2000, 60},
		{"more rows than provisions", 20, 400, 60, 20},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for seed := range uint64(5) {
				r := rand.New(rand.NewPCG(seed, 22))
				provs := randomSets(r, tc.provs, tc.vocab, tc.maxLen)
				rows := randomSets(r, tc.rows, tc.vocab, tc.maxLen)
				got, want := matchTopic(provs, rows, tc.vocab), plainMatch(provs, rows)
				if !slices.Equal(got, want) {
					t.Fatalf("seed %d: matchTopic differs from the plain form:\n got %v\nwant %v", seed, got, want)
				}
			}
		})
	}
}
