package redlines

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/peacediff/peacediff/proposals"
)

// dearLines is a file of n lines that each cost about 50,000 on a text,
// within the budget of one line on one text.
func dearLines(n int) string {
	var b strings.Builder
	b.WriteString("sources:\n  - {id: a, publisher: A, url: \"https://a.example/1\", kind: newspaper}\npositions:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - id: x%d\n    party: UA\n    date: 2025-06-01\n    title: T\n    statement: S.\n    sources: [a]\n    confidence: single-source\n    reads: lists.range(100).map(i, regions[0])\n    rule: lists.range(70).exists(i, i < 0)\n", i)
	}
	return b.String()
}

// TestTextBudget: the lines on one text share a budget, so that a file of
// many dear lines stops with one clear error per text instead of running
// for minutes, while lines within it are judged.
func TestTextBudget(t *testing.T) {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	kyiv := fixtures(t, cat)["kyiv"]
	tests := []struct {
		lines int
		want  string
	}{
		{10, ""},
		{40, `p/a.yaml:%d:12: position "x%d": evaluating it on kyiv: the red lines together cost more than 1000000 on this text, the budget of every line on one text; the lines after this one were not evaluated on it`},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.lines), func(t *testing.T) {
			ps, err := Load(fstest.MapFS{"p/a.yaml": {Data: []byte(dearLines(tc.lines))}}, "p", cat)
			if err != nil {
				t.Fatal(err)
			}
			s, err := Compile(cat, ps)
			if err != nil {
				t.Fatal(err)
			}
			var one uint64
			if _, err := s.judgeCost(s.lines[0], "kyiv", kyiv.Proposal, NewView(kyiv.Proposal, cat), &one); err != nil || one < 40_000 || one > checkBudget {
				t.Fatalf("one line costs %d (%v), want 40,000 to %d", one, err, checkBudget)
			}
			_, err = s.Check([]*proposals.File{kyiv}, All)
			if tc.want == "" {
				if err != nil {
					t.Errorf("Check = %v", err)
				}
				return
			}
			// The line that goes over is the first whose cost with those
			// before it is more than the budget.
			over := int(textBudget / one)
			want := fmt.Sprintf(tc.want, 4+9*over+7, over)
			if err == nil || err.Error() != want {
				t.Errorf("Check = %v, want %s", err, want)
			}
		})
	}
}

// TestBuiltinLinesWithinTextBudget: the built-in lines on every text of
// the corpus cost a tenth of the budget at most, so that it stops only
// files of lines far dearer than the project's own.
func TestBuiltinLinesWithinTextBudget(t *testing.T) {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	c, err := proposals.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ps, err := Embedded(cat)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Compile(cat, ps)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range c.Files {
		var spent uint64
		v := NewView(f.Proposal, cat)
		for _, r := range s.lines {
			if _, err := s.judgeCost(r, f.Proposal.ID, f.Proposal, v, &spent); err != nil {
				t.Fatalf("%s: %v", f.Proposal.ID, err)
			}
		}
		if spent > textBudget/10 {
			t.Errorf("%s: the built-in lines cost %d, more than a tenth of %d", f.Proposal.ID, spent, textBudget)
		}
	}
}
