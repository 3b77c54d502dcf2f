package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/peacediff/peacediff/proposals"
	"github.com/spf13/cobra"
)

// run executes the command line args and returns the exit status. It is
// the whole program but for the process's streams.
func run(args []string, ios *IOStreams) int {
	root := newRootCmd(ios)
	root.SetArgs(args)
	err := root.Execute()
	if err != nil && strings.HasPrefix(err.Error(), "unknown command ") {
		err = unknownCommand(root, args, err)
	}
	return report(ios.ErrOut, err)
}

// newRootCmd builds the command tree. Nothing is registered globally.
func newRootCmd(ios *IOStreams) *cobra.Command {
	app := &app{ios: ios, maxSize: proposals.ReadLimit}
	root := &cobra.Command{
		Use:   "peacediff",
		Short: "Validate, compare and publish peace proposals",
		Long: `peacediff compares peace proposals kept as structured YAML files: territory,
limits on armed forces, NATO, security guarantees and every point of the
text, each with its sources. A corpus of the 2015-2026 texts on the war in
Ukraine is built in; --corpus DIR adds a folder of your own files to it.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(ios.In)
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	root.PersistentFlags().StringVar(&app.corpusDir, "corpus", "", "add the proposal files of `DIR` to the built-in corpus (a file with a built-in id replaces it)")
	root.PersistentFlags().BoolVar(&app.noBuiltin, "no-builtin", false, "with --corpus, use the files of DIR alone, without the built-in corpus")
	root.PersistentFlags().Var((*byteSize)(&app.maxSize), "max-size", "refuse proposal files larger than `SIZE` (bytes, or with KiB, MiB)")
	root.PersistentFlags().IntVar(&app.width, "width", 0, "lay text out in `N` columns (default: the terminal's width, or 80)")
	choiceFlag(root.PersistentFlags(), &app.color, "color", "auto", "colour text output: auto (on a terminal, unless NO_COLOR is set), always or never",
		func() []string { return []string{"auto", "always", "never"} })
	root.SetFlagErrorFunc(flagError)
	root.AddCommand(
		newValidateCmd(app, nil),
		newCompareCmd(app, nil),
		newHistoryCmd(app, nil),
		newListCmd(app, nil),
		newShowCmd(app, nil),
		newMapCmd(app, nil),
		newCheckCmd(app, nil),
		newLedgerCmd(app, nil),
		newSiteCmd(app),
		newCorpusCmd(app),
		newFmtCmd(app, nil),
		newNewCmd(app, nil),
		newImportCmd(app, nil),
		newGitDiffCmd(app, nil),
		newSchemaCmd(app, nil),
		newVersionCmd(app, nil),
	)
	for _, c := range root.Commands() {
		switch c.Name() {
		case "compare", "show", "history", "new", "map", "check", "ledger":
			if c.ValidArgsFunction == nil {
				c.ValidArgsFunction = app.completeIDs
			}
		}
		if f := c.Flags().Lookup("from"); f != nil {
			c.RegisterFlagCompletionFunc("from", app.completeIDs)
		}
		if c.Args == nil {
			continue
		}
		args := c.Args
		c.Args = func(cmd *cobra.Command, a []string) error {
			if err := args(cmd, a); err != nil {
				return &usageError{err: err, cmd: cmd.CommandPath()}
			}
			return nil
		}
	}
	registerChoiceCompletions(root)
	return root
}

// unknownCommand words cobra's "unknown command" as bad usage with the
// closest command.
func unknownCommand(root *cobra.Command, args []string, err error) error {
	cmd, rest, _ := root.Find(args)
	// rest still holds the flags; the command parsed them already, so its
	// arguments are what names no command ("schema --doc extra": extra).
	if parsed := cmd.Flags().Args(); len(parsed) > 0 {
		rest = parsed
	}
	name := ""
	if len(rest) > 0 {
		name = rest[0]
	}
	var names []string
	for _, c := range cmd.Commands() {
		if c.IsAvailableCommand() {
			names = append(names, c.Name())
		}
	}
	msg := fmt.Sprintf("unknown command %q for %q", name, cmd.CommandPath())
	if s := proposals.Suggest(name, names); s != "" {
		msg += fmt.Sprintf("; did you mean %q?", s)
	}
	return &usageError{err: errors.New(msg), cmd: cmd.CommandPath()}
}
