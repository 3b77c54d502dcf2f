package proposals

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// ErrInvalid is matched by every [ErrorList]: errors.Is(err, ErrInvalid)
// tells invalid input apart from other failures such as a missing file.
var ErrInvalid = errors.New("invalid proposal")

// Error is one problem found in a proposal file, at a position.
type Error struct {
	Pos Pos
	Msg string
	// Todo marks a to-do left in a draft (a value starting with
	// [TodoPrefix]) rather than a mistake.
	Todo bool
}

// Error returns "file:line:col: message".
func (e *Error) Error() string {
	if e.Pos.File != "" || e.Pos.IsValid() {
		return e.Pos.String() + ": " + e.Msg
	}
	return e.Msg
}

// ErrorList is every problem found in one or more files. Its zero value is
// an empty list ready to use. It is sorted by [ErrorList.Sort].
type ErrorList []*Error

// Add appends a problem at pos.
func (l *ErrorList) Add(pos Pos, format string, args ...any) {
	*l = append(*l, &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

// Sort orders the list by file, line, column and message, and drops exact
// duplicates.
func (l *ErrorList) Sort() {
	slices.SortStableFunc(*l, func(a, b *Error) int {
		return cmp.Or(
			cmp.Compare(a.Pos.File, b.Pos.File),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Col, b.Pos.Col),
			cmp.Compare(a.Msg, b.Msg),
		)
	})
	*l = slices.CompactFunc(*l, func(a, b *Error) bool { return *a == *b })
}

// Error returns the first problem and the number of others, as
// go/scanner.ErrorList does.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Is reports whether target is [ErrInvalid].
func (l ErrorList) Is(target error) bool { return target == ErrInvalid }

// Err returns the sorted list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	l.Sort()
	return l
}

// Lines returns every problem, one per line, for printing in full.
func (l ErrorList) Lines() string {
	var b strings.Builder
	for _, e := range l {
		b.WriteString(e.Error())
		b.WriteByte('\n')
	}
	return b.String()
}
