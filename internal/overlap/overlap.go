// Package overlap finds where a text repeats another word for word: the
// longest run of consecutive words two texts share. The corpus audit uses
// it to check that no summary copies a source (cmd/overlap).
package overlap

import (
	"strings"
	"unicode"
)

// Words splits text into lowercase words of letters and digits.
func Words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// Index holds the runs of n consecutive words of a set of reference texts.
type Index struct {
	n    int
	runs map[string]bool
}

// NewIndex indexes the references by runs of n words.
func NewIndex(n int, references ...string) *Index {
	ix := &Index{n: n, runs: map[string]bool{}}
	for _, r := range references {
		w := Words(r)
		for i := 0; i+n <= len(w); i++ {
			ix.runs[strings.Join(w[i:i+n], " ")] = true
		}
	}
	return ix
}

// Longest returns the longest run of words of text that is made only of
// runs of n words found in the references, and its length in words; 0
// when no run of n words is shared.
func (ix *Index) Longest(text string) (run string, words int) {
	w := Words(text)
	best, bestStart := 0, 0
	start, length := -1, 0
	for i := 0; i+ix.n <= len(w); i++ {
		if !ix.runs[strings.Join(w[i:i+ix.n], " ")] {
			start = -1
			continue
		}
		if start < 0 {
			start, length = i, ix.n
		} else {
			length = i - start + ix.n
		}
		if length > best {
			best, bestStart = length, start
		}
	}
	if best == 0 {
		return "", 0
	}
	return strings.Join(w[bestStart:bestStart+best], " "), best
}
