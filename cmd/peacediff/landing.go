package main

import (
	"fmt"
	"io"

	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/redlines"
	"github.com/peacediff/peacediff/render"
)

// runLanding writes the landing zones of the ordered terms the files
// address: by the lines held at --at, or else today's (every line with
// --lines all).
func runLanding(opts *checkOptions, set *redlines.RuleSet, files []*proposals.File, lines redlines.LinesInForce) error {
	switch opts.output.format {
	case "text", "json":
	default:
		return &usageError{err: fmt.Errorf("--landing-zone: --format %s: expected text or json", opts.output.format)}
	}
	if opts.at != "" {
		if !proposals.Date(opts.at).Valid() {
			return &usageError{err: fmt.Errorf("--at %s: expected a date YYYY-MM-DD, YYYY-MM or YYYY", opts.at)}
		}
		lines = redlines.AtDate
	} else if lines == redlines.AtDate {
		lines = redlines.Current
	}
	l, err := set.LandingZones(files, lines, opts.at)
	if err != nil {
		return err
	}
	ro, err := opts.app.renderOptions(opts.output.out, false)
	if err != nil {
		return err
	}
	return opts.output.writeColoured(opts.app, func(w io.Writer) error {
		if opts.output.format == "json" {
			return render.LandingJSON(w, l)
		}
		return render.LandingText(w, l, ro)
	})
}
