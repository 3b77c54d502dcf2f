package compare

// firstCandidates is how many rows [matchTopic] keeps at first for each
// provision: enough that few provisions see all of theirs taken.
const firstCandidates = 8

// pair is a provision and a row whose wordings are similar above
// [SimilarAbove], by index.
type pair struct {
	i, row int32
	sim    float64
}

// before reports whether x is joined before y: the more similar first,
// ties to the lower provision, then to the lower row.
func (x pair) before(y pair) bool {
	if x.sim != y.sim {
		return x.sim > y.sim
	}
	if x.i != y.i {
		return x.i < y.i
	}
	return x.row < y.row
}

// matchTopic returns, for each of a topic's provisions, the row it joins
// by wording, or -1, given each one's word ids (distinct, each below
// vocab). The pairs whose Dice coefficient is above [SimilarAbove] are
// joined in the order of [pair.before] where neither the provision nor
// the row has joined another: the greedy matching of every such pair,
// sorted. It is found without listing them all (for texts of one
// vocabulary most pairs clear the threshold, and they grow as the square
// of the points). Each provision keeps its [firstCandidates] best rows; a
// heap holds each provision's best row not taken, and the top of the
// heap, when its row is still free, is the best of all pairs left: every
// provision's entry ranks at least as high as its best free pair, as rows
// are only ever taken. A provision whose rows have all been taken looks
// again, among the rows still free, for twice as many.
func matchTopic(provs, rows [][]int32, vocab int) []int32 {
	joined := make([]int32, len(provs))
	for p := range joined {
		joined[p] = -1
	}
	if len(provs) == 0 || len(rows) == 0 {
		return joined
	}
	ws := newWordSets(provs, rows, vocab)
	taken := make([]bool, len(rows))
	kept := make([][]candidate, len(provs)) // each provision's best rows, cap the number asked for
	next := make([]int, len(provs))         // the first of kept[p] not known to be taken
	arena := make([]candidate, len(provs)*firstCandidates)
	var h pairHeap
	for p := range provs {
		at := p * firstCandidates
		kept[p] = ws.best(p, taken, firstCandidates, arena[at:at:at+firstCandidates])
		if c := kept[p]; len(c) > 0 {
			h.push(pair{int32(p), c[0].row, c[0].sim()})
		}
	}
	for len(h) > 0 {
		top := h.pop()
		if !taken[top.row] {
			joined[top.i] = top.row
			taken[top.row] = true
			continue
		}
		p := int(top.i)
		c, n := kept[p], next[p]
		for n < len(c) && taken[c[n].row] {
			n++
		}
		if n == len(c) {
			if len(c) < cap(c) { // the last look found every row above the threshold
				continue
			}
			c, n = ws.best(p, taken, 2*cap(c), make([]candidate, 0, 2*cap(c))), 0
			if len(c) == 0 {
				continue
			}
		}
		kept[p], next[p] = c, n
		h.push(pair{top.i, c[n].row, c[n].sim()})
	}
	return joined
}

// pairHeap is a binary heap of pairs, the first by [pair.before] on top.
type pairHeap []pair

func (h *pairHeap) push(x pair) {
	s := append(*h, x)
	for i := len(s) - 1; i > 0; {
		up := (i - 1) / 2
		if !s[i].before(s[up]) {
			break
		}
		s[i], s[up] = s[up], s[i]
		i = up
	}
	*h = s
}

func (h *pairHeap) pop() pair {
	s := *h
	top := s[0]
	last := len(s) - 1
	s[0] = s[last]
	s = s[:last]
	for i := 0; ; {
		c := 2*i + 1
		if c >= len(s) {
			break
		}
		if r := c + 1; r < len(s) && s[r].before(s[c]) {
			c = r
		}
		if !s[c].before(s[i]) {
			break
		}
		s[i], s[c] = s[c], s[i]
		i = c
	}
	*h = s
	return top
}
