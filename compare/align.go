package compare

import (
	"github.com/peacediff/peacediff/internal/parallel"
	"github.com/peacediff/peacediff/proposals"
)

// Strategy names the rule that put the points of a row side by side.
type Strategy int

// The alignment strategies, tried in this order for each proposal after
// the first. A row records the weakest strategy that joined a point to it.
const (
	NoStrategy Strategy = iota
	// ByTopicAndLabel: the same topic and the same point label.
	ByTopicAndLabel
	// ByTopicAndText: the same topic, and wording similar above
	// [SimilarAbove], best pairs first.
	ByTopicAndText
	// ByTopic: the only point of a topic left on each side, however
	// differently worded (the US draft's point 6 and the 20-point
	// framework's point 4, both on the size of the army).
	ByTopic
	// ByLabel: the same point label under another topic, as when a mark-up
	// keeps the numbering but rewrites a point. Tried only when at least
	// half of the proposal's points matched by topic and label, that is
	// when the two texts share their numbering.
	ByLabel
	// Unmatched: the point has no counterpart.
	Unmatched
)

// SimilarAbove is the least similarity of wording (the Dice coefficient of
// the two texts' sets of words, lowercased) for [ByTopicAndText] to pair
// two points of the same topic.
const SimilarAbove = 0.3

var strategyNames = [...]string{"", "topic+label", "topic+text", "topic", "label", "unmatched"}

// String returns the strategy's name: "topic+label", "topic+text",
// "topic", "label" or "unmatched".
func (s Strategy) String() string { return strategyNames[s] }

// MarshalText encodes the strategy by name.
func (s Strategy) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// slot is one provision placed in the alignment.
type slot struct {
	prov *proposals.Provision
	text string // resolved wording, for kept points
	// words are the ids of text's distinct words in the aligner's
	// dictionary of its topic, in the order they first occur, once
	// counted.
	words   []int32
	counted bool
}

// pointRow is a row of the alignment under construction: one slot per
// proposal, nil where the proposal has no point there.
type pointRow struct {
	slots    []*slot
	strategy Strategy
}

// rep is the slot that represents the row to later proposals: the first
// one filled.
func (r *pointRow) rep() *slot {
	for _, s := range r.slots {
		if s != nil {
			return s
		}
	}
	return nil
}

// aligner lines up the provisions of n proposals, one proposal at a time.
type aligner struct {
	n    int
	rows []*pointRow
	// dicts are the words of the texts compared by wording, by topic: a
	// text is only ever compared with texts of its own topic.
	dicts map[string]*dictionary
}

// add aligns the provisions of proposal k with the rows built so far,
// strategy by strategy in the order of [Strategy], and opens a row for
// each provision left over, placed after the row of the provision before
// it.
func (a *aligner) add(k int, provs []slot) {
	if k == 0 {
		for i := range provs {
			a.rows = append(a.rows, a.newRow(k, &provs[i], Unmatched))
		}
		return
	}
	if a.dicts == nil {
		a.dicts = make(map[string]*dictionary)
	}
	m := &matching{k: k, rows: a.rows, provs: provs, placed: make([]*pointRow, len(provs)), dicts: a.dicts}
	shared := m.byTopicAndLabel()
	m.byTopicAndText()
	m.byTopic()
	if 2*shared >= len(provs) {
		m.byLabel()
	}
	a.appendUnmatched(k, provs, m.placed)
}

// matching is the alignment of one proposal's provisions with the rows
// built from the proposals before it.
type matching struct {
	k      int
	rows   []*pointRow
	provs  []slot
	placed []*pointRow // the row each provision joined, or nil
	dicts  map[string]*dictionary
}

// free reports whether row r has no provision of this proposal yet.
func (m *matching) free(r *pointRow) bool { return r.slots[m.k] == nil }

// put places provision i in row r by strategy s. A row records the
// weakest strategy that joined a point to it.
func (m *matching) put(i int, r *pointRow, s Strategy) {
	r.slots[m.k] = &m.provs[i]
	if r.strategy == Unmatched { // the first point to join the row
		r.strategy = s
	} else {
		r.strategy = max(r.strategy, s)
	}
	m.placed[i] = r
}

// byTopicAndLabel joins each provision to the row of the same topic and
// label, and returns how many it joined: how far the two texts share
// their numbering.
func (m *matching) byTopicAndLabel() int {
	rows := make(map[string]*pointRow, len(m.rows))
	for _, r := range m.rows {
		rep := r.rep().prov
		key := rep.Topic + "\x00" + rep.Point
		if _, dup := rows[key]; !dup {
			rows[key] = r
		}
	}
	n := 0
	for i := range m.provs {
		if r := rows[m.provs[i].prov.Topic+"\x00"+m.provs[i].prov.Point]; r != nil && m.free(r) {
			m.put(i, r, ByTopicAndLabel)
			n++
		}
	}
	return n
}

// byTopicAndText joins provisions to free rows of the same topic whose
// wording is similar above [SimilarAbove], the most similar pairs first.
// Each topic's words are counted in its own dictionary and its pairs
// matched by [matchTopic], the topics in parallel: a pair of one topic can
// never take the provision or the row of another's, so each topic's order
// is all that matters.
func (m *matching) byTopicAndText() {
	if m.dicts == nil {
		m.dicts = make(map[string]*dictionary)
	}
	type group struct{ provs, rows []int }
	groups := make(map[string]*group)
	var topics []string
	groupOf := func(t string) *group {
		g := groups[t]
		if g == nil {
			g = &group{}
			groups[t] = g
			topics = append(topics, t)
		}
		return g
	}
	for j, r := range m.rows {
		if rep := r.rep(); m.free(r) && rep.text != "" {
			g := groupOf(rep.prov.Topic)
			g.rows = append(g.rows, j)
		}
	}
	for i := range m.provs {
		if m.placed[i] == nil && m.provs[i].text != "" {
			if g := groups[m.provs[i].prov.Topic]; g != nil {
				g.provs = append(g.provs, i)
			}
		}
	}
	var jobs []func() error
	for _, t := range topics {
		g := groups[t]
		if len(g.provs) == 0 {
			continue
		}
		if m.dicts[t] == nil {
			m.dicts[t] = newDictionary()
		}
		d := m.dicts[t]
		jobs = append(jobs, func() error {
			rowSets := make([][]int32, len(g.rows))
			for n, j := range g.rows {
				rowSets[n] = d.wordIDs(m.rows[j].rep())
			}
			provSets := make([][]int32, len(g.provs))
			for n, i := range g.provs {
				provSets[n] = d.wordIDs(&m.provs[i])
			}
			for p, r := range matchTopic(provSets, rowSets, d.size()) {
				if r >= 0 {
					m.put(g.provs[p], m.rows[g.rows[r]], ByTopicAndText)
				}
			}
			return nil
		})
	}
	parallel.Run(jobs) // the jobs do not fail
}

// byTopic joins the only provision of a topic left to the only free row
// of that topic, however differently the two are worded.
func (m *matching) byTopic() {
	rows := make(map[string][]*pointRow)
	for _, r := range m.rows {
		if m.free(r) {
			t := r.rep().prov.Topic
			rows[t] = append(rows[t], r)
		}
	}
	provs := make(map[string]int)
	for i := range m.provs {
		if m.placed[i] == nil {
			provs[m.provs[i].prov.Topic]++
		}
	}
	for i := range m.provs {
		t := m.provs[i].prov.Topic
		if m.placed[i] == nil && provs[t] == 1 && len(rows[t]) == 1 {
			m.put(i, rows[t][0], ByTopic)
		}
	}
}

// byLabel joins provisions to free rows of the same label, whatever their
// topics; [aligner.add] tries it only when the texts share their
// numbering.
func (m *matching) byLabel() {
	rows := make(map[string]*pointRow, len(m.rows))
	for _, r := range m.rows {
		if m.free(r) {
			if _, dup := rows[r.rep().prov.Point]; !dup {
				rows[r.rep().prov.Point] = r
			}
		}
	}
	for i := range m.provs {
		if r := rows[m.provs[i].prov.Point]; m.placed[i] == nil && r != nil && m.free(r) {
			m.put(i, r, ByLabel)
		}
	}
}

// appendUnmatched opens a row for each provision not placed, after the row
// of the provision before it (the first provision's, before all rows). No
// two provisions follow the same row, so the rows are rebuilt in one pass:
// each row, then the chain of new rows that follow it.
func (a *aligner) appendUnmatched(k int, provs []slot, placed []*pointRow) {
	after := make(map[*pointRow]*pointRow) // the new row right after each row
	var first *pointRow                    // the new row before all others
	for i := range provs {
		if placed[i] != nil {
			continue
		}
		r := a.newRow(k, &provs[i], Unmatched)
		if i == 0 {
			first = r
		} else {
			after[placed[i-1]] = r
		}
		placed[i] = r
	}
	if first == nil && len(after) == 0 {
		return
	}
	rows := make([]*pointRow, 0, len(a.rows)+len(after)+1)
	chain := func(r *pointRow) {
		for ; r != nil; r = after[r] {
			rows = append(rows, r)
		}
	}
	chain(first)
	for _, r := range a.rows {
		chain(r)
	}
	a.rows = rows
}

func (a *aligner) newRow(k int, s *slot, st Strategy) *pointRow {
	r := &pointRow{slots: make([]*slot, a.n), strategy: st}
	r.slots[k] = s
	return r
}
