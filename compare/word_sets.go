package compare

import (
	"cmp"
	"math/bits"
	"slices"
)

// maxBits is how many of a topic's words [wordSets] keeps as bits: four
// 64-bit words a set, which two sets AND and count in a few instructions.
const maxBits = 256

// bitSet is a set of a topic's commonest words, one bit each.
type bitSet [maxBits / 64]uint64

// shared counts the words two sets have in common.
func (x *bitSet) shared(y *bitSet) int {
	return bits.OnesCount64(x[0]&y[0]) + bits.OnesCount64(x[1]&y[1]) +
		bits.OnesCount64(x[2]&y[2]) + bits.OnesCount64(x[3]&y[3])
}

// wordSet is a text's set of words: its common words, and the number of
// all its distinct words.
type wordSet struct {
	common bitSet
	size   int32
}

// wordSets are the sets of words of one topic's provisions and rows in
// the form [wordSets.best] compares them. Only the words that occur on
// both sides can be shared; the commonest of them are bits of a
// [bitSet], and the rest, rarer, are listed with the rows that hold them,
// so that a provision adds up what it shares with every row through its
// rare words alone.
type wordSets struct {
	provs, rows []wordSet
	provRare    [][]int32 // each provision's rare words, as indexes into rowsOf
	rowsOf      [][]int32 // for each rare word, the rows that hold it
	extra       []int32   // per row, the rare words it shares with the provision being scanned
}

// newWordSets builds the sets of a topic's provisions and rows from their
// word ids (distinct, each below vocab). The words that both sides use
// are ranked by the number of pairs that share them, most first, ties by
// id; the first [maxBits] become bits.
func newWordSets(provs, rows [][]int32, vocab int) *wordSets {
	inProvs, inRows := make([]int64, vocab), make([]int64, vocab)
	for _, set := range provs {
		for _, w := range set {
			inProvs[w]++
		}
	}
	for _, set := range rows {
		for _, w := range set {
			inRows[w]++
		}
	}
	var both []int32
	for w := range int32(vocab) {
		if inProvs[w] > 0 && inRows[w] > 0 {
			both = append(both, w)
		}
	}
	slices.SortFunc(both, func(x, y int32) int {
		return cmp.Or(cmp.Compare(inProvs[y]*inRows[y], inProvs[x]*inRows[x]), cmp.Compare(x, y))
	})
	// code[w] is 1+bit for a common word, -1-n for the n-th rare word, 0
	// for a word of one side only.
	code := make([]int32, vocab)
	for n, w := range both {
		if n < maxBits {
			code[w] = int32(n) + 1
		} else {
			code[w] = -int32(n-maxBits) - 1
		}
	}
	ws := &wordSets{
		provRare: make([][]int32, len(provs)),
		rowsOf:   make([][]int32, max(0, len(both)-maxBits)),
		extra:    make([]int32, len(rows)),
	}
	ws.provs = fill(provs, code, func(p int, rare int32) {
		ws.provRare[p] = append(ws.provRare[p], rare)
	})
	ws.rows = fill(rows, code, func(r int, rare int32) {
		ws.rowsOf[rare] = append(ws.rowsOf[rare], int32(r))
	})
	return ws
}

// fill returns the sets of the texts of words, handing each rare word to
// rare.
func fill(words [][]int32, code []int32, rare func(int, int32)) []wordSet {
	sets := make([]wordSet, len(words))
	for k, ids := range words {
		sets[k].size = int32(len(ids))
		for _, w := range ids {
			switch c := code[w]; {
			case c > 0:
				b := c - 1
				sets[k].common[b/64] |= 1 << (b % 64)
			case c < 0:
				rare(k, -c-1)
			}
		}
	}
	return sets
}

// candidate is a row and the words it shares with a provision, of the
// two texts' total: their Dice coefficient is 2*shared/total.
type candidate struct {
	row, shared, total int32
}

func (c candidate) sim() float64 { return 2 * float64(c.shared) / float64(c.total) }

// The threshold as a candidate: 2*3/20 is [SimilarAbove].
const thresholdShared, thresholdTotal = 3, 20

// best returns the k free rows most similar to provision p above
// [SimilarAbove], the most similar first, ties to the lower row, in out
// (reused). A row is free when taken is false for it. Similarities are
// compared as fractions, by cross-multiplying: the order and the
// threshold are those of the floating-point quotients (two fractions of
// small terms that differ, differ by far more than a rounding).
func (ws *wordSets) best(p int, taken []bool, k int, out []candidate) []candidate {
	out = out[:0]
	a := ws.provs[p].size
	if a == 0 {
		return out
	}
	for _, x := range ws.provRare[p] {
		for _, r := range ws.rowsOf[x] {
			ws.extra[r]++
		}
	}
	pb := &ws.provs[p].common
	// A row must share more than floorShared words of floorTotal.
	floorShared, floorTotal := int64(thresholdShared), int64(thresholdTotal)
	for r := range ws.rows {
		if taken[r] {
			continue
		}
		row := &ws.rows[r]
		o := int64(ws.extra[r]) + int64(pb.shared(&row.common))
		n := int64(a + row.size)
		if o*floorTotal <= floorShared*n {
			continue
		}
		// Rows come in ascending order: a row as similar as one kept ranks
		// after it.
		at := len(out)
		for at > 0 && int64(out[at-1].shared)*n < o*int64(out[at-1].total) {
			at--
		}
		if len(out) < k {
			out = append(out, candidate{})
		}
		copy(out[at+1:], out[at:len(out)-1])
		out[at] = candidate{int32(r), int32(o), int32(n)}
		if len(out) == k {
			floorShared, floorTotal = int64(out[k-1].shared), int64(out[k-1].total)
		}
	}
	for _, x := range ws.provRare[p] {
		for _, r := range ws.rowsOf[x] {
			ws.extra[r] = 0
		}
	}
	return out
}
