package compare

import (
	"cmp"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// dictionary gives each word met in an alignment a small integer, so that
// the sets of words compared are sorted lists of integers, not maps of
// strings.
type dictionary map[string]int32

// wordIDs returns the ids of the slot's distinct words, lowercased, in
// ascending order, computing them once.
func (d dictionary) wordIDs(s *slot) []int32 {
	if s.counted {
		return s.words
	}
	s.counted = true
	for w := range strings.FieldsFuncSeq(strings.ToLower(s.text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		id, ok := d[w]
		if !ok {
			id = int32(len(d))
			d[w] = id
		}
		s.words = append(s.words, id)
	}
	slices.Sort(s.words)
	s.words = slices.Compact(s.words)
	return s.words
}

// pair is a provision and a row whose wordings are similar above
// [SimilarAbove].
type pair struct {
	i, row int32
	sim    float64
}

// filterBelow is the threshold the filters below work to: a hair under
// [SimilarAbove], so that rounding can only let a pair through to the
// exact test, never keep one from it.
const filterBelow = SimilarAbove - 1e-9

// similarPairs returns every pair of a provision (an index into provs) and
// a row (an index into rows) whose Dice coefficient is above
// [SimilarAbove], given each one's word ids. It finds them without
// comparing every provision with every row, by two bounds on the Dice
// coefficient d of sets of sizes a <= b sharing o words: d >= t needs
// a/b >= t/(2-t) (the length bound), and o >= t*b/(2-t) of each set, so
// that when the words of every set are ordered the same way, rarest
// first, two sets similar enough share a word among the first
// b - ceil(t*b/(2-t)) + 1 of each (the prefix bound). Only rows that share
// a rare word with a provision are looked at, and texts that share only
// common words cost little.
func similarPairs(provs, rows [][]int32, provIdx, rowIdx []int) []pair {
	// Rank the words of this topic, rarest first, ties by id.
	freq := map[int32]int32{}
	for _, set := range rows {
		for _, w := range set {
			freq[w]++
		}
	}
	for _, set := range provs {
		for _, w := range set {
			freq[w]++
		}
	}
	words := make([]int32, 0, len(freq))
	for w := range freq {
		words = append(words, w)
	}
	slices.SortFunc(words, func(x, y int32) int { return cmp.Or(cmp.Compare(freq[x], freq[y]), cmp.Compare(x, y)) })
	rank := make(map[int32]int32, len(words))
	for r, w := range words {
		rank[w] = int32(r)
	}
	ranked := func(sets [][]int32) [][]int32 {
		out := make([][]int32, len(sets))
		for k, set := range sets {
			rs := make([]int32, len(set))
			for n, w := range set {
				rs[n] = rank[w]
			}
			slices.Sort(rs)
			out[k] = rs
		}
		return out
	}
	rrows, rprovs := ranked(rows), ranked(provs)
	// Index the rows by the words of their prefixes.
	index := make(map[int32][]int32)
	for r, set := range rrows {
		for _, w := range set[:prefix(len(set))] {
			index[w] = append(index[w], int32(r))
		}
	}
	var pairs []pair
	seen := make([]int, len(rrows)) // the provision, plus one, that last looked at each row
	for p, set := range rprovs {
		for _, w := range set[:prefix(len(set))] {
			for _, r := range index[w] {
				if seen[r] == p+1 {
					continue
				}
				seen[r] = p + 1
				other := rrows[r]
				if lo, hi := min(len(set), len(other)), max(len(set), len(other)); float64(2*lo) < filterBelow*float64(lo+hi) {
					continue
				}
				if sim := 2 * float64(shared(set, other)) / float64(len(set)+len(other)); sim > SimilarAbove {
					pairs = append(pairs, pair{int32(provIdx[p]), int32(rowIdx[r]), sim})
				}
			}
		}
	}
	return pairs
}

// prefix is how many of the first words of a set of n words, rarest
// first, a similar set must share one of (see [similarPairs]).
func prefix(n int) int {
	if n == 0 {
		return 0
	}
	least := int(math.Ceil(filterBelow*float64(n)/(2-filterBelow) - 1e-9))
	return min(n, n-max(least, 1)+1)
}

// shared counts the members two ascending lists have in common.
func shared(a, b []int32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// inParallel runs each of jobs, at most GOMAXPROCS at a time, and waits
// for them all.
func inParallel(jobs []func()) {
	if len(jobs) == 1 {
		jobs[0]()
		return
	}
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for _, job := range jobs {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			job()
		})
	}
	wg.Wait()
}
