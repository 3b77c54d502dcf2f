package site

import (
	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/render"
)

// spec is a page of a site: its path, how it is made, and what it is made
// from, for [Site.Update] to tell whether a change of the files leaves it
// as it was.
type spec struct {
	path string
	make func() ([]byte, error)
	// every marks a page that reads every text. Another reads the texts
	// deps, by id, and shows of the site beyond them only links, which
	// are also what make links.
	every bool
	deps  []string
	links any
}

// marker is the content of the marker file [Marker].
const marker = "This folder is a site built by peacediff; peacediff site build may replace it.\n"

// specs lists the pages of the site, in the order Build reports their
// errors; up are the texts that each text's pages read (see [upstream]).
func (b *builder) specs(up map[string][]string) []spec {
	every := func(p string, make func() ([]byte, error)) spec { return spec{path: p, make: make, every: true} }
	out := []spec{
		every("index.html", b.index),
		every(standingsPath, b.standings),
		every(ledgerPath, b.ledgerPage),
		every(aboutPath, b.about),
		every(corpusJSONPath, b.corpusJSON),
		every(provisionsCSVPath, b.provisionsCSV),
		every(termsCSVPath, b.termsCSV),
		every(feedPath, b.feed),
	}
	for _, f := range b.c.Files {
		p := proposalPath(f.Proposal.ID)
		nav, crumbs, related := b.nav(p), b.crumbs(p, nil, []render.Link{{Label: f.Proposal.Short}}), b.related(f)
		out = append(out, spec{path: p, deps: up[f.Proposal.ID], links: []any{nav, crumbs, related}, make: func() ([]byte, error) {
			return b.proposal(f, nav, crumbs, related)
		}})
	}
	for _, pr := range b.compared {
		p := pairPath(pr.a, pr.b)
		nav, crumbs := b.nav(p), b.crumbs(p, pr.a, []render.Link{{Label: pr.a.Proposal.Short + " vs " + pr.b.Proposal.Short}})
		deps := append(append([]string{}, up[pr.a.Proposal.ID]...), up[pr.b.Proposal.ID]...)
		out = append(out, spec{path: p, deps: deps, links: []any{nav, crumbs}, make: func() ([]byte, error) {
			r, err := compare.Compare(b.c, []*proposals.File{pr.a, pr.b}, compare.Options{})
			if err != nil {
				return nil, err
			}
			return b.comparison(p, r, nav, crumbs)
		}})
	}
	for _, f := range b.histories {
		p := historyPath(f)
		nav, crumbs := b.nav(p), b.crumbs(p, f, []render.Link{{Label: "History of the drafts"}})
		out = append(out, spec{path: p, deps: up[f.Proposal.ID], links: []any{nav, crumbs}, make: func() ([]byte, error) {
			r, err := compare.History(b.c, f, compare.Options{})
			if err != nil {
				return nil, err
			}
			return b.comparison(p, r, nav, crumbs)
		}})
	}
	for _, s := range b.sections {
		out = append(out, every(matrixPath(s.Key), func() ([]byte, error) { return b.matrixPage(s) }))
	}
	out = append(out,
		every(searchPath, b.search),
		every(Marker, func() ([]byte, error) { return []byte(marker), nil }))
	if b.opts.BaseURL != "" {
		var paths []string
		for _, s := range out {
			paths = append(paths, s.path)
		}
		out = append(out, every("sitemap.xml", func() ([]byte, error) { return b.sitemap(paths), nil }))
	}
	return out
}

// upstream returns, per text of corpus c, the ids of the texts that a
// comparison of it reads: itself and, again and again, the texts it
// revises or answers (its lineage) and those whose wording its points
// keep (see [proposals.Corpus.Text]), in the corpus or not. A change of
// any other text leaves the comparison as it was.
func upstream(c *proposals.Corpus) map[string][]string {
	out := make(map[string][]string, len(c.Files))
	for _, f := range c.Files {
		ids := []string{f.Proposal.ID}
		seen := map[string]bool{f.Proposal.ID: true}
		add := func(id string) {
			if id != "" && !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
		for i := 0; i < len(ids); i++ {
			g := c.Get(ids[i])
			if g == nil {
				continue
			}
			for _, s := range g.Proposal.Supersedes {
				add(s.ID)
			}
			for _, pr := range g.Proposal.Provisions {
				add(pr.From)
			}
		}
		out[f.Proposal.ID] = ids
	}
	return out
}
