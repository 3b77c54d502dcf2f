package render

import (
	"html/template"

	"github.com/peacediff/peacediff/proposals"
)

// Options control the layout of the human formats. The zero value is 80
// columns without colour, unchanged rows folded.
type Options struct {
	// Width is the width of text output in display columns; 0 means 80.
	Width int
	// Color allows ANSI colour in text output.
	Color bool
	// All shows unchanged rows instead of folding them into a count.
	All bool
	// FoldHint tells a reader how to show what was folded, after the count
	// of unchanged rows: "--all shows them".
	FoldHint string
	// Catalog, when set, lets HTML reports draw the map of each proposal's
	// territorial terms from the catalogue's boundary maps.
	Catalog *proposals.Catalog

	// Nav, Crumbs, Title and ProposalLink place an HTML page in a site:
	// the site's navigation, the breadcrumbs from the front page to this
	// one (the last, this page, with no Href), a title instead of the
	// page's own, and the link to the page of a proposal (by id) or "" for
	// none.
	Nav    []Link
	Crumbs []Link
	// Glance lays a report of many texts out to read at a glance: no
	// cards, maps or counts above the table; each cell its short value,
	// an ordered term's placed on its scale by a shade and a bar; its
	// points, sources and notes folded into a <details>.
	Glance bool
	// Silent lists, on a page laid out at a glance, the texts left out of
	// its table because they address none of its rows.
	Silent []Link
	// Cite, when set, gives the page a block that tells how to cite it
	// and, with an absolute URL, its canonical address.
	Cite         *Citation
	Title        string
	ProposalLink func(id string) string
}

// Link is a link of an HTML page, relative to the page.
type Link struct {
	Href  string
	Label string
	// Note says what the link is: "revises", "same month".
	Note string
	// Current marks the link of the navigation to the page it is on.
	Current bool
}

// link is the link to the page of proposal id, or "".
func (o Options) link(id string) template.URL {
	if o.ProposalLink == nil {
		return ""
	}
	return template.URL(o.ProposalLink(id))
}

func (o Options) width() int {
	if o.Width <= 0 {
		return 80
	}
	return max(o.Width, 40)
}

// hint is the fold hint in parentheses, after a space, or "".
func (o Options) hint() string {
	if o.FoldHint == "" {
		return ""
	}
	return " (" + o.FoldHint + ")"
}

// WithAll returns a copy of o that shows unchanged rows.
func (o Options) WithAll() Options {
	o.All = true
	return o
}
