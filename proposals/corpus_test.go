package proposals

import (
	"slices"
	"strings"
	"testing"
)

func embedded(t *testing.T) *Corpus {
	t.Helper()
	c, err := Embedded()
	if err != nil {
		t.Fatalf("Embedded() = %v", err)
	}
	return c
}

// TestCorpusPointCounts: each text has the number of top-level points its
// header claims (the validator checks point_count against the provisions;
// this table pins the claims themselves to what the texts are known to have).
func TestCorpusPointCounts(t *testing.T) {
	c := embedded(t)
	want := map[string]int{
		"minsk-ii-2015-02":              13,
		"istanbul-communique-2022-03":   8, // Podolyak's condition and Russia's steps are notes, not points
		"ukraine-peace-formula-2022-11": 10,
		"china-position-2023-02":        12,
		"us-28-point-2025-11":           28,
		"e3-counterproposal-2025-11":    28,
		"europe-24-point-2025-11":       24,
		"ukraine-us-20-point-2025-12":   20,
		"istanbul-draft-treaty-2022-04": 13,
	}
	for id, n := range want {
		f := c.Get(id)
		if f == nil {
			t.Errorf("%s: not in the corpus", id)
			continue
		}
		if f.Proposal.PointCount != n {
			t.Errorf("%s: point_count %d, want %d", id, f.Proposal.PointCount, n)
		}
	}
	if len(c.Files) < 12 {
		t.Errorf("%d proposals in the corpus, want at least 12", len(c.Files))
	}
}

// TestCorpusSourcing: every provision cites a source, every source has a
// kind and an http(s) URL, and nothing is confirmed on weak sources alone.
func TestCorpusSourcing(t *testing.T) {
	c := embedded(t)
	for _, f := range c.Files {
		kinds := map[string]SourceKind{}
		for _, s := range f.Proposal.Sources {
			kinds[s.ID] = s.Kind
			if s.Kind == "" || !strings.HasPrefix(s.URL, "http") {
				t.Errorf("%s: source %s has kind %q and URL %q", f.Name, s.ID, s.Kind, s.URL)
			}
			if strings.Contains(s.URL, "news-pravda.com") && s.Kind != KindStateAffiliated {
				t.Errorf("%s: source %s is a news-pravda mirror of kind %s, want state-affiliated", f.Name, s.ID, s.Kind)
			}
		}
		for _, pr := range f.Proposal.Provisions {
			if len(pr.Sources) == 0 {
				t.Errorf("%s: provision %s has no source", f.Name, pr.Point)
			}
			if pr.Confidence != ConfidenceConfirmed {
				continue
			}
			reputable := slices.ContainsFunc(pr.Sources, func(id string) bool { return kinds[id].Reputable() })
			if !reputable {
				t.Errorf("%s: provision %s is confirmed on weak sources alone", f.Name, pr.Point)
			}
		}
	}
}

// TestCorpusLineage: the Geneva text and the 20-point framework revise the
// US draft (directly or through each other); the E3 mark-up answers it.
func TestCorpusLineage(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		id, target string
		rel        Relation
	}{
		{"us-ukraine-geneva-2025-11", "us-28-point-2025-11", RelationRevises},
		{"ukraine-us-20-point-2025-12", "us-28-point-2025-11", RelationRevises},
		{"e3-counterproposal-2025-11", "us-28-point-2025-11", RelationAnswers},
		{"istanbul-draft-treaty-2022-04", "istanbul-communique-2022-03", RelationRevises},
	}
	for _, tc := range tests {
		f := c.Get(tc.id)
		if f == nil {
			t.Fatalf("%s: not in the corpus", tc.id)
		}
		if !slices.Contains(f.Proposal.Supersedes, Lineage{ID: tc.target, Relation: tc.rel}) {
			t.Errorf("%s supersedes %v, want %s %s", tc.id, f.Proposal.Supersedes, tc.rel, tc.target)
		}
	}
}

func regionStatus(p *Proposal, code string) string {
	if p.Territory == nil {
		return ""
	}
	for _, r := range p.Territory.Regions {
		if r.Region == code {
			return r.Status
		}
	}
	return ""
}

func capOn(p *Proposal, party string) *Cap {
	if p.Military == nil {
		return nil
	}
	for i, c := range p.Military.Caps {
		if c.Party == party && c.ProposedBy == "" {
			return &p.Military.Caps[i]
		}
	}
	return nil
}

// TestSeedTerms asserts the key terms of the three seed texts.
func TestSeedTerms(t *testing.T) {
	c := embedded(t)
	us := c.Get("us-28-point-2025-11").Proposal
	e3 := c.Get("e3-counterproposal-2025-11").Proposal
	geneva := c.Get("us-ukraine-geneva-2025-11").Proposal

	if cp := capOn(us, "UA"); cp == nil || cp.Personnel != 600000 || cp.Applies != AppliesAlways {
		t.Errorf("US draft: cap on UA = %+v, want 600000 always", cp)
	}
	if cp := capOn(e3, "UA"); cp == nil || cp.Personnel != 800000 || cp.Applies != AppliesPeacetime {
		t.Errorf("E3 mark-up: cap on UA = %+v, want 800000 peacetime (not 850000: that is a retelling of the 24-point plan)", cp)
	}
	if cp := capOn(geneva, "UA"); cp == nil || cp.Personnel != 800000 || cp.Applies != AppliesPeacetime {
		t.Errorf("Geneva text: cap on UA = %+v, want 800000 in peacetime (the FT's figure)", cp)
	}
	// The E3 mark-up names no region, so no region has a status from it.
	for _, tc := range []struct{ code, us, e3 string }{
		{"UA-43", "russian-de-facto", ""},
		{"UA-09", "russian-de-facto", ""},
		{"UA-14", "russian-de-facto", ""},
		{"UA-23", "frozen-on-line-of-contact", ""},
		{"UA-65", "frozen-on-line-of-contact", ""},
	} {
		if got := regionStatus(us, tc.code); got != tc.us {
			t.Errorf("US draft: %s status %q, want %q", tc.code, got, tc.us)
		}
		if got := regionStatus(e3, tc.code); got != tc.e3 {
			t.Errorf("E3 mark-up: %s status %q, want %q", tc.code, got, tc.e3)
		}
	}
	if us.NATO == nil || us.NATO.Membership == nil || us.NATO.Membership.Rule != "barred" {
		t.Errorf("US draft: NATO membership %+v, want barred", us.NATO)
	}
	if us.NATO.Enlargement == nil || us.NATO.Enlargement.Rule != "halted" {
		t.Errorf("US draft: enlargement %+v, want halted", us.NATO.Enlargement)
	}
	if e3.NATO == nil || e3.NATO.Membership == nil || e3.NATO.Membership.Rule != "requires-consensus" {
		t.Errorf("E3 mark-up: NATO membership %+v, want requires-consensus", e3.NATO)
	}
	if e3.NATO.Enlargement != nil {
		t.Errorf("E3 mark-up: enlargement %+v, want not addressed (point 3 deleted)", e3.NATO.Enlargement)
	}
	states := map[string]ProvisionState{}
	for _, pr := range e3.Provisions {
		states[pr.Point] = pr.State.Or()
	}
	for point, want := range map[string]ProvisionState{"3": StateDeleted, "17": StateUnknown, "22": StateKept, "23": StateUnknown, "27": StateUnknown, "28": StateUnknown, "6": StatePresent} {
		if states[point] != want {
			t.Errorf("E3 mark-up: point %s state %s, want %s", point, states[point], want)
		}
	}
	if len(us.Guarantees) != 1 || us.Guarantees[0].Guarantor != "US" || !slices.Contains(us.Guarantees[0].VoidIf, "unprovoked-missile-at-moscow-or-st-petersburg") {
		t.Errorf("US draft: guarantees %+v, want one by US void on a missile at Moscow or St Petersburg", us.Guarantees)
	}
	if len(e3.Guarantees) != 1 || e3.Guarantees[0].Kind != "article-5-like" || slices.Contains(e3.Guarantees[0].VoidIf, "unprovoked-missile-at-moscow-or-st-petersburg") {
		t.Errorf("E3 mark-up: guarantees %+v, want an Article 5-like US guarantee without the Moscow clause", e3.Guarantees)
	}
	if geneva.Status != StatusReported {
		t.Errorf("Geneva text: status %s, want reported (never published)", geneva.Status)
	}
	unknown := 0
	for _, pr := range geneva.Provisions {
		if pr.State.Or() == StateUnknown {
			unknown++
		}
		if pr.Confidence == ConfidenceConfirmed && pr.State.Or() == StatePresent {
			t.Errorf("Geneva text: point %s confirmed, want no confirmed wording for an unpublished text", pr.Point)
		}
	}
	if unknown == 0 {
		t.Errorf("Geneva text: no unknown points, want the unreported points marked unknown")
	}
}
