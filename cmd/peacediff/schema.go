package main

import (
	"github.com/peacediff/peacediff/internal/formatdoc"
	"github.com/peacediff/peacediff/proposals"
	"github.com/spf13/cobra"
)

type schemaOptions struct {
	app *app
	doc bool
}

func newSchemaCmd(app *app, runF func(*schemaOptions) error) *cobra.Command {
	opts := &schemaOptions{app: app}
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the proposal format, or its reference",
		Long: `Schema prints the JSON Schema (draft 2020-12) of the proposal format, with the
topics, regions, parties and scales of the catalogue as enums. Editors that
use yaml-language-server validate and complete a file that starts with

  # yaml-language-server: $schema=<path or URL of the schema>

With --doc it prints instead the reference of the format in Markdown, for
people who edit the files: every field with its type and values, an example
of each part, and the catalogue's values with their labels (docs/format.md
in the repository).`,
		Example: `  peacediff schema
  peacediff schema --doc`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return runSchema(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.doc, "doc", false, "print the reference of the format in Markdown instead of the schema")
	return cmd
}

func runSchema(opts *schemaOptions) error {
	var (
		b   []byte
		err error
	)
	if opts.doc {
		// The built-in corpus and catalogue, whatever --corpus says: the
		// reference is the format's, the same as docs/format.md.
		var c *proposals.Corpus
		if c, err = proposals.Embedded(); err != nil {
			return err
		}
		b, err = formatdoc.Markdown(c.Catalog, c)
	} else {
		var cat *proposals.Catalog
		if cat, err = proposals.DefaultCatalog(); err != nil {
			return err
		}
		b, err = proposals.Schema(cat)
	}
	if err != nil {
		return err
	}
	_, err = opts.app.ios.Out.Write(b)
	return err
}
