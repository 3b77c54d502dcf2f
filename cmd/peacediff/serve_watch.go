package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/fsnotify/fsnotify"
	"github.com/peacediff/peacediff/internal/termsafe"
)

// corpusWatch watches the corpus folder, and watches the folder at its
// path again when it is removed, moved away or replaced: a watch follows
// a folder, not its name, and is lost with it.
type corpusWatch struct {
	dir     string
	w       *fsnotify.Watcher
	watched os.FileInfo // the folder watched, nil while none is
	log     io.Writer
}

// newCorpusWatch watches dir, reporting on log when it watches a folder
// there again.
func newCorpusWatch(dir string, log io.Writer) (*corpusWatch, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	c := &corpusWatch{dir: filepath.Clean(dir), w: w, log: log}
	st, err := os.Stat(c.dir)
	if err == nil {
		err = w.Add(c.dir)
	}
	if err != nil {
		w.Close()
		return nil, err
	}
	c.watched = st
	return c, nil
}

// Close ends the watch.
func (c *corpusWatch) Close() error { return c.w.Close() }

// changed reports whether ev calls for a rebuild: a proposal file changed,
// or the folder itself went away (then it is watched again as soon as a
// folder is back at its path).
func (c *corpusWatch) changed(ev fsnotify.Event) bool {
	if filepath.Clean(ev.Name) == c.dir && ev.Has(fsnotify.Remove|fsnotify.Rename) {
		c.lost()
		c.check()
		return true
	}
	return filepath.Ext(ev.Name) == ".yaml"
}

// lost forgets the folder watched.
func (c *corpusWatch) lost() {
	if c.watched == nil {
		return
	}
	c.w.Remove(c.dir) // fsnotify may have dropped it already
	c.watched = nil
	fmt.Fprintf(c.log, "watch: %s was moved or removed; waiting for a folder there\n", termsafe.String(c.dir))
}

// check watches the folder at the corpus path if it is not the one
// watched, and reports whether it is a new one.
func (c *corpusWatch) check() bool {
	st, err := os.Stat(c.dir)
	if err != nil || !st.IsDir() {
		if c.watched != nil {
			c.lost()
			return true
		}
		return false
	}
	if c.watched != nil && os.SameFile(st, c.watched) {
		return false
	}
	c.lost()
	if err := c.w.Add(c.dir); err != nil {
		fmt.Fprintf(c.log, "watch: %s\n", termsafe.Text(err.Error()))
		return false
	}
	c.watched = st
	fmt.Fprintf(c.log, "watch: watching %s again\n", termsafe.String(c.dir))
	return true
}
