package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

type versionOptions struct{ app *app }

func newVersionCmd(app *app, runF func(*versionOptions) error) *cobra.Command {
	opts := &versionOptions{app: app}
	return &cobra.Command{
		Use:     "version",
		Short:   "Print the version of peacediff",
		Example: `  peacediff version`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return runVersion(opts)
		},
	}
}

func runVersion(opts *versionOptions) error {
	version, revision := "(devel)", ""
	if info, ok := debug.ReadBuildInfo(); ok {
		if info.Main.Version != "" {
			version = info.Main.Version
		}
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				revision = " " + s.Value[:12]
			}
		}
	}
	_, err := fmt.Fprintf(opts.app.ios.Out, "peacediff %s%s\n", version, revision)
	return err
}
