package redlines

import (
	"cmp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/peacediff/peacediff/proposals"
)

// TestEmbeddedCases checks, line by line, that every built-in line proves
// its rule with a case for each verdict a judged text can get, and that a
// replaced line names a successor of the same party held by the day of
// the replacement. The cases' verdicts themselves are checked when the
// rules compile (TestRules and every check fail if one disagrees).
func TestEmbeddedCases(t *testing.T) {
	cat, set := embedded(t)
	lines := set.Lines()
	byID := map[string]Line{}
	for _, l := range lines {
		byID[l.ID] = l
	}
	if len(lines) < 20 {
		t.Fatalf("%d built-in lines, want at least 20", len(lines))
	}
	for _, l := range lines {
		t.Run(l.ID, func(t *testing.T) {
			have := map[Verdict]int{}
			for _, c := range l.Cases {
				have[c.Want]++
			}
			// Disputed needs a term the drafters dispute, which not every
			// kind of term can be; the four others every line can give.
			for _, v := range []Verdict{Crossed, Holds, NotAddressed, Unknown} {
				if have[v] == 0 {
					t.Errorf("%s: no case that wants %s", l.At, words(v))
				}
			}
			if l.ReplacedBy == "" {
				return
			}
			next, ok := byID[l.ReplacedBy]
			switch {
			case !ok:
				t.Fatalf("%s: replaced by %q, which is no built-in line", l.At, l.ReplacedBy)
			case next.Party != l.Party:
				t.Errorf("%s: replaced by %s, a line of %s, not of %s", l.At, next.ID, cat.PartyName(next.Party), cat.PartyName(l.Party))
			case next.ID == l.ID:
				t.Errorf("%s: replaced by itself", l.At)
			}
			if from := cmp.Or(next.Since, next.Date); from > l.Until {
				t.Errorf("%s: replaced by %s from %s, but %s is held only from %s: no line judges the texts between", l.At, next.ID, l.Until, next.ID, from)
			}
		})
	}
}

// TestReplacedByErrors checks that the loader refuses a successor that is
// not a line, or is another party's.
func TestReplacedByErrors(t *testing.T) {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	const head = "sources:\n  - {id: a, publisher: A, url: \"https://a.example/1\", kind: newspaper}\npositions:\n"
	line := func(id, party, extra string) string {
		return "  - id: " + id + "\n    party: " + party + "\n    date: 2025-06-01\n    title: A line\n    statement: Something said.\n" +
			"    sources: [a]\n    confidence: single-source\n    reads: caps\n    rule: t.personnel < 5\n" + extra
	}
	tests := []struct {
		name, data, want string
	}{
		{"no such line", head + line("old", "UA", "    replaced_by: {id: nwe, date: 2025-07-01}\n") + line("new", "UA", ""),
			`p/a.yaml:4:5: position "old": replaced_by: no line "nwe"; did you mean "new"?`},
		{"another party's", head + line("old", "UA", "    replaced_by: {id: new, date: 2025-07-01}\n") + line("new", "RU", ""),
			`p/a.yaml:4:5: position "old": replaced_by: "new" is a line of RU, not of UA`},
		{"same party", head + line("old", "UA", "    replaced_by: {id: new, date: 2025-07-01}\n") + line("new", "UA", ""), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(fstest.MapFS{"p/a.yaml": {Data: []byte(tc.data)}}, "p", cat)
			got := ""
			if err != nil {
				got = strings.TrimSpace(err.Error())
			}
			if tc.want == "" && err != nil {
				t.Fatalf("Load: %v", err)
			}
			if !strings.Contains(got, tc.want) {
				t.Errorf("Load error = %q, want it to contain %q", got, tc.want)
			}
		})
	}
}
