package site

import (
	"bytes"

	"github.com/peacediff/peacediff/render"
)

// searchPath is the search page.
const searchPath = "search.html"

// search renders the search page: the points of every text, from its
// report alone, in the corpus's order.
func (b *builder) search() ([]byte, error) {
	s := render.Search{Nav: b.nav(searchPath), Cite: b.cite(searchPath)}
	for _, f := range b.c.Files {
		r, err := b.report(f)
		if err != nil {
			return nil, err
		}
		s.Entries = append(s.Entries, render.PointsToFind(r, rel(searchPath, proposalPath(f.Proposal.ID)))...)
	}
	return write(searchPath, func(w *bytes.Buffer) error { return render.SearchHTML(w, s) })
}
