package compare

import (
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
