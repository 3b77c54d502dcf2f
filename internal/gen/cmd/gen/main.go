// Command gen writes synthetic proposal files for benchmarks (see package
// [github.com/peacediff/peacediff/internal/gen]):
//
//	go run ./internal/gen/cmd/gen -points 1000 -seed 1 -o DIR            # DIR/synth-1000-base.yaml, DIR/synth-1000-revision.yaml
//	go run ./internal/gen/cmd/gen -many 100 -points 100 -o DIR           # DIR/synth-100-v001.yaml ... v100, each revising the one before
//
// It prints the paths it wrote, one a line. The same flags give the same
// bytes.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/peacediff/peacediff/internal/gen"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var opts gen.Options
	shares := gen.DefaultShares()
	fs.IntVar(&opts.Points, "points", 28, "points of the first text")
	fs.Uint64Var(&opts.Seed, "seed", 1, "random seed: the same seed gives the same files")
	fs.StringVar(&opts.Prefix, "prefix", "", "start of the ids (default synth-POINTS)")
	fs.Float64Var(&shares.Reworded, "reworded", shares.Reworded, "share of points reworded in a revision")
	fs.Float64Var(&shares.Moved, "moved", shares.Moved, "share of points moved to a new label")
	fs.Float64Var(&shares.Added, "added", shares.Added, "share of points added")
	fs.Float64Var(&shares.Deleted, "deleted", shares.Deleted, "share of points deleted")
	many := fs.Int("many", 0, "write this many texts, each revising the one before, instead of a pair")
	dir := fs.String("o", "", "the folder to write to (required)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *dir == "" || fs.NArg() > 0 || opts.Points <= 0 || *many < 0 {
		fmt.Fprintln(stderr, "usage: gen [-points N] [-seed S] [-many K] [-reworded F -moved F -added F -deleted F] -o DIR")
		return 2
	}
	opts.Changes = &shares
	var files []gen.File
	if *many > 0 {
		files = gen.Many(*many, opts)
	} else {
		baseID, revID := opts.IDs()
		base, rev := gen.Pair(opts)
		files = []gen.File{{ID: baseID, Data: base}, {ID: revID, Data: rev}}
	}
	if err := write(*dir, files, stdout); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}

func write(dir string, files []gen.File, stdout io.Writer) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var errs []error
	for _, f := range files {
		p := filepath.Join(dir, f.Name())
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			errs = append(errs, fmt.Errorf("write %s: %w", p, err))
			continue
		}
		fmt.Fprintln(stdout, p)
	}
	return errors.Join(errs...)
}
