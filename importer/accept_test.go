package importer_test

import (
	"slices"
	"testing"

	"github.com/peacediff/peacediff/importer/eval"
	"github.com/peacediff/peacediff/proposals"
)

// TestAccept28Point is the acceptance test of the import: a plain-text
// list of the US 28-point draft's points, ranked against the corpus
// without that draft, recovers every label, ranks the right topic among
// the first three for at least 80% of the points, and gives a draft whose
// only problems are to-dos.
func TestAccept28Point(t *testing.T) {
	c, err := proposals.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	r, err := eval.Run("testdata/eval/us-28-point.txt", c)
	if err != nil {
		t.Fatal(err)
	}
	us := c.Get("us-28-point-2025-11")
	var want []string
	for _, pr := range us.Proposal.Provisions {
		want = append(want, pr.Point)
	}
	var got []string
	for _, p := range r.Result.Points {
		got = append(got, p.Label)
	}
	if !slices.Equal(got, want) {
		t.Errorf("labels:\ngot  %v\nwant %v", got, want)
	}
	if top3 := eval.Percent(r.Top3, r.Split); top3 < 80 {
		t.Errorf("topic top-3 accuracy %.0f%%, want at least 80%%", top3)
	}
	if r.FiguresOK != r.Figures {
		t.Errorf("figures found %d of %d", r.FiguresOK, r.Figures)
	}
	_, err = proposals.ParseAndValidate("us-28-point.yaml", r.Result.YAML, c.Catalog)
	if !proposals.OnlyTodos(err) {
		t.Errorf("validate --draft would fail: %v", err)
	}
}

// TestAcceptMarkup: a Reuters-style HTML mark-up with the changes in bold
// imports as kept, changed and deleted points against the text it marks up.
func TestAcceptMarkup(t *testing.T) {
	c, err := proposals.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	r, err := eval.Run("testdata/eval/e3-markup.html", c)
	if err != nil {
		t.Fatal(err)
	}
	if r.Split != r.Points || r.StatesOK != r.States {
		key, _ := eval.ReadKey("testdata/eval/e3-markup.key")
		t.Errorf("split %d of %d, states %d of %d:\n%v", r.Split, r.Points, r.StatesOK, r.States, eval.Misses(key, r.Result))
	}
	count := map[proposals.ProvisionState]int{}
	for _, p := range r.Result.Points {
		count[p.State.Or()]++
	}
	if count[proposals.StateKept] == 0 || count[proposals.StatePresent] == 0 || count[proposals.StateDeleted] == 0 {
		t.Errorf("states %v: want kept, changed and deleted points", count)
	}
	f, err := proposals.ParseAndValidate("e3-markup.yaml", r.Result.YAML, c.Catalog)
	if !proposals.OnlyTodos(err) {
		t.Fatalf("validate --draft would fail: %v", err)
	}
	if err := c.ValidateRefs(f); err != nil {
		t.Errorf("kept and deleted points do not fit the text they mark up: %v", err)
	}
}

// TestEvalFloor keeps the measured quality of every eval text from
// falling below what the README states.
func TestEvalFloor(t *testing.T) {
	c, err := proposals.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	texts, err := eval.Texts("testdata/eval")
	if err != nil || len(texts) < 5 {
		t.Fatalf("eval texts: %v, %v", texts, err)
	}
	for _, text := range texts {
		r, err := eval.Run(text, c)
		if err != nil {
			t.Fatal(err)
		}
		if r.Split != r.Points || r.Extra != 0 {
			t.Errorf("%s: %d of %d points split right, %d extra", r.Name, r.Split, r.Points, r.Extra)
		}
		if top3 := eval.Percent(r.Top3, r.Split); top3 < 60 {
			t.Errorf("%s: topic top-3 %.0f%%, below the floor of 60%%", r.Name, top3)
		}
		if r.FiguresOK != r.Figures {
			t.Errorf("%s: %d of %d figures found", r.Name, r.FiguresOK, r.Figures)
		}
	}
}
