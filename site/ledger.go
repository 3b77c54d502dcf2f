package site

import (
	"bytes"

	"github.com/peacediff/peacediff/ledger"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/redlines"
	"github.com/peacediff/peacediff/render"
)

// ledgerPath is the page of who gave what along each lineage of drafts.
const ledgerPath = "l.html"

// compileLines compiles the parties' red lines of opts (nil: the built-in
// ones) for the pages that judge by them.
func compileLines(cat *proposals.Catalog, opts Options) (*redlines.RuleSet, error) {
	lines := opts.Lines
	if lines == nil {
		var err error
		if lines, err = redlines.Embedded(cat); err != nil {
			return nil, err
		}
	}
	return redlines.Compile(cat, lines)
}

// anchorLineages names the anchor of each text's lineage on the page of
// who gave what: a proposal's page links it.
func (b *builder) anchorLineages() {
	b.lineageAnchor = map[string]string{}
	for i, lin := range ledger.Lineages(b.c) {
		for _, f := range lin {
			b.lineageAnchor[f.Proposal.ID] = render.LineageAnchor(i)
		}
	}
}

// ledgerPage renders the page of who gave what.
func (b *builder) ledgerPage() ([]byte, error) {
	l, err := ledger.Build(b.c, nil, b.lines, ledger.Options{Deleted: true})
	if err != nil {
		return nil, err
	}
	opts := render.Options{Nav: b.nav(ledgerPath), Cite: b.cite(ledgerPath), Title: "Who gave what: the moves along each lineage of drafts"}
	return write(ledgerPath, func(w *bytes.Buffer) error { return render.LedgerHTML(w, l, opts) })
}
