package compare

import (
	"io/fs"
	"reflect"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/proposals"
)

// leaf is the way to one scalar field of the format from a Proposal: a
// field's index at each struct, -1 for the first element of a list.
type leaf struct {
	name  string
	steps []int
}

// leaves walks the type of v down to every scalar field, through
// pointers and lists, so that a field added to the format is a leaf here
// without a line in this test.
func leaves(t reflect.Type, name string, steps []int, seen map[reflect.Type]bool) []leaf {
	switch t.Kind() {
	case reflect.Pointer:
		return leaves(t.Elem(), name, steps, seen)
	case reflect.Slice:
		return leaves(t.Elem(), name+"[]", append(steps[:len(steps):len(steps)], -1), seen)
	case reflect.Struct:
		if seen[t] {
			return nil // no recursive types in the format
		}
		seen[t] = true
		defer delete(seen, t)
		var out []leaf
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			tag, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			out = append(out, leaves(f.Type, name+"."+tag, append(steps[:len(steps):len(steps)], i), seen)...)
		}
		return out
	}
	return []leaf{{name: name, steps: steps}}
}

// reach follows steps in v, making pointers and one element of each list
// where they are missing, and returns the field they end at.
func reach(v reflect.Value, steps []int) reflect.Value {
	for _, s := range steps {
		for v.Kind() == reflect.Pointer {
			if v.IsNil() {
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		if s < 0 {
			if v.Len() == 0 {
				v.Set(reflect.Append(v, reflect.Zero(v.Type().Elem())))
			}
			v = v.Index(0)
			continue
		}
		v = v.Field(s)
	}
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		v = v.Elem()
	}
	return v
}

// mutate changes the scalar v to another value of its type: for an enum
// of the format, another of its values, from the last (the first is
// often what an absent value means).
func mutate(t *testing.T, v reflect.Value) {
	if e, ok := v.Interface().(interface{ Values() []string }); ok {
		values := e.Values()
		for i := len(values) - 1; i >= 0; i-- {
			if values[i] != v.String() {
				v.SetString(values[i])
				return
			}
		}
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(v.String() + "x")
	case reflect.Int, reflect.Int64:
		v.SetInt(v.Int() + 1)
	case reflect.Bool:
		v.SetBool(!v.Bool())
	default:
		t.Fatalf("no mutation for a %v: add one", v.Kind())
	}
}

// TestEveryFieldCounts mutates every field of the format, one at a time,
// in a copy of a proposal, and expects the comparison of the two to report
// a change: no field of a text is hidden from a diff. A field the proposal
// lacks (a nil pointer, an empty list) is made in both copies first.
func TestEveryFieldCounts(t *testing.T) {
	c := corpus(t)
	const name = "us-28-point-2025-11.yaml"
	data, err := fs.ReadFile(proposals.EmbeddedFiles(), name)
	if err != nil {
		t.Fatal(err)
	}
	parse := func() *proposals.File {
		f, err := proposals.Parse(name, data)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	all := leaves(reflect.TypeFor[proposals.Proposal](), "", nil, map[reflect.Type]bool{})
	if len(all) < 100 {
		t.Fatalf("%d fields found, want the whole format", len(all))
	}
	for _, l := range all {
		t.Run(l.name, func(t *testing.T) {
			a, b := parse(), parse()
			reach(reflect.ValueOf(a.Proposal).Elem(), l.steps)
			mutate(t, reach(reflect.ValueOf(b.Proposal).Elem(), l.steps))
			if r, err := Compare(c, []*proposals.File{a, a}, Options{}); err != nil || r.Summary.Differs {
				t.Fatalf("the copy compared with itself: differs %v, err %v", r != nil && r.Summary.Differs, err)
			}
			r, err := Compare(c, []*proposals.File{a, b}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !r.Summary.Differs {
				t.Errorf("%s mutated: no change reported", l.name)
			}
		})
	}
}

// TestFieldChanges: what a change of a text's details and of a point's
// other fields is reported as.
func TestFieldChanges(t *testing.T) {
	src := func(id, url string) proposals.Source {
		return proposals.Source{ID: id, Publisher: "P", URL: url, Kind: proposals.SourceKind("newspaper")}
	}
	base := func() *proposals.Proposal {
		return &proposals.Proposal{ID: "a", Status: "leaked-draft", Sources: []proposals.Source{src("s1", "https://a"), src("s2", "https://b")}}
	}
	tests := []struct {
		name   string
		change func(p *proposals.Proposal)
		want   []FieldChange
	}{
		{"nothing", func(*proposals.Proposal) {}, nil},
		{"status", func(p *proposals.Proposal) { p.Status = "signed" }, []FieldChange{{"status", "leaked-draft", "signed"}}},
		{"source url", func(p *proposals.Proposal) { p.Sources[1].URL = "https://c" }, []FieldChange{{"sources[s2].url", "https://b", "https://c"}}},
		{"source removed", func(p *proposals.Proposal) { p.Sources = p.Sources[:1] },
			[]FieldChange{{"sources[s2]", "id: s2; publisher: P; url: https://b; kind: newspaper", ""}}},
		{"source added", func(p *proposals.Proposal) { p.Sources = append(p.Sources, src("s3", "https://d")) },
			[]FieldChange{{"sources[s3]", "", "id: s3; publisher: P; url: https://d; kind: newspaper"}}},
		{"notes added", func(p *proposals.Proposal) { p.Notes = "n" }, []FieldChange{{"notes", "", "n"}}},
		{"point count", func(p *proposals.Proposal) { p.PointCount = 2 }, []FieldChange{{"point_count", "0", "2"}}},
		{"terms and points are not details", func(p *proposals.Proposal) {
			p.NATO = &proposals.NATO{}
			p.Provisions = []proposals.Provision{{Point: "1"}}
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := base()
			tt.change(p)
			if got := headerChanges(base(), p); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("headerChanges = %q, want %q", got, tt.want)
			}
		})
	}
	point := proposals.Provision{Point: "1", Topic: "t", Text: "x", Sources: []string{"s1"}, Confidence: "confirmed"}
	cur := point
	cur.Confidence, cur.Heading, cur.Sources, cur.State = "single-source", "H", []string{"s1", "s2"}, proposals.StateKept
	want := []FieldChange{{"heading", "", "H"}, {"sources", "s1", "s1, s2"}, {"confidence", "confirmed", "single-source"}, {"state", "present", "kept"}}
	if got := provisionChanges(&point, &cur); !reflect.DeepEqual(got, want) {
		t.Errorf("provisionChanges = %q, want %q", got, want)
	}
}
