package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/peacediff/peacediff/internal/sitedir"
	"github.com/peacediff/peacediff/internal/termsafe"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/site"
	"github.com/spf13/cobra"
)

func newSiteCmd(app *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "site",
		Short: "Build or serve a static site of the corpus",
		Example: `  peacediff site build -o public
  peacediff site serve`,
		Args: subcommandArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newSiteBuildCmd(app, nil), newSiteServeCmd(app, nil))
	return cmd
}

type siteBuildOptions struct {
	app     *app
	out     string
	baseURL string
	pairs   []string
}

func newSiteBuildCmd(app *app, runF func(*siteBuildOptions) error) *cobra.Command {
	opts := &siteBuildOptions{app: app}
	cmd := &cobra.Command{
		Use:   "build -o DIR",
		Short: "Build the static site of the corpus into a folder",
		Long: `Build writes a static site of the corpus: an index with the proposals on a
timeline, a page per proposal, comparisons (each text against what it revises
or answers, every pair of texts dated in the same month up to 5,000 pairs,
and --pair A:B), the matrix of all typed terms per section, the history of
each chain of drafts (on the page of its last text), who gave what along
each lineage, where the parties stand, a search page, the data as JSON and
CSV, and an Atom feed.
Links are relative: the site works from file://, under any sub-path and on
any static host. With --base-url it also has a sitemap.xml.

The site is built in a temporary folder beside DIR and swapped in at once, so
a build that fails or is killed leaves the previous site whole. A non-empty
DIR that peacediff did not build is refused, and so is a built site that
holds files the build did not make (a CNAME, a .git), which replacing it
would remove. A second build into a DIR that another build is writing
fails at once.`,
		Example: `  peacediff site build -o public
  peacediff site build -o public --base-url https://example.org/peace/ --pair minsk-ii-2015-02:us-28-point-2025-11`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.out == "" {
				return &usageError{err: errors.New("-o DIR is required"), cmd: "peacediff site build"}
			}
			if runF != nil {
				return runF(opts)
			}
			return runSiteBuild(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.out, "output", "o", "", "build the site into `DIR`")
	cmd.Flags().StringVar(&opts.baseURL, "base-url", "", "the `URL` the site is published at, for sitemap.xml")
	cmd.Flags().StringArrayVar(&opts.pairs, "pair", nil, "also compare `A:B` (ids)")
	return cmd
}

func runSiteBuild(opts *siteBuildOptions) error {
	so, err := siteOptions(opts.baseURL, opts.pairs)
	if err != nil {
		return err
	}
	// Refuse a folder that is not ours before any work.
	if err := sitedir.Check(opts.out, site.Marker); err != nil {
		return &exitError{code: exitTrouble, err: err}
	}
	c, err := opts.app.corpus()
	if err != nil {
		return err
	}
	if err := checkPairs(c, so.Pairs); err != nil {
		return err
	}
	pages, err := site.Build(c, so)
	if err != nil {
		return err
	}
	if err := sitedir.Replace(opts.out, site.Marker, pages); err != nil {
		return &exitError{code: exitTrouble, err: err}
	}
	fmt.Fprintf(opts.app.ios.ErrOut, "built %d files in %s\n", len(pages), termsafe.String(opts.out))
	return nil
}

// siteOptions checks --base-url and --pair.
func siteOptions(baseURL string, pairs []string) (site.Options, error) {
	so := site.Options{BaseURL: baseURL}
	if baseURL != "" && !strings.HasPrefix(baseURL, "https://") && !strings.HasPrefix(baseURL, "http://") {
		return so, &usageError{err: fmt.Errorf("--base-url %q: expected an http or https URL", baseURL)}
	}
	for _, p := range pairs {
		a, b, ok := strings.Cut(p, ":")
		if !ok || a == "" || b == "" {
			return so, &usageError{err: fmt.Errorf("--pair %q: expected two ids as A:B", p)}
		}
		so.Pairs = append(so.Pairs, [2]string{a, b})
	}
	return so, nil
}

// checkPairs checks that the ids of --pair name proposals of the corpus.
func checkPairs(c *proposals.Corpus, pairs [][2]string) error {
	for _, p := range pairs {
		for _, id := range p {
			if c.Get(id) == nil {
				return &usageError{err: fmt.Errorf("--pair %s:%s: no proposal %q in the corpus%s", p[0], p[1], id, didYouMean(id, c.IDs()))}
			}
		}
	}
	return nil
}
