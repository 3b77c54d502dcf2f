package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
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
	r, err := set.Check([]*proposals.File{f}, redlines.All)
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

// TestEveryState: every kind of term in every state it can take (stated,
// our reading, unknown, disputed, no limit, a cap without a figure) is
// carried by compare into its cells, and every output format shows the
// state's mark. The states are made from the fixture draft-a: every term
// made a reading, every area unknown, every disputable term disputed,
// every cap without a limit or without a figure.
func TestEveryState(t *testing.T) {
	type state struct {
		name   string
		change func(p *proposals.Proposal)
		// applies says whether a kind can take the state; holds whether a
		// cell of such a kind carries it.
		applies func(k *proposals.TermKind) bool
		holds   func(c *compare.Cell, facet string) bool
		marks   map[string]string // by format: what the output shows
	}
	all := func(*proposals.TermKind) bool { return true }
	states := []state{
		{"reading", setEvery("Basis", proposals.BasisReading), all,
			func(c *compare.Cell, _ string) bool { return c.Reading },
			map[string]string{"txt": "°", "wide.txt": "°", "md": "°", "html": "our reading", "json": `"reading": true`}},
		{"unknown", func(p *proposals.Proposal) {
			*p = proposals.Proposal{ID: p.ID, Title: p.Title, Short: p.Short, Proposers: p.Proposers, Date: p.Date, Status: p.Status,
				PointCount: p.PointCount, Summary: p.Summary, Sources: p.Sources, Provisions: p.Provisions,
				UnknownTerms: areas()}
		}, all,
			func(c *compare.Cell, _ string) bool { return c.State == compare.StateUnknown },
			map[string]string{"txt": "unknown (not reported)", "wide.txt": "unknown (not reported)", "md": "*unknown \\(not reported\\)*", "html": "unknown (not reported)", "json": `"state": "unknown"`}},
		{"disputed", disputeEvery, func(k *proposals.TermKind) bool {
			return k.AxisScale != "" || k.Name == "foreign_troops" || k.Name == "nato.enlargement" || k.Name == "nato.stationing"
		},
			func(c *compare.Cell, facet string) bool { return facet != "" || c.State == compare.StateDisputed },
			map[string]string{"txt": "disputed (", "wide.txt": "disputed (", "md": "disputed \\(", "html": "disputed (", "json": `"state": "disputed"`}},
		{"no limit", noFigure(proposals.LimitNone), func(k *proposals.TermKind) bool { return k.Name == "cap" },
			func(c *compare.Cell, _ string) bool { return c.Value != nil && c.Value.Limit == "none" },
			map[string]string{"txt": "no limit", "wide.txt": "no limit", "md": "no limit", "html": "no limit", "json": `"limit": "none"`}},
		{"no figure", noFigure(proposals.LimitUnspecified), func(k *proposals.TermKind) bool { return k.Name == "cap" },
			func(c *compare.Cell, _ string) bool { return c.Value != nil && c.Value.Limit == "unspecified" },
			map[string]string{"txt": "no figure", "wide.txt": "no figure", "md": "no figure", "html": "no figure", "json": `"limit": "unspecified"`}},
	}
	for _, st := range states {
		t.Run(st.name, func(t *testing.T) {
			c := fixtureCorpus(t)
			base := c.Get("draft-a")
			changed := *base
			p := cloneProposal(t, base.Proposal)
			p.ID = "draft-x"
			st.change(p)
			changed.Proposal = p
			r, err := compare.Compare(c, []*proposals.File{base, &changed}, compare.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range proposals.TermKinds() {
				if !st.applies(k) {
					continue
				}
				found := false
				for _, s := range r.Sections {
					for _, row := range s.Rows {
						if row.Term == nil || row.Term.Kind != k.Name || row.Cells[1].Value == nil && st.name != "unknown" {
							continue
						}
						found = true
						if !st.holds(&row.Cells[1], row.Term.Facet) {
							t.Errorf("kind %s, row %s: the cell does not carry the state %s: %+v", k.Name, row.Key, st.name, row.Cells[1])
						}
					}
				}
				if !found {
					t.Errorf("kind %s: no row in state %s", k.Name, st.name)
				}
			}
			for _, fm := range formats {
				var b bytes.Buffer
				if err := fm.render(&b, r); err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(b.String(), st.marks[fm.ext]) {
					t.Errorf("the %s output does not show %q for the state %s", fm.ext, st.marks[fm.ext], st.name)
				}
			}
		})
	}
}

// cloneProposal copies a proposal deeply, through a YAML round trip of
// its JSON form (the two share the field names).
func cloneProposal(t *testing.T, p *proposals.Proposal) *proposals.Proposal {
	t.Helper()
	data, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var out proposals.Proposal
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return &out
}

// setEvery sets the field name of every struct in a proposal to value.
func setEvery(name string, value any) func(p *proposals.Proposal) {
	return func(p *proposals.Proposal) {
		walkStructs(reflect.ValueOf(p).Elem(), func(v reflect.Value) {
			if f := v.FieldByName(name); f.IsValid() && f.CanSet() {
				f.Set(reflect.ValueOf(value).Convert(f.Type()))
				if n := v.FieldByName("Note"); n.IsValid() && n.String() == "" {
					n.SetString("A note for the test.")
				}
			}
		})
	}
}

// noFigure gives every cap the limit l and no figure.
func noFigure(l proposals.CapLimit) func(p *proposals.Proposal) {
	return func(p *proposals.Proposal) {
		for i := range p.Military.Caps {
			c := &p.Military.Caps[i]
			c.Limit, c.Personnel, c.Applies = l, 0, ""
		}
	}
}

// disputeEvery makes every term that can be disputed disputed between UA
// and RU, with their values the term's own value and the first of its
// scale.
func disputeEvery(p *proposals.Proposal) {
	walkStructs(reflect.ValueOf(p).Elem(), func(v reflect.Value) {
		vs := v.FieldByName("Variants")
		rule := v.FieldByName("Rule")
		if !vs.IsValid() || !rule.IsValid() || vs.Type() != reflect.TypeFor[[]proposals.PartyValue]() {
			return
		}
		own := rule.String()
		rule.SetString("disputed")
		vs.Set(reflect.ValueOf([]proposals.PartyValue{{Party: "UA", Value: own}, {Party: "RU", Value: own}}))
	})
	if p.Territory != nil {
		for i := range p.Territory.Regions {
			r := &p.Territory.Regions[i]
			r.Positions = []proposals.PartyStatus{{Party: "UA", Status: "ukrainian"}, {Party: "RU", Status: "russian-de-jure"}}
			r.Status = "disputed"
		}
	}
}

// walkStructs calls f on every struct reachable from v.
func walkStructs(v reflect.Value, f func(reflect.Value)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walkStructs(v.Elem(), f)
		}
	case reflect.Slice:
		for i := range v.Len() {
			walkStructs(v.Index(i), f)
		}
	case reflect.Struct:
		f(v)
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				walkStructs(v.Field(i), f)
			}
		}
	}
}

// areas lists the areas of every kind of term.
func areas() []string {
	var out []string
	for _, k := range proposals.TermKinds() {
		if !slices.Contains(out, k.Area()) {
			out = append(out, k.Area())
		}
	}
	return out
}
