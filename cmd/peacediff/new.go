package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/peacediff/peacediff/proposals"
	"github.com/spf13/cobra"
)

type newOptions struct {
	app    *app
	id     string
	from   string
	date   string
	answer bool
	out    string
	now    func() time.Time
}

func newNewCmd(app *app, runF func(*newOptions) error) *cobra.Command {
	opts := &newOptions{app: app, now: time.Now}
	cmd := &cobra.Command{
		Use:   "new ID --from OTHER",
		Short: "Start a new proposal file that revises another",
		Long: `New writes a new proposal file that revises OTHER (an id of the corpus or a
file): supersedes is set to OTHER, every point and term is copied as the
starting point, the sources are kept, and the date is --date or today.
Edit the points that changed; peacediff compare OTHER NEW shows the result.
With --answers the new text answers OTHER (a counter-proposal) instead of
revising it.`,
		Example: `  peacediff new us-draft-2025-12 --from us-28-point-2025-11 -o us-draft-2025-12.yaml
  peacediff new eu-reply-2025-12 --from us-28-point-2025-11 --answers --date 2025-12-01`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.id = args[0]
			if opts.from == "" {
				return &usageError{err: errors.New("new: --from OTHER is required")}
			}
			if runF != nil {
				return runF(opts)
			}
			return runNew(opts)
		},
	}
	cmd.Flags().StringVar(&opts.from, "from", "", "the proposal to revise: an `ID` or a file")
	cmd.Flags().StringVar(&opts.date, "date", "", "the new text's `DATE` (YYYY-MM-DD; default today)")
	cmd.Flags().BoolVar(&opts.answer, "answers", false, "the new text answers OTHER instead of revising it")
	cmd.Flags().StringVarP(&opts.out, "output", "o", "", "write to `FILE` instead of standard output")
	return cmd
}

func runNew(opts *newOptions) error {
	c, files, err := opts.app.resolve([]string{opts.from})
	if err != nil {
		return err
	}
	date := opts.date
	if date == "" {
		date = opts.now().Format("2006-01-02")
	}
	rel := proposals.RelationRevises
	if opts.answer {
		rel = proposals.RelationAnswers
	}
	data, err := proposals.Revision(files[0], opts.id, proposals.Date(date), rel)
	if err != nil {
		return &usageError{err: err}
	}
	// The new file must be valid as it stands.
	f, err := proposals.ParseAndValidate(opts.id+".yaml", data, c.Catalog)
	if err != nil {
		return err
	}
	c.Add(files[0])
	if err := c.ValidateRefs(f); err != nil {
		return err
	}
	o := outputFlags{out: opts.out}
	if err := o.write(opts.app.ios, func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
		return err
	}
	if opts.out != "" {
		fmt.Fprintf(opts.app.ios.ErrOut, "wrote %s, revising %s\n", opts.out, files[0].Proposal.ID)
	}
	return nil
}
