package main

import (
	"io"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/render"
	"github.com/spf13/cobra"
)

type showOptions struct {
	app    *app
	arg    string
	output outputFlags
	notes  bool
}

func newShowCmd(app *app, runF func(*showOptions) error) *cobra.Command {
	opts := &showOptions{app: app}
	cmd := &cobra.Command{
		Use:   "show ID|FILE",
		Short: "Show one proposal: its terms, then every point with its sources",
		Example: `  peacediff show us-28-point-2025-11
  peacediff show my-draft.yaml --notes`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.arg = args[0]
			if runF != nil {
				return runF(opts)
			}
			return runShow(opts)
		},
	}
	opts.output.register(cmd, reportFormats)
	cmd.Flags().BoolVar(&opts.notes, "notes", false, "show the editors' notes on the terms too")
	return cmd
}

func runShow(opts *showOptions) error {
	c, files, err := opts.app.resolve([]string{opts.arg})
	if err != nil {
		return err
	}
	r, err := compare.Compare(c, []*proposals.File{files[0]}, compare.Options{})
	if err != nil {
		return err
	}
	ro, err := opts.app.renderOptions(opts.output.out, opts.notes)
	if err != nil {
		return err
	}
	ro.Catalog = c.Catalog
	return opts.output.writeColoured(opts.app, func(w io.Writer) error {
		switch opts.output.format {
		case "json":
			return render.JSON(w, r)
		case "markdown":
			return render.Markdown(w, r, ro.WithAll())
		case "html":
			return render.HTML(w, r, ro)
		}
		return render.Show(w, r, ro)
	})
}
