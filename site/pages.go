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
	// every marks a page that reads every text. Another reads the
	// comparison of the texts of ids (see [readers]), and shows of the
	// site beyond it only links, the ones make puts on the page.
	every bool
	ids   []string
	links any
}

// marker is the content of the marker file [Marker].
const marker = "This folder is a site built by peacediff; peacediff site build may replace it.\n"

// specs lists the pages of the site, in the order Build reports their
// errors.
func (b *builder) specs() []spec {
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
		out = append(out, spec{path: p, ids: []string{f.Proposal.ID}, links: []any{nav, crumbs, related}, make: func() ([]byte, error) {
			return b.proposal(f, nav, crumbs, related)
		}})
	}
	for _, pr := range b.compared {
		p := pairPath(pr.a, pr.b)
		nav, crumbs := b.nav(p), b.crumbs(p, pr.a, []render.Link{{Label: pr.a.Proposal.Short + " vs " + pr.b.Proposal.Short}})
		out = append(out, spec{path: p, ids: []string{pr.a.Proposal.ID, pr.b.Proposal.ID}, links: []any{nav, crumbs}, make: func() ([]byte, error) {
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
		out = append(out, spec{path: p, ids: []string{f.Proposal.ID}, links: []any{nav, crumbs}, make: func() ([]byte, error) {
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

// readers returns the texts of corpus c that read a text of ids, or a
// text that does, again and again, with the texts of ids in c: a
// comparison of a text reads it, the texts it revises or answers (its
// lineage) and those whose wording its points keep (see
// [proposals.Corpus.Text]), and the texts those read in turn.
func readers(c *proposals.Corpus, ids map[string]bool) map[string]bool {
	readBy := map[string][]string{}
	for _, f := range c.Files {
		for _, s := range f.Proposal.Supersedes {
			readBy[s.ID] = append(readBy[s.ID], f.Proposal.ID)
		}
		for _, pr := range f.Proposal.Provisions {
			if pr.From != "" {
				readBy[pr.From] = append(readBy[pr.From], f.Proposal.ID)
			}
		}
	}
	out := map[string]bool{}
	var queue []string
	for id := range ids {
		queue = append(queue, id)
	}
	for len(queue) > 0 {
		id := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		if out[id] {
			continue
		}
		out[id] = true
		queue = append(queue, readBy[id]...)
	}
	return out
}
