package main

import (
	"io"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/render"
	"github.com/spf13/cobra"
)

type mapOptions struct {
	app     *app
	arg     string
	against string // --against
	out     string // -o
}

func newMapCmd(app *app, runF func(*mapOptions) error) *cobra.Command {
	opts := &mapOptions{app: app}
	cmd := &cobra.Command{
		Use:   "map ID|FILE",
		Short: "Draw the territorial terms of a proposal as an SVG map",
		Long: `Map draws, as SVG, every region of the country a proposal names: filled and
hatched by the status the text gives it, with a legend, a title per region
(name, status, points) and the boundaries' credit. A region the text gives no
status is drawn as not addressed. With --against, the regions whose status
differs from that text's are outlined.`,
		Example: `  peacediff map us-28-point-2025-11 -o us.svg
  peacediff map e3-counterproposal-2025-11 --against us-28-point-2025-11 -o e3.svg`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.arg = args[0]
			if runF != nil {
				return runF(opts)
			}
			return runMap(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.out, "output", "o", "", "write to `FILE` (replaced whole, never half-written) instead of standard output")
	cmd.Flags().StringVar(&opts.against, "against", "", "outline the regions whose status differs from the proposal `ID|FILE`")
	cmd.MarkFlagFilename("output", "svg")
	cmd.RegisterFlagCompletionFunc("against", app.completeIDs)
	return cmd
}

func runMap(opts *mapOptions) error {
	args := []string{opts.arg}
	if opts.against != "" {
		args = []string{opts.against, opts.arg}
	}
	c, files, err := opts.app.resolveNeeded(args)
	if err != nil {
		return err
	}
	r, err := compare.Compare(c, files, compare.Options{})
	if err != nil {
		return err
	}
	k := len(files) - 1
	mo := render.MapOptions{OutlineChanges: opts.against != ""}
	out := outputFlags{out: opts.out}
	return out.write(opts.app, func(w io.Writer) error {
		return render.MapSVG(w, c.Catalog, r, k, mo)
	})
}
