package main

import (
	"io"

	"github.com/peacediff/peacediff/ledger"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/redlines"
	"github.com/peacediff/peacediff/render"
	"github.com/spf13/cobra"
)

// ledgerFormats are the formats of the ledger.
var ledgerFormats = []string{"text", "markdown", "html", "json"}

type ledgerOptions struct {
	app       *app
	args      []string
	output    outputFlags
	positions string // --positions
	deleted   bool   // --deleted
}

func newLedgerCmd(app *app, runF func(*ledgerOptions) error) *cobra.Command {
	opts := &ledgerOptions{app: app}
	cmd := &cobra.Command{
		Use:   "ledger [ID|FILE...]",
		Short: "Show who gave what along a lineage of drafts",
		Long: `Ledger follows the lineage of drafts (supersedes, either way) and, for each
step from a text to the one that revises or answers it, lists every typed
term that moved on its ordered scale or as a number: from what to what, by
how much, toward or away from each party's stated red line, who proposed the
step and at which points. A move that a later text of the lineage puts back
is marked "taken back", with where. Each party's summary lists the terms it
gained, gave up and got back.

A term whose value is unknown at either end of a step is listed as unknown
and never counts as a move; ° marks the editors' reading of a text. With no
argument it shows every lineage of the corpus, in date order; with IDs, the
lineages they belong to. --deleted adds every point a step drops, and
whether a later text restored it.`,
		Example: `  peacediff ledger
  peacediff ledger e3-counterproposal-2025-11
  peacediff ledger ukraine-us-20-point-2025-12 --deleted
  peacediff ledger --format json -o ledger.json
  peacediff ledger --format html -o who-gave-what.html`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.args = args
			if runF != nil {
				return runF(opts)
			}
			return runLedger(opts)
		},
	}
	opts.output.register(cmd, ledgerFormats)
	cmd.Flags().StringVar(&opts.positions, "positions", "", "read the parties' stances from the positions files of `DIR` instead of the built-in ones")
	cmd.Flags().BoolVar(&opts.deleted, "deleted", false, "add every point dropped along the lineage, and whether a later text restored it")
	return cmd
}

func runLedger(opts *ledgerOptions) error {
	var c *proposals.Corpus
	var ids []string
	var err error
	if len(opts.args) > 0 {
		var files []*proposals.File
		c, files, err = opts.app.resolve(opts.args)
		for _, f := range files {
			ids = append(ids, f.Proposal.ID)
		}
	} else {
		c, err = opts.app.corpus()
	}
	if err != nil {
		return err
	}
	positions, err := loadPositions(opts.positions, c.Catalog)
	if err != nil {
		return err
	}
	set, err := redlines.Compile(c.Catalog, positions)
	if err != nil {
		return err
	}
	l, err := ledger.Build(c, ids, set, ledger.Options{Deleted: opts.deleted})
	if err != nil {
		return &usageError{err: err}
	}
	ro, err := opts.app.renderOptions(opts.output.out, false)
	if err != nil {
		return err
	}
	return opts.output.writeColoured(opts.app, func(w io.Writer) error {
		switch opts.output.format {
		case "json":
			return render.LedgerJSON(w, l)
		case "markdown":
			return render.LedgerMarkdown(w, l)
		case "html":
			return render.LedgerHTML(w, l, ro)
		}
		return render.LedgerText(w, l, ro)
	})
}
