package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/peacediff/peacediff/internal/safefile"
	"github.com/peacediff/peacediff/internal/termsafe"
	"github.com/peacediff/peacediff/proposals"
	"github.com/spf13/cobra"
)

func newCorpusCmd(app *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "corpus",
		Short:   "Work with the built-in corpus",
		Example: `  peacediff corpus export my-corpus`,
		Args:    subcommandArgs,
		RunE:    func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newCorpusExportCmd(app, nil))
	return cmd
}

type corpusExportOptions struct {
	app   *app
	dir   string
	force bool
}

func newCorpusExportCmd(app *app, runF func(*corpusExportOptions) error) *cobra.Command {
	opts := &corpusExportOptions{app: app}
	cmd := &cobra.Command{
		Use:   "export DIR",
		Short: "Write the files of the built-in corpus into a folder",
		Long: `Export writes every file of the built-in corpus into DIR (made if
missing): one YAML file per text and timeline/ with the packages and rounds.
Edit them, add your own beside them, and use the folder with --corpus DIR
(over the built-in corpus) or --corpus DIR --no-builtin (alone). A file
already in DIR is never overwritten unless --force.`,
		Example: `  peacediff corpus export my-corpus
  peacediff --corpus my-corpus --no-builtin list`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.dir = args[0]
			if runF != nil {
				return runF(opts)
			}
			return runCorpusExport(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.force, "force", false, "overwrite files already in DIR")
	return cmd
}

func runCorpusExport(opts *corpusExportOptions) error {
	src := proposals.EmbeddedFiles()
	var names []string
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".yaml") {
			names = append(names, p)
		}
		return err
	})
	if err != nil {
		return err
	}
	if !opts.force {
		var there []string
		for _, n := range names {
			if _, err := os.Lstat(filepath.Join(opts.dir, filepath.FromSlash(n))); err == nil {
				there = append(there, filepath.Join(opts.dir, filepath.FromSlash(n)))
			}
		}
		if len(there) > 0 {
			return &usageError{err: fmt.Errorf("%s already holds %s (%s); --force overwrites them", opts.dir, plural(len(there), "file"), strings.Join(there[:min(3, len(there))], ", ")), cmd: "peacediff corpus export"}
		}
	}
	for _, n := range names {
		data, err := fs.ReadFile(src, n)
		if err != nil {
			return err
		}
		target := filepath.Join(opts.dir, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		if err := safefile.Write(target, func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
			return err
		}
	}
	fmt.Fprintf(opts.app.ios.ErrOut, "wrote %s in %s\n", plural(len(names), "file"), termsafe.String(opts.dir))
	return nil
}

// subcommandArgs refuses an argument that names no subcommand, with the
// closest one.
func subcommandArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	var names []string
	for _, c := range cmd.Commands() {
		names = append(names, c.Name())
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
	if s := proposals.Suggest(args[0], names); s != "" {
		msg += fmt.Sprintf("; did you mean %q?", s)
	}
	return &usageError{err: errors.New(msg), cmd: cmd.CommandPath()}
}
