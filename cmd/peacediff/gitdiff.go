package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/internal/termsafe"
	"github.com/peacediff/peacediff/proposals"
	"github.com/rogpeppe/go-internal/diff"
	"github.com/spf13/cobra"
)

type gitDiffOptions struct {
	app  *app
	args []string
	all  bool
}

func newGitDiffCmd(app *app, runF func(*gitDiffOptions) error) *cobra.Command {
	opts := &gitDiffOptions{app: app}
	cmd := &cobra.Command{
		Use:   "git-diff PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE",
		Short: "Show the semantic change of a proposal file, as git's external diff",
		Long: `Git-diff speaks git's external diff protocol: git calls it with the path and
the old and new versions of a file, and it prints the semantic comparison
(terms and points) instead of a line diff. An added or removed file comes
as /dev/null. Set it up once per repository:

  echo '*.yaml diff=peacediff' >> .gitattributes
  git config diff.peacediff.command 'peacediff git-diff'

The texts that kept or deleted points refer to are looked up in the folder
of PATH, then in --corpus DIR, then in the built-in corpus. A draft
compares like any file; a version that is not a valid proposal is
reported with its problems (file:line:col), followed by the change as a
plain unified line diff, so that git diff never hides a change.`,
		Args: cobra.ExactArgs(7),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.args = args
			if runF != nil {
				return runF(opts)
			}
			return runGitDiff(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.all, "all", false, "show unchanged rows too")
	return cmd
}

func runGitDiff(opts *gitDiffOptions) error {
	path, oldFile, newFile := opts.args[0], opts.args[1], opts.args[4]
	out := opts.app.ios.Out
	fmt.Fprintf(out, "peacediff %s\n", termsafe.String(path))
	c := gitDiffCorpus(opts.app, path)
	read := func(file, label string) ([]byte, *proposals.File, error) {
		if file == "/dev/null" {
			return nil, nil, nil
		}
		data, err := opts.app.readLimited(file)
		if err != nil {
			return nil, nil, err
		}
		f, err := proposals.ParseAndValidate(label, data, c.Catalog)
		if proposals.OnlyTodos(err) {
			err = nil // a draft compares like any file
		}
		return data, f, err
	}
	oldData, oldF, oldErr := read(oldFile, "a/"+path)
	newData, newF, newErr := read(newFile, "b/"+path)
	// Git gives up on a diff whose command fails, so problems are printed
	// in the diff, not returned.
	for _, err := range []error{oldErr, newErr} {
		var list proposals.ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				fmt.Fprintln(out, termsafe.String(e.Error()))
			}
		} else if err != nil {
			fmt.Fprintln(out, termsafe.Text(err.Error()))
		}
	}
	switch {
	case oldErr != nil || newErr != nil:
		// No semantic comparison, but never a hidden change: the lines.
		fmt.Fprintln(out, "(no semantic comparison: a version is not a valid proposal; the change line by line)")
		io.WriteString(out, termsafe.Text(string(diff.Diff("a/"+path, oldData, "b/"+path, newData))))
		return nil
	case oldF == nil && newF == nil:
		return nil
	case oldF == nil:
		fmt.Fprintf(out, "new proposal %s: %s, %d points\n", termsafe.String(newF.Proposal.ID), termsafe.String(newF.Proposal.Title), newF.Proposal.PointCount)
		return nil
	case newF == nil:
		fmt.Fprintf(out, "removed proposal %s: %s\n", termsafe.String(oldF.Proposal.ID), termsafe.String(oldF.Proposal.Title))
		return nil
	}
	r, err := compare.Compare(c, []*proposals.File{oldF, newF}, compare.Options{})
	if err != nil {
		return err
	}
	r.Proposals[0].Short, r.Proposals[1].Short = "before", "after"
	if !r.Summary.Differs {
		fmt.Fprintln(out, "no change in terms, points or details (only layout or comments)")
		return nil
	}
	// Git shows what the driver prints in its pager or on the terminal:
	// it is for a reader even through a pipe.
	o := outputFlags{format: "text", reader: true}
	return writeReport(opts.app, &o, r, opts.all, nil)
}

// gitDiffCorpus is the corpus that resolves references: the folder of the
// changed file when it holds a valid corpus, else --corpus or the built-in
// one.
func gitDiffCorpus(app *app, path string) *proposals.Corpus {
	cat, err := proposals.DefaultCatalog()
	if err == nil {
		if dir := filepath.Dir(path); dir != "" {
			if st, err := os.Stat(dir); err == nil && st.IsDir() {
				if c, err := proposals.LoadDir(dir, cat, app.maxSize); err == nil {
					return c
				}
			}
		}
	}
	if c, err := app.corpus(); err == nil {
		return c
	}
	c, _ := proposals.Embedded()
	return c
}
