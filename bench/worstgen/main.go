// Command worstgen writes the hostile inputs of issue 21 (cost out of
// proportion to the input) into a folder, one shape per run, for
// bench/worst.sh to time the built binary on. The shapes are those of the
// package benchmarks (proposals/limits_bench_test.go, compare/prose_test.go,
// redlines/compile_test.go), as files a user could hand the command line.
//
//	go run ./bench/worstgen -shape problems -size 10137600 -o DIR
//
// Shapes (files written in DIR):
//
//	problems  big.yaml: provisions that lack every field (millions of problems)
//	points    big.yaml: valid provisions with their keys out of order
//	prose     a.yaml, b.yaml: one point each, 315 KB of short sentences, all different
//	month     t0000.yaml...: -n tiny texts dated in the same month
//	chain     c0000.yaml...: -n texts, each revising the one before
//	cel       lines.yaml: -n red lines whose rules spend their whole cost budget
//
// Like bench/floor it is a measuring instrument outside peacediff's
// packages: it imports none of them.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// head is the start of a valid proposal; %s is its id, %s its date.
const head = `id: %s
title: Test %s
short: T %s
proposers: [US]
date: %s
status: reported
point_count: 1
summary: A test.
sources:
  - id: src
    publisher: Agency
    url: https://example.org/a
    kind: agency
`

// provision is one valid point; %s is its text.
const provision = `provisions:
  - point: "1"
    topic: armed-forces-size
    text: %q
    sources: [src]
    confidence: single-source
`

func main() {
	shape := flag.String("shape", "", "the shape to write (see the package doc)")
	size := flag.Int("size", 10<<20-100<<10, "the size in bytes of big.yaml")
	n := flag.Int("n", 400, "how many texts (month, chain) or red lines (cel)")
	out := flag.String("o", "", "the folder to write into (made if missing)")
	flag.Parse()
	if *shape == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: worstgen -shape SHAPE -o DIR [-size BYTES] [-n COUNT]")
		os.Exit(2)
	}
	files, err := generate(*shape, *size, *n)
	if err == nil {
		err = write(*out, files)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "worstgen:", err)
		os.Exit(2)
	}
}

// generate returns the files of a shape, by name.
func generate(shape string, size, n int) (map[string]string, error) {
	files := map[string]string{}
	switch shape {
	case "problems":
		var b strings.Builder
		b.WriteString(proposal("big", "2030-01-15", ""))
		b.WriteString("provisions:\n")
		for b.Len() < size {
			b.WriteString("  - {}\n")
		}
		files["big.yaml"] = b.String()
	case "points":
		var b strings.Builder
		b.WriteString(proposal("big", "2030-01-15", ""))
		b.WriteString("provisions:\n")
		i := 0
		for i = 1; b.Len() < size; i++ {
			fmt.Fprintf(&b, "  - text: Forces are capped at a level agreed by the parties in point %d.\n    point: \"%d\"\n    sources: [src]\n    topic: armed-forces-size\n    confidence: single-source\n", i, i)
		}
		files["big.yaml"] = strings.Replace(b.String(), "point_count: 1\n", fmt.Sprintf("point_count: %d\n", i-1), 1)
	case "prose":
		files["a.yaml"] = proposal("a", "2030-01-15", prose(1, 315_000))
		files["b.yaml"] = proposal("b", "2030-02-15", prose(2, 315_000))
	case "month":
		for i := range n {
			id := fmt.Sprintf("t%04d", i)
			files[id+".yaml"] = proposal(id, "2030-01-15", fmt.Sprintf("Forces are capped in text %d.", i))
		}
	case "chain":
		// Dated by year only, so that no two of them are paired as texts
		// of the same month: the chain alone is measured.
		for i := range n {
			id := fmt.Sprintf("c%04d", i)
			p := proposal(id, "2030", fmt.Sprintf("Forces are capped in draft %d.", i))
			if i > 0 {
				p = strings.Replace(p, "status: reported\n", fmt.Sprintf("status: reported\nsupersedes:\n  - id: c%04d\n    relation: revises\n", i-1), 1)
			}
			files[id+".yaml"] = p
		}
	case "cel":
		var b strings.Builder
		b.WriteString("sources:\n  - {id: a, publisher: A, url: \"https://a.example/1\", kind: newspaper}\npositions:\n")
		for i := range n {
			fmt.Fprintf(&b, `  - id: dear-%d
    party: UA
    date: 2020-01-01
    title: T
    statement: S.
    sources: [a]
    confidence: single-source
    reads: lists.range(2000).map(i, regions[0])
    rule: lists.range(500).exists(i, i < 0)
`, i)
		}
		files["lines.yaml"] = b.String()
	default:
		return nil, fmt.Errorf("no shape %q", shape)
	}
	return files, nil
}

// proposal is a valid text with one provision of the given wording, or
// only its head when text is "".
func proposal(id, date, text string) string {
	p := fmt.Sprintf(head, id, id, id, date)
	if text != "" {
		p += fmt.Sprintf(provision, text)
	}
	return p
}

// prose is about n bytes of short sentences of one word each, drawn from a
// small vocabulary by a seeded generator: many sentences, all different
// from the other text's, the costliest alignment.
func prose(seed uint64, n int) string {
	words := []string{"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"}
	var b strings.Builder
	x := seed
	for b.Len() < n {
		x = x*6364136223846793005 + 1442695040888963407
		b.WriteString(words[x>>61])
		b.WriteString(". ")
	}
	return strings.TrimSpace(b.String())
}

func write(dir string, files map[string]string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			return err
		}
	}
	return nil
}
