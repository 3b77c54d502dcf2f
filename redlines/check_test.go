package redlines

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/proposals"
)

// cell returns the cell of a line and a proposal.
func cell(t *testing.T, r *Report, line, id string) Cell {
	t.Helper()
	i := slices.IndexFunc(r.Lines, func(l *LineCheck) bool { return l.ID == line })
	k := slices.IndexFunc(r.Proposals, func(p Proposal) bool { return p.ID == id })
	if i < 0 || k < 0 {
		t.Fatalf("no cell for line %s and proposal %s", line, id)
	}
	return r.Lines[i].Cells[k]
}

// TestCorpus checks the whole built-in corpus against the built-in lines:
// the facts a reader expects, and counts that agree with the cells.
func TestCorpus(t *testing.T) {
	c, err := proposals.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	_, set := embedded(t)
	r, err := set.Check(c.Files, All)
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	tests := []struct {
		line, id string
		want     Verdict
		points   string
	}{
		// The US draft recognises Crimea, Luhansk and Donetsk as Russian and
		// makes the rest of Donetsk a Russian buffer; the E3 mark-up labels
		// nothing in advance.
		{"ua-no-recognition", "us-28-point-2025-11", Crossed, "21.a, 21.d"},
		// The E3 mark-up strikes the US recognitions and names no region;
		// talks on territory start from the line of contact, which
		// recognises nothing.
		{"ua-no-recognition", "e3-counterproposal-2025-11", Holds, ""},
		// Geneva addresses territory, forces and NATO in unreported words.
		{"ua-no-recognition", "us-ukraine-geneva-2025-11", Unknown, ""},
		{"ua-army-cap", "us-ukraine-geneva-2025-11", Unknown, ""},
		// The 20-point framework freezes the line and keeps Donetsk disputed.
		{"ru-four-oblasts", "ukraine-us-20-point-2025-12", Crossed, "14, 14.a"},
		{"ru-four-oblasts", "russia-memorandum-2025-06", Holds, ""},
		{"ua-army-cap", "us-28-point-2025-11", Crossed, "6"},
		{"ua-army-cap", "e3-counterproposal-2025-11", Holds, ""},
		{"ua-army-cap", "minsk-ii-2015-02", NotAddressed, ""},
		{"ru-no-nato", "e3-counterproposal-2025-11", Crossed, "7"},
	}
	for _, tc := range tests {
		c := cell(t, r, tc.line, tc.id)
		if got := strings.Join(c.Points, ", "); c.Verdict != tc.want || got != tc.points {
			t.Errorf("%s on %s = %s (%s), want %s (%s)", tc.line, tc.id, c.Verdict, got, tc.want, tc.points)
		}
	}
	var sum Tally
	for k := range r.Proposals {
		counts := Counts{ID: r.Proposals[k].ID}
		for _, l := range r.Lines {
			counts.Add(l.Cells[k].Verdict)
			sum.Add(l.Cells[k].Verdict)
		}
		if counts != r.Summary.ByProposal[k] {
			t.Errorf("counts of %s = %+v, want %+v", counts.ID, r.Summary.ByProposal[k], counts)
		}
	}
	if sum != r.Summary.Tally {
		t.Errorf("summary %+v disagrees with the cells %+v", r.Summary.Tally, sum)
	}
	for _, l := range r.Lines {
		if len(l.Sources) == 0 {
			t.Errorf("line %s has no source", l.ID)
		}
		for k, c := range l.Cells {
			if (c.Verdict == Crossed || c.Verdict == Disputed) != (len(c.Points) > 0 && len(c.Crossing) > 0) {
				t.Errorf("line %s, %s: verdict %s with points %v", l.ID, r.Proposals[k].ID, c.Verdict, c.Points)
			}
		}
	}
}

// TestCheckDeterministic checks that the same input gives the same report.
func TestCheckDeterministic(t *testing.T) {
	c, err := proposals.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	_, set := embedded(t)
	var outs []string
	for range 2 {
		r, err := set.Check(c.Files, All)
		if err != nil {
			t.Fatal(err)
		}
		r.Spectrum = Place(c.Catalog, c.Files, set.Lines())
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, string(b))
	}
	if outs[0] != outs[1] {
		t.Error("two checks of the same input differ")
	}
}

func TestCheckNothing(t *testing.T) {
	_, set := embedded(t)
	if _, err := set.Check(nil, All); err != ErrNoProposals {
		t.Errorf("Check(nil) = %v, want ErrNoProposals", err)
	}
}

func TestWitness(t *testing.T) {
	cat, set := embedded(t)
	r, err := set.Check([]*proposals.File{fixtures(t, cat)["mixed"]}, All)
	if err != nil {
		t.Fatal(err)
	}
	c := cell(t, r, "ua-no-recognition", "mixed")
	want := []Witness{
		{Term: "region", Key: "UA-43", Name: "Autonomous Republic of Crimea (UA-43)", Value: "russian-de-facto", Label: "Russian de facto", Detail: "recognised by US", Points: []string{"2"}},
		{Term: "region", Key: "UA-65", Name: "Kherson Oblast (UA-65)", Value: "russian-de-jure", Label: "Russian de jure", Detail: "in the variant of Russia", Points: []string{"5"}},
		{Term: "zone", Key: "demilitarized:UA-14", Name: "Zone in Donetsk Oblast (UA-14)", Value: "demilitarized", Label: "demilitarised zone", Detail: "territory of Russia", Points: []string{"6"}},
	}
	if len(c.Crossing) != len(want) {
		t.Fatalf("crossing = %+v, want %+v", c.Crossing, want)
	}
	for i := range want {
		if got := c.Crossing[i]; !slices.Equal(got.Points, want[i].Points) || got.Key != want[i].Key || got.Label != want[i].Label || got.Detail != want[i].Detail || got.Name != want[i].Name {
			t.Errorf("crossing[%d] = %+v, want %+v", i, got, want[i])
		}
	}
}
