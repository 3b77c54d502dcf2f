package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/render"
	"github.com/spf13/cobra"
)

var reportFormats = []string{"text", "markdown", "html", "json"}

type compareOptions struct {
	app      *app
	args     []string
	output   outputFlags
	sections []string
	topics   []string
	only     bool
	all      bool
	exitCode bool
}

func newCompareCmd(app *app, runF func(*compareOptions) error) *cobra.Command {
	opts := &compareOptions{app: app}
	cmd := &cobra.Command{
		Use:   "compare A B [C...]",
		Short: "Compare proposals term by term and point by point",
		Long: `Compare aligns the points of two or more proposals by topic and shows where
they differ: numbers with their change, a region's status and which way it
moved, sets of guarantors, and word-level changes in the wording. The first
proposal is the baseline.

Each argument is a proposal id of the corpus, a path to a YAML file, or -
for standard input.

Exit status: 0, or 2 on trouble; with --exit-code, 1 when the proposals
differ and 0 when they do not, as git diff --exit-code does.`,
		Example: `  peacediff compare us-28-point-2025-11 e3-counterproposal-2025-11
  peacediff compare us-28-point-2025-11 e3-counterproposal-2025-11 ukraine-us-20-point-2025-12 --section military
  peacediff compare my-draft.yaml us-28-point-2025-11 --only-changes --format json`,
		Args: cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.args = args
			if runF != nil {
				return runF(opts)
			}
			return runCompare(opts)
		},
	}
	opts.output.register(cmd, reportFormats)
	choicesFlag(cmd.Flags(), &opts.sections, "section", "show only these `sections` (territory, military, nato, guarantees, ...)", app.sections)
	choicesFlag(cmd.Flags(), &opts.topics, "topic", "show only the points of these `topics`", app.topics)
	cmd.Flags().BoolVar(&opts.only, "only-changes", false, "leave out the rows that did not change")
	cmd.Flags().BoolVar(&opts.all, "all", false, "show unchanged rows instead of folding them")
	cmd.Flags().BoolVar(&opts.exitCode, "exit-code", false, "exit with 1 when the proposals differ, 0 when not")
	return cmd
}

func runCompare(opts *compareOptions) error {
	c, files, err := opts.app.resolveNeeded(opts.args)
	if err != nil {
		return err
	}
	r, err := compare.Compare(c, files, compare.Options{Sections: opts.sections, Topics: opts.topics, OnlyChanges: opts.only})
	if err != nil {
		return err
	}
	if err := checkFilters(opts.app, r, opts.sections, opts.topics); err != nil {
		return err
	}
	if err := writeReport(opts.app, &opts.output, r, opts.all, c.Catalog); err != nil {
		return err
	}
	if opts.exitCode && r.Summary.Differs {
		return errDiffer
	}
	return nil
}

// checkFilters tells, on standard error, of each --section the texts
// compared have nothing in; when the filters leave nothing at all, it is
// an error: an empty report would read as "no differences".
func checkFilters(app *app, r *compare.Report, sections, topics []string) error {
	if len(sections) == 0 && len(topics) == 0 {
		return nil
	}
	var empty []string
	for _, s := range sections {
		if !slices.ContainsFunc(r.Summary.BySection, func(c compare.SectionCounts) bool { return c.Key == s }) {
			empty = append(empty, s)
		}
	}
	var emptyTopics []string
	for _, t := range topics {
		if !slices.ContainsFunc(r.Sections, func(s *compare.Section) bool {
			return slices.ContainsFunc(s.Rows, func(row *compare.Row) bool { return row.Topic == t })
		}) {
			emptyTopics = append(emptyTopics, t)
		}
	}
	nothing := r.Summary.Terms+r.Summary.Points == 0
	if !nothing && len(emptyTopics) > 0 {
		fmt.Fprintf(app.ios.ErrOut, "peacediff: --topic %s: no point of the texts compared has it\n", strings.Join(emptyTopics, ","))
	}
	switch {
	case nothing && len(topics) > 0:
		return &usageError{err: fmt.Errorf("--topic %s: no point of the texts compared has it%s", strings.Join(topics, ","), sectionsWords(sections))}
	case nothing:
		return &usageError{err: fmt.Errorf("--section %s: the texts compared have no term or point in it", strings.Join(sections, ","))}
	case len(empty) > 0:
		fmt.Fprintf(app.ios.ErrOut, "peacediff: --section %s: the texts compared have no term or point in it\n", strings.Join(empty, ","))
	}
	return nil
}

func sectionsWords(sections []string) string {
	if len(sections) == 0 {
		return ""
	}
	return " in --section " + strings.Join(sections, ",")
}

// writeReport renders a report in the chosen format; cat, when set, gives
// HTML its maps.
func writeReport(app *app, o *outputFlags, r *compare.Report, all bool, cat *proposals.Catalog) error {
	ro, err := app.renderOptions(o.out, all)
	if err != nil {
		return err
	}
	ro.Catalog = cat
	return o.writeColoured(app, func(w io.Writer) error {
		switch o.format {
		case "json":
			return render.JSON(w, r)
		case "markdown":
			return render.Markdown(w, r, ro)
		case "html":
			return render.HTML(w, r, ro)
		default:
			return render.Text(w, r, ro)
		}
	})
}
