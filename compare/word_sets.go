package compare

import (
	"cmp"
	"math/bits"
	"slices"
)

// maxBits is how many of a topic's words [wordSets] keeps as bits: at
// most four 64-bit words a set, which two sets AND and count in a few
// instructions.
const maxBits = 256

// wordSets are the sets of words of one topic's provisions and rows in
// the form [wordSets.best] compares them. Only the words that occur on
// both sides can be shared; the commonest of them are bits of a set of
// fixed width, and the rest, rarer, are listed with the rows that hold
// them, so that a provision adds up what it shares with every row through
// its rare words alone.
type wordSets struct {
	width    int      // 64-bit words a set
	provBits []uint64 // provision p's common words: provBits[p*width : (p+1)*width]
	rowBits  []uint64 // row r's common words: rowBits[r*width : (r+1)*width]
	provSize []int32  // each provision's number of distinct words, all counted
	rowSize  []int32  // each row's number of distinct words, all counted
	provRare [][]int32
	// rowsOf lists, for each rare word, the rows that hold it: provRare
	// indexes it.
	rowsOf [][]int32
	extra  []int32 // per row, the rare words it shares with the provision being scanned
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
	ws := &wordSets{width: (min(len(both), maxBits) + 63) / 64}
	ws.rowsOf = make([][]int32, max(0, len(both)-maxBits))
	ws.provBits, ws.provSize = ws.fill(provs, code, func(p int, rare int32) {
		ws.provRare[p] = append(ws.provRare[p], rare)
	}, len(provs))
	ws.rowBits, ws.rowSize = ws.fill(rows, code, func(r int, rare int32) {
		ws.rowsOf[rare] = append(ws.rowsOf[rare], int32(r))
	}, 0)
	ws.extra = make([]int32, len(rows))
	return ws
}

// fill sets the bits of each set's common words, hands each rare word to
// rare, and returns the bits and the sizes. provs, when not 0, is the
// number of provisions whose rare words rare lists.
func (ws *wordSets) fill(sets [][]int32, code []int32, rare func(int, int32), provs int) ([]uint64, []int32) {
	if provs > 0 {
		ws.provRare = make([][]int32, provs)
	}
	bitsOf := make([]uint64, len(sets)*ws.width)
	sizes := make([]int32, len(sets))
	for k, set := range sets {
		sizes[k] = int32(len(set))
		for _, w := range set {
			switch c := code[w]; {
			case c > 0:
				b := c - 1
				bitsOf[k*ws.width+int(b/64)] |= 1 << (b % 64)
			case c < 0:
				rare(k, -c-1)
			}
		}
	}
	return bitsOf, sizes
}

// candidate is a row and its similarity to a provision.
type candidate struct {
	row int32
	sim float64
}

// best returns the k free rows most similar to provision p above
// [SimilarAbove], the most similar first, ties to the lower row, in out
// (reused). A row is free when taken is false for it.
func (ws *wordSets) best(p int, taken []bool, k int, out []candidate) []candidate {
	out = out[:0]
	a := ws.provSize[p]
	if a == 0 {
		return out
	}
	for _, x := range ws.provRare[p] {
		for _, r := range ws.rowsOf[x] {
			ws.extra[r]++
		}
	}
	w := ws.width
	pb := ws.provBits[p*w : p*w+w]
	floor := SimilarAbove
	for r, b := range ws.rowSize {
		if taken[r] {
			continue
		}
		o := int(ws.extra[r])
		rb := ws.rowBits[r*w : r*w+w]
		for j, x := range pb {
			o += bits.OnesCount64(x & rb[j])
		}
		sim := 2 * float64(o) / float64(a+b)
		if sim <= floor {
			continue
		}
		// Rows come in ascending order: a row as similar as one kept ranks
		// after it.
		at := len(out)
		for at > 0 && out[at-1].sim < sim {
			at--
		}
		if len(out) < k {
			out = append(out, candidate{})
		}
		copy(out[at+1:], out[at:len(out)-1])
		out[at] = candidate{int32(r), sim}
		if len(out) == k {
			floor = out[k-1].sim
		}
	}
	for _, x := range ws.provRare[p] {
		for _, r := range ws.rowsOf[x] {
			ws.extra[r] = 0
		}
	}
	return out
}
