package site

import (
	"bytes"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/render"
)

// chainHeads finds the texts that get a history page: one per chain of
// drafts, for the last text of each chain (one that no longer text's
// lineage holds), so that the pages grow with the corpus, not with the
// square of a chain. Every text of a chain is mapped to its head's page.
func (b *builder) chainHeads() ([]*proposals.File, error) {
	chains := map[*proposals.File][]*proposals.File{}
	covered := map[*proposals.File]bool{}
	for _, f := range b.c.Files {
		if len(f.Proposal.Supersedes) == 0 {
			continue
		}
		chain, err := compare.Lineage(b.c, f)
		if err != nil {
			return nil, err
		}
		chains[f] = chain
		for _, g := range chain {
			if g != f {
				covered[g] = true
			}
		}
	}
	var heads []*proposals.File
	b.historyOf = map[string]*proposals.File{}
	for _, f := range b.c.Files {
		if chains[f] == nil || covered[f] {
			continue
		}
		heads = append(heads, f)
		for _, g := range chains[f] {
			if b.historyOf[g.Proposal.ID] == nil {
				b.historyOf[g.Proposal.ID] = f
			}
		}
	}
	return heads, nil
}

// matrixPage renders the matrix of section s of every text, laid out at
// a glance, naming the texts it leaves out for their silence.
func (b *builder) matrixPage(s section) ([]byte, error) {
	opts := compare.Options{Sections: []string{s.Key}, TermsOnly: true, AgainstPredecessor: true}
	r, err := compare.Compare(b.c, b.c.Files, opts)
	if err != nil {
		return nil, err
	}
	p := matrixPath(s.Key)
	speaking, silent := splitSilent(r, b.c.Files)
	var silentLinks []render.Link
	if len(silent) > 0 && len(speaking) > 0 {
		if r, err = compare.Compare(b.c, speaking, opts); err != nil {
			return nil, err
		}
		for _, f := range silent {
			silentLinks = append(silentLinks, render.Link{Href: rel(p, proposalPath(f.Proposal.ID)), Label: f.Proposal.Short})
		}
	}
	crumbs := []render.Link{{Href: rel(p, "index.html#matrix"), Label: "Matrix"}, {Label: s.Title}}
	ro := render.Options{
		All: true, Catalog: b.c.Catalog, Nav: b.nav(p), Crumbs: b.crumbs(p, nil, crumbs), Title: "All proposals: " + s.Title, Glance: true, Silent: silentLinks, Cite: b.cite(p),
		ProposalLink: func(id string) string { return rel(p, proposalPath(id)) },
	}
	return write(p, func(w *bytes.Buffer) error { return render.HTML(w, r, ro) })
}

// splitSilent parts files into those with a cell in report r that says
// something (a value, or unknown, disputed or any state but not
// addressed) and those silent on every row: a column of "not addressed"
// only tells the reader nothing the list of their names does not.
func splitSilent(r *compare.Report, files []*proposals.File) (speaking, silent []*proposals.File) {
	for k, f := range files {
		says := false
		for _, sec := range r.Sections {
			for _, row := range sec.Rows {
				says = says || row.Cells[k].State != compare.StateNotAddressed
			}
		}
		if says {
			speaking = append(speaking, f)
		} else {
			silent = append(silent, f)
		}
	}
	return speaking, silent
}
