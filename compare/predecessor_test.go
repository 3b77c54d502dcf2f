package compare

import (
	"slices"
	"testing"

	"github.com/peacediff/peacediff/proposals"
)

// TestAgainstPredecessor: each text is measured against the text it
// answers when the report holds it, and a text with none against itself,
// so that it shows no change.
func TestAgainstPredecessor(t *testing.T) {
	c, err := proposals.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	var files []*proposals.File
	for _, id := range []string{"minsk-ii-2015-02", "us-28-point-2025-11", "e3-counterproposal-2025-11"} {
		files = append(files, c.Get(id))
	}
	r, err := Compare(c, files, Options{TermsOnly: true, AgainstPredecessor: true})
	if err != nil {
		t.Fatal(err)
	}
	if r.Reference != Predecessor || !slices.Equal(r.References, []int{0, 1, 1}) {
		t.Fatalf("reference %v %v, want predecessor [0 1 1]", r.Reference, r.References)
	}
	changed := 0
	for _, s := range r.Sections {
		for _, row := range s.Rows {
			if ch := row.Cells[1].Change; ch == nil || ch.Kind != Same {
				t.Errorf("%s: the 28-point draft, with no predecessor here, shows a change %+v", row.Key, ch)
			}
			if ch := row.Cells[2].Change; ch != nil && ch.Kind != Same {
				changed++
			}
		}
	}
	if changed == 0 {
		t.Errorf("the E3 counter-proposal shows no change from the draft it answers")
	}
}
