package compare

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// This file finds the fields of two texts (or two points) that differ
// beyond their terms and wording: a text's status, date, title, summary,
// notes and sources; a point's heading, confidence, note and sources. The
// fields are read from the types of package proposals by their YAML
// names, so that a field added to the format is compared without a line
// here.

// FieldChange is one field that differs from the reference: its path in
// the file's format ("status", "sources[liga-axios].url", "confidence")
// and both values in words. An empty From or To is a field, or an element
// of a list, that that side does not have.
type FieldChange struct {
	Field string `json:"field"`
	From  string `json:"from"`
	To    string `json:"to"`
}

// field is one scalar field of a flattened value.
type field struct {
	path, value string
	// elem is the path of the element of a list it belongs to, keyed by
	// the element's id ("sources[liga-axios]"); "" outside such lists.
	elem string
}

// headerSkip are the fields of a proposal measured by its term and point
// rows, not as its details.
var headerSkip = []string{"territory", "military", "nato", "security_guarantees", "nuclear_plant", "provisions"}

// pointSkip are the fields of a provision that a point's change kind
// already measures: its label (moved), its wording (words) and its state.
var pointSkip = []string{"point", "text", "state"}

// headerChanges lists the details of proposal cur that differ from ref's.
func headerChanges(ref, cur *proposals.Proposal) []FieldChange {
	return inTypeOrder(diffFields(flatten(ref, headerSkip), flatten(cur, headerSkip)), ref)
}

// provisionChanges lists the fields of provision cur that differ from
// ref's and that its change kind does not measure: heading, confidence,
// note, sources (of the point and of its variants), from, and whether it
// keeps the wording of the text it revises.
func provisionChanges(ref, cur *proposals.Provision) []FieldChange {
	disputed := ref.State == proposals.StateDisputed && cur.State == proposals.StateDisputed
	keep := func(fs []field) []field {
		if !disputed {
			return fs
		}
		// A disputed point's variants, their parties and wording, are
		// measured as a dispute.
		return slices.DeleteFunc(fs, func(f field) bool {
			return strings.HasPrefix(f.path, "variants[") && (strings.HasSuffix(f.path, ".party") || strings.HasSuffix(f.path, ".text"))
		})
	}
	out := inTypeOrder(diffFields(keep(flatten(ref, pointSkip)), keep(flatten(cur, pointSkip))), ref)
	if rk, ck := ref.State.Or() == proposals.StateKept, cur.State.Or() == proposals.StateKept; rk != ck {
		out = append(out, FieldChange{Field: "state", From: string(ref.State.Or()), To: string(cur.State.Or())})
	}
	return out
}

// flatten lists the scalar fields of the struct *v by path, in the order
// of the type, leaving out the top-level fields named in skip. An empty
// string, a nil pointer and an empty list are absent; a list of scalars is
// one field, its members joined; a list of structs is keyed by their id
// when they have one, else by their place from 1.
func flatten(v any, skip []string) []field {
	var out []field
	var walk func(path, elem string, v reflect.Value)
	walk = func(path, elem string, v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(path, elem, v.Elem())
			}
		case reflect.Struct:
			t := v.Type()
			for i := range t.NumField() {
				name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
				if !t.Field(i).IsExported() || name == "" || name == "-" || (path == "" && slices.Contains(skip, name)) {
					continue
				}
				p := name
				if path != "" {
					p = path + "." + name
				}
				walk(p, elem, v.Field(i))
			}
		case reflect.Slice:
			if v.Len() == 0 {
				return
			}
			if k := v.Type().Elem().Kind(); k != reflect.Struct && k != reflect.Pointer {
				members := make([]string, v.Len())
				for i := range v.Len() {
					members[i] = fmt.Sprint(v.Index(i).Interface())
				}
				out = append(out, field{path: path, value: strings.Join(members, ", "), elem: elem})
				return
			}
			for i := range v.Len() {
				e := reflect.Indirect(v.Index(i))
				key, keyed := fmt.Sprint(i+1), false
				if id := e.FieldByName("ID"); id.IsValid() && id.Kind() == reflect.String && id.String() != "" {
					key, keyed = id.String(), true
				}
				p := path + "[" + key + "]"
				el := elem
				if el == "" && keyed {
					el = p
				}
				walk(p, el, e)
			}
		case reflect.String:
			if v.String() != "" {
				out = append(out, field{path: path, value: v.String(), elem: elem})
			}
		default:
			out = append(out, field{path: path, value: fmt.Sprint(v.Interface()), elem: elem})
		}
	}
	walk("", "", reflect.ValueOf(v))
	return out
}

// diffFields lists the fields that differ between a and b: a's fields in
// order, then those only b has. An element of a keyed list that only one
// side has is one change, its fields in words.
func diffFields(a, b []field) []FieldChange {
	ea, eb := elements(a), elements(b)
	ia, ib := index(a), index(b)
	var out []FieldChange
	done := map[string]bool{}
	for _, f := range a {
		if f.elem != "" && eb[f.elem] == "" {
			if !done[f.elem] {
				done[f.elem] = true
				out = append(out, FieldChange{Field: f.elem, From: ea[f.elem]})
			}
			continue
		}
		if v := ib[f.path]; v != f.value {
			out = append(out, FieldChange{Field: f.path, From: f.value, To: v})
		}
	}
	for _, f := range b {
		if f.elem != "" && ea[f.elem] == "" {
			if !done[f.elem] {
				done[f.elem] = true
				out = append(out, FieldChange{Field: f.elem, To: eb[f.elem]})
			}
			continue
		}
		if _, ok := ia[f.path]; !ok {
			out = append(out, FieldChange{Field: f.path, To: f.value})
		}
	}
	return out
}

// inTypeOrder sorts changes by the place of their top-level field in the
// struct type of v, keeping the order of the changes of one field.
func inTypeOrder(changes []FieldChange, v any) []FieldChange {
	t := reflect.TypeOf(v).Elem()
	place := map[string]int{}
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		place[name] = i
	}
	top := func(path string) int {
		end := strings.IndexAny(path, ".[")
		if end < 0 {
			end = len(path)
		}
		return place[path[:end]]
	}
	slices.SortStableFunc(changes, func(x, y FieldChange) int { return top(x.Field) - top(y.Field) })
	return changes
}

func index(fs []field) map[string]string {
	m := make(map[string]string, len(fs))
	for _, f := range fs {
		m[f.path] = f.value
	}
	return m
}

// elements writes each keyed element of fs in words: "publisher:
// LIGA.net; url: https://...".
func elements(fs []field) map[string]string {
	m := map[string]string{}
	for _, f := range fs {
		if f.elem == "" {
			continue
		}
		w := strings.TrimPrefix(strings.TrimPrefix(f.path, f.elem), ".") + ": " + f.value
		if m[f.elem] != "" {
			w = m[f.elem] + "; " + w
		}
		m[f.elem] = w
	}
	return m
}
