// Command floor is the parse floor of the benchmarks: it reads each file
// named on the command line and decodes it with gopkg.in/yaml.v3 into an
// any, and does nothing else. bench/compare.sh times it on the same files
// as peacediff compare, so that the ratio says what peacediff costs beyond
// reading the YAML at all.
//
// It lives in bench/, outside the four packages of peacediff (cmd, render,
// compare, proposals), on purpose: the floor must share no code with what
// it measures, so that an optimisation of peacediff's loader cannot move
// the floor too, and yaml.v3 may be imported only by proposals (a test
// enforces the layering). It is a measuring instrument, not part of the
// program.
//
//	go run ./bench/floor FILE...
package main

import (
	"fmt"
	"os"

	"gopkg.in/yaml.v3"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: floor FILE...")
		os.Exit(2)
	}
	for _, name := range os.Args[1:] {
		data, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		var v any
		if err := yaml.Unmarshal(data, &v); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
			os.Exit(1)
		}
	}
}
