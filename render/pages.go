package render

import (
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/view"
)

// This file writes the pages of a site that are not reports: its index
// and the page of each proposal. Package site decides which pages exist
// and what links them; these functions lay out what they are given.

// Index is the data of a site's front page.
type Index struct {
	Title   string
	Entries []IndexEntry
	// Comparisons, Histories and Matrix link the site's reports;
	// Standings links the page of the red lines.
	Comparisons, Histories, Matrix []Link
	Standings                      string
	// Packages are the sets of documents negotiated as one; Rounds the
	// rounds of talks that produced no text of their own.
	Packages []IndexPackage
	Rounds   []IndexRound
	// Nav is the site's navigation; Cite how to cite the page, or nil.
	Nav  []Link
	Cite *Citation
}

// IndexPackage is a package of documents on the front page: its members
// (links to their pages, with their role as Note), and what of it was
// never reported.
type IndexPackage struct {
	ID, Title, Date string
	Members         []Link
	Unreported      []string
}

// IndexRound is a round of talks without a text: what was reported, in
// our words, and the sources that report it (Label the publisher, Note
// the kind).
type IndexRound struct {
	Date, Place, Title, Summary, Confidence string
	Parties                                 []string
	Sources                                 []Link
}

// IndexEntry is one proposal on the front page's timeline.
type IndexEntry struct {
	ID, Short, Title, Date, Status, Href string
	Points, Sources                      int
	// Supersedes links the texts it revises or answers, with the relation
	// as Note.
	Supersedes []Link
	// Package links the text's package on the page, with its role as
	// Note; an empty Href is none.
	Package Link
}

// IndexHTML writes a site's front page: the proposals on a timeline, then
// links to every report.
func IndexHTML(w io.Writer, idx Index) error {
	type entry struct {
		IndexEntry
		Href       template.URL
		Supersedes []siteLink
		Package    siteLink
	}
	type pkg struct {
		IndexPackage
		Members []siteLink
	}
	type round struct {
		IndexRound
		Sources []siteLink
	}
	data := struct {
		pageMeta
		Entries                        []entry
		Packages                       []pkg
		Rounds                         []round
		Comparisons, Histories, Matrix []siteLink
		Standings                      template.URL
	}{pageMeta: newMeta(idx.Title, idx.Nav), Standings: template.URL(idx.Standings)}
	data.Cite = newCite(idx.Cite, idx.Title)
	for _, e := range idx.Entries {
		data.Entries = append(data.Entries, entry{IndexEntry: e, Href: template.URL(e.Href), Supersedes: siteLinks(e.Supersedes), Package: siteLinks([]Link{e.Package})[0]})
	}
	for _, p := range idx.Packages {
		data.Packages = append(data.Packages, pkg{IndexPackage: p, Members: siteLinks(p.Members)})
	}
	for _, r := range idx.Rounds {
		data.Rounds = append(data.Rounds, round{IndexRound: r, Sources: siteLinks(r.Sources)})
	}
	data.Comparisons, data.Histories, data.Matrix = siteLinks(idx.Comparisons), siteLinks(idx.Histories), siteLinks(idx.Matrix)
	return templates().ExecuteTemplate(w, "index.html.tmpl", data)
}

// siteLink is a link as the templates take it.
type siteLink struct {
	Href        template.URL
	Label, Note string
}

func siteLinks(links []Link) []siteLink {
	out := make([]siteLink, len(links))
	for i, l := range links {
		out[i] = siteLink{Href: template.URL(l.Href), Label: l.Label, Note: l.Note}
	}
	return out
}

// Related are the pages of a site that a proposal's page links.
type Related struct {
	// Revises are the texts it revises or answers, RevisedBy those that
	// revise or answer it, each with the relation as Note.
	Revises, RevisedBy []Link
	// Comparisons are the comparison pages it is in.
	Comparisons []Link
	// History is the page of its drafts, Standing its row on the page of
	// where the parties stand; an empty Href is no page.
	History, Standing Link
	// Ledger is its lineage on the page of who gave what; an empty Href
	// is no page.
	Ledger Link
}

// ProposalHTML writes the page of one proposal: its head and summary, the
// pages related to it, the map of its territorial terms, its terms by
// section, every point with its state, confidence and sources, and the
// editors' notes. r is a report of the proposal alone; opts.Nav and
// opts.Crumbs place the page in a site.
func ProposalHTML(w io.Writer, r *compare.Report, rel Related, opts Options) error {
	v := view.Single(r)
	h := v.Head
	type point struct {
		view.Point
		Parts    []htmlPart
		Variants []compare.Variant
		Refs     []htmlRef
	}
	data := struct {
		pageMeta
		Map                             *htmlMap
		Header                          htmlProposal
		Lineage, RevisedBy, Comparisons []siteLink
		History, Standing, Ledger       siteLink
		Terms                           []htmlSection
		Points                          []point
		Sources                         []htmlSource
		Notes                           string
	}{
		pageMeta: newMeta(h.Short+": "+h.Title, opts.Nav),
		Header:   htmlProposal{Short: h.Short, Title: h.Title, ID: h.ID, Date: h.Date, Status: h.Status, Summary: h.Summary, Points: h.Points, Sources: h.Sources},
		Lineage:  siteLinks(rel.Revises), RevisedBy: siteLinks(rel.RevisedBy), Comparisons: siteLinks(rel.Comparisons),
		History: siteLinks([]Link{rel.History})[0], Standing: siteLinks([]Link{rel.Standing})[0], Ledger: siteLinks([]Link{rel.Ledger})[0],
		Notes:   r.Proposals[0].Notes,
		Sources: htmlSources(v.Sources),
	}
	data.sitePlace(opts)
	if maps := reportMaps(r, opts.Catalog); len(maps) == 1 {
		data.Map = &maps[0]
	}
	for _, s := range v.Terms {
		hs := htmlSection{Key: s.Key, Title: s.Title}
		for _, row := range s.Rows {
			label := row.Label
			if row.Group != "" {
				label = row.Group + ": " + row.Label
			}
			hs.Rows = append(hs.Rows, htmlRow{Anchor: row.Anchor, Label: label, Cells: []htmlCell{htmlCellOf(row.Cells[0])}})
		}
		data.Terms = append(data.Terms, hs)
	}
	for _, p := range v.Points {
		hc := htmlCellOf(p.Cell)
		pt := point{Point: p, Parts: hc.Parts, Variants: p.Cell.Variants, Refs: hc.Refs}
		pt.State = strings.ReplaceAll(p.State, "-", " ")
		if len(pt.Parts) == 0 && p.Cell.State != "" {
			pt.Parts = []htmlPart{{Text: p.Cell.State}}
		}
		data.Points = append(data.Points, pt)
	}
	if err := templates().ExecuteTemplate(w, "proposal.html.tmpl", data); err != nil {
		return fmt.Errorf("render %s: %w", h.ID, err)
	}
	return nil
}
