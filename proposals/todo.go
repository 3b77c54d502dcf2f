package proposals

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// TodoPrefix starts a string value that is a to-do rather than a value,
// such as "TODO: the address where the text can be read". A file with
// to-dos is a draft, as peacediff import writes one. [Validate] reports
// each to-do as an [Error] with Todo set, naming what is left to do, and
// does not check the value itself (as an enum, a URL or a date): the
// file is invalid until every to-do is done, and [OnlyTodos] tells such a
// draft from a file with mistakes.
const TodoPrefix = "TODO:"

// todo is a value of a file that starts with [TodoPrefix].
type todo struct {
	ptr  any    // the value in the decoded proposal
	pos  Pos    // where it is
	path string // its name in the document, such as sources[0].url
	text string // what is left to do
}

// OnlyTodos reports whether err lists problems that are all to-dos of a
// draft: the file is valid but for what is left to do.
func OnlyTodos(err error) bool {
	var l ErrorList
	if !errors.As(err, &l) || len(l) == 0 {
		return false
	}
	for _, e := range l {
		if !e.Todo {
			return false
		}
	}
	return true
}

// todos reports every to-do of the file.
func (v *validator) todos() {
	for _, t := range v.f.todos {
		if v.errs.full() {
			v.errs.push(t.pos, true, "")
			continue
		}
		text := t.text
		if text == "" {
			text = "give a value"
		}
		v.errs.push(t.pos, true, "%s: to-do: %s", v.todoName(t.path), text)
	}
}

// todoName names the value at path in the manner of the other messages:
// a source by its id, a provision by its label.
func (v *validator) todoName(path string) string {
	name := func(prefix string, n int, label func(i int) *string, what string) (string, bool) {
		rest, ok := strings.CutPrefix(path, prefix+"[")
		if !ok {
			return "", false
		}
		num, tail, ok := strings.Cut(rest, "]")
		i, err := strconv.Atoi(num)
		if !ok || err != nil || i < 0 || i >= n {
			return "", false
		}
		id := label(i)
		if *id == "" || v.isTodo[id] {
			return "", false
		}
		s := fmt.Sprintf("%s %q", what, *id)
		if tail = strings.TrimPrefix(tail, "."); tail != "" {
			s += ": " + tail
		}
		return s, true
	}
	if s, ok := name("sources", len(v.p.Sources), func(i int) *string { return &v.p.Sources[i].ID }, "source"); ok {
		return s
	}
	if s, ok := name("provisions", len(v.p.Provisions), func(i int) *string { return &v.p.Provisions[i].Point }, "provision"); ok {
		return s
	}
	return path
}
