package main

import (
	"io"

	"github.com/peacediff/peacediff/render"
	"github.com/spf13/cobra"
)

type listOptions struct {
	app    *app
	output outputFlags
}

func newListCmd(app *app, runF func(*listOptions) error) *cobra.Command {
	opts := &listOptions{app: app}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the proposals of the corpus",
		Long:  `List prints the proposals of the corpus (the built-in one, or --corpus DIR) by date: id, date, status, number of points and title, then the packages of documents negotiated as one set.`,
		Example: `  peacediff list
  peacediff --corpus proposals list --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return runList(opts)
		},
	}
	opts.output.register(cmd, reportFormats)
	return cmd
}

func runList(opts *listOptions) error {
	c, err := opts.app.corpus()
	if err != nil {
		return err
	}
	entries, packages := render.Entries(c), render.Packages(c)
	ro, err := opts.app.renderOptions(opts.output.out, false)
	if err != nil {
		return err
	}
	return opts.output.write(opts.app, func(w io.Writer) error {
		switch opts.output.format {
		case "json":
			return render.ListJSON(w, entries)
		case "markdown":
			return render.ListMarkdown(w, entries, packages)
		case "html":
			return render.ListHTML(w, entries)
		}
		return render.ListText(w, entries, packages, ro)
	})
}
