// Command floor is the parse floor of the benchmarks: it reads each file
// named on the command line and decodes it with gopkg.in/yaml.v3 into a
// yaml.Node tree, as peacediff's loader does before it decodes a proposal,
// and does nothing else. bench/compare.sh times it on the same files as
// peacediff compare, so that the ratio says what peacediff costs beyond
// reading the YAML at all.
//
// With -parallel it decodes the files side by side, one goroutine a file,
// as peacediff reads the files of a comparison; without, one after the
// other. With -any it decodes into an any instead of nodes.
//
// It lives in bench/, outside the four packages of peacediff (cmd, render,
// compare, proposals), on purpose: the floor must share no code with what
// it measures, so that an optimisation of peacediff's loader cannot move
// the floor too, and yaml.v3 may be imported only by proposals (a test
// enforces the layering). It is a measuring instrument, not part of the
// program.
//
//	go run ./bench/floor [-parallel] [-any] FILE...
package main

import (
	"flag"
	"fmt"
	"os"
	"sync"

	"gopkg.in/yaml.v3"
)

func main() {
	parallel := flag.Bool("parallel", false, "decode the files side by side")
	intoAny := flag.Bool("any", false, "decode into an any, not yaml.Node trees")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: floor [-parallel] [-any] FILE...")
		os.Exit(2)
	}
	names := flag.Args()
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		if *parallel {
			wg.Go(func() { errs[i] = decode(name, *intoAny) })
		} else {
			errs[i] = decode(name, *intoAny)
		}
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

// decode reads and decodes one file.
func decode(name string, intoAny bool) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	if intoAny {
		var v any
		err = yaml.Unmarshal(data, &v)
	} else {
		var n yaml.Node
		err = yaml.Unmarshal(data, &n)
	}
	if err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	return nil
}
