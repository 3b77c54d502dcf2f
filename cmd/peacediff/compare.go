package main

import (
	"io"

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
			if err := opts.output.check(reportFormats); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return runCompare(opts)
		},
	}
	opts.output.register(cmd, reportFormats)
	cmd.Flags().StringSliceVar(&opts.sections, "section", nil, "show only these `sections` (territory, military, nato, guarantees, ...)")
	cmd.Flags().StringSliceVar(&opts.topics, "topic", nil, "show only the points of these `topics`")
	cmd.Flags().BoolVar(&opts.only, "only-changes", false, "leave out the rows that did not change")
	cmd.Flags().BoolVar(&opts.all, "all", false, "show unchanged rows instead of folding them")
	cmd.Flags().BoolVar(&opts.exitCode, "exit-code", false, "exit with 1 when the proposals differ, 0 when not")
	return cmd
}

func runCompare(opts *compareOptions) error {
	c, files, err := opts.app.resolve(opts.args)
	if err != nil {
		return err
	}
	r, err := compare.Compare(c, files, compare.Options{Sections: opts.sections, Topics: opts.topics, OnlyChanges: opts.only})
	if err != nil {
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

// writeReport renders a report in the chosen format; cat, when set, gives
// HTML its maps.
func writeReport(app *app, o *outputFlags, r *compare.Report, all bool, cat *proposals.Catalog) error {
	ro, err := app.renderOptions(o.out, all)
	if err != nil {
		return err
	}
	ro.Catalog = cat
	return o.write(app.ios, func(w io.Writer) error {
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
