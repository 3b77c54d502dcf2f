// Package site builds the static site of a corpus: it decides which pages
// exist and how they link, runs the comparisons and the red-line check
// each page needs, and writes each page through package render. The site
// is data (a path and bytes per file); writing it to a folder is another
// package's job, and so is serving it.
package site

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/ledger"
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
// and on any static host. The same corpus gives the same bytes.
func Build(c *proposals.Corpus, opts Options) ([]Page, error) {
	b := &builder{c: c, opts: opts}
	if err := b.build(); err != nil {
		return nil, err
	}
	slices.SortFunc(b.pages, func(x, y Page) int { return strings.Compare(x.Path, y.Path) })
	return b.pages, nil
}

type builder struct {
	c        *proposals.Corpus
	opts     Options
	compared []pair
	// matrix are the sections of typed terms, each with a matrix page.
	matrix []*compare.Section
	// version names the corpus by its content, for citations.
	version string
	mu      sync.Mutex // guards pages and found
	pages   []Page
	// found are, per proposal id, its points for the search page.
	found map[string][]render.SearchEntry
	// lines are the parties' red lines, compiled once for the pages that
	// judge by them; ledger is who gave what along each lineage, and
	// lineageAnchor the anchor of each text's lineage on its page.
	// historyOf names, per proposal id, the last text of the chain of
	// drafts whose history page shows it.
	historyOf     map[string]*proposals.File
	lines         *redlines.RuleSet
	ledger        *ledger.Ledger
	lineageAnchor map[string]string
}

// pair is a comparison page of the site.
type pair struct {
	a, b *proposals.File
	why  string
}

func (b *builder) build() error {
	pairs, err := b.pairs()
	if err != nil {
		return err
	}
	histories, err := b.chainHeads()
	if err != nil {
		return err
	}
	matrix, err := compare.Compare(b.c, b.c.Files, compare.Options{TermsOnly: true})
	if err != nil {
		return err
	}
	b.compared, b.matrix = pairs, matrix.Sections
	if b.version, err = corpusVersion(b.c); err != nil {
		return err
	}
	if err := b.compileLines(); err != nil {
		return err
	}

	// Every page is built on its own; build them on all processors. The
	// result does not depend on the order: pages are sorted by path.
	jobs := []func() error{
		func() error { return b.index(pairs, histories, matrix.Sections) },
		b.standings,
		b.ledgerPage,
		b.about,
		func() error { return b.data(matrix) },
		b.feed,
	}
	for _, f := range b.c.Files {
		jobs = append(jobs, func() error { return b.proposal(f) })
	}
	for _, p := range pairs {
		jobs = append(jobs, func() error {
			r, err := compare.Compare(b.c, []*proposals.File{p.a, p.b}, compare.Options{})
			if err != nil {
				return err
			}
			crumbs := []render.Link{{Label: p.a.Proposal.Short + " vs " + p.b.Proposal.Short}}
			return b.report(pairPath(p.a, p.b), r, "", b.crumbs(pairPath(p.a, p.b), p.a, crumbs), false)
		})
	}
	for _, f := range histories {
		jobs = append(jobs, func() error {
			r, err := compare.History(b.c, f, compare.Options{})
			if err != nil {
				return err
			}
			return b.report(historyPath(f), r, "", b.crumbs(historyPath(f), f, []render.Link{{Label: "History of the drafts"}}), false)
		})
	}
	for _, s := range matrix.Sections {
		jobs = append(jobs, func() error {
			opts := compare.Options{Sections: []string{s.Key}, TermsOnly: true, AgainstPredecessor: true}
			r, err := compare.Compare(b.c, b.c.Files, opts)
			if err != nil {
				return err
			}
			p := matrixPath(s.Key)
			speaking, silent := splitSilent(r, b.c.Files)
			var silentLinks []render.Link
			if len(silent) > 0 && len(speaking) > 0 {
				if r, err = compare.Compare(b.c, speaking, opts); err != nil {
					return err
				}
				for _, f := range silent {
					silentLinks = append(silentLinks, render.Link{Href: rel(p, proposalPath(f.Proposal.ID)), Label: f.Proposal.Short})
				}
			}
			crumbs := []render.Link{{Href: rel(p, "index.html#matrix"), Label: "Matrix"}, {Label: s.Title}}
			return b.matrixReport(p, r, "All proposals: "+s.Title, b.crumbs(p, nil, crumbs), silentLinks)
		})
	}
	if err := runAll(jobs); err != nil {
		return err
	}
	if err := b.search(); err != nil {
		return err
	}
	b.add(Marker, []byte("This folder is a site built by peacediff; peacediff site build may replace it.\n"))
	if b.opts.BaseURL != "" {
		b.sitemap()
	}
	return nil
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

func (b *builder) add(p string, data []byte) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.pages = append(b.pages, Page{Path: p, Data: data})
}

// runAll runs the jobs on as many goroutines as there are processors and
// returns the errors of the jobs, joined in the jobs' order.
func runAll(jobs []func() error) error {
	errs := make([]error, len(jobs))
	slots := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i, job := range jobs {
		slots <- struct{}{}
		wg.Go(func() {
			defer func() { <-slots }()
			errs[i] = job()
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// write renders a page into the site.
func (b *builder) write(p string, render func(*bytes.Buffer) error) error {
	var buf bytes.Buffer
	if err := render(&buf); err != nil {
		return fmt.Errorf("render %s: %w", p, err)
	}
	b.add(p, buf.Bytes())
	return nil
}

// report writes a comparison page at p, titled title or by its proposals,
// with the breadcrumbs crumbs; glance lays a matrix out to be read at a
// glance.
func (b *builder) report(p string, r *compare.Report, title string, crumbs []render.Link, glance bool) error {
	opts := render.Options{
		All: true, Catalog: b.c.Catalog, Nav: b.nav(p), Crumbs: crumbs, Title: title, Glance: glance, Cite: b.cite(p),
		ProposalLink: func(id string) string { return rel(p, proposalPath(id)) },
	}
	return b.write(p, func(w *bytes.Buffer) error { return render.HTML(w, r, opts) })
}

// standings writes "Where they stand": every proposal checked against the
// parties' stated red lines, and placed between their positions.
func (b *builder) standings() error {
	set := b.lines
	r, err := set.Check(b.c.Files, redlines.AtDate)
	if err != nil {
		return err
	}
	r.Spectrum = redlines.Place(b.c.Catalog, b.c.Files, set.Lines())
	if err := attachLanding(set, b.c.Files, r.Spectrum); err != nil {
		return err
	}
	opts := render.Options{Nav: b.nav(standingsPath), Cite: b.cite(standingsPath), Title: "Where they stand: red lines and positions"}
	return b.write(standingsPath, func(w *bytes.Buffer) error { return render.CheckHTML(w, r, opts) })
}

func (b *builder) index(pairs []pair, histories []*proposals.File, matrix []*compare.Section) error {
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
	for _, pr := range pairs {
		idx.Comparisons = append(idx.Comparisons, render.Link{Href: rel(p, pairPath(pr.a, pr.b)), Label: pr.a.Proposal.Short + " vs " + pr.b.Proposal.Short, Note: pr.why})
	}
	for _, f := range histories {
		idx.Histories = append(idx.Histories, render.Link{Href: rel(p, historyPath(f)), Label: f.Proposal.Short})
	}
	for _, s := range matrix {
		idx.Matrix = append(idx.Matrix, render.Link{Href: rel(p, matrixPath(s.Key)), Label: s.Title})
	}
	return b.write(p, func(w *bytes.Buffer) error { return render.IndexHTML(w, idx) })
}

func (b *builder) proposal(f *proposals.File) error {
	p := proposalPath(f.Proposal.ID)
	r, err := compare.Compare(b.c, []*proposals.File{f}, compare.Options{})
	if err != nil {
		return err
	}
	b.findable(f, r)
	opts := render.Options{Catalog: b.c.Catalog, Nav: b.nav(p), Cite: b.cite(p), Crumbs: b.crumbs(p, nil, []render.Link{{Label: f.Proposal.Short}})}
	return b.write(p, func(w *bytes.Buffer) error { return render.ProposalHTML(w, r, b.related(f), opts) })
}

// sitemap lists every HTML page under the base URL.
func (b *builder) sitemap() {
	base := strings.TrimSuffix(b.opts.BaseURL, "/") + "/"
	var buf bytes.Buffer
	buf.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	buf.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	var paths []string
	for _, pg := range b.pages {
		if path.Ext(pg.Path) == ".html" {
			paths = append(paths, pg.Path)
		}
	}
	slices.Sort(paths)
	for _, p := range paths {
		buf.WriteString("  <url><loc>")
		template.HTMLEscape(&buf, []byte(base+p))
		buf.WriteString("</loc></url>\n")
	}
	buf.WriteString("</urlset>\n")
	b.add("sitemap.xml", buf.Bytes())
}
