package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"

	"github.com/peacediff/peacediff/proposals"
)

// resolve turns arguments into proposal files and the corpus to compare
// them in: "-" reads standard input, REV:path reads a file as git holds
// it at a revision, an existing file or anything that looks like a path is
// read from disk, and anything else is an id of the corpus. Files read
// from disk are validated; they may refer to each other and to the corpus
// (a revision given beside the text it revises). A draft, whose only
// problems are to-dos, is read like any file. The corpus (built in, or
// --corpus DIR) is loaded only when an argument or a reference needs it.
func (a *app) resolve(args []string) (*proposals.Corpus, []*proposals.File, error) {
	return a.resolveIn(args, false)
}

// resolveNeeded is [app.resolve] for the commands that read only the texts
// named and those they refer to (compare, history, map): with the
// built-in corpus, only those texts are loaded, not all of it. A command
// that reads other texts of the corpus too, such as the texts that revise
// a named one or the packages of the timeline (show), must use resolve.
func (a *app) resolveNeeded(args []string) (*proposals.Corpus, []*proposals.File, error) {
	return a.resolveIn(args, true)
}

// resolveIn resolves args, loading with the built-in corpus only the texts
// needed when needed is set.
func (a *app) resolveIn(args []string, needed bool) (*proposals.Corpus, []*proposals.File, error) {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		return nil, nil, err
	}
	files := make([]*proposals.File, len(args))
	fileErrs := make([]error, len(args))
	needCorpus := a.corpusDir != ""
	// Read the files at once, each on its own processor: reading (parsing
	// YAML) is most of the cost of a comparison.
	var wg sync.WaitGroup
	for i, arg := range args {
		var read func() (*proposals.File, error)
		switch {
		case isRevision(arg):
			read = func() (*proposals.File, error) { return a.readRevision(cat, arg) }
		case arg == "-" || looksLikePath(arg) || exists(arg):
			read = func() (*proposals.File, error) { return a.readProposal(arg, cat) }
		default:
			needCorpus = true // an id
			continue
		}
		wg.Go(func() { files[i], fileErrs[i] = read() })
	}
	wg.Wait()
	var read []*proposals.File
	var errs proposals.ErrorList
	for i, err := range fileErrs {
		if proposals.OnlyTodos(err) {
			err = nil // a draft: its to-dos are for validate --draft to list
		}
		if !collect(&errs, err) {
			return nil, nil, err
		}
		if err != nil {
			files[i] = nil
		} else if files[i] != nil {
			read = append(read, files[i])
		}
	}
	if err := errs.Err(); err != nil {
		return nil, nil, err
	}
	given := map[string]bool{}
	for _, f := range read {
		given[f.Proposal.ID] = true
	}
	var wanted []string // the built-in texts needed, when the corpus is the built-in one
	for i, arg := range args {
		if files[i] == nil {
			wanted = append(wanted, arg)
		}
	}
	for _, f := range read {
		for _, s := range f.Proposal.Supersedes {
			needCorpus = needCorpus || !given[s.ID]
		}
		for _, id := range proposals.References(f) {
			if !given[id] {
				wanted = append(wanted, id)
			}
		}
	}
	c := proposals.NewCorpus(cat)
	if needCorpus {
		load := a.corpus
		if needed {
			load = func() (*proposals.Corpus, error) { return a.neededCorpus(wanted) }
		}
		if c, err = load(); err != nil {
			return nil, nil, err
		}
	}
	for i, arg := range args {
		if files[i] != nil {
			continue
		}
		f := c.Get(arg)
		if f == nil {
			return nil, nil, &usageError{err: fmt.Errorf("%q is neither a proposal id nor a file%s", arg, didYouMean(arg, c.IDs()))}
		}
		files[i] = f
	}
	c = c.With(read...)
	for _, f := range read {
		collect(&errs, c.ValidateRefs(f))
	}
	if err := errs.Err(); err != nil {
		return nil, nil, err
	}
	return c, files, nil
}

// neededCorpus is the corpus that resolving the built-in texts ids needs:
// with the built-in corpus alone, only those texts and what they refer to
// are loaded; otherwise, or when one of them is not a built-in text (an
// unknown id, whose error and suggestion need the whole corpus), the
// whole corpus.
func (a *app) neededCorpus(ids []string) (*proposals.Corpus, error) {
	if a.corpusDir == "" {
		c, ok, err := proposals.EmbeddedSubset(ids)
		if err != nil || ok {
			return c, err
		}
	}
	return a.corpus()
}

// isRevision reports whether arg is git's REV:path rather than a file. A
// revision never starts with "-", which git would read as an option.
func isRevision(arg string) bool {
	rev, p, ok := strings.Cut(arg, ":")
	return ok && rev != "" && p != "" && !exists(arg) && !strings.ContainsAny(rev, `/\`) && !strings.HasPrefix(rev, "-")
}

// looksLikePath reports whether an argument names a file rather than an id.
func looksLikePath(arg string) bool {
	return arg == "-" || strings.ContainsAny(arg, `/\`) || strings.HasSuffix(arg, ".yaml") || strings.HasSuffix(arg, ".yml")
}

// didYouMean suggests the closest id, if one is close, or the command
// that lists them.
func didYouMean(arg string, ids []string) string {
	if s := proposals.DidYouMean(arg, ids); s != "" {
		return s
	}
	return "; peacediff list shows the ids"
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// readRevision reads REV:path from git and validates it. git is asked
// what the object is (git cat-file --batch-check, the name on standard
// input, where it can never be read as an option), a blob larger than
// --max-size is refused before it is read, and the blob is read by its
// object name, up to the limit.
func (a *app) readRevision(cat *proposals.Catalog, arg string) (*proposals.File, error) {
	check := exec.Command("git", "cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)")
	check.Stdin = strings.NewReader(arg + "\n")
	out, err := gitOutput(check, arg)
	if err != nil {
		return nil, err
	}
	fields := strings.Fields(string(out))
	switch {
	case len(fields) == 3 && fields[1] == "blob":
	case len(fields) == 3 && fields[1] == "tree":
		return nil, &usageError{err: fmt.Errorf("%s: a folder in git, not a file", arg)}
	case len(fields) == 2 && fields[1] == "ambiguous":
		return nil, &usageError{err: fmt.Errorf("%s: ambiguous revision in git", arg)}
	default:
		return nil, &usageError{err: fmt.Errorf("%s: no file at that revision in git (unknown revision or path)", arg)}
	}
	size, err := strconv.ParseInt(fields[2], 10, 64)
	if err != nil || !isHex(fields[0]) {
		return nil, fmt.Errorf("%s: git gave %q", arg, strings.TrimSpace(string(out)))
	}
	if size > a.maxSize {
		var errs proposals.ErrorList
		errs.Add(proposals.Pos{File: arg}, "file larger than the limit of %d bytes", a.maxSize)
		return nil, errs.Err()
	}
	show := exec.Command("git", "cat-file", "blob", fields[0])
	var stderr bytes.Buffer
	show.Stderr = &stderr
	stdout, err := show.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := show.Start(); err != nil {
		return nil, fmt.Errorf("%s: %w", arg, err)
	}
	data, readErr := proposals.ReadFile(arg, stdout, a.maxSize)
	if readErr != nil {
		show.Process.Kill()
	}
	if err := show.Wait(); err != nil && readErr == nil {
		return nil, gitError(arg, &stderr, err)
	}
	if readErr != nil {
		return nil, readErr
	}
	return proposals.ParseAndValidate(arg, data, cat)
}

// gitOutput runs cmd and returns its output, or an error with git's
// message about arg.
func gitOutput(cmd *exec.Cmd, arg string) ([]byte, error) {
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, gitError(arg, &stderr, err)
	}
	return out, nil
}

// gitError is git's message about arg, or err when git said nothing.
func gitError(arg string, stderr *bytes.Buffer, err error) error {
	msg := strings.TrimSpace(stderr.String())
	if msg == "" {
		msg = err.Error()
	}
	return &usageError{err: fmt.Errorf("%s: %s", arg, strings.TrimPrefix(msg, "fatal: "))}
}

// isHex reports whether s is a lowercase hexadecimal object name.
func isHex(s string) bool {
	return s != "" && strings.Trim(s, "0123456789abcdef") == ""
}
