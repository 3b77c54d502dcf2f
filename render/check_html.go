package render

import (
	"html/template"
	"io"

	"github.com/peacediff/peacediff/redlines"
	"github.com/peacediff/peacediff/view"
)

// CheckHTML writes the check as one self-contained page, built like
// [HTML]'s: the same inline stylesheet under a strict
// Content-Security-Policy, no script, nothing from the network. The page
// has the lines with their statements, sources and rules, the matrix of
// texts against lines with each verdict in words as well as a mark, and,
// when the report has one, the spectrum as strip charts, each followed by
// the same facts as a table. Every text is escaped by html/template.
func CheckHTML(w io.Writer, r *redlines.Report, opts Options) error {
	return templates().ExecuteTemplate(w, "check.html.tmpl", newCheckPage(r, opts))
}

type checkPage struct {
	pageMeta
	Counts    string
	Legend    string
	Proposals []redlines.Proposal
	Lines     []checkLine
	Rows      []checkRow
	Axes      []checkAxis
}

type checkLine struct {
	view.Line
	Sources []htmlSource
}

type checkRow struct {
	Short, Date, ID string
	Cells           []view.Verdict
}

type checkAxis struct {
	// Chart is the axis's strip chart, built by stripChart with every
	// text escaped.
	Chart       template.HTML
	Title, Ends string
	Rows        []view.AxisRow
	Silent      string
}

// newCheckPage lays out the page; opts.Nav and opts.Title place it in a
// site.
func newCheckPage(r *redlines.Report, opts Options) *checkPage {
	v := view.CheckView(r)
	title := "Red lines"
	if opts.Title != "" {
		title = opts.Title
	}
	p := &checkPage{pageMeta: newMeta(title, opts.Nav), Counts: v.Counts, Legend: legendWords(v.Legend), Proposals: v.Proposals}
	p.sitePlace(opts)
	for _, l := range v.Lines {
		cl := checkLine{Line: l}
		for _, s := range l.Sources {
			cl.Sources = append(cl.Sources, htmlSource{Publisher: s.Publisher, Relays: s.Relays, Kind: s.Kind, Date: s.Date, Title: s.Title, URL: safeURL(s.URL)})
		}
		p.Lines = append(p.Lines, cl)
	}
	for k, pr := range v.Proposals {
		p.Rows = append(p.Rows, checkRow{Short: pr.Short, Date: pr.Date, ID: pr.ID, Cells: v.Matrix[k]})
	}
	if v.Spectrum != nil {
		for _, a := range v.Spectrum.Axes {
			b := &svgBuilder{}
			stripChart(b, a)
			p.Axes = append(p.Axes, checkAxis{Chart: template.HTML(b.String()), Title: a.Title, Ends: a.Ends, Rows: a.Rows, Silent: a.Silent})
		}
	}
	return p
}
