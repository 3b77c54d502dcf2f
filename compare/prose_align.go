package compare

import (
	"cmp"
	"slices"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// align diffs two strings of units: the common start and end, then the
// middle by anchors and bounded go-diff (see longAbove). words cleans up
// a diff of words for reading.
func align(a, b []rune, words bool, depth int) []diffmatchpatch.Diff {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	q := 0
	for q < len(a)-p && q < len(b)-p && a[len(a)-1-q] == b[len(b)-1-q] {
		q++
	}
	var out []diffmatchpatch.Diff
	add := func(t diffmatchpatch.Operation, r []rune) {
		if len(r) > 0 {
			out = append(out, diffmatchpatch.Diff{Type: t, Text: string(r)})
		}
	}
	add(diffmatchpatch.DiffEqual, a[:p])
	suffix := a[len(a)-q:]
	a, b = a[p:len(a)-q], b[p:len(b)-q]
	switch {
	case len(a) == 0 || len(b) == 0:
		add(diffmatchpatch.DiffDelete, a)
		add(diffmatchpatch.DiffInsert, b)
	case len(a)+len(b) <= myersAbove:
		dmp := diffmatchpatch.New()
		dmp.DiffTimeout = 0
		diffs := dmp.DiffMainRunes(a, b, false)
		if words {
			diffs = dmp.DiffCleanupSemantic(diffs)
		}
		out = append(out, diffs...)
	default:
		var anchors [][2]int
		if depth < anchorDepth {
			anchors = uniqueCommon(a, b)
		}
		if len(anchors) == 0 {
			add(diffmatchpatch.DiffDelete, a)
			add(diffmatchpatch.DiffInsert, b)
			break
		}
		i, j := 0, 0
		for _, an := range anchors {
			out = append(out, align(a[i:an[0]], b[j:an[1]], words, depth+1)...)
			add(diffmatchpatch.DiffEqual, a[an[0]:an[0]+1])
			i, j = an[0]+1, an[1]+1
		}
		out = append(out, align(a[i:], b[j:], words, depth+1)...)
	}
	add(diffmatchpatch.DiffEqual, suffix)
	return out
}

// uniqueCommon returns the positions (in a, in b) of the longest chain of
// units that occur once in a and once in b, in the same order in both.
func uniqueCommon(a, b []rune) [][2]int {
	count := make(map[rune]int, len(a))
	for _, r := range a {
		count[r]++
	}
	inB := make(map[rune]int, len(b)) // unit -> its position in b, or -1
	for j, r := range b {
		if _, seen := inB[r]; seen {
			inB[r] = -1
		} else if count[r] == 1 {
			inB[r] = j
		}
	}
	var pairs [][2]int
	for i, r := range a {
		if j, ok := inB[r]; ok && j >= 0 && count[r] == 1 {
			pairs = append(pairs, [2]int{i, j})
		}
	}
	return increasing(pairs)
}

// increasing returns the longest run of pairs whose second positions
// increase (patience sorting), the first of equals on ties.
func increasing(pairs [][2]int) [][2]int {
	var tops []int // index in pairs of the top of each pile
	prev := make([]int, len(pairs))
	for k, p := range pairs {
		pile, _ := slices.BinarySearchFunc(tops, p[1], func(t, v int) int { return cmp.Compare(pairs[t][1], v) })
		prev[k] = -1
		if pile > 0 {
			prev[k] = tops[pile-1]
		}
		if pile == len(tops) {
			tops = append(tops, k)
		} else {
			tops[pile] = k
		}
	}
	if len(tops) == 0 {
		return nil
	}
	chain := make([][2]int, len(tops))
	for k, n := tops[len(tops)-1], len(tops)-1; k >= 0; k, n = prev[k], n-1 {
		chain[n] = pairs[k]
	}
	return chain
}
