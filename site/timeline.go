package site

import (
	"cmp"
	"slices"
	"strings"

	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/render"
)

// timeline puts on the front page at p the packages of documents, each
// with its members, and the rounds of talks that produced no text, each
// with its sources.
func (b *builder) timeline(idx *render.Index, p string) {
	t := b.c.Timeline
	if t == nil {
		return
	}
	packages := slices.Clone(t.Packages)
	slices.SortStableFunc(packages, func(x, y proposals.Package) int {
		return cmp.Or(strings.Compare(string(x.Date), string(y.Date)), strings.Compare(x.ID, y.ID))
	})
	for _, pk := range packages {
		ip := render.IndexPackage{ID: pk.ID, Title: pk.Title, Date: string(pk.Date), Unreported: pk.Unreported}
		for _, id := range pk.Members {
			l := render.Link{Href: rel(p, proposalPath(id)), Label: id}
			if f := b.c.Get(id); f != nil {
				l.Label = f.Proposal.Short
				if f.Proposal.Package != nil {
					l.Note = string(f.Proposal.Package.Role)
				}
			}
			ip.Members = append(ip.Members, l)
		}
		idx.Packages = append(idx.Packages, ip)
	}
	for _, r := range t.Rounds {
		ir := render.IndexRound{Date: string(r.Date), Place: r.Place, Title: r.Title, Summary: r.Summary, Confidence: strings.ReplaceAll(string(r.Confidence), "-", " "), Parties: r.Parties}
		for _, s := range r.Cited {
			ir.Sources = append(ir.Sources, render.Link{Href: s.URL, Label: s.Publisher, Note: string(s.Kind)})
		}
		idx.Rounds = append(idx.Rounds, ir)
	}
}
