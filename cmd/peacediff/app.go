package main

import (
	"fmt"
	"os"

	"github.com/peacediff/peacediff/internal/termsafe"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/render"
)

// app holds what every command shares: the streams and the global flags.
type app struct {
	ios       *IOStreams
	corpusDir string // --corpus
	noBuiltin bool   // --no-builtin
	width     int    // --width
	color     string // --color
	maxSize   int64  // --max-size, in bytes
}

// renderOptions are the layout options for text written to out ("" for
// standard output): the width from --width or the terminal, and colour by
// --color, only on a terminal and never with NO_COLOR unless asked for.
func (a *app) renderOptions(out string, all bool) (render.Options, error) {
	o := render.Options{Width: a.ios.Width, All: all, FoldHint: "--all shows them"}
	if a.width > 0 {
		o.Width = a.width
	}
	switch a.color {
	case "always":
		o.Color = true
	case "never":
	case "auto", "":
		o.Color = a.ios.IsTTY && out == "" && a.ios.Getenv("NO_COLOR") == "" && a.ios.Getenv("TERM") != "dumb"
	default:
		return o, &usageError{err: fmt.Errorf("--color %s: expected auto, always or never", a.color), cmd: "peacediff"}
	}
	return o, nil
}

// corpus loads the corpus the commands work on: the built-in one, with the
// files of --corpus DIR over it (a file of DIR with a built-in id replaces
// that text, and says so on standard error), or DIR alone with
// --no-builtin.
func (a *app) corpus() (*proposals.Corpus, error) { return a.corpusLoader()() }

// corpusLoader returns a function that loads the corpus as corpus does,
// again at each call: the files of --corpus DIR that did not change since
// the call before are not decoded again, and keep their *proposals.File.
func (a *app) corpusLoader() func() (*proposals.Corpus, error) {
	if a.corpusDir == "" {
		return proposals.Embedded
	}
	var l *proposals.Loader
	return func() (*proposals.Corpus, error) {
		st, err := os.Stat(a.corpusDir)
		if err != nil {
			return nil, fmt.Errorf("--corpus: %w", err)
		}
		if !st.IsDir() {
			return nil, &usageError{err: fmt.Errorf("--corpus %s: not a folder", a.corpusDir)}
		}
		if l == nil {
			if l, err = a.newLoader(); err != nil {
				return nil, err
			}
		}
		c, replaced, err := l.Load()
		if err != nil {
			return nil, err
		}
		for _, id := range replaced {
			fmt.Fprintf(a.ios.ErrOut, "peacediff: %s: replaces the built-in %s\n", termsafe.String(a.corpusDir), termsafe.String(id))
		}
		return c, nil
	}
}

// newLoader returns the loader of --corpus DIR: over the built-in corpus,
// or alone with --no-builtin.
func (a *app) newLoader() (*proposals.Loader, error) {
	l := &proposals.Loader{Dir: a.corpusDir, MaxSize: a.maxSize}
	var err error
	if a.noBuiltin {
		l.Catalog, err = proposals.DefaultCatalog()
	} else {
		l.Base, err = proposals.Embedded()
	}
	if err != nil {
		return nil, err
	}
	return l, nil
}
