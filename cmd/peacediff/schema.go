package main

import (
	"github.com/peacediff/peacediff/proposals"
	"github.com/spf13/cobra"
)

type schemaOptions struct{ app *app }

func newSchemaCmd(app *app, runF func(*schemaOptions) error) *cobra.Command {
	opts := &schemaOptions{app: app}
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the proposal format",
		Long: `Schema prints the JSON Schema (draft 2020-12) of the proposal format, with the
topics, regions, parties and scales of the catalogue as enums. Editors that
use yaml-language-server validate and complete a file that starts with

  # yaml-language-server: $schema=<path or URL of the schema>`,
		Example: `  peacediff schema`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return runSchema(opts)
		},
	}
}

func runSchema(opts *schemaOptions) error {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		return err
	}
	b, err := proposals.Schema(cat)
	if err != nil {
		return err
	}
	_, err = opts.app.ios.Out.Write(b)
	return err
}
