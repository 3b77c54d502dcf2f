package main

import (
	"fmt"
	"os"

	"github.com/peacediff/peacediff/proposals"
)

// app holds what every command shares: the streams and the global flags.
type app struct {
	ios       *IOStreams
	corpusDir string // --corpus
}

// corpus loads the corpus the commands work on: the folder given with
// --corpus, or the embedded one.
func (a *app) corpus() (*proposals.Corpus, error) {
	if a.corpusDir == "" {
		return proposals.Embedded()
	}
	st, err := os.Stat(a.corpusDir)
	if err != nil {
		return nil, fmt.Errorf("--corpus: %w", err)
	}
	if !st.IsDir() {
		return nil, &usageError{fmt.Errorf("--corpus %s: not a folder", a.corpusDir)}
	}
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		return nil, err
	}
	return proposals.LoadDir(a.corpusDir, cat)
}
