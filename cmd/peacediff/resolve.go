package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// resolve turns arguments into proposal files: "-" reads standard input,
// REV:path reads a file as git holds it at a revision, an existing file or
// anything that looks like a path is read from disk, and anything else is
// an id of the corpus. Files read from disk are
// validated, and their references checked against the corpus.
func (a *app) resolve(c *proposals.Corpus, args []string) ([]*proposals.File, error) {
	var files []*proposals.File
	var errs proposals.ErrorList
	for _, arg := range args {
		if f := c.Get(arg); f != nil && !looksLikePath(arg) {
			files = append(files, f)
			continue
		}
		if rev, p, ok := strings.Cut(arg, ":"); ok && rev != "" && p != "" && !exists(arg) {
			f, err := a.readRevision(c, arg)
			if !collect(&errs, err) {
				return nil, err
			}
			if err == nil {
				files = append(files, f)
			}
			continue
		}
		if !looksLikePath(arg) {
			if _, err := os.Stat(arg); err != nil {
				return nil, &usageError{fmt.Errorf("%q is neither a proposal id nor a file%s", arg, didYouMean(arg, c.IDs()))}
			}
		}
		f, err := a.readProposal(arg, c.Catalog)
		if !collect(&errs, err) {
			return nil, err
		}
		if f == nil || err != nil {
			continue
		}
		if !collect(&errs, c.ValidateRefs(f)) {
			return nil, err
		}
		files = append(files, f)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return files, nil
}

// looksLikePath reports whether an argument names a file rather than an id.
func looksLikePath(arg string) bool {
	return arg == "-" || strings.ContainsAny(arg, `/\`) || strings.HasSuffix(arg, ".yaml") || strings.HasSuffix(arg, ".yml")
}

// didYouMean suggests the closest id, if one is close.
func didYouMean(arg string, ids []string) string {
	best, bestScore := "", 0
	for _, id := range ids {
		if score := commonPrefix(arg, id); score > bestScore {
			best, bestScore = id, score
		}
	}
	if bestScore >= 4 {
		return fmt.Sprintf("; did you mean %q?", best)
	}
	return "; peacediff list shows the ids"
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// readRevision reads REV:path with git show and validates it.
func (a *app) readRevision(c *proposals.Corpus, arg string) (*proposals.File, error) {
	cmd := exec.Command("git", "show", arg)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, &usageError{fmt.Errorf("%s: %s", arg, strings.TrimPrefix(msg, "fatal: "))}
	}
	if int64(len(out)) > a.maxSize {
		return nil, fmt.Errorf("%s: larger than the limit of %d bytes (--max-size)", arg, a.maxSize)
	}
	f, err := proposals.ParseAndValidate(arg, out, c.Catalog)
	if err != nil {
		return nil, err
	}
	return f, c.ValidateRefs(f)
}
