package render

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/redlines"
	"github.com/peacediff/peacediff/view"
)

// TestEveryKind: the fixture draft-a holds a term of every kind declared
// in proposals.TermKinds, and every consumer handles each kind: compare
// gives it rows with its typed key, every renderer writes those rows, and
// a red-line rule reads its terms. (The schema test of package proposals
// validates the fixture.) A new kind of term fails here until the fixture
// has one.
func TestEveryKind(t *testing.T) {
	c := fixtureCorpus(t)
	f := c.Get("draft-a")
	r, err := compare.Compare(c, []*proposals.File{f}, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	outputs := map[string]string{}
	for _, fm := range formats {
		var b bytes.Buffer
		if err := fm.render(&b, r); err != nil {
			t.Fatal(err)
		}
		outputs[fm.ext] = b.String()
	}
	for _, k := range proposals.TermKinds() {
		var rows []*compare.Row
		for _, s := range r.Sections {
			for _, row := range s.Rows {
				if row.Term != nil && row.Term.Kind == k.Name {
					rows = append(rows, row)
				}
			}
		}
		if len(rows) == 0 {
			t.Errorf("kind %s: no row in the comparison of draft-a; give the fixture a term of this kind", k.Name)
			continue
		}
		for _, row := range rows {
			for ext, out := range outputs {
				if ext == "txt" {
					continue // 80 columns wrap labels; wide.txt has them whole
				}
				var want string
				switch ext {
				case "json":
					want = fmt.Sprintf("%q", row.Key)
				case "html":
					want = `id="` + view.Anchor("r-", row.Key) + `"`
				default:
					want = row.Label
				}
				if !strings.Contains(out, want) {
					t.Errorf("kind %s: the %s output has no %s for row %s", k.Name, ext, want, row.Key)
				}
			}
		}
	}
	checkEveryKindInRules(t, c, f)
}

// checkEveryKindInRules writes one red line per rule variable, crossed by
// any term it reads, and checks that each reads the fixture's terms of its
// kind.
func checkEveryKindInRules(t *testing.T, c *proposals.Corpus, f *proposals.File) {
	t.Helper()
	var b strings.Builder
	b.WriteString("sources:\n  - {id: s, publisher: S, url: \"https://s.example/\", kind: newspaper}\npositions:\n")
	var kinds []*proposals.TermKind
	for i, k := range proposals.TermKinds() {
		if k.Var == "" {
			continue
		}
		kinds = append(kinds, k)
		fmt.Fprintf(&b, "  - {id: l%d, party: UA, date: 2030-01-01, title: T, statement: S., sources: [s], confidence: single-source, reads: %q, rule: 't.term == %q'}\n", i, k.Var, k.Name)
	}
	lines, err := redlines.Load(fstest.MapFS{"l/l.yaml": {Data: []byte(b.String())}}, "l", c.Catalog)
	if err != nil {
		t.Fatal(err)
	}
	set, err := redlines.Compile(c.Catalog, lines)
	if err != nil {
		t.Fatal(err)
	}
	r, err := set.Check([]*proposals.File{f})
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range r.Lines {
		cell := l.Cells[0]
		if cell.Verdict != redlines.Crossed || len(cell.Crossing) == 0 || cell.Crossing[0].Term != kinds[i].Name {
			t.Errorf("kind %s: a rule on %s finds %v %+v, want its terms", kinds[i].Name, kinds[i].Var, cell.Verdict, cell.Crossing)
		}
	}
}
