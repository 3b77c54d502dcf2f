// Package site builds the static site of a corpus: it decides which pages
// exist and how they link, runs the comparisons and the red-line check
// each page needs, and writes each page through package render. The site
// is data (a path and bytes per file); writing it to a folder is another
// package's job, and so is serving it.
package site

import (
	"bytes"
	"fmt"
	"html/template"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/redlines"
	"github.com/peacediff/peacediff/render"
)

// Options shape a site. The zero value builds the site of a corpus with
// the built-in red lines.
type Options struct {
	// BaseURL is where the site will be published, such as
	// "https://example.org/peace/". With it the site has a sitemap.xml;
	// links stay relative either way.
	BaseURL string
	// Pairs are extra comparisons to publish, as pairs of ids.
	Pairs [][2]string
	// Lines are the parties' red lines for the "Where they stand" page;
	// nil means the built-in ones.
	Lines []redlines.Line
}

// Page is one file of a site: a slash-separated relative path and its
// bytes.
type Page struct {
	Path string
	Data []byte
}

// Marker is the file a built site holds at its root, so that a later
// build knows the folder is a site it may replace.
const Marker = ".peacediff-site"

// Build builds the whole static site of a corpus as data, sorted by path:
//
//   - index.html: the proposals on a timeline, with lineage, status and
//     the number of points and sources, and every page listed;
//   - p/ID.html: a page per proposal: its terms, every point with its
//     state, confidence and sources;
//   - c/A--B.html: comparisons: each text against each text it revises or
//     answers, every pair of texts dated in the same month (the rounds of
//     a negotiation, such as the four texts of November 2025; more than
//     [MaxSameMonth] of them fail the build), and the pairs of opts.Pairs;
//   - m/SECTION.html: the matrix of every proposal's typed terms, per
//     section;
//   - h/ID.html: the history of every text that supersedes another;
//   - w.html: where the parties stand: every proposal checked against the
//     parties' stated red lines and placed between their positions;
//   - sitemap.xml, only with opts.BaseURL;
//   - the marker file [Marker].
//
// Links are relative, so the site works from file://, under any sub-path
// and on any static host. The same corpus gives the same bytes. Build
// makes every page of the [Site] of the corpus.
func Build(c *proposals.Corpus, opts Options) ([]Page, error) {
	s, err := New(c, opts)
	if err != nil {
		return nil, err
	}
	return s.All()
}

// builder holds what the pages of a site are made from: the corpus, what
// links the pages (worked out when the site is made) and what several
// pages share (made when the first of them asks for it).
type builder struct {
	c        *proposals.Corpus
	opts     Options
	compared []pair
	// histories are the texts with a history page; historyOf names, per
	// proposal id, the last text of the chain of drafts whose history
	// page shows it.
	histories []*proposals.File
	historyOf map[string]*proposals.File
	// sections are the sections of typed terms, each with a matrix page.
	sections []section
	// version names the corpus by its content, for citations.
	version string
	// lines are the parties' red lines, compiled once for the pages that
	// judge by them; lineageAnchor is the anchor of each text's lineage on
	// the page of who gave what.
	lines         *redlines.RuleSet
	lineageAnchor map[string]string

	// reports are each text's report alone, made once, when its page or
	// the search page first asks for it.
	mu      sync.Mutex // guards reports
	reports map[*proposals.File]*lazy[*compare.Report]
}

// section is a section of typed terms: a matrix page.
type section struct{ Key, Title string }

// pair is a comparison page of the site.
type pair struct {
	a, b *proposals.File
	why  string
}

// lazy is a value made once, by the first that asks for it.
type lazy[T any] struct {
	once sync.Once
	v    T
	err  error
}

// get returns the value, made by make if it is not made yet.
func (l *lazy[T]) get(make func() (T, error)) (T, error) {
	l.once.Do(func() { l.v, l.err = make() })
	return l.v, l.err
}

// report is the report of f alone, made once: its page and the search
// page read it.
func (b *builder) report(f *proposals.File) (*compare.Report, error) {
	b.mu.Lock()
	l := b.reports[f]
	if l == nil {
		l = &lazy[*compare.Report]{}
		b.reports[f] = l
	}
	b.mu.Unlock()
	return l.get(func() (*compare.Report, error) {
		return compare.Compare(b.c, []*proposals.File{f}, compare.Options{})
	})
}

// MaxSameMonth is the most pairs of texts dated in the same month that a
// site compares: their number grows as the square of the texts of a
// month, and each is a page (about 6 ms and 25 KB of memory).
const MaxSameMonth = 5000

func proposalPath(id string) string        { return "p/" + id + ".html" }
func historyPath(f *proposals.File) string { return "h/" + f.Proposal.ID + ".html" }
func matrixPath(section string) string     { return "m/" + section + ".html" }

// standingsPath is the page of the parties' red lines and positions.
const standingsPath = "w.html"

// write renders the page at p.
func write(p string, render func(*bytes.Buffer) error) ([]byte, error) {
	var buf bytes.Buffer
	if err := render(&buf); err != nil {
		return nil, fmt.Errorf("render %s: %w", p, err)
	}
	return buf.Bytes(), nil
}

// comparison renders the comparison page at p of report r, titled by its
// proposals, with the navigation nav and the breadcrumbs crumbs.
func (b *builder) comparison(p string, r *compare.Report, nav, crumbs []render.Link) ([]byte, error) {
	opts := render.Options{
		All: true, Catalog: b.c.Catalog, Nav: nav, Crumbs: crumbs, Cite: b.cite(p),
		ProposalLink: func(id string) string { return rel(p, proposalPath(id)) },
	}
	return write(p, func(w *bytes.Buffer) error { return render.HTML(w, r, opts) })
}

// standings renders "Where they stand": every proposal checked against
// the parties' stated red lines, and placed between their positions.
func (b *builder) standings() ([]byte, error) {
	set := b.lines
	r, err := set.Check(b.c.Files, redlines.AtDate)
	if err != nil {
		return nil, err
	}
	r.Spectrum = redlines.Place(b.c.Catalog, b.c.Files, set.Lines())
	if err := attachLanding(set, b.c.Files, r.Spectrum); err != nil {
		return nil, err
	}
	opts := render.Options{Nav: b.nav(standingsPath), Cite: b.cite(standingsPath), Title: "Where they stand: red lines and positions"}
	return write(standingsPath, func(w *bytes.Buffer) error { return render.CheckHTML(w, r, opts) })
}

// index renders the front page.
func (b *builder) index() ([]byte, error) {
	const p = "index.html"
	idx := render.Index{Title: "Peace proposals compared", Standings: rel(p, standingsPath), Nav: b.nav(p), Cite: b.cite(p)}
	for _, f := range b.c.Files {
		pr := f.Proposal
		e := render.IndexEntry{
			ID: pr.ID, Short: pr.Short, Title: pr.Title, Date: string(pr.Date), Status: strings.ReplaceAll(string(pr.Status), "-", " "),
			Href: rel(p, proposalPath(pr.ID)), Points: pr.PointCount, Sources: len(pr.Sources),
		}
		for _, s := range pr.Supersedes {
			label := s.ID
			if g := b.c.Get(s.ID); g != nil {
				label = g.Proposal.Short
			}
			e.Supersedes = append(e.Supersedes, render.Link{Href: rel(p, proposalPath(s.ID)), Label: label, Note: string(s.Relation)})
		}
		if pr.Package != nil && b.c.Timeline != nil {
			if pk := b.c.Timeline.Package(pr.Package.ID); pk != nil {
				e.Package = render.Link{Href: "#package-" + pk.ID, Label: pk.Title, Note: string(pr.Package.Role)}
			}
		}
		idx.Entries = append(idx.Entries, e)
	}
	b.timeline(&idx, p)
	for _, pr := range b.compared {
		idx.Comparisons = append(idx.Comparisons, render.Link{Href: rel(p, pairPath(pr.a, pr.b)), Label: pr.a.Proposal.Short + " vs " + pr.b.Proposal.Short, Note: pr.why})
	}
	for _, f := range b.histories {
		idx.Histories = append(idx.Histories, render.Link{Href: rel(p, historyPath(f)), Label: f.Proposal.Short})
	}
	for _, s := range b.sections {
		idx.Matrix = append(idx.Matrix, render.Link{Href: rel(p, matrixPath(s.Key)), Label: s.Title})
	}
	return write(p, func(w *bytes.Buffer) error { return render.IndexHTML(w, idx) })
}

// proposal renders the page of f, with the navigation nav, the breadcrumbs
// crumbs and the links to the pages related to it.
func (b *builder) proposal(f *proposals.File, nav, crumbs []render.Link, related render.Related) ([]byte, error) {
	p := proposalPath(f.Proposal.ID)
	r, err := b.report(f)
	if err != nil {
		return nil, err
	}
	opts := render.Options{Catalog: b.c.Catalog, Nav: nav, Cite: b.cite(p), Crumbs: crumbs}
	return write(p, func(w *bytes.Buffer) error { return render.ProposalHTML(w, r, related, opts) })
}

// sitemap lists the HTML pages of paths under the base URL.
func (b *builder) sitemap(paths []string) []byte {
	base := strings.TrimSuffix(b.opts.BaseURL, "/") + "/"
	var buf bytes.Buffer
	buf.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	buf.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	var html []string
	for _, p := range paths {
		if path.Ext(p) == ".html" {
			html = append(html, p)
		}
	}
	slices.Sort(html)
	for _, p := range html {
		buf.WriteString("  <url><loc>")
		template.HTMLEscape(&buf, []byte(base+p))
		buf.WriteString("</loc></url>\n")
	}
	buf.WriteString("</urlset>\n")
	return buf.Bytes()
}
