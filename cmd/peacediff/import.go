package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/peacediff/peacediff/importer"
	"github.com/peacediff/peacediff/internal/safefile"
	"github.com/peacediff/peacediff/internal/termsafe"
	"github.com/peacediff/peacediff/proposals"
	"github.com/spf13/cobra"
)

type importOptions struct {
	app     *app
	input   string // FILE or -
	id      string
	from    string
	answers bool
	format  string // --input-format
	out     string // -o; default ID.yaml
	force   bool
}

func newImportCmd(app *app, runF func(*importOptions) error) *cobra.Command {
	opts := &importOptions{app: app}
	cmd := &cobra.Command{
		Use:   "import FILE|- --id ID",
		Short: "Turn the text of a proposal into a draft proposal file",
		Long: `Import reads the text of a proposal, as plain text, Markdown or HTML (a
numbered list in an article, a PDF turned to text, a mark-up with the
changes in bold), and writes a draft proposal file, ID.yaml unless -o says
otherwise:

  - points split by the text's own numbering, at every depth it uses
    (1. 1) (a) a) ii. "Point 3:" "Article 4" 10.a), headings kept;
  - for each point the topic whose points in the corpus are most like it
    (BM25), the best three in a comment with their scores;
  - figures (personnel caps in any spelling, days, years, money), regions
    and parties in a comment, and typed terms where the pattern is clear;
  - with --from OTHER, points aligned with OTHER's: kept when the wording
    matches or a mark-up (bold, <ins>, <del>, struck) marks no change,
    deleted when struck out whole.

Every point is marked confidence: inferred, every guess has a "# review:"
comment, and what the import cannot know (the sources, the summary) is
left as a "TODO:" value: peacediff validate --draft lists them. The
input is read with nothing fetched from the network. An existing file is
never replaced without --force.

Exit status: 0 when a draft was written, 2 when nothing usable was found
or the input cannot be read.`,
		Example: `  peacediff import leak.txt --id us-draft-2026-02
  peacediff import e3-markup.html --id e3-reply-2025-11 --from us-28-point-2025-11 --answers
  curl -s https://example.org/text.html | peacediff import - --id x-2026 -o -`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.input = args[0]
			if opts.id == "" {
				return &usageError{err: errors.New("--id ID is required"), cmd: "peacediff import"}
			}
			if opts.answers && opts.from == "" {
				return &usageError{err: errors.New("--answers needs --from OTHER"), cmd: "peacediff import"}
			}
			if runF != nil {
				return runF(opts)
			}
			return runImport(opts)
		},
	}
	cmd.Flags().StringVar(&opts.id, "id", "", "the new proposal's `ID`, a lowercase slug")
	cmd.Flags().StringVar(&opts.from, "from", "", "the proposal the text revises or marks up: an `ID` or a file")
	cmd.Flags().BoolVar(&opts.answers, "answers", false, "the text answers OTHER (a counter-proposal) instead of revising it")
	choiceFlag(cmd.Flags(), &opts.format, "input-format", "", "read the input as `FORMAT`: text, markdown or html (default: by its name and content)", importer.Formats)
	cmd.Flags().StringVarP(&opts.out, "output", "o", "", "write the draft to `FILE` (default ID.yaml; - for standard output)")
	cmd.Flags().BoolVar(&opts.force, "force", false, "replace the output file if it exists")
	return cmd
}

func runImport(opts *importOptions) error {
	data, err := opts.read()
	if err != nil {
		return err
	}
	c, err := opts.app.corpus()
	if err != nil {
		return err
	}
	iopts := importer.Options{ID: opts.id, Name: opts.input, Format: importer.Format(opts.format), Catalog: c.Catalog}
	if opts.from != "" {
		_, files, err := opts.app.resolve([]string{opts.from})
		if err != nil {
			return err
		}
		iopts.From = files[0]
		iopts.Relation = proposals.RelationRevises
		if opts.answers {
			iopts.Relation = proposals.RelationAnswers
		}
	}
	// Rank against the corpus, but never against an earlier file of the
	// same id: a text re-imported would only find itself.
	iopts.Ranker, err = importer.NewRanker(c.Catalog, slices.DeleteFunc(slices.Clone(c.Files), func(f *proposals.File) bool { return f.Proposal.ID == opts.id }))
	if err != nil {
		return err
	}
	res, err := importer.Import(data, iopts)
	if err != nil {
		return err
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(opts.app.ios.ErrOut, "warning: %s\n", termsafe.String(w.String()))
	}
	out := opts.out
	if out == "" {
		out = opts.id + ".yaml"
	}
	write := func(w io.Writer) error { _, err := w.Write(res.YAML); return err }
	switch {
	case out == "-":
		var o outputFlags
		return o.write(opts.app, write)
	case opts.force:
		err = safefile.Write(out, write)
	default:
		err = safefile.WriteNew(out, write)
		if errors.Is(err, safefile.ErrExist) {
			return &usageError{err: fmt.Errorf("%s exists: give --force to replace it, or -o another file", out), cmd: "peacediff import"}
		}
	}
	if err != nil {
		return err
	}
	top := 0
	seen := map[string]bool{}
	for _, p := range res.Points {
		t, _, _ := strings.Cut(p.Label, ".")
		if !seen[t] {
			seen[t], top = true, top+1
		}
	}
	fmt.Fprintf(opts.app.ios.ErrOut, "wrote %s: %s (%d at the top level), %s; review the \"# review:\" comments, and peacediff validate --draft %s lists the to-dos\n",
		termsafe.String(out), plural(len(res.Points), "point"), top, plural(res.Todos, "to-do"), termsafe.String(out))
	return nil
}

// read reads the input, a file or standard input, up to --max-size.
func (opts *importOptions) read() ([]byte, error) {
	if opts.input == "-" {
		return proposals.ReadFile("-", opts.app.ios.In, opts.app.maxSize)
	}
	f, err := os.Open(opts.input)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, &usageError{err: fmt.Errorf("%s is a folder: expected the file of a text", opts.input)}
	}
	return proposals.ReadFile(opts.input, f, opts.app.maxSize)
}
