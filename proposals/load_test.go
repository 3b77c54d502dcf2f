package proposals

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func testCatalog(t *testing.T) *Catalog {
	t.Helper()
	cat, err := DefaultCatalog()
	if err != nil {
		t.Fatalf("DefaultCatalog() = %v", err)
	}
	return cat
}

// validExamples loads testdata/valid as a corpus.
func validExamples(t *testing.T) *Corpus {
	t.Helper()
	c, err := LoadCorpus(os.DirFS("testdata"), "valid", testCatalog(t))
	if err != nil {
		t.Fatalf("LoadCorpus(testdata/valid) = %v", err)
	}
	return c
}

func TestValidExamples(t *testing.T) {
	c := validExamples(t)
	if got, want := c.IDs(), []string{"example-2030-01", "example-2030-02"}; !slices.Equal(got, want) {
		t.Fatalf("IDs() = %v, want %v", got, want)
	}
	f := c.Get("example-2030-01")
	p := f.Proposal
	if got := p.Military.Caps[0].Personnel; got != 600000 {
		t.Errorf("caps[0].personnel = %d, want 600000", got)
	}
	if got := f.Pos(&p.Military.Caps[0].Personnel).String(); got != "valid/example-2030-01.yaml:57:18" {
		t.Errorf("Pos(personnel) = %s, want valid/example-2030-01.yaml:57:18", got)
	}
	if p.Guarantees[0].Compensated == nil || !*p.Guarantees[0].Compensated {
		t.Errorf("guarantee compensated = %v, want true", p.Guarantees[0].Compensated)
	}
	rev := c.Get("example-2030-02")
	if rev.Proposal.Territory != nil {
		t.Errorf("territory of the revision = %+v, want nil (not addressed)", rev.Proposal.Territory)
	}
	if rev.Proposal.Guarantees != nil {
		t.Errorf("guarantees of the revision = %+v, want nil (not addressed)", rev.Proposal.Guarantees)
	}
	kept := rev.Provision("2")
	if got, want := c.Text(rev, kept), "The line of contact is frozen and nobody changes it by force."; got != want {
		t.Errorf("Text(kept point 2) = %q, want %q", got, want)
	}
}

func TestInvalidFiles(t *testing.T) {
	cat := testCatalog(t)
	names, _ := filepath.Glob("testdata/invalid/*.yaml")
	if len(names) != len(invalidCases) {
		t.Errorf("%d files in testdata/invalid, %d cases in the table", len(names), len(invalidCases))
	}
	for _, tc := range invalidCases {
		t.Run(tc.name, func(t *testing.T) {
			name := "testdata/invalid/" + tc.name + ".yaml"
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			f, err := ParseAndValidate(name, data, cat)
			if err == nil {
				c := validExamples(t)
				c.Add(f)
				err = c.Validate()
			}
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("validate %s = %v, want an ErrorList", name, err)
			}
			var got []string
			for _, e := range err.(ErrorList) {
				got = append(got, e.Error())
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("validate %s:\ngot:\n\t%s\nwant:\n\t%s", name, strings.Join(got, "\n\t"), strings.Join(tc.want, "\n\t"))
			}
		})
	}
}

func TestErrorListError(t *testing.T) {
	tests := []struct {
		name string
		list ErrorList
		want string
	}{
		{"none", nil, "no errors"},
		{"one", ErrorList{{Pos: Pos{"a.yaml", 1, 2}, Msg: "x"}}, "a.yaml:1:2: x"},
		{"three", ErrorList{{Pos: Pos{"a.yaml", 3, 1}, Msg: "c"}, {Pos: Pos{"a.yaml", 1, 1}, Msg: "a"}, {Pos: Pos{"a.yaml", 2, 1}, Msg: "b"}}, "a.yaml:1:1: a (and 2 more errors)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.list.Err(); err != nil {
				if got := err.Error(); got != tc.want {
					t.Errorf("Err().Error() = %q, want %q", got, tc.want)
				}
			} else if tc.want != "no errors" {
				t.Errorf("Err() = nil, want %q", tc.want)
			}
		})
	}
}

func TestPosString(t *testing.T) {
	tests := []struct {
		pos  Pos
		want string
	}{
		{Pos{}, "-"},
		{Pos{File: "a.yaml"}, "a.yaml"},
		{Pos{File: "a.yaml", Line: 3}, "a.yaml:3"},
		{Pos{File: "a.yaml", Line: 3, Col: 7}, "a.yaml:3:7"},
		{Pos{Line: 3, Col: 7}, "3:7"},
	}
	for _, tc := range tests {
		if got := tc.pos.String(); got != tc.want {
			t.Errorf("%#v.String() = %q, want %q", tc.pos, got, tc.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	tests := []struct {
		got        string
		candidates []string
		want       string
	}{
		{"troop_cap", []string{"party", "personnel", "applies"}, "personnel"},
		{"leaked", []string{"official", "leaked-draft", "reported"}, "leaked-draft"},
		{"USA", []string{"UA", "US", "UK"}, "US"},
		{"srcs", []string{"src", "axios"}, "src"},
		{"zzzzzz", []string{"src", "axios"}, ""},
		{"titel", []string{"id", "title", "short"}, "title"},
	}
	for _, tc := range tests {
		if got := Suggest(tc.got, tc.candidates); got != tc.want {
			t.Errorf("Suggest(%q, %v) = %q, want %q", tc.got, tc.candidates, got, tc.want)
		}
	}
}

func TestDateValid(t *testing.T) {
	tests := []struct {
		in   Date
		want bool
	}{
		{"2025-11-20", true}, {"2025-11", true}, {"2025", true},
		{"2025-02-30", false}, {"2025-13", false}, {"25-11-20", false}, {"", false}, {"1066", false},
	}
	for _, tc := range tests {
		if got := tc.in.Valid(); got != tc.want {
			t.Errorf("Date(%q).Valid() = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestCycle(t *testing.T) {
	cat := testCatalog(t)
	c := validExamples(t)
	data, err := os.ReadFile("testdata/valid/example-2030-01.yaml")
	if err != nil {
		t.Fatal(err)
	}
	// Make the first example supersede the second, which supersedes it.
	text := strings.Replace(string(data), "point_count: 4", "supersedes:\n  - id: example-2030-02\n    relation: answers\npoint_count: 4", 1)
	f, err := ParseAndValidate("valid/example-2030-01.yaml", []byte(text), cat)
	if err != nil {
		t.Fatal(err)
	}
	c.Add(f)
	err = c.Validate()
	want := "valid/example-2030-01.yaml:12:3: supersedes: cycle example-2030-01 -> example-2030-02 -> example-2030-01"
	if err == nil || err.Error() != want {
		t.Errorf("Validate() = %v, want %s", err, want)
	}
}

func TestOnlyTodos(t *testing.T) {
	cat := testCatalog(t)
	read := func(name string) error {
		t.Helper()
		data, err := os.ReadFile(filepath.Join("testdata", "invalid", name))
		if err != nil {
			t.Fatal(err)
		}
		_, err = ParseAndValidate(name, data, cat)
		return err
	}
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"not a list", errors.New("boom"), false},
		{"only to-dos", read("draft-todos.yaml"), true},
		{"a mistake beside the to-dos", read("draft-mistake.yaml"), false},
		{"no to-do", read("dangling-source.yaml"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := OnlyTodos(tc.err); got != tc.want {
				t.Errorf("OnlyTodos(%v) = %v, want %v", tc.err, got, tc.want)
			}
		})
	}
}
