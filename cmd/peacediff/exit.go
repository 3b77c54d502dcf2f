package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/peacediff/peacediff/internal/termsafe"
	"github.com/peacediff/peacediff/proposals"
)

// Exit statuses.
const (
	exitOK      = 0 // success, or no differences
	exitDiffer  = 1 // differences found, only with --exit-code
	exitTrouble = 2 // invalid input, bad usage, or any other failure
)

// exitError carries an exit status through cobra's error return.
type exitError struct {
	code int
	err  error // nil: nothing more to print
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// usageError marks a mistake on the command line: exit status 2. cmd,
// when set, is the command whose help to point to ("peacediff compare");
// without it the message stands alone (an id that names nothing needs no
// pointer to the flags).
type usageError struct {
	err error
	cmd string
}

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// errDiffer is returned by a command run with --exit-code that found
// differences: exit status 1 and nothing printed.
var errDiffer = &exitError{code: exitDiffer}

// report prints err to w and returns the exit status for it. Messages
// name files and quote what they hold, so every one is made safe for the
// terminal: a problem stays on its line, other messages keep their line
// breaks.
func report(w io.Writer, err error) int {
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) && ee.err == nil {
		return ee.code
	}
	var list proposals.ErrorList
	if errors.As(err, &list) {
		files := map[string]bool{}
		for _, e := range list {
			fmt.Fprintln(w, termsafe.String(e.Error()))
			files[e.Pos.File] = true
		}
		fmt.Fprintf(w, "%s in %s\n", plural(list.Count(), "problem"), plural(len(files), "file"))
		return exitTrouble
	}
	fmt.Fprintf(w, "peacediff: %s\n", termsafe.Text(err.Error()))
	var ue *usageError
	if errors.As(err, &ue) && ue.cmd != "" {
		fmt.Fprintf(w, "Run '%s --help' for usage.\n", ue.cmd)
	}
	if errors.As(err, &ee) {
		return ee.code
	}
	return exitTrouble
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
