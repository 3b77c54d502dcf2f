package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/peacediff/peacediff/internal/termsafe"
	"github.com/peacediff/peacediff/proposals"
	"github.com/spf13/cobra"
)

type validateOptions struct {
	app   *app
	paths []string
	draft bool
}

func newValidateCmd(app *app, runF func(*validateOptions) error) *cobra.Command {
	opts := &validateOptions{app: app}
	cmd := &cobra.Command{
		Use:   "validate [FILE|DIR...]",
		Short: "Check proposal files against the format and the catalogues",
		Long: `Validate checks proposal files: the format, the catalogues of topics,
regions and parties, sources, confidence marks, and the references between
files. Every problem is listed with file:line:col. With no argument it
checks the corpus (the built-in one, or --corpus DIR).

A value that starts with "TODO:" is a to-do, as peacediff import leaves in
the drafts it writes: a file with to-dos is not valid. With --draft, a file
whose only problems are to-dos is accepted and its to-dos are listed.

Exit status: 0 when every file is valid (with --draft: valid but for its
to-dos), 2 otherwise.`,
		Example: `  peacediff validate
  peacediff validate my-proposal.yaml
  peacediff validate --draft imported.yaml
  peacediff validate --corpus ./proposals ./proposals`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.paths = args
			if runF != nil {
				return runF(opts)
			}
			return runValidate(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.draft, "draft", false, "accept files whose only problems are to-dos, and list the to-dos")
	return cmd
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
	paths, err := opts.expand()
	if err != nil {
		return err
	}
	for _, p := range paths {
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
	if len(errs) == 0 || opts.draft && proposals.OnlyTodos(errs) {
		for _, f := range files {
			base.Add(f)
		}
		collect(&errs, base.Validate())
	}
	err = errs.Err()
	switch {
	case err == nil:
		fmt.Fprintf(opts.app.ios.Out, "%s valid\n", plural(len(files), "file"))
	case opts.draft && proposals.OnlyTodos(err):
		list := err.(proposals.ErrorList)
		for _, e := range list {
			fmt.Fprintln(opts.app.ios.Out, termsafe.String(e.Error()))
		}
		fmt.Fprintf(opts.app.ios.Out, "%s valid but for %s\n", plural(len(files), "file"), plural(list.Count(), "to-do"))
	default:
		return err
	}
	return nil
}

// expand returns the paths to validate. With --draft, a folder stands for
// its files one by one, so that a draft among them is read like any file;
// without it, a folder is loaded as a corpus.
func (opts *validateOptions) expand() ([]string, error) {
	if !opts.draft {
		return opts.paths, nil
	}
	var paths []string
	for _, p := range opts.paths {
		st, err := os.Stat(p)
		if err != nil || !st.IsDir() {
			paths = append(paths, p)
			continue
		}
		names, err := filepath.Glob(filepath.Join(p, "*.yaml"))
		if err != nil {
			return nil, err
		}
		if len(names) > proposals.MaxFiles {
			return nil, fmt.Errorf("%s: %d proposal files: more than the limit of %d", p, len(names), proposals.MaxFiles)
		}
		paths = append(paths, names...)
	}
	return paths, nil
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
