package site

import (
	"bytes"

	"github.com/peacediff/peacediff/ledger"
	"github.com/peacediff/peacediff/redlines"
	"github.com/peacediff/peacediff/render"
)

// ledgerPath is the page of who gave what along each lineage of drafts.
const ledgerPath = "l.html"

// compileLines compiles the parties' red lines (the site's own, or the
// built-in ones) and builds the ledger from them, before any page is
// made: a proposal's page links its lineage on the ledger's page.
func (b *builder) compileLines() error {
	lines := b.opts.Lines
	if lines == nil {
		var err error
		if lines, err = redlines.Embedded(b.c.Catalog); err != nil {
			return err
		}
	}
	set, err := redlines.Compile(b.c.Catalog, lines)
	if err != nil {
		return err
	}
	l, err := ledger.Build(b.c, nil, set, ledger.Options{Deleted: true})
	if err != nil {
		return err
	}
	b.lines, b.ledger, b.lineageAnchor = set, l, map[string]string{}
	for i, lin := range l.Lineages {
		for _, t := range lin.Texts {
			b.lineageAnchor[t.ID] = render.LineageAnchor(i)
		}
	}
	return nil
}

// ledgerPage writes the page of who gave what.
func (b *builder) ledgerPage() error {
	opts := render.Options{Nav: b.nav(ledgerPath), Cite: b.cite(ledgerPath), Title: "Who gave what: the moves along each lineage of drafts"}
	return b.write(ledgerPath, func(w *bytes.Buffer) error { return render.LedgerHTML(w, b.ledger, opts) })
}
