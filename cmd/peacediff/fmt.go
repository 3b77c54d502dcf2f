package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/peacediff/peacediff/internal/safefile"
	"github.com/peacediff/peacediff/internal/termsafe"
	"github.com/peacediff/peacediff/proposals"
	"github.com/spf13/cobra"
)

type fmtOptions struct {
	app   *app
	paths []string
	check bool
}

func newFmtCmd(app *app, runF func(*fmtOptions) error) *cobra.Command {
	opts := &fmtOptions{app: app}
	cmd := &cobra.Command{
		Use:   "fmt [--check] FILE|DIR...",
		Short: "Rewrite proposal files in the canonical layout, keeping comments",
		Long: `Fmt rewrites proposal files in one canonical layout: keys in the order of the
format, two-space indentation, quoting only where YAML needs it, long text as
folded blocks wrapped at 88 columns, lists of plain values in brackets, a
blank line before each part. Every comment and every value is kept; fmt of
fmt's output changes nothing. - reads standard input and writes the result
to standard output.

With --check nothing is written: the files that fmt would change are listed
and the exit status is 1 if there are any.`,
		Example: `  peacediff fmt proposals/
  peacediff fmt --check proposals/*.yaml`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.paths = args
			if runF != nil {
				return runF(opts)
			}
			return runFmt(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.check, "check", false, "list the files that are not formatted, and exit 1 if any")
	return cmd
}

func runFmt(opts *fmtOptions) error {
	var files []string
	for _, p := range opts.paths {
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			matches, err := filepath.Glob(filepath.Join(p, "*.yaml"))
			if err != nil {
				return err
			}
			files = append(files, matches...)
			continue
		}
		files = append(files, p)
	}
	var errs proposals.ErrorList
	unformatted := 0
	for _, name := range files {
		var data []byte
		var err error
		if name == "-" {
			data, err = proposals.ReadFile(name, opts.app.ios.In, opts.app.maxSize)
		} else {
			data, err = opts.app.readLimited(name)
		}
		if !collect(&errs, err) {
			return err
		}
		if err != nil {
			continue
		}
		out, err := proposals.Format(name, data)
		if !collect(&errs, err) {
			return err
		}
		if err != nil {
			continue
		}
		switch {
		case name == "-":
			var o outputFlags
			if err := o.write(opts.app, func(w io.Writer) error { _, err := w.Write(out); return err }); err != nil {
				return err
			}
		case bytes.Equal(out, data):
		case opts.check:
			unformatted++
			fmt.Fprintln(opts.app.ios.Out, termsafe.String(name))
		default:
			if err := safefile.Write(name, func(w io.Writer) error { _, err := w.Write(out); return err }); err != nil {
				return err
			}
			fmt.Fprintln(opts.app.ios.ErrOut, "formatted", termsafe.String(name))
		}
	}
	if err := errs.Err(); err != nil {
		return err
	}
	if unformatted > 0 {
		return errDiffer
	}
	return nil
}

// readLimited reads a file up to the size limit of a proposal file.
func (a *app) readLimited(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return proposals.ReadFile(name, f, a.maxSize)
}
