package main

import (
	"fmt"

	"github.com/peacediff/peacediff/compare"
	"github.com/spf13/cobra"
)

type historyOptions struct {
	app      *app
	arg      string
	output   outputFlags
	sections []string
	only     bool
	all      bool
}

func newHistoryCmd(app *app, runF func(*historyOptions) error) *cobra.Command {
	opts := &historyOptions{app: app}
	cmd := &cobra.Command{
		Use:   "history ID|FILE",
		Short: "Show how a text's terms and points moved across its earlier drafts",
		Long: `History follows supersedes from a text back to the first draft it descends
from, and compares each step with the one before it: every term's value at
each step, and where a point was added, changed or dropped.`,
		Example: `  peacediff history ukraine-us-20-point-2025-12
  peacediff history e3-counterproposal-2025-11 --section military`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.arg = args[0]
			if runF != nil {
				return runF(opts)
			}
			return runHistory(opts)
		},
	}
	opts.output.register(cmd, reportFormats)
	choicesFlag(cmd.Flags(), &opts.sections, "section", "show only these `sections`", app.sections)
	cmd.Flags().BoolVar(&opts.only, "only-changes", false, "leave out the rows that did not change")
	cmd.Flags().BoolVar(&opts.all, "all", false, "show unchanged rows instead of folding them")
	return cmd
}

func runHistory(opts *historyOptions) error {
	c, files, err := opts.app.resolveNeeded([]string{opts.arg})
	if err != nil {
		return err
	}
	if len(files[0].Proposal.Supersedes) == 0 {
		return &usageError{err: fmt.Errorf("%s: no earlier draft; its supersedes is empty, so it has no history", opts.arg)}
	}
	r, err := compare.History(c, files[0], compare.Options{Sections: opts.sections, OnlyChanges: opts.only})
	if err != nil {
		return err
	}
	if err := checkFilters(opts.app, r, opts.sections, nil); err != nil {
		return err
	}
	return writeReport(opts.app, &opts.output, r, opts.all, c.Catalog)
}
