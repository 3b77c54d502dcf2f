// Command importeval measures peacediff import on the texts of a folder
// with answer keys (importer/testdata/eval by default) and prints, for
// each text, how many points were split right, the topic accuracy (the
// first suggestion, and among the first three), the figures found and,
// for a mark-up, the states read right; then the sums, over the texts
// ranked by similarity alone (a mark-up takes its topics from --from) and
// over all.
//
//	go run ./importer/cmd/importeval [-v] [DIR]
package main

import (
	"flag"
	"fmt"
	"os"
	"text/tabwriter"

	"github.com/peacediff/peacediff/importer/eval"
	"github.com/peacediff/peacediff/proposals"
)

func main() {
	verbose := flag.Bool("v", false, "list every point whose topic is not the key's first suggestion")
	flag.Parse()
	dir := "importer/testdata/eval"
	if flag.NArg() > 0 {
		dir = flag.Arg(0)
	}
	if err := run(dir, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "importeval:", err)
		os.Exit(2)
	}
}

func run(dir string, verbose bool) error {
	corpus, err := proposals.Embedded()
	if err != nil {
		return err
	}
	texts, err := eval.Texts(dir)
	if err != nil {
		return err
	}
	if len(texts) == 0 {
		return fmt.Errorf("%s: no text with an answer key", dir)
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "text\tpoints\tsplit right\textra\ttopic top-1\ttopic top-3\tfigures found\tstates right\t")
	all := eval.Report{Name: "all"}
	ranked := eval.Report{Name: "ranked (no --from)"}
	for _, t := range texts {
		r, err := eval.Run(t, corpus)
		if err != nil {
			return err
		}
		row(tw, r)
		add(&all, r)
		if r.States == 0 {
			add(&ranked, r)
		}
		if verbose {
			defer misses(t, r)
		}
	}
	row(tw, &ranked)
	row(tw, &all)
	return tw.Flush()
}

// add sums r into sum.
func add(sum, r *eval.Report) {
	sum.Points += r.Points
	sum.Split += r.Split
	sum.Extra += r.Extra
	sum.Top1 += r.Top1
	sum.Top3 += r.Top3
	sum.Figures += r.Figures
	sum.FiguresOK += r.FiguresOK
	sum.States += r.States
	sum.StatesOK += r.StatesOK
}

func row(tw *tabwriter.Writer, r *eval.Report) {
	states := "-"
	if r.States > 0 {
		states = fmt.Sprintf("%d/%d", r.StatesOK, r.States)
	}
	fmt.Fprintf(tw, "%s\t%d\t%d/%d\t%d\t%.0f%%\t%.0f%%\t%d/%d\t%s\t\n", r.Name, r.Points, r.Split, r.Points, r.Extra,
		eval.Percent(r.Top1, r.Split), eval.Percent(r.Top3, r.Split), r.FiguresOK, r.Figures, states)
}

func misses(text string, r *eval.Report) {
	key, err := eval.ReadKey(eval.KeyOf(text))
	if err != nil {
		return
	}
	for _, m := range eval.Misses(key, r.Result) {
		fmt.Printf("%s: %s\n", r.Name, m)
	}
}
