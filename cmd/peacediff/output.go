package main

import (
	"fmt"
	"io"
	"slices"
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
	cmd.Flags().StringVar(&o.format, "format", formats[0], "output `format`: "+strings.Join(formats, ", "))
	cmd.Flags().StringVarP(&o.out, "output", "o", "", "write to `FILE` (replaced whole, never half-written) instead of standard output")
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(formats, cobra.ShellCompDirectiveNoFileComp))
}

func (o *outputFlags) check(formats []string) error {
	if !slices.Contains(formats, o.format) {
		return &usageError{fmt.Errorf("--format %s: expected one of %s", o.format, strings.Join(formats, ", "))}
	}
	return nil
}

// write sends what render produces to -o FILE through a temporary file, or
// to standard output.
func (o *outputFlags) write(ios *IOStreams, render func(io.Writer) error) error {
	if o.out == "" || o.out == "-" {
		return render(ios.Out)
	}
	return safefile.Write(o.out, render)
}
