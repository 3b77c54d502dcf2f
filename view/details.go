package view

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/peacediff/peacediff/compare"
)

// Detail is what one proposal changed in its details (status, date,
// title, summary, notes, sources, ...) against its reference.
type Detail struct {
	// About names the two: "E3 counter-proposal against US 28-point draft".
	About string
	// Changes are the fields that differ, one line each.
	Changes []string
}

// details lists the changed details of each proposal after the first.
func details(r *compare.Report) []Detail {
	var out []Detail
	for k := 1; k < len(r.Proposals); k++ {
		h := r.Proposals[k]
		if len(h.Changes) == 0 {
			continue
		}
		out = append(out, Detail{About: h.Short + " against " + r.Proposals[r.Against(k)].Short, Changes: FieldsWords(h.Changes)})
	}
	return out
}

// noValue stands for a field one side does not have: never a value.
const noValue = "(not given)"

// longAbove is the length in characters beyond which a changed value is
// shown by its changed words, not whole.
const longAbove = 160

// FieldsWords describes changed fields, one line each: "status:
// leaked-draft → signed". The elements of a list that one side lacks are
// named in one line: "sources: added bbc-live; dropped axios". A long
// value is shown by its changed words, deleted [-so-] and inserted {+so+},
// with a few words around them, or as rewritten when most of it changed; a
// long value dropped is counted in words, not quoted.
func FieldsWords(changes []compare.FieldChange) []string {
	var out []string
	lists := map[string]int{} // a list's line in out
	elems := map[string]*[2][]string{}
	for _, fc := range changes {
		name, key, whole := element(fc.Field)
		if !whole || (fc.From != "" && fc.To != "") {
			out = append(out, fieldWords(fc))
			continue
		}
		e := elems[name]
		if e == nil {
			e = new([2][]string)
			elems[name] = e
			lists[name] = len(out)
			out = append(out, "")
		}
		if fc.From == "" {
			e[0] = append(e[0], key)
		} else {
			e[1] = append(e[1], key)
		}
	}
	for name, i := range lists {
		var parts []string
		if e := elems[name]; len(e[0]) > 0 {
			parts = append(parts, "added "+strings.Join(e[0], ", "))
		}
		if e := elems[name]; len(e[1]) > 0 {
			parts = append(parts, "dropped "+strings.Join(e[1], ", "))
		}
		out[i] = name + ": " + strings.Join(parts, "; ")
	}
	return out
}

// cellFieldsWords is [FieldsWords] for the other fields of a cell. What a
// cell shows already is named, not repeated: its sources, as footnote
// numbers, a term's points, and a term's note, listed and numbered with
// the others.
func cellFieldsWords(changes []compare.FieldChange, term bool) []string {
	out := make([]string, len(changes))
	for i, fc := range changes {
		switch {
		case fc.Field == "sources" || fc.Field == "points":
			out[i] = fc.Field + " changed"
		case fc.Field != "note" || !term:
			out[i] = fieldWords(fc)
		case fc.From == "":
			out[i] = "note added"
		case fc.To == "":
			out[i] = "note dropped"
		default:
			out[i] = "note changed"
		}
	}
	return out
}

// element splits "sources[axios]" into "sources" and "axios"; whole is
// false for a field inside an element ("sources[axios].url") or outside
// lists.
func element(path string) (name, key string, whole bool) {
	open := strings.LastIndexByte(path, '[')
	if open < 0 || !strings.HasSuffix(path, "]") {
		return "", "", false
	}
	return path[:open], path[open+1 : len(path)-1], true
}

// fieldWords describes one changed field.
func fieldWords(fc compare.FieldChange) string {
	if utf8.RuneCountInString(fc.From) <= longAbove && utf8.RuneCountInString(fc.To) <= longAbove {
		return fc.Field + ": " + orNone(fc.From) + " → " + orNone(fc.To)
	}
	switch {
	case fc.From == "":
		return fc.Field + ": " + noValue + " → " + fc.To
	case fc.To == "":
		return fmt.Sprintf("%s: dropped (%d words) → %s", fc.Field, len(strings.Fields(fc.From)), noValue)
	}
	wd := compare.DiffWords(fc.From, fc.To)
	if wd.Class == compare.Rewritten {
		return fc.Field + ": rewritten"
	}
	return fc.Field + ": " + excerpt(wd.Segments)
}

func orNone(s string) string {
	if s == "" {
		return noValue
	}
	return s
}

// context is how many words an excerpt keeps on each side of a change.
const context = 4

// excerpt writes the changed words of a word diff, [-deleted-] and
// {+inserted+}, with a few unchanged words around them and … for the
// words left out.
func excerpt(segs []compare.Segment) string {
	var b strings.Builder
	for i, s := range segs {
		switch s.Op {
		case compare.Delete:
			b.WriteString("[-" + s.Text + "-]")
		case compare.Insert:
			b.WriteString("{+" + s.Text + "+}")
		default:
			words := strings.Fields(s.Text)
			first, last := i == 0, i == len(segs)-1
			keep := len(words) <= 2*context || (first || last) && len(words) <= context
			switch {
			case keep:
				b.WriteString(s.Text)
			case first:
				b.WriteString("… " + strings.Join(words[len(words)-context:], " ") + trailing(s.Text))
			case last:
				b.WriteString(leading(s.Text) + strings.Join(words[:context], " ") + " …")
			default:
				b.WriteString(leading(s.Text) + strings.Join(words[:context], " ") + " … " + strings.Join(words[len(words)-context:], " ") + trailing(s.Text))
			}
		}
	}
	return b.String()
}

func leading(s string) string {
	if strings.TrimLeft(s, " \n\t") != s {
		return " "
	}
	return ""
}

func trailing(s string) string {
	if strings.TrimRight(s, " \n\t") != s {
		return " "
	}
	return ""
}
