package main

import (
	"bytes"
	"errors"
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
	var errs proposals.ErrorList
	for _, p := range opts.paths {
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			matches, err := filepath.Glob(filepath.Join(p, "*.yaml"))
			if err != nil {
				return err
			}
			for _, m := range matches {
				if err := insideFolder(p, m); err != nil {
					errs.Add(proposals.Pos{File: m}, "%v", err)
					continue
				}
				files = append(files, m)
			}
			continue
		}
		files = append(files, p)
	}
	unformatted := 0
	for _, name := range files {
		if name != "-" {
			if st, err := os.Stat(name); err == nil && !st.Mode().IsRegular() {
				errs.Add(proposals.Pos{File: name}, "not a regular file; fmt rewrites files only")
				continue
			}
		}
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
			// An edit saved while fmt ran is never overwritten.
			if err := safefile.Replace(name, data, func(w io.Writer) error { _, err := w.Write(out); return err }); err != nil {
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

// insideFolder checks that the file name of the folder dir, which may be
// a symbolic link, is a file inside dir: fmt of a folder rewrites nothing
// outside it.
func insideFolder(dir, name string) error {
	st, err := os.Lstat(name)
	if err != nil || st.Mode()&os.ModeSymlink == 0 {
		return nil
	}
	realDir, err1 := filepath.EvalSymlinks(dir)
	target, err2 := filepath.EvalSymlinks(name)
	if err1 == nil && err2 == nil {
		if rel, err := filepath.Rel(realDir, target); err == nil && filepath.IsLocal(rel) {
			return nil
		}
	}
	return errors.New("a symbolic link out of the folder; not formatted")
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
