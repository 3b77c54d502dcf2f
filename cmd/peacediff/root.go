package main

import (
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
	return report(ios.ErrOut, root.Execute())
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
Ukraine is built in; --corpus uses a folder of your own files instead.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(ios.In)
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	root.PersistentFlags().StringVar(&app.corpusDir, "corpus", "", "use the proposal files in `DIR` instead of the built-in corpus")
	root.PersistentFlags().Var((*byteSize)(&app.maxSize), "max-size", "refuse proposal files larger than `SIZE` (bytes, or with KiB, MiB)")
	root.PersistentFlags().IntVar(&app.width, "width", 0, "lay text out in `N` columns (default: the terminal's width, or 80)")
	root.PersistentFlags().StringVar(&app.color, "color", "auto", "colour text output: auto (on a terminal, unless NO_COLOR is set), always or never")
	root.RegisterFlagCompletionFunc("color", cobra.FixedCompletions([]string{"auto", "always", "never"}, cobra.ShellCompDirectiveNoFileComp))
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &usageError{fmt.Errorf("%w\n\n%s", err, strings.TrimRight(cmd.UsageString(), "\n"))}
	})
	root.AddCommand(
		newValidateCmd(app, nil),
		newCompareCmd(app, nil),
		newHistoryCmd(app, nil),
		newListCmd(app, nil),
		newShowCmd(app, nil),
		newMapCmd(app, nil),
		newCheckCmd(app, nil),
		newSiteCmd(app),
		newFmtCmd(app, nil),
		newNewCmd(app, nil),
		newImportCmd(app, nil),
		newGitDiffCmd(app, nil),
		newSchemaCmd(app, nil),
		newVersionCmd(app, nil),
	)
	for _, c := range root.Commands() {
		switch c.Name() {
		case "compare", "show", "history", "new", "map", "check":
			if c.ValidArgsFunction == nil {
				c.ValidArgsFunction = app.completeIDs
			}
		}
		if f := c.Flags().Lookup("from"); f != nil {
			c.RegisterFlagCompletionFunc("from", app.completeIDs)
		}
		if c.Flags().Lookup("section") != nil {
			c.RegisterFlagCompletionFunc("section", app.completeSections)
		}
		if c.Flags().Lookup("topic") != nil {
			c.RegisterFlagCompletionFunc("topic", app.completeTopics)
		}
		if c.Args == nil {
			continue
		}
		args := c.Args
		c.Args = func(cmd *cobra.Command, a []string) error {
			if err := args(cmd, a); err != nil {
				return &usageError{err}
			}
			return nil
		}
	}
	return root
}
