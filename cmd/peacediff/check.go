package main

import (
	"fmt"
	"io"
	"os"

	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/redlines"
	"github.com/peacediff/peacediff/render"
	"github.com/spf13/cobra"
)

type checkOptions struct {
	app       *app
	args      []string
	output    outputFlags
	positions string // --positions
	spectrum  bool   // --spectrum
	exitCode  bool   // --exit-code
	lines     string // --lines
	landing   bool   // --landing-zone
	at        string // --at
}

func newCheckCmd(app *app, runF func(*checkOptions) error) *cobra.Command {
	opts := &checkOptions{app: app}
	cmd := &cobra.Command{
		Use:   "check [ID|FILE...]",
		Short: "Check proposals against the parties' stated red lines",
		Long: `Check tests proposals against the red lines the parties have stated: for
each line and each text, whether the text crosses it (and by which points),
holds it, does not address it because it is silent on what the line is
about, or whether that is unknown because the text's words on it were never
reported. With no argument it checks every text of the corpus.

Lines are dated. By default (--lines at-date) a text is judged by the lines
each party held at the text's date: a line stated after the text is shown
as "later line", one the party had replaced by then as "replaced", and
neither judges it. --lines current judges every text by today's lines,
--lines all by every line. A line drawn from a text is not tested against
it ("derived").

The lines are data (redlines/positions/*.yaml, or --positions DIR): each
is a party's statement in our words, with its sources and a rule in CEL;
"go doc github.com/peacediff/peacediff/redlines" documents what rules read.
--spectrum adds, for each ordered term (the line of contact, each region's
status, the cap on Ukraine's army, NATO membership), where each text falls
between the positions the parties stated, and the term's landing zone by
today's lines: a table in text and Markdown, strip charts in HTML, a
"spectrum" object in JSON. --landing-zone shows instead, for each ordered
term, the values that no party's line in force forbids, found from the
rules, or "no overlap" with the lines that exclude each other.

Exit status: 0, or 2 on trouble (a broken rule is reported at its
file:line:col); with --exit-code, 1 when a text crosses a line.`,
		Example: `  peacediff check
  peacediff check us-28-point-2025-11 e3-counterproposal-2025-11 ukraine-us-20-point-2025-12
  peacediff check my-draft.yaml --exit-code
  peacediff check --spectrum --format html -o red-lines.html
  peacediff check --landing-zone
  peacediff check --landing-zone --at 2025-11-23 --format json`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.args = args
			if runF != nil {
				return runF(opts)
			}
			return runCheck(opts)
		},
	}
	opts.output.register(cmd, reportFormats)
	cmd.Flags().StringVar(&opts.positions, "positions", "", "use the red lines in the positions files of `DIR` instead of the built-in ones")
	cmd.Flags().BoolVar(&opts.spectrum, "spectrum", false, "add where each text falls between the parties' stated positions")
	choiceFlag(cmd.Flags(), &opts.lines, "lines", "at-date", "the lines that judge a text: `at-date` (those held at its date), current or all", redlines.LinesNames)
	cmd.Flags().BoolVar(&opts.landing, "landing-zone", false, "show instead, for each ordered term, the values no party's line in force forbids (text or json)")
	cmd.Flags().StringVar(&opts.at, "at", "", "with --landing-zone, take the lines held on `DATE` (YYYY-MM-DD) instead of today's")
	cmd.Flags().BoolVar(&opts.exitCode, "exit-code", false, "exit with 1 when a text crosses a line, 0 when none does")
	return cmd
}

func runCheck(opts *checkOptions) error {
	var c *proposals.Corpus
	var files []*proposals.File
	var err error
	if len(opts.args) > 0 {
		c, files, err = opts.app.resolve(opts.args)
	} else if c, err = opts.app.corpus(); err == nil {
		files = c.Files
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
	lines, _ := redlines.LinesNamed(opts.lines)
	if opts.landing {
		return runLanding(opts, set, files, lines)
	}
	if opts.at != "" {
		return &usageError{err: fmt.Errorf("--at: only with --landing-zone")}
	}
	r, err := set.Check(files, lines)
	if err != nil {
		return err
	}
	if opts.spectrum {
		r.Spectrum = redlines.Place(c.Catalog, files, set.Lines())
		l, err := set.LandingZones(files, redlines.Current, "")
		if err != nil {
			return err
		}
		r.Spectrum.AttachLanding(l)
	}
	ro, err := opts.app.renderOptions(opts.output.out, false)
	if err != nil {
		return err
	}
	err = opts.output.writeColoured(opts.app, func(w io.Writer) error {
		switch opts.output.format {
		case "json":
			return render.CheckJSON(w, r)
		case "markdown":
			return render.CheckMarkdown(w, r)
		case "html":
			return render.CheckHTML(w, r, ro)
		}
		return render.CheckText(w, r, ro)
	})
	if err != nil {
		return err
	}
	if opts.exitCode && r.Summary.AnyCrossed {
		return errDiffer
	}
	return nil
}

// loadPositions reads the red lines of dir, or the built-in ones.
func loadPositions(dir string, cat *proposals.Catalog) ([]redlines.Line, error) {
	if dir == "" {
		return redlines.Embedded(cat)
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("--positions: %w", err)
	}
	if !st.IsDir() {
		return nil, &usageError{err: fmt.Errorf("--positions %s: not a folder", dir)}
	}
	return redlines.LoadDir(dir, cat)
}
