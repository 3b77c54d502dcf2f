// Command overlap reports, for each proposal or red-lines file, the
// longest run of words a text of it (summary, statement, note, a point's
// text or variant) shares with the reference files, word for word:
//
//	go run ./internal/overlap/cmd/overlap -refs ../shared/research proposals/corpus/*.yaml
//
// A run of 8 words or more is a copy to rewrite in our own words; the
// command exits with 1 when it finds one.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/peacediff/peacediff/internal/overlap"
)

func main() {
	refs := flag.String("refs", "", "a folder of reference texts (every file in it)")
	n := flag.Int("n", 8, "the least number of shared words to report")
	flag.Parse()
	os.Exit(run(*refs, *n, flag.Args()))
}

func run(refDir string, n int, files []string) int {
	var refs []string
	entries, _ := os.ReadDir(refDir)
	for _, e := range entries {
		if data, err := os.ReadFile(filepath.Join(refDir, e.Name())); err == nil && !e.IsDir() {
			refs = append(refs, string(data))
		}
	}
	if len(refs) == 0 {
		fmt.Fprintf(os.Stderr, "overlap: no reference file in %q\n", refDir)
		return 2
	}
	ix := overlap.NewIndex(n, refs...)
	status := 0
	slices.Sort(files)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "overlap:", err)
			return 2
		}
		best, words := "", 0
		for _, text := range prose(string(data)) {
			if run, k := ix.Longest(text); k > words {
				best, words = run, k
			}
		}
		fmt.Printf("%s\t%d\t%s\n", f, words, best)
		if words >= n {
			status = 1
		}
	}
	return status
}

// prose returns the values of the prose fields of a YAML file, folded
// block scalars joined: what the editors wrote.
func prose(data string) []string {
	var out []string
	lines := strings.Split(data, "\n")
	for i := 0; i < len(lines); i++ {
		l := strings.TrimLeft(lines[i], " -{")
		key, value, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		switch strings.TrimSpace(key) {
		case "text", "summary", "statement", "note", "notes":
		default:
			continue
		}
		value = strings.TrimSpace(value)
		if value == ">-" || value == ">" || value == "|" || value == "|-" {
			indent := -1
			var b strings.Builder
			for i+1 < len(lines) {
				next := lines[i+1]
				trimmed := strings.TrimLeft(next, " ")
				d := len(next) - len(trimmed)
				if trimmed != "" && (indent >= 0 && d < indent || indent < 0 && d <= len(lines[i])-len(strings.TrimLeft(lines[i], " "))) {
					break
				}
				if indent < 0 && trimmed != "" {
					indent = d
				}
				b.WriteString(trimmed + " ")
				i++
			}
			value = b.String()
		}
		out = append(out, value)
	}
	return out
}
