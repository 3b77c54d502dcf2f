package redlines

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/peacediff/peacediff/proposals"
)

func TestEmbedded(t *testing.T) {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	ps, err := Embedded(cat)
	if err != nil {
		t.Fatalf("Embedded: %v", err)
	}
	if len(ps) < 10 {
		t.Errorf("Embedded: %d positions, want at least 10", len(ps))
	}
	parties := map[string]bool{}
	for _, p := range ps {
		parties[p.Party] = true
		if len(p.Sources) == 0 {
			t.Errorf("%s: position %s has no source", p.At, p.ID)
		}
		for _, s := range p.Sources {
			if !strings.HasPrefix(s.URL, "https://") {
				t.Errorf("%s: position %s: source %s is not https", p.At, p.ID, s.URL)
			}
		}
		if p.Rule.Text == "" || p.Reads.Text == "" || !p.Rule.Pos.IsValid() {
			t.Errorf("%s: position %s: rule %q at %s, reads %q", p.At, p.ID, p.Rule.Text, p.Rule.Pos, p.Reads.Text)
		}
		if !strings.HasPrefix(p.File, "positions/") || p.At.File != p.File {
			t.Errorf("position %s: file %q, pos %s", p.ID, p.File, p.At)
		}
	}
	for _, want := range []string{"UA", "RU", "US", "EUROPE"} {
		if !parties[want] {
			t.Errorf("Embedded: no position of %s", want)
		}
	}
	// Ordered by the party catalogue: Ukraine first.
	if ps[0].Party != "UA" {
		t.Errorf("first position is %s's, want UA's", ps[0].Party)
	}
}

const goodPositions = `sources:
  - {id: a, publisher: A, url: "https://a.example/1", kind: newspaper}
  - {id: b, publisher: B, url: "https://b.example/1", kind: agency}
positions:
  - id: x-line
    party: UA
    date: 2025-06-01
    title: A line
    statement: Something said.
    sources: [a, b]
    confidence: confirmed
    reads: caps
    rule: t.personnel < 5
    stance:
      - {term: "cap:UA", personnel: 5}
      - {term: "region:UA-14", value: ukrainian}
`

func TestLoadErrors(t *testing.T) {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		in   string
		want []string // each a line of the error list
	}{
		{"good", goodPositions, nil},
		{"unknown field", strings.Replace(goodPositions, "    title: A line\n", "    titel: A line\n", 1),
			[]string{`p/a.yaml:5:5: positions[0]: missing required field "title"`, `p/a.yaml:8:5: unknown field "titel" in positions[0]; did you mean "title"?`}},
		{"bad party and date", strings.Replace(strings.Replace(goodPositions, "party: UA", "party: UAA", 1), "2025-06-01", "2025-13-01", 1),
			[]string{`p/a.yaml:6:12: position "x-line": party: unknown party "UAA"; did you mean "UA"?`, `p/a.yaml:7:11: position "x-line": date "2025-13-01": expected a real date as YYYY-MM-DD, YYYY-MM or YYYY`}},
		{"undefined source", strings.Replace(goodPositions, "sources: [a, b]", "sources: [a, c]", 1),
			[]string{`p/a.yaml:10:18: position "x-line": undefined source "c"`, `p/a.yaml:11:17: position "x-line": confidence confirmed needs two independent reputable sources, found 1; aggregators, state-affiliated outlets, blogs and forums do not count, and sources relaying the same outlet count once`}},
		{"bad stance", strings.Replace(strings.Replace(goodPositions, "value: ukrainian", "value: russian", 1), `"cap:UA", personnel: 5`, `"cap:XX", personnel: 0`, 1),
			[]string{`p/a.yaml:15:9: position "x-line": stance[0]: personnel: expected a positive number for cap:XX`, `p/a.yaml:15:16: position "x-line": stance[0].term: unknown party "XX"`, `p/a.yaml:16:39: position "x-line": stance[1]: value "russian": expected one of russian-de-jure, russian-de-facto, frozen-on-line-of-contact, demilitarized, negotiable, special-status, ukrainian; did you mean "russian-de-jure"?`}},
		{"empty rule", strings.Replace(goodPositions, "rule: t.personnel < 5", `rule: ""`, 1),
			[]string{`p/a.yaml:13:11: position "x-line": rule: empty; expected a value`}},
		{"no positions", "sources: []\npositions: []\n",
			[]string{`p/a.yaml:1:10: sources: empty; expected at least one source`, `p/a.yaml:2:12: positions: expected at least one position`}},
		{"not yaml", "positions: [\n", []string{`p/a.yaml:1: YAML syntax: did not find expected node content`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"p/a.yaml": {Data: []byte(tc.in)}}
			_, err := Load(fsys, "p", cat)
			var got []string
			if err != nil {
				list, ok := err.(proposals.ErrorList)
				if !ok {
					t.Fatalf("Load = %v, want an ErrorList", err)
				}
				got = strings.Split(strings.TrimSpace(list.Lines()), "\n")
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("Load errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestLoadDuplicateID(t *testing.T) {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{"p/a.yaml": {Data: []byte(goodPositions)}, "p/b.yaml": {Data: []byte(goodPositions)}}
	_, err = Load(fsys, "p", cat)
	if err == nil || !strings.Contains(err.Error(), `p/b.yaml:5:5: position "x-line": id already used at p/a.yaml:5:5`) {
		t.Errorf("Load = %v, want a duplicate id", err)
	}
}

// FuzzLoad: any bytes given to the positions loader produce no
// panic, and every entry it returns maps every character of its rule back
// into the file.
func FuzzLoad(f *testing.F) {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte(goodPositions))
	for _, name := range []string{"ua.yaml", "ru.yaml"} {
		data, err := positionsFS.ReadFile("positions/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("positions: [{rule: \"\\u00e9 \\\"x\\\"\"}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ps, _ := Load(fstest.MapFS{"p/a.yaml": {Data: data}}, "p", cat)
		for _, p := range ps {
			lines := strings.Split(p.Rule.Text, "\n")
			for l, text := range lines {
				for c := 1; c <= len([]rune(text))+1; c++ {
					if pos := p.Rule.At(l+1, c); pos.File != "p/a.yaml" {
						t.Fatalf("At(%d, %d) = %s", l+1, c, pos)
					}
				}
			}
		}
	})
}

// TestRulesReference writes the list of the variables and attributes a
// rule reads into docs/redlines.md, from the term declarations (go test
// ./redlines -update rewrites it): the documentation cannot fall behind.
func TestRulesReference(t *testing.T) {
	const begin, end = "<!-- the variables: written by go test ./redlines -update -->\n", "<!-- end of the variables -->\n"
	var b strings.Builder
	b.WriteString(begin + "\n| variable | term | attributes |\n|---|---|---|\n")
	for _, k := range proposals.TermKinds() {
		if k.Var == "" {
			continue
		}
		var attrs []string
		for _, a := range k.Attrs {
			attrs = append(attrs, "`"+a.Name+"`: "+a.Doc)
		}
		fmt.Fprintf(&b, "| `%s` | `%s`: %s | %s |\n", k.Var, k.Name, k.Words, strings.Join(attrs, "; "))
	}
	b.WriteString("\nEvery term also has `term` (its kind) and `points` (the labels of the points it comes from).\n\n" + end)
	path := filepath.Join("..", "docs", "redlines.md")
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i, j := strings.Index(string(doc), begin), strings.Index(string(doc), end)
	if i < 0 || j < i {
		t.Fatalf("%s has no section %q", path, strings.TrimSpace(begin))
	}
	got := string(doc[:i]) + b.String() + string(doc[j+len(end):])
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got != string(doc) {
		t.Errorf("%s lists other variables than the term kinds declare; go test ./redlines -update rewrites the list", path)
	}
}

// update rewrites generated documentation.
var update = flag.Bool("update", false, "rewrite docs/redlines.md's list of variables")
