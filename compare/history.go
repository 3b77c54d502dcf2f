package compare

import (
	"fmt"
	"slices"

	"github.com/peacediff/peacediff/proposals"
)

// Lineage returns the chain of texts that f descends from, oldest first and
// f last, following supersedes back to a text that supersedes nothing. Where
// a text supersedes several, the latest one it revises is followed (the
// 20-point framework revises the Geneva text, which revises the US draft),
// or else the latest it answers.
func Lineage(c *proposals.Corpus, f *proposals.File) ([]*proposals.File, error) {
	chain := []*proposals.File{f}
	for {
		sup := f.Proposal.Supersedes
		if len(sup) == 0 {
			break
		}
		next := latest(c, sup, proposals.RelationRevises)
		if next == "" {
			next = latest(c, sup, proposals.RelationAnswers)
		}
		g := c.Get(next)
		if g == nil {
			return nil, fmt.Errorf("%s supersedes %s, which is not in the corpus", f.Proposal.ID, next)
		}
		if slices.Contains(chain, g) {
			return nil, fmt.Errorf("lineage of %s has a cycle at %s", chain[0].Proposal.ID, next)
		}
		chain = append(chain, g)
		f = g
	}
	slices.Reverse(chain)
	return chain, nil
}

// History compares the lineage of f step by step: each text against the
// one before it, so that a row shows a term's value at each step and where
// a point was dropped.
func History(c *proposals.Corpus, f *proposals.File, opts Options) (*Report, error) {
	chain, err := Lineage(c, f)
	if err != nil {
		return nil, err
	}
	opts.AgainstPrevious = true
	return Compare(c, chain, opts)
}

// latest returns the id of the most recent text of the corpus that sup
// names with relation rel, or "".
func latest(c *proposals.Corpus, sup []proposals.Lineage, rel proposals.Relation) string {
	best, bestDate := "", proposals.Date("")
	for _, l := range sup {
		g := c.Get(l.ID)
		if l.Relation != rel {
			continue
		}
		if g == nil {
			if best == "" {
				best = l.ID
			}
			continue
		}
		if d := g.Proposal.Date; best == "" || d > bestDate {
			best, bestDate = l.ID, d
		}
	}
	return best
}
