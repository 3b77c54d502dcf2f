package importer

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// BM25's parameters: term-frequency saturation and length normalisation,
// at their usual values.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// The weights of the ranking, measured on the texts of testdata/eval
// (go run ./importer/cmd/importeval): a topic's description counts as
// two documents, a topic scores its best document and half its second
// best, and a point's heading counts twice its words.
const (
	topicDescRepeat = 2
	secondWeight    = 0.5
	headingWeight   = 2
	sectionWeight   = 0.5
	childWeight     = 0.25
)

// Ranker suggests the topic of a point: it ranks the points of a corpus
// and the descriptions of the topic catalogue against the point's words
// with BM25, and each topic by its best-ranked documents. It is built once
// and may be used for many imports, from any number of goroutines.
type Ranker struct {
	topics   []string // the topic of each document
	lengths  []float64
	avgLen   float64
	postings map[string][]posting
	stop     map[string]bool
	cat      *proposals.Catalog
	places   *places
}

type posting struct {
	doc int
	tf  float64
}

// Suggestion is a topic suggested for a point, with its BM25 score.
type Suggestion struct {
	Topic string
	Score float64
}

// NewRanker indexes the points of files (each under the topic its editors
// gave it) and every topic of the catalogue (its title and description).
// Leave a text out of files to rank it fairly against the others. Names
// of regions are left out of the ranking: they tell where, not what.
func NewRanker(cat *proposals.Catalog, files []*proposals.File) (*Ranker, error) {
	pl, err := newPlaces(cat)
	if err != nil {
		return nil, err
	}
	r := &Ranker{postings: map[string][]posting{}, stop: newStopWords(), cat: cat, places: pl}
	for _, t := range cat.Topics {
		for range topicDescRepeat {
			r.index(t.Slug, t.Title+". "+t.Description)
		}
	}
	for _, f := range files {
		for _, pr := range f.Proposal.Provisions {
			text := pr.Heading + ". " + pr.Text
			for _, v := range pr.Variants {
				text += " " + v.Text
			}
			if cat.Topic(pr.Topic) != nil {
				r.index(pr.Topic, text)
			}
		}
	}
	total := 0.0
	for _, l := range r.lengths {
		total += l
	}
	if len(r.lengths) > 0 {
		r.avgLen = total / float64(len(r.lengths))
	}
	return r, nil
}

func (r *Ranker) index(topic, text string) {
	doc := len(r.topics)
	ts := r.terms(text)
	if len(ts) == 0 {
		return
	}
	tf := map[string]float64{}
	for _, t := range ts {
		tf[t]++
	}
	keys := make([]string, 0, len(tf))
	for t := range tf {
		keys = append(keys, t)
	}
	slices.Sort(keys)
	for _, t := range keys {
		r.postings[t] = append(r.postings[t], posting{doc, tf[t]})
	}
	r.topics = append(r.topics, topic)
	r.lengths = append(r.lengths, float64(len(ts)))
}

// query is the words a point is ranked by, each with a weight: its own
// words and heading count most, its section's and sub-points' less.
type query map[string]float64

// addText adds the terms of text to q with weight w.
func (r *Ranker) addText(q query, text string, w float64) {
	for _, t := range r.terms(text) {
		q[t] += w
	}
}

// rank returns every topic whose documents share a term with q, best
// first; equal scores in the catalogue's order of slugs.
func (r *Ranker) rank(q query) []Suggestion {
	n := float64(len(r.topics))
	scores := make(map[int]float64)
	for t, w := range q {
		ps := r.postings[t]
		if len(ps) == 0 {
			continue
		}
		df := float64(len(ps))
		idf := math.Log(1 + (n-df+0.5)/(df+0.5))
		for _, p := range ps {
			norm := bm25K1 * (1 - bm25B + bm25B*r.lengths[p.doc]/r.avgLen)
			scores[p.doc] += w * idf * p.tf * (bm25K1 + 1) / (p.tf + norm)
		}
	}
	best, second := map[string]float64{}, map[string]float64{}
	for doc, s := range scores {
		switch t := r.topics[doc]; {
		case s > best[t]:
			best[t], second[t] = s, best[t]
		case s > second[t]:
			second[t] = s
		}
	}
	out := make([]Suggestion, 0, len(best))
	for t, s := range best {
		out = append(out, Suggestion{Topic: t, Score: s + secondWeight*second[t]})
	}
	slices.SortFunc(out, func(a, b Suggestion) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Topic, b.Topic))
	})
	return out
}

// terms returns the ranking terms of text, the names of regions left out.
func (r *Ranker) terms(text string) []string {
	var b strings.Builder
	last := 0
	for _, m := range r.places.find(text) {
		if m.kind == isRegion {
			b.WriteString(text[last:m.start])
			b.WriteByte(' ')
			last = m.end
		}
	}
	b.WriteString(text[last:])
	return terms(b.String(), r.stop)
}
