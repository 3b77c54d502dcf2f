package ledger_test

import (
	"bytes"
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/internal/golden"
	"github.com/peacediff/peacediff/ledger"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/redlines"
	"github.com/peacediff/peacediff/render"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// text is a hand-made text: a cap on Ukraine's forces (0 for none), the
// status of Donetsk ("" for none), the points it has.
type text struct {
	id, date, proposer string
	supersedes         []proposals.Lineage
	capUA              int
	noCap              bool // the text rejects any cap on Ukraine's forces
	donetsk            string
	reading            bool     // the status is the editors' reading
	unknownMilitary    bool     // the text's military terms were never reported
	points             []string // labels of its points; "~5" marks 5 deleted
}

func (x text) file() *proposals.File {
	p := &proposals.Proposal{
		ID: x.id, Title: x.id, Short: strings.ToUpper(x.id[:1]) + x.id[1:], Date: proposals.Date(x.date),
		Proposers: []string{x.proposer}, Supersedes: x.supersedes, Status: "reported",
	}
	if x.capUA > 0 {
		p.Military = &proposals.Military{Caps: []proposals.Cap{{Party: "UA", Personnel: x.capUA, Applies: proposals.AppliesAlways, Points: []string{"1"}}}}
	}
	if x.noCap {
		p.Military = &proposals.Military{Caps: []proposals.Cap{{Party: "UA", Limit: proposals.LimitNone, Points: []string{"1"}}}}
	}
	if x.unknownMilitary {
		p.UnknownTerms = []string{"military"}
	}
	if x.donetsk != "" {
		r := proposals.RegionTerm{Region: "UA-14", Status: x.donetsk, Points: []string{"2"}}
		if x.reading {
			r.Basis, r.Note = proposals.BasisReading, "Read from point 2."
		}
		p.Territory = &proposals.Territory{Regions: []proposals.RegionTerm{r}}
	}
	topics := map[string]string{"1": "military", "2": "territory-status", "3": "nato-membership"}
	for _, pt := range x.points {
		pr := proposals.Provision{Point: strings.TrimPrefix(pt, "~"), Topic: topics[strings.TrimPrefix(pt, "~")]}
		pr.Text = "Point " + pr.Point + " of " + x.id + "."
		if strings.HasPrefix(pt, "~") {
			pr.State, pr.Text = proposals.StateDeleted, ""
		}
		p.Provisions = append(p.Provisions, pr)
	}
	p.PointCount = len(p.Provisions)
	return &proposals.File{Name: x.id + ".yaml", Proposal: p}
}

func revises(id string) []proposals.Lineage {
	return []proposals.Lineage{{ID: id, Relation: proposals.RelationRevises}}
}

func answers(id string) []proposals.Lineage {
	return []proposals.Lineage{{ID: id, Relation: proposals.RelationAnswers}}
}

// corpus is a lineage whose answers are known: b moves the cap and
// Donetsk toward Ukraine, c takes the cap back in part and Donetsk in
// full, d's military terms are unknown; b deletes point 3 and c restores
// it. f answers e's cap with none at all; g stands alone.
func corpus(t *testing.T) *proposals.Corpus {
	t.Helper()
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	c := proposals.NewCorpus(cat)
	for _, x := range []text{
		{id: "a", date: "2025-01-01", proposer: "US", capUA: 600000, donetsk: "russian-de-facto", points: []string{"1", "2", "3"}},
		{id: "b", date: "2025-02-01", proposer: "EUROPE", supersedes: answers("a"), capUA: 800000, donetsk: "negotiable", reading: true, points: []string{"1", "2", "~3"}},
		{id: "c", date: "2025-03-01", proposer: "US", supersedes: revises("b"), capUA: 700000, donetsk: "russian-de-facto", points: []string{"1", "2", "3"}},
		{id: "d", date: "2025-04-01", proposer: "UA", supersedes: answers("c"), donetsk: "russian-de-facto", unknownMilitary: true, points: []string{"2", "3"}},
		{id: "e", date: "2025-05-01", proposer: "RU", capUA: 100000, points: []string{"1"}},
		{id: "f", date: "2025-05-02", proposer: "UA", supersedes: answers("e"), noCap: true, points: []string{"1"}},
		{id: "g", date: "2025-05-03", proposer: "RU", capUA: 100000, points: []string{"1"}},
	} {
		c.Add(x.file())
	}
	return c
}

// ruleSet holds the parties' lines: Ukraine's on the cap (from 2025-06,
// so stated after every text) and on Donetsk, Russia's on Donetsk, and a
// US line that forbids nothing but states a stance.
func ruleSet(t *testing.T, cat *proposals.Catalog) *redlines.RuleSet {
	t.Helper()
	donetsk := proposals.Expr{Text: `regions.filter(r, r.region == "UA-14")`}
	lines := []redlines.Line{
		{ID: "ua-cap", Party: "UA", Date: "2025-06-01", Stances: []redlines.Stance{{Term: "cap:UA", Personnel: 800000}},
			Reads: proposals.Expr{Text: `caps.filter(c, c.party == "UA")`}, Rule: proposals.Expr{Text: `t.limit == "figure" && t.personnel < 800000`}},
		{ID: "ua-donetsk", Party: "UA", Date: "2024-01-01", Stances: []redlines.Stance{{Term: "region:UA-14", Value: "ukrainian"}},
			Reads: donetsk, Rule: proposals.Expr{Text: `t.rank >= 0 && t.rank < rank("region-status", "negotiable")`}},
		{ID: "ru-donetsk", Party: "RU", Date: "2024-01-01", Stances: []redlines.Stance{{Term: "region:UA-14", Value: "russian-de-jure"}},
			Reads: donetsk, Rule: proposals.Expr{Text: `t.status != "russian-de-jure"`}},
		{ID: "us-donetsk", Party: "US", Date: "2024-01-01", Stances: []redlines.Stance{{Term: "region:UA-14", Value: "frozen-on-line-of-contact"}},
			Reads: donetsk, Rule: proposals.Expr{Text: `false`}},
	}
	set, err := redlines.Compile(cat, lines)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// describe writes a move in one line: "a→b status: russian-de-facto→
// negotiable 3 toward Ukraine UA:toward RU:away back:c(full)".
func describe(s *ledger.Step, m *ledger.Move) string {
	out := fmt.Sprintf("%s→%s %s: %s→%s", s.From.ID, s.To.ID, m.Label, m.From.Value, m.To.Value)
	switch {
	case m.Scale != "":
		out += fmt.Sprintf(" %d %s", m.Steps, m.Direction)
	case m.Percent == nil:
		out += " " + m.Size()
	default:
		out += fmt.Sprintf(" %+d %.1f%%", m.By, *m.Percent)
	}
	if m.Reading {
		out += " °"
	}
	for _, p := range m.Parties {
		out += " " + p.Party + ":" + p.Direction
		if p.Effect != "" {
			out += "/" + p.Effect
		}
		if p.Basis == "stance" {
			out += "(stance)"
		}
		if p.Later {
			out += "(later)"
		}
	}
	if b := m.TakenBack; b != nil {
		out += fmt.Sprintf(" back:%s(full=%v)", b.Text.ID, b.Full)
	}
	return out
}

func TestBuild(t *testing.T) {
	c := corpus(t)
	l, err := ledger.Build(c, nil, ruleSet(t, c.Catalog), ledger.Options{Deleted: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Lineages) != 2 {
		t.Fatalf("%d lineages, want 2 (g stands alone)", len(l.Lineages))
	}
	lin := l.Lineages[0]
	var got []string
	for _, s := range append(lin.Steps, l.Lineages[1].Steps...) {
		for _, m := range s.Moves {
			got = append(got, describe(s, m))
		}
		for _, u := range s.Unknown {
			got = append(got, s.From.ID+"→"+s.To.ID+" unknown "+u.Label)
		}
		for _, d := range s.Dropped {
			r := "-"
			if d.RestoredBy != nil {
				r = d.RestoredBy.Text.ID + ":" + d.RestoredBy.Point
			}
			got = append(got, fmt.Sprintf("%s→%s dropped %s %s restored %s", s.From.ID, s.To.ID, d.Point, d.How, r))
		}
	}
	want := []string{
		"a→b status: russian-de-facto→negotiable 3 toward Ukraine ° UA:toward/meets RU:away/still crosses US:away(stance) back:c(full=true)",
		"a→b personnel cap: 600000→800000 +200000 33.3% UA:toward/meets(later) back:c(full=false)",
		"a→b dropped 3 deleted restored c:3",
		"b→c status: negotiable→russian-de-facto -3 toward Russia ° UA:away/crosses RU:toward/still crosses US:toward(stance)",
		"b→c personnel cap: 800000→700000 -100000 -12.5% UA:away/crosses(later)",
		"c→d unknown personnel cap",
		"c→d unknown cap applies",
		"c→d dropped 1 left-out restored -",
		"e→f personnel cap: 100000→none from a cap to none UA:toward/meets(later)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("moves:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	sums := map[string]string{}
	for _, p := range lin.Parties {
		sums[p.Party] = fmt.Sprintf("gained %d gave up %d got back %d lost again %d", len(p.Gained), len(p.GaveUp), len(p.GotBack), len(p.LostAgain))
	}
	wantSums := map[string]string{
		"UA": "gained 0 gave up 1 got back 0 lost again 1",
		"RU": "gained 1 gave up 0 got back 1 lost again 0",
		"US": "gained 1 gave up 0 got back 1 lost again 0",
	}
	for party, w := range wantSums {
		if sums[party] != w {
			t.Errorf("%s: %s, want %s", party, sums[party], w)
		}
	}
}

func TestBuildErrors(t *testing.T) {
	c := corpus(t)
	tests := []struct {
		ids  []string
		want string
	}{
		{[]string{"g"}, "g has no lineage"},
		{[]string{"zz"}, `no text "zz"`},
	}
	for _, tt := range tests {
		_, err := ledger.Build(c, tt.ids, ruleSet(t, c.Catalog), ledger.Options{})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Build(%v) = %v, want an error with %q", tt.ids, err, tt.want)
		}
	}
	l, err := ledger.Build(c, []string{"c", "a"}, ruleSet(t, c.Catalog), ledger.Options{})
	if err != nil || len(l.Lineages) != 1 {
		t.Errorf("two texts of one lineage: %v, %d lineages, want 1", err, len(l.Lineages))
	}
}

// TestGolden renders the hand-made ledger in every format, at 80
// columns; run with -update and review the files by eye.
func TestGolden(t *testing.T) {
	c := corpus(t)
	l, err := ledger.Build(c, nil, ruleSet(t, c.Catalog), ledger.Options{Deleted: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		name string
		fn   func(*bytes.Buffer) error
	}{
		{"ledger.txt", func(b *bytes.Buffer) error { return render.LedgerText(b, l, render.Options{Width: 80}) }},
		{"ledger.md", func(b *bytes.Buffer) error { return render.LedgerMarkdown(b, l) }},
		{"ledger.json", func(b *bytes.Buffer) error { return render.LedgerJSON(b, l) }},
	} {
		var b bytes.Buffer
		if err := f.fn(&b); err != nil {
			t.Fatal(err)
		}
		golden.Check(t, *update, filepath.Join("testdata", f.name), b.Bytes())
	}
}

// TestDeterminism builds the ledger of the built-in corpus twice: the
// same bytes.
func TestDeterminism(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the corpus's ledger twice")
	}
	c, err := proposals.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	lines, err := redlines.Embedded(c.Catalog)
	if err != nil {
		t.Fatal(err)
	}
	set, err := redlines.Compile(c.Catalog, lines)
	if err != nil {
		t.Fatal(err)
	}
	var outs [2]bytes.Buffer
	for i := range outs {
		l, err := ledger.Build(c, nil, set, ledger.Options{Deleted: true})
		if err != nil {
			t.Fatal(err)
		}
		if err := render.LedgerJSON(&outs[i], l); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(outs[0].Bytes(), outs[1].Bytes()) {
		t.Error("two builds of the corpus's ledger differ")
	}
}

// TestLineages: the lineages without their steps are those of the ledger
// of every lineage, text for text, in its order.
func TestLineages(t *testing.T) {
	embedded, err := proposals.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]*proposals.Corpus{"hand-made": corpus(t), "built-in": embedded} {
		l, err := ledger.Build(c, nil, ruleSet(t, c.Catalog), ledger.Options{Deleted: true})
		if err != nil {
			t.Fatal(err)
		}
		var want, got []string
		for _, lin := range l.Lineages {
			var ids []string
			for _, x := range lin.Texts {
				ids = append(ids, x.ID)
			}
			want = append(want, strings.Join(ids, " "))
		}
		for _, lin := range ledger.Lineages(c) {
			var ids []string
			for _, f := range lin {
				ids = append(ids, f.Proposal.ID)
			}
			got = append(got, strings.Join(ids, " "))
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: lineages\n%s\nwant those of the ledger:\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}
