package render

import (
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/peacediff/peacediff/redlines"
)

// CheckHTML writes the check as one self-contained page, built like
// [HTML]'s: the same inline stylesheet under a strict
// Content-Security-Policy, no script, nothing from the network. The page
// has the lines with their statements, sources and rules, the matrix of
// texts against lines with each verdict in words as well as a mark, and,
// when the report has one, the spectrum as strip charts, each followed by
// the same facts as a table. Every text is escaped by html/template.
func CheckHTML(w io.Writer, r *redlines.Report, opts Options) error {
	return templates().ExecuteTemplate(w, "check.html.tmpl", newCheckPage(r, nil, false))
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
	N                                                  int
	Anchor, ID, Party, PartyName, Date, Title          string
	Statement, Confidence, Note, Reads, Rule, Crossers string
	Sources                                            []checkSource
	Crossings                                          []checkCrossing
}

type checkSource struct {
	Publisher, Relays, Kind, Date, Title string
	URL                                  template.URL
}

type checkCrossing struct{ Short, Words string }

type checkRow struct {
	Short, Date, ID string
	Cells           []checkCell
}

type checkCell struct {
	Class, Mark, Words, Points string
}

type checkAxis struct {
	// Chart is the axis's strip chart, built by stripChart with every
	// text escaped.
	Chart       template.HTML
	Title, Ends string
	Rows        []checkAxisRow
	Silent      string
}

type checkAxisRow struct {
	Name, Gauge, Words string
	Stance             bool
}

// newCheckPage lays out the page; nav and live are as for the site's pages.
func newCheckPage(r *redlines.Report, nav []navLink, live bool) *checkPage {
	p := &checkPage{
		pageMeta: newMeta("Red lines", nav, live), Counts: checkCounts(r),
		Legend: "✗ crossed, ✓ holds, · not addressed: the text is silent on what the line is about.", Proposals: r.Proposals,
	}
	for i, l := range r.Lines {
		cl := checkLine{
			N: i + 1, Anchor: "line-" + l.ID, ID: l.ID, Party: l.Party, PartyName: l.PartyName, Date: l.Date,
			Title: l.Title, Statement: l.Statement, Confidence: strings.ReplaceAll(l.Confidence, "-", " "),
			Note: l.Note, Reads: l.Reads, Rule: l.Rule,
		}
		for _, s := range l.Sources {
			cl.Sources = append(cl.Sources, checkSource{Publisher: s.Publisher, Relays: s.Relays, Kind: s.Kind, Date: s.Date, Title: s.Title, URL: safeURL(s.URL)})
		}
		for k, c := range l.Cells {
			if c.Verdict == redlines.Crossed {
				cl.Crossings = append(cl.Crossings, checkCrossing{Short: r.Proposals[k].Short, Words: crossingWords(c)})
			}
		}
		p.Lines = append(p.Lines, cl)
	}
	for k, pr := range r.Proposals {
		row := checkRow{Short: pr.Short, Date: pr.Date, ID: pr.ID}
		for _, l := range r.Lines {
			c := l.Cells[k]
			cell := checkCell{Class: c.Verdict.String(), Mark: verdictMark(c.Verdict), Words: strings.ReplaceAll(c.Verdict.String(), "-", " ")}
			if c.Verdict == redlines.Crossed {
				cell.Points = strings.Join(c.Points, ", ")
			}
			row.Cells = append(row.Cells, cell)
		}
		p.Rows = append(p.Rows, row)
	}
	if s := r.Spectrum; s != nil {
		for _, a := range s.Axes {
			var b strings.Builder
			stripChart(&b, a)
			ca := checkAxis{Chart: template.HTML(b.String()), Title: a.Title, Ends: axisEnds(a)}
			for _, m := range a.Stances {
				ca.Rows = append(ca.Rows, checkAxisRow{Name: stanceName(m), Gauge: gauge(a, m.At, "◆"), Words: m.Label, Stance: true})
			}
			for _, m := range a.Places {
				ca.Rows = append(ca.Rows, checkAxisRow{Name: placeName(m), Gauge: gauge(a, m.At, "●"), Words: placeWords(a, m)})
			}
			if n := len(a.Silent); n > 0 {
				ca.Silent = fmt.Sprintf("Not addressed by %s.", plural(n, "text"))
			}
			p.Axes = append(p.Axes, ca)
		}
	}
	return p
}
