package site

import (
	"bytes"
	"strings"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/render"
	"github.com/peacediff/peacediff/view"
)

// searchPath is the search page.
const searchPath = "search.html"

// findable records the points of f, from r, its report alone, for the
// search page.
func (b *builder) findable(f *proposals.File, r *compare.Report) {
	v := view.Single(r)
	p := proposalPath(f.Proposal.ID)
	var out []render.SearchEntry
	for _, pt := range v.Points {
		title := f.Proposal.Short + ", point " + pt.Label
		if pt.Heading != "" {
			title += ": " + pt.Heading
		}
		var text []string
		if pt.Topic != "" {
			text = append(text, pt.Topic+".")
		}
		for _, s := range pt.Cell.Body {
			text = append(text, s.Text)
		}
		if len(pt.Cell.Body) == 0 && pt.Cell.State != "" {
			text = append(text, pt.Cell.State)
		}
		for _, va := range pt.Cell.Variants {
			text = append(text, va.Party+": "+va.Text)
		}
		out = append(out, render.SearchEntry{Title: title, Text: strings.Join(text, " "), Href: rel(searchPath, p) + "#" + pt.Anchor})
	}
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
