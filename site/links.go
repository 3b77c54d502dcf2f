package site

import (
	"bytes"
	"strings"

	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/render"
)

// This file decides how the pages of a site link: the navigation every
// page carries, the breadcrumbs, and what a proposal's page links.

// aboutPath is the page about the data.
const aboutPath = "about.html"

// rel makes a site path relative to the page at from.
func rel(from, to string) string {
	return strings.Repeat("../", strings.Count(from, "/")) + to
}

// nav is the navigation of the page at p: the timeline, the matrix, where
// the parties stand and the page about the data, the one p belongs to
// marked current.
func (b *builder) nav(p string) []render.Link {
	links := []render.Link{{Href: rel(p, "index.html"), Label: "Timeline", Current: p == "index.html"}}
	if len(b.sections) > 0 {
		links = append(links, render.Link{Href: rel(p, matrixPath(b.sections[0].Key)), Label: "Matrix", Current: strings.HasPrefix(p, "m/")})
	}
	return append(links,
		render.Link{Href: rel(p, standingsPath), Label: "Where they stand", Current: p == standingsPath},
		render.Link{Href: rel(p, ledgerPath), Label: "Who gave what", Current: p == ledgerPath},
		render.Link{Href: rel(p, aboutPath), Label: "About the data", Current: p == aboutPath},
		render.Link{Href: rel(p, searchPath), Label: "Search", Current: p == searchPath},
	)
}

// crumbs are the breadcrumbs of the page at p: the timeline, the page of
// the proposal f when there is one and p is not it, then tail.
func (b *builder) crumbs(p string, f *proposals.File, tail []render.Link) []render.Link {
	out := []render.Link{{Href: rel(p, "index.html"), Label: "Timeline"}}
	if f != nil {
		out = append(out, render.Link{Href: rel(p, proposalPath(f.Proposal.ID)), Label: f.Proposal.Short})
	}
	return append(out, tail...)
}

// related are the pages the page of f links: the texts it revises or
// answers and those that revise or answer it, its comparisons, its
// history and its row on "Where they stand".
func (b *builder) related(f *proposals.File) render.Related {
	p := proposalPath(f.Proposal.ID)
	var r render.Related
	for _, s := range f.Proposal.Supersedes {
		label := s.ID
		if g := b.c.Get(s.ID); g != nil {
			label = g.Proposal.Short
		}
		r.Revises = append(r.Revises, render.Link{Href: rel(p, proposalPath(s.ID)), Label: label, Note: string(s.Relation)})
	}
	for _, g := range b.c.Files {
		for _, s := range g.Proposal.Supersedes {
			if s.ID == f.Proposal.ID {
				r.RevisedBy = append(r.RevisedBy, render.Link{Href: rel(p, proposalPath(g.Proposal.ID)), Label: g.Proposal.Short, Note: string(s.Relation)})
			}
		}
	}
	for _, pr := range b.compared {
		other := pr.b
		switch f {
		case pr.a:
		case pr.b:
			other = pr.a
		default:
			continue
		}
		r.Comparisons = append(r.Comparisons, render.Link{Href: rel(p, pairPath(pr.a, pr.b)), Label: other.Proposal.Short, Note: pr.why})
	}
	switch head := b.historyOf[f.Proposal.ID]; {
	case head == f:
		r.History = render.Link{Href: rel(p, historyPath(f)), Label: "History of its drafts"}
	case head != nil:
		r.History = render.Link{Href: rel(p, historyPath(head)), Label: "Its place in the history of the drafts, to " + head.Proposal.Short}
	}
	r.Standing = render.Link{Href: rel(p, standingsPath+"#text-"+f.Proposal.ID), Label: "Where it stands against the parties' red lines"}
	if anchor := b.lineageAnchor[f.Proposal.ID]; anchor != "" {
		r.Ledger = render.Link{Href: rel(p, ledgerPath+"#"+anchor), Label: "Who gave what along its drafts"}
	}
	return r
}

// about renders the page about the data.
func (b *builder) about() ([]byte, error) {
	a := render.About{Texts: len(b.c.Files), Nav: b.nav(aboutPath), Cite: b.cite(aboutPath)}
	for _, f := range b.c.Files {
		d := string(f.Proposal.Date)
		if a.First == "" || d < a.First {
			a.First = d
		}
		if d > a.Last {
			a.Last = d
		}
	}
	for _, s := range b.sections {
		a.Sections = append(a.Sections, render.Link{Href: rel(aboutPath, matrixPath(s.Key)), Label: s.Title})
	}
	return write(aboutPath, func(w *bytes.Buffer) error { return render.AboutHTML(w, a) })
}
