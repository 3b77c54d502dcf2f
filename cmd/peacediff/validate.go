package main

import (
	"fmt"
	"os"

	"github.com/peacediff/peacediff/proposals"
	"github.com/spf13/cobra"
)

type validateOptions struct {
	app   *app
	paths []string
}

func newValidateCmd(app *app, runF func(*validateOptions) error) *cobra.Command {
	opts := &validateOptions{app: app}
	return &cobra.Command{
		Use:   "validate [FILE|DIR...]",
		Short: "Check proposal files against the format and the catalogues",
		Long: `Validate checks proposal files: the format, the catalogues of topics,
regions and parties, sources, confidence marks, and the references between
files. Every problem is listed with file:line:col. With no argument it
checks the corpus (the built-in one, or --corpus DIR).

Exit status: 0 when every file is valid, 2 otherwise.`,
		Example: `  peacediff validate
  peacediff validate my-proposal.yaml
  peacediff validate --corpus ./proposals ./proposals`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.paths = args
			if runF != nil {
				return runF(opts)
			}
			return runValidate(opts)
		},
	}
}

func runValidate(opts *validateOptions) error {
	base, err := opts.app.corpus()
	if err != nil {
		return err
	}
	if len(opts.paths) == 0 {
		fmt.Fprintf(opts.app.ios.Out, "%s valid\n", plural(len(base.Files), "proposal"))
		return nil
	}
	var errs proposals.ErrorList
	var files []*proposals.File
	for _, p := range opts.paths {
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			// A folder is read over the corpus, as a file alone is checked
			// against it: the same file gets the same answer either way.
			c, _, err := proposals.LoadDirOver(base, p, opts.app.maxSize)
			if !collect(&errs, err) {
				return err
			}
			if c != nil {
				for _, f := range c.Files {
					if base.Get(f.Proposal.ID) != f {
						files = append(files, f)
					}
				}
			}
			continue
		}
		f, err := opts.app.readProposal(p, base.Catalog)
		if !collect(&errs, err) {
			return err
		}
		if f != nil && f.Proposal.ID != "" {
			files = append(files, f)
		}
	}
	if len(errs) == 0 {
		for _, f := range files {
			base.Add(f)
		}
		collect(&errs, base.Validate())
	}
	if err := errs.Err(); err != nil {
		return err
	}
	fmt.Fprintf(opts.app.ios.Out, "%s valid\n", plural(len(files), "file"))
	return nil
}

// collect appends err's problems to errs and reports whether err was nil
// or a list of problems.
func collect(errs *proposals.ErrorList, err error) bool {
	if err == nil {
		return true
	}
	if l, ok := err.(proposals.ErrorList); ok {
		*errs = append(*errs, l...)
		return true
	}
	return false
}

// readProposal reads and validates one file, or standard input for "-".
func (a *app) readProposal(path string, cat *proposals.Catalog) (*proposals.File, error) {
	name, r := path, a.ios.In
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := proposals.ReadFile(name, r, a.maxSize)
	if err != nil {
		return nil, err
	}
	return proposals.ParseAndValidate(name, data, cat)
}
