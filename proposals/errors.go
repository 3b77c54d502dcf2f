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

// MaxErrors is the most problems listed for one file. The others are
// counted in one last entry for the file, so that a file with millions of
// problems costs neither the memory of their messages nor a screen of
// millions of lines.
const MaxErrors = 100

// Error is one problem found in a proposal file, at a position.
type Error struct {
	Pos Pos
	Msg string
	// Todo marks a to-do left in a draft (a value starting with
	// [TodoPrefix]) rather than a mistake.
	Todo bool

	more int // > 0: the entry counts the problems of its file not listed
}

// Error returns "file:line:col: message".
func (e *Error) Error() string {
	if e.Pos.File != "" || e.Pos.IsValid() {
		return e.Pos.String() + ": " + e.Msg
	}
	return e.Msg
}

// ErrorList is every problem found in one or more files. Its zero value is
// an empty list ready to use. It is sorted by [ErrorList.Sort]. Beyond
// [MaxErrors] problems of a file, [ErrorList.Err] keeps one entry that
// counts the rest.
type ErrorList []*Error

// Add appends a problem at pos.
func (l *ErrorList) Add(pos Pos, format string, args ...any) {
	*l = append(*l, &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

// full reports whether a list of the problems of one file holds
// [MaxErrors] problems, so that a new one is only counted: callers check
// it before they compute an expensive message, such as a suggestion.
func (l ErrorList) full() bool { return len(l) >= MaxErrors }

// add is [ErrorList.Add] for a list of the problems of one file: past
// [MaxErrors] it only counts the problem, in a last entry.
func (l *ErrorList) add(pos Pos, format string, args ...any) {
	l.push(pos, false, format, args...)
}

// push is add for a problem that is a to-do of a draft (todo) or a
// mistake. The entry that counts the problems not listed is a to-do when
// every one of them is.
func (l *ErrorList) push(pos Pos, todo bool, format string, args ...any) {
	if !l.full() {
		*l = append(*l, &Error{Pos: pos, Msg: fmt.Sprintf(format, args...), Todo: todo})
		return
	}
	if last := (*l)[len(*l)-1]; last.more > 0 {
		last.more++
		last.Todo = last.Todo && todo
		return
	}
	*l = append(*l, &Error{Pos: Pos{File: pos.File}, Todo: todo, more: 1})
}

// Count returns the number of problems, those counted but not listed
// included.
func (l ErrorList) Count() int {
	n := 0
	for _, e := range l {
		n += max(e.more, 1)
	}
	return n
}

// Sort orders the list by file, line, column and message, and drops exact
// duplicates. The entry that counts a file's unlisted problems comes last
// among the file's.
func (l *ErrorList) Sort() {
	slices.SortStableFunc(*l, func(a, b *Error) int {
		return cmp.Or(
			cmp.Compare(a.Pos.File, b.Pos.File),
			cmp.Compare(min(a.more, 1), min(b.more, 1)),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Col, b.Pos.Col),
			cmp.Compare(a.Msg, b.Msg),
		)
	})
	*l = slices.CompactFunc(*l, func(a, b *Error) bool { return *a == *b && a.more == 0 })
}

// capFiles keeps the first [MaxErrors] problems of each file of a sorted
// list and counts the others in one last entry per file.
func (l *ErrorList) capFiles() {
	out := (*l)[:0]
	for i := 0; i < len(*l); {
		j := i
		for j < len(*l) && (*l)[j].Pos.File == (*l)[i].Pos.File {
			j++
		}
		file := (*l)[i:j]
		listed, counted := 0, 0
		todos := true // every problem counted is a to-do
		for _, e := range file {
			switch {
			case e.more > 0:
				counted += e.more
				todos = todos && e.Todo
			case listed < MaxErrors:
				out = append(out, e)
				listed++
			default:
				counted++
				todos = todos && e.Todo
			}
		}
		if counted > 0 {
			what := "problem"
			if todos {
				what = "to-do"
			}
			if counted > 1 {
				what += "s"
			}
			out = append(out, &Error{
				Pos:  Pos{File: file[0].Pos.File},
				Msg:  fmt.Sprintf("and %d more %s in this file (the first %d are listed)", counted, what, listed),
				Todo: todos,
				more: counted,
			})
		}
		i = j
	}
	clear((*l)[len(out):])
	*l = out
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
	return fmt.Sprintf("%s (and %d more errors)", l[0], l.Count()-1)
}

// Is reports whether target is [ErrInvalid].
func (l ErrorList) Is(target error) bool { return target == ErrInvalid }

// Err returns the sorted list, capped at [MaxErrors] problems per file, as
// an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	l.Sort()
	l.capFiles()
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
