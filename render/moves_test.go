package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/compare"
)

// TestWhatMovedListsEveryTerm: "What moved" lists every term the second
// text changed, added or dropped, grouped by section, each a link to its
// row.
func TestWhatMovedListsEveryTerm(t *testing.T) {
	c := testCorpus(t)
	r := seedReport(t, c, []string{"us-28-point-2025-11", "e3-counterproposal-2025-11"}, compare.Options{})
	var b bytes.Buffer
	if err := HTML(&b, r, Options{All: true}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	i := strings.Index(page, `<ul class="moves">`)
	if i < 0 {
		t.Fatal("no list of what moved")
	}
	moves := page[i : i+strings.Index(page[i:], "</div>")]
	changed := 0
	for _, s := range r.Sections {
		for _, row := range s.Rows {
			if ch := row.Cells[1].Change; row.Kind == compare.TermRow && ch != nil && ch.Kind != compare.Same {
				changed++
			}
		}
	}
	if n := strings.Count(moves, `<li><a href="#r-term-`); n != changed || changed < 10 {
		t.Errorf("what moved lists %d terms; %d changed", n, changed)
	}
	for _, want := range []string{"<li>Territory\n<ul>", "<li>NATO\n<ul>", "(no longer addressed)"} {
		if !strings.Contains(moves, want) {
			t.Errorf("what moved lacks %q", want)
		}
	}
}
