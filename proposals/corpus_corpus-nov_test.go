package proposals

import (
	"fmt"
	"slices"
	"testing"
)

// The November 2025 texts as the corpus audit left them: the point states,
// confidences and typed terms that a later edit must not undo silently.

// novPoint is the expected state and confidence of one point.
type novPoint struct {
	id, point string
	state     ProvisionState
	conf      Confidence
}

// novIDs are the texts of the November 2025 audit.
var novIDs = []string{"us-28-point-2025-11", "e3-counterproposal-2025-11", "us-ukraine-geneva-2025-11", "europe-24-point-2025-11", "us-security-guarantee-draft-2025-11"}

// TestNovemberKeptHaveNoText: a kept point takes the wording of the text it
// revises, so it has no text of its own.
func TestNovemberKeptHaveNoText(t *testing.T) {
	c := embedded(t)
	for _, id := range novIDs {
		f := c.Get(id)
		if f == nil {
			t.Fatalf("%s: not in the corpus", id)
		}
		for _, pr := range f.Proposal.Provisions {
			if pr.State.Or() == StateKept && pr.Text != "" {
				t.Errorf("%s point %s: kept with a text of its own", id, pr.Point)
			}
		}
	}
}

func TestNovemberPoints(t *testing.T) {
	c := embedded(t)
	tests := []novPoint{
		// US draft: Reuters' own copy confirms the Axios text of 1, 2, 4, 5;
		// inSüdthüringen only summarises Axios, so 16 has one origin.
		{"us-28-point-2025-11", "1", StatePresent, ConfidenceConfirmed},
		{"us-28-point-2025-11", "2", StatePresent, ConfidenceConfirmed},
		{"us-28-point-2025-11", "4", StatePresent, ConfidenceConfirmed},
		{"us-28-point-2025-11", "5", StatePresent, ConfidenceConfirmed},
		{"us-28-point-2025-11", "16", StatePresent, ConfidenceSingleSource},
		{"us-28-point-2025-11", "21.c", StatePresent, ConfidenceSingleSource},
		// E3 mark-up: one Reuters text behind every copy, so nothing is
		// confirmed; points matching the US wording are kept; US points 14
		// and 21 are rewritten whole, so all their items are deleted.
		{"e3-counterproposal-2025-11", "1", StateKept, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "5", StateKept, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "6", StatePresent, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "7", StatePresent, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "10.c", StateKept, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "10.d", StateDeleted, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "12", StateKept, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "12.a", StateKept, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "12.d", StateUnknown, ConfidenceInferred},
		{"e3-counterproposal-2025-11", "13.a", StateKept, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "14", StatePresent, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "14.a", StateDeleted, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "14.c", StateDeleted, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "14.d", StateDeleted, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "19", StateKept, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "21", StatePresent, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "21.a", StateDeleted, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "21.b", StateDeleted, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "21.c", StateDeleted, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "21.d", StateDeleted, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "22", StateKept, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "23", StateUnknown, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "26", StateDeleted, ConfidenceSingleSource},
		{"e3-counterproposal-2025-11", "28", StateUnknown, ConfidenceSingleSource},
		// Geneva: US-Russian business went to a track of its own (moved, on
		// RBC-Ukraine's source and the Washington Post), the amnesty went
		// out, and the army point was rewritten (the FT's figure alone).
		{"us-ukraine-geneva-2025-11", "13", StateMoved, ConfidenceConfirmed},
		{"us-ukraine-geneva-2025-11", "26", StateDeleted, ConfidenceConfirmed},
		{"us-ukraine-geneva-2025-11", "army", StatePresent, ConfidenceSingleSource},
		{"us-ukraine-geneva-2025-11", "nato", StateUnknown, ConfidenceSingleSource},
		{"us-ukraine-geneva-2025-11", "territory", StateUnknown, ConfidenceSingleSource},
		{"us-ukraine-geneva-2025-11", "unknown14", StateUnknown, ConfidenceConfirmed},
		// Europe 24-point: the numbers of points 13 to 24 were never seen, so
		// their wording stays unknown; 11 has the Washington Post's copy too.
		{"europe-24-point-2025-11", "11", StatePresent, ConfidenceConfirmed},
		{"europe-24-point-2025-11", "12", StatePresent, ConfidenceSingleSource},
		{"europe-24-point-2025-11", "13", StateUnknown, ConfidenceSingleSource},
		{"europe-24-point-2025-11", "20", StateUnknown, ConfidenceSingleSource},
		{"europe-24-point-2025-11", "24", StateUnknown, ConfidenceSingleSource},
		// The US guarantee draft: one Axios text behind every copy.
		{"us-security-guarantee-draft-2025-11", "basis", StatePresent, ConfidenceSingleSource},
		{"us-security-guarantee-draft-2025-11", "trigger", StatePresent, ConfidenceSingleSource},
		{"us-security-guarantee-draft-2025-11", "monitoring", StatePresent, ConfidenceSingleSource},
		{"us-security-guarantee-draft-2025-11", "signatories", StatePresent, ConfidenceSingleSource},
	}
	for _, tc := range tests {
		f := c.Get(tc.id)
		if f == nil {
			t.Fatalf("%s: not in the corpus", tc.id)
		}
		pr := f.Provision(tc.point)
		if pr == nil {
			t.Errorf("%s: no point %s", tc.id, tc.point)
			continue
		}
		if pr.State.Or() != tc.state || pr.Confidence != tc.conf {
			t.Errorf("%s point %s: %s, %s; want %s, %s", tc.id, tc.point, pr.State.Or(), pr.Confidence, tc.state, tc.conf)
		}
	}
}

// novTerm is a check of the typed terms of one text.
type novTerm struct {
	id, what string
	check    func(p *Proposal) error
}

func TestNovemberTerms(t *testing.T) {
	c := embedded(t)
	tests := []novTerm{
		{"us-28-point-2025-11", "no status for the regions the draft does not name", func(p *Proposal) error {
			if p.Territory.Others != nil {
				return fmt.Errorf("others = %+v, want none", p.Territory.Others)
			}
			return nil
		}},
		{"us-28-point-2025-11", "Sevastopol is our reading of Crimea", func(p *Proposal) error {
			r := novRegion(p, "UA-40")
			if r == nil || r.Basis != BasisReading || r.Status != "russian-de-facto" {
				return fmt.Errorf("UA-40 = %+v, want russian-de-facto as our reading", r)
			}
			return nil
		}},
		{"us-28-point-2025-11", "a stated 600,000 cap", func(p *Proposal) error {
			cp := capOn(p, "UA")
			if cp == nil || cp.Personnel != 600000 || cp.Basis == BasisReading {
				return fmt.Errorf("cap = %+v, want a stated 600000", cp)
			}
			return nil
		}},
		{"us-28-point-2025-11", "NATO troops barred from Ukraine, as a foreign force", func(p *Proposal) error {
			return novForces(p, "NATO", "UA", "prohibited", "")
		}},
		{"us-28-point-2025-11", "point 22 voids the guarantee", func(p *Proposal) error {
			g := p.Guarantees[0]
			if !slices.Contains(g.VoidIf, "breach-of-no-force-commitment") || !slices.Contains(g.Points, "22") {
				return fmt.Errorf("guarantee = %+v, want void on a breach of point 22", g)
			}
			return nil
		}},
		{"e3-counterproposal-2025-11", "a leaked draft with no region status", func(p *Proposal) error {
			if p.Status != StatusLeakedDraft {
				return fmt.Errorf("status %s, want leaked-draft (Reuters printed the whole text)", p.Status)
			}
			if len(p.Territory.Regions) > 0 || p.Territory.Others != nil {
				return fmt.Errorf("regions %+v, others %+v; want none (the mark-up names no region)", p.Territory.Regions, p.Territory.Others)
			}
			return nil
		}},
		{"e3-counterproposal-2025-11", "no point confirmed on one Reuters text", func(p *Proposal) error {
			for _, pr := range p.Provisions {
				if pr.Confidence == ConfidenceConfirmed {
					return fmt.Errorf("point %s confirmed", pr.Point)
				}
			}
			return nil
		}},
		{"e3-counterproposal-2025-11", "no-force pledge in 21 and the kept 22", func(p *Proposal) error {
			if n := p.Territory.NonUseOfForce; n == nil || !n.Value || !slices.Equal(n.Points, []string{"21", "22"}) {
				return fmt.Errorf("non_use_of_force = %+v, want true on 21 and 22", n)
			}
			return nil
		}},
		{"e3-counterproposal-2025-11", "NATO-commanded forces barred only permanently in peacetime", func(p *Proposal) error {
			return novForces(p, "NATO", "UA", "no-permanent-peacetime", "")
		}},
		{"e3-counterproposal-2025-11", "an 800,000 peacetime cap", func(p *Proposal) error {
			if cp := capOn(p, "UA"); cp == nil || cp.Personnel != 800000 || cp.Applies != AppliesPeacetime {
				return fmt.Errorf("cap = %+v, want 800000 in peacetime", cp)
			}
			return nil
		}},
		{"e3-counterproposal-2025-11", "an Article 5-like guarantee without the Moscow clause", func(p *Proposal) error {
			g := p.Guarantees[0]
			if g.Kind != "article-5-like" || slices.Contains(g.VoidIf, "unprovoked-missile-at-moscow-or-st-petersburg") || slices.Contains(g.Points, "5") {
				return fmt.Errorf("guarantee = %+v", g)
			}
			return nil
		}},
		{"us-ukraine-geneva-2025-11", "the FT's 800,000 in peacetime", func(p *Proposal) error {
			if cp := capOn(p, "UA"); cp == nil || cp.Personnel != 800000 || cp.Applies != AppliesPeacetime || !slices.Equal(cp.Points, []string{"army"}) {
				return fmt.Errorf("cap = %+v, want 800000 in peacetime on the army point", cp)
			}
			return nil
		}},
		{"us-ukraine-geneva-2025-11", "the areas addressed in unreported words", func(p *Proposal) error {
			if want := []string{"territory", "military", "nato", "security_guarantees"}; !slices.Equal(p.UnknownTerms, want) {
				return fmt.Errorf("unknown_terms = %v, want %v", p.UnknownTerms, want)
			}
			if p.Territory != nil || p.NATO != nil {
				return fmt.Errorf("territory %+v, NATO %+v: want none (never reported)", p.Territory, p.NATO)
			}
			return nil
		}},
		{"europe-24-point-2025-11", "a leaked draft that rejects any army cap", func(p *Proposal) error {
			cp := capOn(p, "UA")
			if p.Status != StatusLeakedDraft || cp == nil || cp.Limit != LimitNone || cp.Personnel != 0 {
				return fmt.Errorf("status %s, cap %+v; want leaked-draft and limit none", p.Status, cp)
			}
			return nil
		}},
		{"europe-24-point-2025-11", "friendly forces allowed, placed at 12 by our reading", func(p *Proposal) error {
			if err := novForces(p, "FRIENDLY", "UA", "allowed", ""); err != nil {
				return err
			}
			if ft := p.Military.ForeignTroops[0]; ft.Basis != BasisReading || !slices.Equal(ft.Points, []string{"12"}) {
				return fmt.Errorf("friendly forces = %+v, want our reading on point 12", ft)
			}
			return nil
		}},
		{"europe-24-point-2025-11", "terms on unnumbered points left unknown", func(p *Proposal) error {
			if want := []string{"territory", "military", "nato", "nuclear"}; !slices.Equal(p.UnknownTerms, want) {
				return fmt.Errorf("unknown_terms = %v, want %v", p.UnknownTerms, want)
			}
			if p.Territory != nil || p.NATO != nil || p.NuclearPlant != nil {
				return fmt.Errorf("territory, NATO or plant terms present; their points are not known")
			}
			return nil
		}},
		{"europe-24-point-2025-11", "a US Article 5-like guarantee and the coalition", func(p *Proposal) error {
			if len(p.Guarantees) != 2 || p.Guarantees[0].Guarantor != "US" || p.Guarantees[0].Kind != "article-5-like" || p.Guarantees[1].Guarantor != "COW" {
				return fmt.Errorf("guarantees = %+v", p.Guarantees)
			}
			return nil
		}},
		{"us-security-guarantee-draft-2025-11", "a companion, not a revision, of the 28 points", func(p *Proposal) error {
			if len(p.Supersedes) != 0 || p.Status != StatusLeakedDraft || !slices.Equal(p.Proposers, []string{"US"}) {
				return fmt.Errorf("supersedes %v, status %s, proposers %v", p.Supersedes, p.Status, p.Proposers)
			}
			return nil
		}},
		{"us-security-guarantee-draft-2025-11", "ten-year guarantees by the US and NATO, neither paid for nor voidable", func(p *Proposal) error {
			if len(p.Guarantees) != 2 {
				return fmt.Errorf("guarantees = %+v, want the US and NATO", p.Guarantees)
			}
			for i, who := range []string{"US", "NATO"} {
				g := p.Guarantees[i]
				if g.Guarantor != who || g.DurationYears == nil || *g.DurationYears != 10 || g.Compensated != nil || len(g.VoidIf) > 0 {
					return fmt.Errorf("guarantee %d = %+v, want %s for 10 years, nothing on payment or voiding", i, g, who)
				}
			}
			if p.Guarantees[0].Kind != "article-5-like" || p.Guarantees[1].Kind != "collective" {
				return fmt.Errorf("kinds %s, %s; want article-5-like, collective", p.Guarantees[0].Kind, p.Guarantees[1].Kind)
			}
			return nil
		}},
		{"us-security-guarantee-draft-2025-11", "no other terms", func(p *Proposal) error {
			if p.Territory != nil || p.Military != nil || p.NATO != nil || len(p.UnknownTerms) > 0 {
				return fmt.Errorf("terms beyond the guarantees")
			}
			return nil
		}},
	}
	for _, tc := range tests {
		f := c.Get(tc.id)
		if f == nil {
			t.Fatalf("%s: not in the corpus", tc.id)
		}
		if err := tc.check(f.Proposal); err != nil {
			t.Errorf("%s: %s: %v", tc.id, tc.what, err)
		}
	}
}

func novRegion(p *Proposal, code string) *RegionTerm {
	if p.Territory == nil {
		return nil
	}
	for i := range p.Territory.Regions {
		if p.Territory.Regions[i].Region == code {
			return &p.Territory.Regions[i]
		}
	}
	return nil
}

// novForces checks that p has exactly one rule on who's forces in host,
// with that rule and time.
func novForces(p *Proposal, who, host, rule string, when ForcesWhen) error {
	if p.Military == nil {
		return fmt.Errorf("no military terms")
	}
	var found []ForeignTroops
	for _, ft := range p.Military.ForeignTroops {
		if ft.Who == who && ft.In == host {
			found = append(found, ft)
		}
	}
	if len(found) != 1 || found[0].Rule != rule || found[0].When != when {
		return fmt.Errorf("forces of %s in %s = %+v, want one rule %s, when %q", who, host, found, rule, when)
	}
	return nil
}
