package main

import (
	"io"
	"strings"

	"github.com/peacediff/peacediff/internal/safefile"
	"github.com/peacediff/peacediff/internal/termsafe"
	"github.com/spf13/cobra"
)

// outputFlags are the flags of every command that prints a report.
type outputFlags struct {
	format string // --format
	out    string // -o
	reader bool   // standard output is read by a person even when it is not a terminal
}

func (o *outputFlags) register(cmd *cobra.Command, formats []string) {
	choiceFlag(cmd.Flags(), &o.format, "format", formats[0], "output `format`: "+strings.Join(formats, ", "), func() []string { return formats })
	cmd.Flags().StringVarP(&o.out, "output", "o", "", "write to `FILE` (replaced whole, never half-written) instead of standard output")
}

// write sends what render produces to -o FILE through a temporary file, or
// to standard output. On a terminal (or for a reader) every control
// character but tabs and line breaks is escaped ([termsafe]).
func (o *outputFlags) write(a *app, render func(io.Writer) error) error {
	return o.send(a, false, render)
}

// writeColoured is write for a renderer that colours its text: text with
// colour goes to the terminal as it is, since that renderer shows the
// control characters of the values itself and adds the colour codes.
func (o *outputFlags) writeColoured(a *app, render func(io.Writer) error) error {
	return o.send(a, true, render)
}

func (o *outputFlags) send(a *app, colours bool, render func(io.Writer) error) error {
	if o.out != "" && o.out != "-" {
		return safefile.Write(o.out, render)
	}
	if !a.ios.IsTTY && !o.reader {
		return render(a.ios.Out)
	}
	if colours && o.format == "text" {
		if ro, err := a.renderOptions(o.out, false); err != nil || ro.Color {
			return render(a.ios.Out)
		}
	}
	w := termsafe.NewWriter(a.ios.Out)
	if err := render(w); err != nil {
		return err
	}
	return w.Flush()
}
