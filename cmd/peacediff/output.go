package main

import (
	"io"
	"strings"

	"github.com/peacediff/peacediff/internal/safefile"
	"github.com/spf13/cobra"
)

// outputFlags are the flags of every command that prints a report.
type outputFlags struct {
	format string // --format
	out    string // -o
}

func (o *outputFlags) register(cmd *cobra.Command, formats []string) {
	choiceFlag(cmd.Flags(), &o.format, "format", formats[0], "output `format`: "+strings.Join(formats, ", "), func() []string { return formats })
	cmd.Flags().StringVarP(&o.out, "output", "o", "", "write to `FILE` (replaced whole, never half-written) instead of standard output")
}

// write sends what render produces to -o FILE through a temporary file, or
// to standard output.
func (o *outputFlags) write(ios *IOStreams, render func(io.Writer) error) error {
	if o.out == "" || o.out == "-" {
		return render(ios.Out)
	}
	return safefile.Write(o.out, render)
}
