package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/peacediff/peacediff/internal/safefile"
	"github.com/peacediff/peacediff/internal/termsafe"
	"github.com/peacediff/peacediff/proposals"
	"github.com/spf13/cobra"
)

type newOptions struct {
	app                *app
	id, from           string
	title, short, date string
	answer, force      bool
	out                string
}

func newNewCmd(app *app, runF func(*newOptions) error) *cobra.Command {
	opts := &newOptions{app: app}
	cmd := &cobra.Command{
		Use:   "new ID --from OTHER",
		Short: "Start a new proposal file that revises another",
		Long: `New writes a new proposal file that revises OTHER (an id of the corpus or a
file): supersedes is set to OTHER, and every point, term and source is
copied as the starting point. What belongs to the new text alone is never
copied: its title, short name and date come from --title, --short and
--date or are left as to-dos, and OTHER's summary and notes become a
comment. peacediff validate --draft FILE lists what is left to do;
peacediff compare OTHER FILE shows what the new text changes.
With --answers the new text answers OTHER (a counter-proposal) instead of
revising it.

The file goes to standard output, or with -o to FILE, which must not
exist unless --force.`,
		Example: `  peacediff new us-draft-2025-12 --from us-28-point-2025-11 --date 2025-12-02 -o us-draft-2025-12.yaml
  peacediff new eu-reply-2025-12 --from us-28-point-2025-11 --answers --title "European reply" --short "EU reply"`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.id = args[0]
			if opts.from == "" {
				return &usageError{err: errors.New("--from OTHER is required"), cmd: "peacediff new"}
			}
			if runF != nil {
				return runF(opts)
			}
			return runNew(opts)
		},
	}
	cmd.Flags().StringVar(&opts.from, "from", "", "the proposal to revise: an `ID` or a file")
	cmd.Flags().StringVar(&opts.title, "title", "", "the new text's `TITLE` (default: a to-do)")
	cmd.Flags().StringVar(&opts.short, "short", "", "the new text's short `LABEL` for column headers (default: a to-do)")
	cmd.Flags().StringVar(&opts.date, "date", "", "the new text's `DATE`, YYYY-MM-DD (default: a to-do)")
	cmd.Flags().BoolVar(&opts.answer, "answers", false, "the new text answers OTHER instead of revising it")
	cmd.Flags().StringVarP(&opts.out, "output", "o", "", "write to `FILE` instead of standard output")
	cmd.Flags().BoolVar(&opts.force, "force", false, "replace the -o file if it exists")
	return cmd
}

func runNew(opts *newOptions) error {
	c, files, err := opts.app.resolve([]string{opts.from})
	if err != nil {
		return err
	}
	rel := proposals.RelationRevises
	if opts.answer {
		rel = proposals.RelationAnswers
	}
	data, err := proposals.Revision(files[0], proposals.RevisionOptions{
		ID: opts.id, Title: opts.title, Short: opts.short, Date: opts.date, Relation: rel,
	})
	if err != nil {
		return &usageError{err: err, cmd: "peacediff new"}
	}
	// The new file must be valid as it stands, but for its to-dos.
	name := opts.id + ".yaml"
	if opts.out != "" && opts.out != "-" {
		name = opts.out
	}
	f, err := proposals.ParseAndValidate(name, data, c.Catalog)
	todos := 0
	if proposals.OnlyTodos(err) {
		todos = err.(proposals.ErrorList).Count()
	} else if err != nil {
		return err
	}
	c.Add(files[0])
	if err := c.ValidateRefs(f); err != nil {
		return err
	}
	write := func(w io.Writer) error { _, err := w.Write(data); return err }
	switch {
	case opts.out == "" || opts.out == "-":
		var o outputFlags
		return o.write(opts.app, write)
	case opts.force:
		err = safefile.Write(opts.out, write)
	default:
		err = safefile.WriteNew(opts.out, write)
		if errors.Is(err, safefile.ErrExist) {
			return &usageError{err: fmt.Errorf("%s exists: give --force to replace it, or -o another file", opts.out), cmd: "peacediff new"}
		}
	}
	if err != nil {
		return err
	}
	msg := fmt.Sprintf("wrote %s, %s %s", termsafe.String(opts.out), map[proposals.Relation]string{proposals.RelationRevises: "revising", proposals.RelationAnswers: "answering"}[rel], termsafe.String(files[0].Proposal.ID))
	if todos > 0 {
		msg += fmt.Sprintf("; %s left: peacediff validate --draft %s lists them", plural(todos, "to-do"), termsafe.String(opts.out))
	}
	fmt.Fprintln(opts.app.ios.ErrOut, msg)
	return nil
}
