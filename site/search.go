package site

import (
	"bytes"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/render"
)

// searchPath is the search page.
const searchPath = "search.html"

// findable records the points of f, from r, its report alone, for the
// search page.
func (b *builder) findable(f *proposals.File, r *compare.Report) {
	out := render.PointsToFind(r, rel(searchPath, proposalPath(f.Proposal.ID)))
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.found == nil {
		b.found = map[string][]render.SearchEntry{}
	}
	b.found[f.Proposal.ID] = out
}

// search writes the search page, its points in the corpus's order.
func (b *builder) search() error {
	s := render.Search{Nav: b.nav(searchPath), Cite: b.cite(searchPath)}
	for _, f := range b.c.Files {
		s.Entries = append(s.Entries, b.found[f.Proposal.ID]...)
	}
	return b.write(searchPath, func(w *bytes.Buffer) error { return render.SearchHTML(w, s) })
}
