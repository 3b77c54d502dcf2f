package redlines

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/peacediff/peacediff/proposals"
)

// positionsWith returns a positions file of one entry with the given reads
// and rule lines (each a YAML fragment starting at "    reads:" and
// "    rule:"). The rule starts on line 12.
func positionsWith(reads, rule string) string {
	return `sources:
  - {id: a, publisher: A, url: "https://a.example/1", kind: newspaper}
positions:
  - id: x
    party: UA
    date: 2025-06-01
    title: T
    statement: S.
    sources: [a]
    confidence: single-source
` + reads + "\n" + rule + "\n"
}

func compileFile(t *testing.T, data string) (*RuleSet, error) {
	t.Helper()
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	ps, err := Load(fstest.MapFS{"p/a.yaml": {Data: []byte(data)}}, "p", cat)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return Compile(cat, ps)
}

// TestCompileErrors checks that a broken rule is reported at its
// file:line:col: the rule's place in the file moved on to where CEL found
// the problem.
func TestCompileErrors(t *testing.T) {
	const reads = "    reads: caps"
	tests := []struct {
		name        string
		reads, rule string
		want        string
	}{
		{"undefined field", reads, "    rule: t.personel < 5",
			`p/a.yaml:12:12: position "x": rule: undefined field 'personel'`},
		{"wrong operand type", reads, `    rule: t.personnel < "five"`,
			`p/a.yaml:12:23: position "x": rule: found no matching overload for '_<_' applied to '(int, string)'`},
		{"syntax error in a folded scalar", reads, "    rule: >-\n      t.personnel <\n      && 5",
			`p/a.yaml:14:7: position "x": rule: Syntax error: extraneous input '&&'`},
		{"second line of a literal scalar", reads, "    rule: |\n      t.personnel < 5 ||\n        t.statuz == \"x\"",
			`p/a.yaml:14:10: position "x": rule: undefined field 'statuz'`},
		{"undeclared variable", "    reads: capz", "    rule: t.personnel > 0",
			`p/a.yaml:11:12: position "x": reads: undeclared reference to 'capz' (in container '')`},
		{"reads not a list", "    reads: size(caps) > 0", "    rule: t.personnel > 0",
			`p/a.yaml:11:12: position "x": reads: expected a list of terms, found bool`},
		{"rule not a bool", reads, "    rule: t.personnel",
			`p/a.yaml:12:11: position "x": rule: expected true or false, found int`},
		{"rank with one argument", reads, `    rule: t.rank < rank("region-status")`,
			`p/a.yaml:12:24: position "x": rule: found no matching overload for 'rank' applied to '(string)'`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := compileFile(t, positionsWith(tc.reads, tc.rule))
			if err == nil {
				t.Fatalf("Compile = nil, want %s", tc.want)
			}
			if got := strings.TrimSpace(err.(proposals.ErrorList).Lines()); !strings.HasPrefix(got, tc.want) {
				t.Errorf("Compile =\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// TestEvalErrors checks that a rule that fails as it runs is reported at
// the rule's place, naming the proposal.
func TestEvalErrors(t *testing.T) {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	files := fixtures(t, cat)
	tests := []struct {
		name, reads, rule, want string
	}{
		{"missing key", "    reads: regions", `    rule: t.positions["RU"] == "x"`,
			`p/a.yaml:12:11: position "x": rule: evaluating it on kyiv: no such key: RU`},
		{"unknown scale", "    reads: regions", `    rule: t.rank < rank("colours", "red")`,
			`p/a.yaml:12:11: position "x": rule: evaluating it on kyiv: rank: unknown scale "colours"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := compileFile(t, positionsWith(tc.reads, tc.rule))
			if err != nil {
				t.Fatalf("Compile: %v", err)
			}
			_, err = s.Check([]*proposals.File{files["kyiv"]}, All)
			if err == nil || err.Error() != tc.want {
				t.Errorf("Check = %v, want %s", err, tc.want)
			}
		})
	}
}

// TestCasesProveTheRule: a line's cases are judged when its rule compiles;
// a rule edited to disagree with a case is an error at the case.
func TestCasesProveTheRule(t *testing.T) {
	const cases = `    cases:
      - want: crossed
        military: {caps: [{party: UA, personnel: 600000, applies: always, points: ["1"]}]}
      - want: holds
        military: {caps: [{party: UA, personnel: 900000, applies: always, points: ["1"]}]}
      - want: not-addressed
      - want: unknown
        unknown_terms: [military]`
	const reads = `    reads: caps.filter(c, c.party == "UA")`
	tests := []struct {
		name, rule string
		want       []string
	}{
		{"agrees", "    rule: t.personnel < 800000", nil},
		{"edited to disagree", "    rule: t.personnel > 800000", []string{
			`p/a.yaml:14:9: position "x": case 1: the rule gives holds, the case wants crossed`,
			`p/a.yaml:16:9: position "x": case 2: the rule gives crossed, the case wants holds`,
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := compileFile(t, positionsWith(reads, tc.rule+"\n"+cases))
			var got []string
			if err != nil {
				for _, l := range strings.Split(err.(proposals.ErrorList).Lines(), "\n") {
					if strings.HasPrefix(l, "p/a.yaml") {
						got = append(got, l)
					}
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("Compile:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestCasesChecked: a case's want and terms are checked like a
// proposal's, at their place.
func TestCasesChecked(t *testing.T) {
	data := positionsWith("    reads: caps", "    rule: t.personnel < 5\n    cases:\n      - want: crosed\n        military: {caps: [{party: XX, personnel: 1, applies: always, points: [\"1\"]}]}")
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	_, err = Load(fstest.MapFS{"p/a.yaml": {Data: []byte(data)}}, "p", cat)
	for _, want := range []string{
		`p/a.yaml:14:15: position "x": cases[0]: want "crosed": expected crossed, disputed, holds, not-addressed or unknown; did you mean "crossed"?`,
		`unknown party "XX"`,
	} {
		if err == nil || !strings.Contains(err.(proposals.ErrorList).Lines(), want) {
			t.Errorf("Load = %v, want %s", err, want)
		}
	}
}

// TestCheckBudget: the evaluations of one line on one proposal share one
// budget of cost, so that a rule that is cheap on each of a huge list of
// terms stops with a clear error instead of running for minutes.
func TestCheckBudget(t *testing.T) {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	files := fixtures(t, cat)
	tests := []struct {
		name, reads, rule, want string
	}{
		{"2,000 terms at 3,000 each", "    reads: lists.range(2000).map(i, regions[0])", "    rule: lists.range(500).exists(i, i < 0)",
			`p/a.yaml:11:12: position "x": evaluating it on kyiv: its reads and its rule on the terms read cost more than 100000, the budget of one line on one text`},
		{"one dear reads", "    reads: lists.range(40000).map(i, regions[0])", `    rule: "true"`,
			`p/a.yaml:11:12: position "x": reads: evaluating it on kyiv: operation cancelled: actual cost limit exceeded`},
		{"within the budget", "    reads: lists.range(100).map(i, regions[0])", "    rule: lists.range(100).exists(i, i < 0)", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := compileFile(t, positionsWith(tc.reads, tc.rule))
			if err != nil {
				t.Fatalf("Compile: %v", err)
			}
			_, err = s.Check([]*proposals.File{files["kyiv"]}, All)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("Check = %v", err)
			case tc.want != "" && (err == nil || err.Error() != tc.want):
				t.Errorf("Check = %v, want %s", err, tc.want)
			}
		})
	}
}

// BenchmarkCheckWorst checks one line on one proposal that spends its
// whole budget: 2,000 terms read at 3,000 each, which stops at the
// budget, and one dear reads, which stops at the limit of one
// evaluation.
//
//	go test ./redlines -run '^$' -bench CheckWorst
func BenchmarkCheckWorst(b *testing.B) {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		b.Fatal(err)
	}
	data, err := os.ReadFile("testdata/kyiv.yaml")
	if err != nil {
		b.Fatal(err)
	}
	f, err := proposals.ParseAndValidate("kyiv.yaml", data, cat)
	if err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct{ name, reads, rule string }{
		{"many-terms", "    reads: lists.range(2000).map(i, regions[0])", "    rule: lists.range(500).exists(i, i < 0)"},
		{"dear-reads", "    reads: lists.range(40000).map(i, regions[0])", `    rule: "true"`},
	} {
		ps, err := Load(fstest.MapFS{"p/a.yaml": {Data: []byte(positionsWith(tc.reads, tc.rule))}}, "p", cat)
		if err != nil {
			b.Fatal(err)
		}
		s, err := Compile(cat, ps)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s.Check([]*proposals.File{f}, All)
			}
		})
	}
}
