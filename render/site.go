package render

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/redlines"
)

// SiteOptions shape a static site.
type SiteOptions struct {
	// BaseURL is where the site will be published, such as
	// "https://example.org/peace/". With it the site has a sitemap.xml;
	// links stay relative either way.
	BaseURL string
	// Pairs are extra comparisons to publish, as pairs of ids.
	Pairs [][2]string
	// Live adds the script that reloads a page when `site serve` rebuilds.
	Live bool
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

// SiteMarker is the file a built site holds at its root, so that a later
// build knows the folder is a site it may replace.
const SiteMarker = ".peacediff-site"

// Site builds the whole static site of a corpus as data, sorted by path:
//
//   - index.html: the proposals on a timeline, with lineage, status and
//     the number of points and sources, and every page listed;
//   - p/ID.html: a page per proposal: its terms, every point with its
//     state, confidence and sources;
//   - c/A--B.html: comparisons: each text against each text it revises or
//     answers, every pair of texts dated in the same month (the rounds of
//     a negotiation, such as the four texts of November 2025), and the
//     pairs of opts.Pairs;
//   - m/SECTION.html: the matrix of every proposal's typed terms, per
//     section;
//   - h/ID.html: the history of every text that supersedes another;
//   - w.html: where the parties stand: every proposal checked against the
//     parties' stated red lines and placed between their positions;
//   - sitemap.xml, only with opts.BaseURL;
//   - the marker file [SiteMarker].
//
// Links are relative, so the site works from file://, under any sub-path
// and on any static host. The same corpus gives the same bytes.
func Site(c *proposals.Corpus, opts SiteOptions) ([]Page, error) {
	b := &siteBuilder{c: c, opts: opts, tmpl: templates()}
	if err := b.build(); err != nil {
		return nil, err
	}
	slices.SortFunc(b.pages, func(x, y Page) int { return strings.Compare(x.Path, y.Path) })
	return b.pages, nil
}

type siteBuilder struct {
	c     *proposals.Corpus
	opts  SiteOptions
	tmpl  *template.Template
	mu    sync.Mutex // guards pages
	pages []Page
}

// sitePair is a comparison page of the site.
type sitePair struct {
	a, b *proposals.File
	why  string
}

func (b *siteBuilder) build() error {
	pairs, err := b.pairs()
	if err != nil {
		return err
	}
	var histories []*proposals.File
	for _, f := range b.c.Files {
		if len(f.Proposal.Supersedes) > 0 {
			histories = append(histories, f)
		}
	}
	matrix := b.matrixSections()

	// Every page is built on its own; build them on all processors. The
	// result does not depend on the order: pages are sorted by path.
	jobs := []func() error{
		func() error { return b.index(pairs, histories, matrix) },
		b.standings,
	}
	for _, f := range b.c.Files {
		jobs = append(jobs, func() error { return b.proposalPage(f) })
	}
	for _, p := range pairs {
		jobs = append(jobs, func() error {
			r, err := compare.Compare(b.c, []*proposals.File{p.a, p.b}, compare.Options{})
			if err != nil {
				return err
			}
			return b.report(pairPath(p.a, p.b), r)
		})
	}
	for _, f := range histories {
		jobs = append(jobs, func() error {
			r, err := compare.History(b.c, f, compare.Options{})
			if err != nil {
				return err
			}
			return b.report(historyPath(f), r)
		})
	}
	for _, s := range matrix {
		jobs = append(jobs, func() error {
			r, err := compare.Compare(b.c, b.c.Files, compare.Options{Sections: []string{s.Key}, TermsOnly: true})
			if err != nil {
				return err
			}
			return b.report(matrixPath(s.Key), r)
		})
	}
	if err := runAll(jobs); err != nil {
		return err
	}
	b.add(SiteMarker, []byte("This folder is a site built by peacediff; peacediff site build may replace it.\n"))
	if b.opts.BaseURL != "" {
		b.sitemap()
	}
	return nil
}

// pairs lists the comparison pages, without repeats, in a stable order.
func (b *siteBuilder) pairs() ([]sitePair, error) {
	var out []sitePair
	seen := map[string]bool{}
	add := func(x, y *proposals.File, why string) {
		key := pairPath(x, y)
		if x == y || seen[key] {
			return
		}
		seen[key] = true
		out = append(out, sitePair{x, y, why})
	}
	for _, f := range b.c.Files {
		for _, s := range f.Proposal.Supersedes {
			if g := b.c.Get(s.ID); g != nil {
				add(g, f, string(s.Relation))
			}
		}
	}
	for i, f := range b.c.Files {
		for _, g := range b.c.Files[i+1:] {
			if month(f) != "" && month(f) == month(g) {
				add(f, g, "same month")
			}
		}
	}
	for _, p := range b.opts.Pairs {
		x, y := b.c.Get(p[0]), b.c.Get(p[1])
		if x == nil || y == nil {
			return nil, fmt.Errorf("--pair %s:%s: no such proposal in the corpus", p[0], p[1])
		}
		add(x, y, "asked for")
	}
	return out, nil
}

// month is the year and month of a text's date, or "" when the date has
// only a year.
func month(f *proposals.File) string {
	d := string(f.Proposal.Date)
	if len(d) < 7 {
		return ""
	}
	return d[:7]
}

// matrixSections lists the sections that have typed terms in the corpus.
func (b *siteBuilder) matrixSections() []*compare.Section {
	r, err := compare.Compare(b.c, b.c.Files, compare.Options{TermsOnly: true})
	if err != nil {
		return nil
	}
	return r.Sections
}

func pairPath(a, b *proposals.File) string {
	return "c/" + a.Proposal.ID + "--" + b.Proposal.ID + ".html"
}

func proposalPath(id string) string        { return "p/" + id + ".html" }
func historyPath(f *proposals.File) string { return "h/" + f.Proposal.ID + ".html" }
func matrixPath(section string) string     { return "m/" + section + ".html" }

// rel makes a site path relative to the page at from.
func rel(from, to string) template.URL {
	depth := strings.Count(from, "/")
	return template.URL(strings.Repeat("../", depth) + to)
}

func (b *siteBuilder) nav(from string) []navLink {
	return []navLink{{Href: rel(from, "index.html"), Label: "All proposals"}}
}

func (b *siteBuilder) add(p string, data []byte) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.pages = append(b.pages, Page{Path: p, Data: data})
}

// runAll runs the jobs on as many goroutines as there are processors and
// returns the errors of the jobs, joined in the jobs' order.
func runAll(jobs []func() error) error {
	errs := make([]error, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				errs[i] = jobs[i]()
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	return errors.Join(slices.DeleteFunc(errs, func(e error) bool { return e == nil })...)
}

func (b *siteBuilder) execute(p, name string, data any) error {
	var buf bytes.Buffer
	if err := b.tmpl.ExecuteTemplate(&buf, name, data); err != nil {
		return fmt.Errorf("render %s: %w", p, err)
	}
	b.add(p, buf.Bytes())
	return nil
}

func (b *siteBuilder) report(p string, r *compare.Report) error {
	page := newHTMLPage(r, Options{All: true, Catalog: b.c.Catalog}, b.nav(p), b.opts.Live)
	for i := range page.Proposals {
		page.Proposals[i].Href = rel(p, proposalPath(page.Proposals[i].ID))
	}
	if strings.HasPrefix(p, "m/") && len(r.Sections) > 0 {
		page.pageMeta.Title = "All proposals: " + r.Sections[0].Title
	}
	return b.execute(p, "report.html.tmpl", page)
}

// standingsPath is the page of the parties' red lines and positions.
const standingsPath = "w.html"

// standings writes "Where they stand": every proposal checked against the
// parties' stated red lines, and placed between their positions.
func (b *siteBuilder) standings() error {
	positions := b.opts.Lines
	if positions == nil {
		var err error
		if positions, err = redlines.Embedded(b.c.Catalog); err != nil {
			return err
		}
	}
	set, err := redlines.Compile(b.c.Catalog, positions)
	if err != nil {
		return err
	}
	r, err := set.Check(b.c.Files)
	if err != nil {
		return err
	}
	r.Spectrum = redlines.Place(b.c.Catalog, b.c.Files, set.Lines())
	return b.execute(standingsPath, "check.html.tmpl", newCheckPage(r, b.nav(standingsPath), b.opts.Live))
}

// siteIndex is the data of index.html.
type siteIndex struct {
	pageMeta
	Entries     []siteEntry
	Comparisons []siteLink
	Histories   []siteLink
	Matrix      []siteLink
	Standings   template.URL
}

type siteEntry struct {
	ID, Short, Title, Date, Status string
	Href                           template.URL
	Points, Sources                int
	Supersedes                     []siteLink
}

type siteLink struct {
	Href        template.URL
	Label, Note string
}

func (b *siteBuilder) index(pairs []sitePair, histories []*proposals.File, matrix []*compare.Section) error {
	const p = "index.html"
	idx := siteIndex{pageMeta: newMeta("Peace proposals compared", nil, b.opts.Live), Standings: rel(p, standingsPath)}
	for _, f := range b.c.Files {
		pr := f.Proposal
		e := siteEntry{
			ID: pr.ID, Short: pr.Short, Title: pr.Title, Date: string(pr.Date), Status: strings.ReplaceAll(string(pr.Status), "-", " "),
			Href: rel(p, proposalPath(pr.ID)), Points: pr.PointCount, Sources: len(pr.Sources),
		}
		for _, s := range pr.Supersedes {
			label := s.ID
			if g := b.c.Get(s.ID); g != nil {
				label = g.Proposal.Short
			}
			e.Supersedes = append(e.Supersedes, siteLink{Href: rel(p, proposalPath(s.ID)), Label: label, Note: string(s.Relation)})
		}
		idx.Entries = append(idx.Entries, e)
	}
	for _, pr := range pairs {
		idx.Comparisons = append(idx.Comparisons, siteLink{Href: rel(p, pairPath(pr.a, pr.b)), Label: pr.a.Proposal.Short + " vs " + pr.b.Proposal.Short, Note: pr.why})
	}
	for _, f := range histories {
		idx.Histories = append(idx.Histories, siteLink{Href: rel(p, historyPath(f)), Label: f.Proposal.Short})
	}
	for _, s := range matrix {
		idx.Matrix = append(idx.Matrix, siteLink{Href: rel(p, matrixPath(s.Key)), Label: s.Title})
	}
	return b.execute(p, "index.html.tmpl", idx)
}

// siteProposal is the data of a proposal page.
type siteProposal struct {
	pageMeta
	Map     *htmlMap
	Header  htmlProposal
	Lineage []siteLink
	Terms   []htmlSection
	Points  []sitePoint
	Sources []htmlSource
	Notes   string
}

type sitePoint struct {
	Anchor, Point, Topic, Heading, State, Confidence, Note string
	Parts                                                  []htmlPart
	Variants                                               []compare.Variant
	Refs                                                   []htmlRef
}

func (b *siteBuilder) proposalPage(f *proposals.File) error {
	p := proposalPath(f.Proposal.ID)
	r, err := compare.Compare(b.c, []*proposals.File{f}, compare.Options{})
	if err != nil {
		return err
	}
	h := r.Proposals[0]
	page := siteProposal{
		pageMeta: newMeta(h.Short+": "+h.Title, b.nav(p), b.opts.Live),
		Header: htmlProposal{Short: h.Short, Title: h.Title, ID: h.ID, Date: h.Date, Status: strings.ReplaceAll(h.Status, "-", " "),
			Summary: h.Summary, Points: h.PointCount, Sources: len(h.Sources)},
		Notes: f.Proposal.Notes,
	}
	for _, s := range f.Proposal.Supersedes {
		page.Lineage = append(page.Lineage, siteLink{Href: rel(p, proposalPath(s.ID)), Label: s.ID, Note: string(s.Relation)})
	}
	if maps := reportMaps(r, b.c.Catalog); len(maps) == 1 {
		page.Map = &maps[0]
	}
	notes := newFootnotes(r)
	var points []*compare.Row
	for _, sec := range r.Sections {
		hs := htmlSection{Key: sec.Key, Title: sec.Title}
		for _, row := range sec.Rows {
			if row.Kind == compare.PointRow {
				points = append(points, row)
				continue
			}
			label := row.Label
			if row.Group != "" {
				label = row.Group + ": " + row.Label
			}
			hs.Rows = append(hs.Rows, htmlRow{Anchor: anchor("r-", row.Key), Label: label, Cells: []htmlCell{htmlCellOf(row, 0, notes)}})
		}
		if len(hs.Rows) > 0 {
			page.Terms = append(page.Terms, hs)
		}
	}
	slices.SortFunc(points, func(x, y *compare.Row) int { return x.Order - y.Order })
	for _, row := range points {
		c := &row.Cells[0]
		hc := htmlCellOf(row, 0, notes)
		state := c.State.String()
		if c.Kept {
			state = "kept"
		}
		page.Points = append(page.Points, sitePoint{
			Anchor: anchor("pt-", c.Point), Point: c.Point, Topic: row.Label, Heading: c.Heading,
			State: strings.ReplaceAll(state, "-", " "), Confidence: c.Confidence, Note: c.Note,
			Parts: hc.Parts, Variants: c.Variants, Refs: hc.Refs,
		})
		if hc.State != "" && len(hc.Parts) == 0 {
			page.Points[len(page.Points)-1].Parts = []htmlPart{{Text: hc.State}}
		}
	}
	for i, ref := range notes.order {
		src := r.Proposals[ref.proposal].Sources[ref.source]
		page.Sources = append(page.Sources, htmlSource{
			Anchor: fmt.Sprintf("src-%d", i+1), Publisher: src.Publisher, Relays: src.Relays,
			Kind: src.Kind, Date: src.Date, Title: src.Title, URL: safeURL(src.URL),
		})
	}
	return b.execute(p, "proposal.html.tmpl", page)
}

// sitemap lists every HTML page under the base URL.
func (b *siteBuilder) sitemap() {
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

// Problems writes a page that lists the problems that stopped a build, for
// `site serve`; it reloads itself when the files are fixed.
func Problems(w io.Writer, problems []string) error {
	return templates().ExecuteTemplate(w, "problems.html.tmpl", struct {
		pageMeta
		Problems []string
	}{newMeta("Problems in the proposal files", nil, true), problems})
}
