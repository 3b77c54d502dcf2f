package proposals

import (
	"fmt"
	"slices"
	"testing"
)

// The texts of 2015 to mid-2025 and the two new ones of 2025 as the corpus
// audit left them: point counts, point states and confidences, the kinds
// and relays of the sources the audit corrected, and the typed terms (values,
// bases, cap kinds, foreign forces), so that a later edit cannot silently
// undo the audit.

func TestEarlyPointCounts(t *testing.T) {
	c := embedded(t)
	for id, n := range map[string]int{
		"minsk-ii-2015-02":            13,
		"istanbul-communique-2022-03": 8,
		"us-ukraine-jeddah-2025-03":   7,
		// The October 2025 plan's two phases; no report maps its twelve numbers.
		"europe-ukraine-12-point-2025-10": 2,
	} {
		f := c.Get(id)
		if f == nil {
			t.Errorf("%s: not in the corpus", id)
			continue
		}
		if f.Proposal.PointCount != n {
			t.Errorf("%s: point_count %d, want %d", id, f.Proposal.PointCount, n)
		}
	}
}

// earlyPoint is the expected state and confidence of one point; a point
// with an empty state must not be in the file.
type earlyPoint struct {
	id, point string
	state     ProvisionState
	conf      Confidence
}

func TestEarlyPoints(t *testing.T) {
	c := embedded(t)
	tests := []earlyPoint{
		{"minsk-ii-2015-02", "10", StatePresent, ConfidenceConfirmed},
		// The communiqué: the pull-back condition was Podolyak's remark and
		// the de-escalation Russia's announcement; neither is a clause.
		{"istanbul-communique-2022-03", "1", StatePresent, ConfidenceConfirmed},
		{"istanbul-communique-2022-03", "4", StatePresent, ConfidenceConfirmed},
		{"istanbul-communique-2022-03", "9", "", ""},
		{"istanbul-communique-2022-03", "10", "", ""},
		// The draft treaty: the NYT was read only in reprints, so the
		// ban on foreign forces and the EU clause keep one origin.
		{"istanbul-draft-treaty-2022-04", "1.c", StatePresent, ConfidenceSingleSource},
		{"istanbul-draft-treaty-2022-04", "10", StatePresent, ConfidenceSingleSource},
		{"istanbul-draft-treaty-2022-04", "6.a", StateDisputed, ConfidenceConfirmed},
		// The Peace Formula: AFP and Al Jazeera report the wider grain scheme.
		{"ukraine-peace-formula-2022-11", "2.a", StatePresent, ConfidenceConfirmed},
		{"ukraine-peace-formula-2022-11", "2.b", StatePresent, ConfidenceSingleSource},
		// China: AP, The Washington Post, NHK and the Ukrainian News agency
		// report the paper; the ministry's text counts once.
		{"china-position-2023-02", "1", StatePresent, ConfidenceConfirmed},
		{"china-position-2023-02", "6", StatePresent, ConfidenceConfirmed},
		{"china-position-2023-02", "11", StatePresent, ConfidenceConfirmed},
		{"china-position-2023-02", "12", StatePresent, ConfidenceConfirmed},
		// Kellogg–Fleitz: Responsible Statecraft quotes the final stage of
		// sanctions relief; the partial stage has one account.
		{"kellogg-fleitz-plan-2024-04", "4.a", StatePresent, ConfidenceSingleSource},
		{"kellogg-fleitz-plan-2024-04", "4.b", StatePresent, ConfidenceConfirmed},
		{"kellogg-fleitz-plan-2024-04", "2", StatePresent, ConfidenceSingleSource},
		// Putin's terms: the transcript's copies do not confirm 7.b.
		{"russia-terms-2024-06", "5.a", StatePresent, ConfidenceConfirmed},
		{"russia-terms-2024-06", "7.b", StatePresent, ConfidenceSingleSource},
		// The counter-proposal: every relay carries one Reuters scoop.
		{"europe-ukraine-counter-2025-04", "6", StatePresent, ConfidenceSingleSource},
		{"europe-ukraine-counter-2025-04", "15", StatePresent, ConfidenceSingleSource},
		// The Russian memorandum: TASS's text cannot confirm a point, and
		// only I.1 has two reputable origins besides it.
		{"russia-memorandum-2025-06", "I.1", StatePresent, ConfidenceConfirmed},
		{"russia-memorandum-2025-06", "I.2", StatePresent, ConfidenceSingleSource},
		{"russia-memorandum-2025-06", "I.5", StatePresent, ConfidenceSingleSource},
		{"russia-memorandum-2025-06", "II.b.4", StatePresent, ConfidenceSingleSource},
		// The Ukrainian memorandum: Suspilne and Reuters each saw it.
		{"ukraine-memorandum-2025-06", "2", StatePresent, ConfidenceConfirmed},
		{"ukraine-memorandum-2025-06", "2.a", StatePresent, ConfidenceConfirmed},
		{"ukraine-memorandum-2025-06", "2.b", StatePresent, ConfidenceSingleSource},
		{"ukraine-memorandum-2025-06", "8", StatePresent, ConfidenceSingleSource},
		// Jeddah: the official text counts once; the opening lines have no
		// independent report.
		{"us-ukraine-jeddah-2025-03", "1", StatePresent, ConfidenceSingleSource},
		{"us-ukraine-jeddah-2025-03", "3", StatePresent, ConfidenceConfirmed},
		{"us-ukraine-jeddah-2025-03", "5.c", StatePresent, ConfidenceConfirmed},
		{"us-ukraine-jeddah-2025-03", "7", StatePresent, ConfidenceConfirmed},
		// October 2025: Bloomberg and RFE/RL each reported it; what only one
		// of them carries is single-source.
		{"europe-ukraine-12-point-2025-10", "I.b", StatePresent, ConfidenceConfirmed},
		{"europe-ukraine-12-point-2025-10", "I.d", StatePresent, ConfidenceSingleSource},
		{"europe-ukraine-12-point-2025-10", "II.e", StatePresent, ConfidenceConfirmed},
		{"europe-ukraine-12-point-2025-10", "II.f", StatePresent, ConfidenceSingleSource},
		{"europe-ukraine-12-point-2025-10", "II.g", StatePresent, ConfidenceSingleSource},
	}
	for _, tc := range tests {
		f := c.Get(tc.id)
		if f == nil {
			t.Fatalf("%s: not in the corpus", tc.id)
		}
		pr := f.Provision(tc.point)
		switch {
		case tc.state == "" && pr != nil:
			t.Errorf("%s: point %s is a provision, want it out of the text (in the notes)", tc.id, tc.point)
		case tc.state == "":
		case pr == nil:
			t.Errorf("%s: no point %s", tc.id, tc.point)
		case pr.State.Or() != tc.state || pr.Confidence != tc.conf:
			t.Errorf("%s point %s: %s, %s; want %s, %s", tc.id, tc.point, pr.State.Or(), pr.Confidence, tc.state, tc.conf)
		}
	}
}

// earlySource is the expected kind and relay of one source.
type earlySource struct {
	id, source string
	kind       SourceKind
	relays     string
}

func TestEarlySources(t *testing.T) {
	c := embedded(t)
	tests := []earlySource{
		// The Kyiv Post prints The Telegraph's translation.
		{"minsk-ii-2015-02", "kyivpost-text", KindNewspaper, "The Telegraph"},
		{"istanbul-communique-2022-03", "glostat-nyt", KindAggregator, "The New York Times"},
		{"istanbul-draft-treaty-2022-04", "nyt-sticking-points", KindAggregator, "The New York Times"},
		// China is not a party to the war: its state media are newspapers and
		// broadcasters, relaying the ministry's text.
		{"china-position-2023-02", "globaltimes", KindNewspaper, "Ministry of Foreign Affairs of China"},
		{"china-position-2023-02", "cgtn-eu", KindBroadcaster, "Ministry of Foreign Affairs of China"},
		{"china-position-2023-02", "unionleader", KindNewspaper, "The Washington Post"},
		{"china-position-2023-02", "sputnik-sanctions", KindStateAffiliated, ""},
		{"kellogg-fleitz-plan-2024-04", "afpi-scribd", KindAggregator, "America First Policy Institute"},
		{"kellogg-fleitz-plan-2024-04", "tidefans", KindForum, ""},
		{"russia-terms-2024-06", "transcript-mirage", KindAggregator, "Kremlin transcript"},
		{"russia-terms-2024-06", "narod-novosti", KindStateAffiliated, ""},
		{"us-final-offer-2025-04", "onlineua-reuters", KindNewspaper, "Reuters"},
		{"europe-ukraine-counter-2025-04", "eupravda-reuters", KindNewspaper, "Reuters"},
		{"russia-memorandum-2025-06", "unn-russianmedia", KindAgency, "TASS"},
		// RBC-Ukraine's memorandum page reports what Reuters reviewed.
		{"ukraine-memorandum-2025-06", "rbc-ua", KindNewspaper, "Reuters"},
		{"us-ukraine-jeddah-2025-03", "statedept-uisgda", KindAggregator, "U.S. Department of State"},
		{"us-ukraine-jeddah-2025-03", "piacesprofit-mti", KindAggregator, "MTI"},
		{"europe-ukraine-12-point-2025-10", "liga-rferl", KindNewspaper, "RFE/RL (Radio Svoboda)"},
		{"europe-ukraine-12-point-2025-10", "knews-rferl", KindAggregator, "RFE/RL (Radio Svoboda)"},
	}
	for _, tc := range tests {
		f := c.Get(tc.id)
		if f == nil {
			t.Fatalf("%s: not in the corpus", tc.id)
		}
		i := slices.IndexFunc(f.Proposal.Sources, func(s Source) bool { return s.ID == tc.source })
		if i < 0 {
			t.Errorf("%s: no source %s", tc.id, tc.source)
			continue
		}
		if s := f.Proposal.Sources[i]; s.Kind != tc.kind || s.Relays != tc.relays {
			t.Errorf("%s: source %s is %s relaying %q, want %s relaying %q", tc.id, tc.source, s.Kind, s.Relays, tc.kind, tc.relays)
		}
	}
}

// earlyTerm is a check of one typed term of one text.
type earlyTerm struct {
	id, what string
	check    func(p *Proposal) error
}

func TestEarlyTerms(t *testing.T) {
	c := embedded(t)
	tests := []earlyTerm{
		{"minsk-ii-2015-02", "point 10 bars every foreign force, no state named", func(p *Proposal) error {
			return earlyForces(p, []ForeignTroops{{Who: "FOREIGN", In: "UA", Rule: "prohibited", Points: []string{"10"}}})
		}},
		{"istanbul-communique-2022-03", "no line-of-contact term: it rested on a negotiator's remark", func(p *Proposal) error {
			if p.Territory != nil && p.Territory.LineOfContact != nil {
				return fmt.Errorf("line of contact = %+v, want none", p.Territory.LineOfContact)
			}
			if !slices.Contains(p.UnknownTerms, "territory") {
				return fmt.Errorf("unknown_terms = %v, want territory (the items after the fifth were not read)", p.UnknownTerms)
			}
			return nil
		}},
		{"istanbul-communique-2022-03", "no foreign bases or contingents at all (item 4)", func(p *Proposal) error {
			return earlyForces(p, []ForeignTroops{{Who: "FOREIGN", In: "UA", When: "always", Rule: "prohibited", Points: []string{"1"}}})
		}},
		{"istanbul-communique-2022-03", "the Donbas areas negotiable as our reading, Crimea as stated", func(p *Proposal) error {
			for code, want := range map[string]Basis{"UA-14": BasisReading, "UA-09": BasisReading, "UA-43": BasisStated, "UA-40": BasisStated} {
				r := earlyRegion(p, code)
				if r == nil || r.Status != "negotiable" || earlyBasis(r.Basis) != want {
					return fmt.Errorf("%s = %+v, want negotiable, %s", code, r, want)
				}
			}
			return nil
		}},
		{"istanbul-communique-2022-03", "Türkiye and Italy are guarantors on the text's list", func(p *Proposal) error {
			return earlyGuarantors(p, "US", "UK", "FR", "CN", "RU", "TR", "DE", "CA", "IT", "PL", "IL")
		}},
		{"istanbul-draft-treaty-2022-04", "no state's bases, contingents or weapons, the guarantors' included", func(p *Proposal) error {
			return earlyForces(p, []ForeignTroops{{Who: "FOREIGN", In: "UA", When: "always", Rule: "prohibited", Points: []string{"1.c", "5", "7"}}})
		}},
		{"istanbul-draft-treaty-2022-04", "both sides' caps stated, peacetime as our reading", func(p *Proposal) error {
			want := map[string]int{"RU": 85000, "UA": 250000}
			for _, cp := range p.Military.Caps {
				if cp.Party != "UA" || cp.Personnel != want[cp.ProposedBy] || cp.Applies != AppliesPeacetime || cp.Basis != BasisReading {
					return fmt.Errorf("cap %+v, want %d proposed by %s, peacetime as our reading", cp, want[cp.ProposedBy], cp.ProposedBy)
				}
				delete(want, cp.ProposedBy)
			}
			if len(want) > 0 {
				return fmt.Errorf("no cap proposed by %v", want)
			}
			return nil
		}},
		{"istanbul-draft-treaty-2022-04", "the Donbas left to the presidents is our reading", func(p *Proposal) error {
			for _, code := range []string{"UA-14", "UA-09"} {
				if r := earlyRegion(p, code); r == nil || r.Status != "negotiable" || r.Basis != BasisReading {
					return fmt.Errorf("%s = %+v, want negotiable as our reading", code, r)
				}
			}
			return nil
		}},
		{"istanbul-draft-treaty-2022-04", "a mirror that inflates Ukraine's figure backs no variant of 6.a", func(p *Proposal) error {
			pr := earlyProvision(p, "6.a")
			for _, v := range pr.Variants {
				if slices.Contains(v.Sources, "newspravda-nyt") {
					return fmt.Errorf("variant %s cites newspravda-nyt", v.Party)
				}
			}
			if slices.Contains(pr.Sources, "newspravda-nyt") {
				return fmt.Errorf("6.a cites newspravda-nyt")
			}
			return nil
		}},
		{"ukraine-peace-formula-2022-11", "the 1991 borders, the regions and the rest are our reading: the Formula names none", func(p *Proposal) error {
			if l := p.Territory.LineOfContact; l == nil || l.Rule != "restored-1991" || l.Basis != BasisReading {
				return fmt.Errorf("line of contact = %+v, want restored-1991 as our reading", l)
			}
			if o := p.Territory.Others; o == nil || o.Status != "ukrainian" || o.Basis != BasisReading {
				return fmt.Errorf("others = %+v, want ukrainian as our reading", o)
			}
			for _, r := range p.Territory.Regions {
				if r.Basis != BasisReading {
					return fmt.Errorf("%s is %s, want our reading", r.Region, earlyBasis(r.Basis))
				}
			}
			return nil
		}},
		{"ukraine-peace-formula-2022-11", "Russian forces leave (point 6)", func(p *Proposal) error {
			return earlyForces(p, []ForeignTroops{{Who: "RU", In: "UA", Rule: "prohibited", Points: []string{"6"}}})
		}},
		{"china-position-2023-02", "bloc expansion opposed, as our reading of NATO enlargement", func(p *Proposal) error {
			if e := p.NATO.Enlargement; e == nil || e.Rule != "halted" || e.Basis != BasisReading {
				return fmt.Errorf("enlargement = %+v, want halted as our reading", e)
			}
			if p.Territory != nil || p.Military != nil || len(p.Guarantees) > 0 {
				return fmt.Errorf("territory, military or guarantees typed; the paper is silent on them")
			}
			return nil
		}},
		{"kellogg-fleitz-plan-2024-04", "NATO membership deferred by an understanding with Russia", func(p *Proposal) error {
			if m := p.NATO.Membership; m == nil || m.Rule != "deferred" || m.Basis == BasisReading {
				return fmt.Errorf("membership = %+v, want a stated deferred", m)
			}
			return nil
		}},
		{"kellogg-fleitz-plan-2024-04", "the unnamed bilateral partners are our reading", func(p *Proposal) error {
			if len(p.Guarantees) != 1 || p.Guarantees[0].Guarantor != "WEST" || p.Guarantees[0].Basis != BasisReading {
				return fmt.Errorf("guarantees = %+v, want WEST as our reading", p.Guarantees)
			}
			return nil
		}},
		{"russia-terms-2024-06", "a cap on Ukraine's forces demanded without a figure", func(p *Proposal) error {
			return earlyCaps(p, LimitUnspecified, "5", "5.a")
		}},
		{"us-final-offer-2025-04", "NATO renounced by Ukraine, not barred; the freeze and Sevastopol our reading", func(p *Proposal) error {
			if m := p.NATO.Membership; m == nil || m.Rule != "renounced" || m.Basis == BasisReading {
				return fmt.Errorf("membership = %+v, want a stated renounced", m)
			}
			if l := p.Territory.LineOfContact; l == nil || l.Rule != "frozen" || l.Basis != BasisReading {
				return fmt.Errorf("line of contact = %+v, want frozen as our reading", l)
			}
			for code, want := range map[string]Basis{"UA-43": BasisStated, "UA-40": BasisReading, "UA-48": BasisReading} {
				if r := earlyRegion(p, code); r == nil || earlyBasis(r.Basis) != want {
					return fmt.Errorf("%s = %+v, want %s", code, r, want)
				}
			}
			if p.Military != nil {
				return fmt.Errorf("military = %+v, want none: the text has no rule on forces", p.Military)
			}
			return nil
		}},
		{"europe-ukraine-counter-2025-04", "no limit on Ukraine's forces", func(p *Proposal) error {
			return earlyCaps(p, LimitNone, "6")
		}},
		{"europe-ukraine-counter-2025-04", "friendly foreign forces unrestricted, not the guarantor group", func(p *Proposal) error {
			return earlyForces(p, []ForeignTroops{{Who: "FRIENDLY", In: "UA", Rule: "allowed", Points: []string{"7.b"}}})
		}},
		{"europe-ukraine-counter-2025-04", "membership left to the Allies' consensus is our reading", func(p *Proposal) error {
			if m := p.NATO.Membership; m == nil || m.Rule != "requires-consensus" || m.Basis != BasisReading {
				return fmt.Errorf("membership = %+v, want requires-consensus as our reading", m)
			}
			return nil
		}},
		{"russia-memorandum-2025-06", "every third state barred, not only the West", func(p *Proposal) error {
			return earlyForces(p, []ForeignTroops{{Who: "FOREIGN", In: "UA", Rule: "prohibited", Points: []string{"I.2", "II.b.4", "II.b.5"}}})
		}},
		{"russia-memorandum-2025-06", "caps demanded without figures", func(p *Proposal) error {
			return earlyCaps(p, LimitUnspecified, "I.5")
		}},
		{"ukraine-memorandum-2025-06", "no limit on Ukraine's forces", func(p *Proposal) error {
			return earlyCaps(p, LimitNone, "6", "6.a")
		}},
		{"ukraine-memorandum-2025-06", "friendly foreign troops unrestricted", func(p *Proposal) error {
			return earlyForces(p, []ForeignTroops{{Who: "FRIENDLY", In: "UA", Rule: "allowed", Points: []string{"6", "6.b"}}})
		}},
		{"ukraine-memorandum-2025-06", "NATO left to the Allies' consensus, as stated", func(p *Proposal) error {
			if m := p.NATO.Membership; m == nil || m.Rule != "requires-consensus" || m.Basis == BasisReading {
				return fmt.Errorf("membership = %+v, want a stated requires-consensus", m)
			}
			return nil
		}},
		{"us-ukraine-jeddah-2025-03", "a truce offer and aid, no typed term", func(p *Proposal) error {
			if p.Territory != nil || p.Military != nil || p.NATO != nil || len(p.Guarantees) > 0 || len(p.UnknownTerms) > 0 {
				return fmt.Errorf("typed terms present; the statement sets none")
			}
			if !slices.Equal(p.Proposers, []string{"US", "UA"}) || p.Status != StatusOfficial {
				return fmt.Errorf("proposers %v, status %s; want US and UA, official", p.Proposers, p.Status)
			}
			return nil
		}},
		{"europe-ukraine-12-point-2025-10", "the front frozen, no region given a status, the coalition's guarantee", func(p *Proposal) error {
			tr := p.Territory
			if tr == nil || tr.LineOfContact == nil || tr.LineOfContact.Rule != "frozen" || tr.LineOfContact.Basis == BasisReading {
				return fmt.Errorf("line of contact = %+v, want a stated freeze", tr)
			}
			if len(tr.Regions) > 0 || tr.Others != nil || len(tr.Zones) > 0 {
				return fmt.Errorf("regions %v, others %v, zones %v; want none: no region is named", tr.Regions, tr.Others, tr.Zones)
			}
			if tr.NonUseOfForce == nil || !tr.NonUseOfForce.Value {
				return fmt.Errorf("non-use of force = %+v, want true", tr.NonUseOfForce)
			}
			if err := earlyGuarantors(p, "COW"); err != nil {
				return err
			}
			if p.Military != nil || p.NATO != nil || p.NuclearPlant != nil {
				return fmt.Errorf("military, NATO or plant typed; none was reported")
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

// earlyForces checks p's rules on foreign forces against want, in order:
// who, host, place, time, rule, basis and points.
func earlyForces(p *Proposal, want []ForeignTroops) error {
	var got []ForeignTroops
	if p.Military != nil {
		got = p.Military.ForeignTroops
	}
	if len(got) != len(want) {
		return fmt.Errorf("%d rules on foreign forces, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Who != w.Who || g.In != w.In || g.Where != w.Where || g.When != w.When || g.Rule != w.Rule ||
			earlyBasis(g.Basis) != earlyBasis(w.Basis) || !slices.Equal(g.Points, w.Points) {
			return fmt.Errorf("rule %d = %s in %s (%s, %s) %s, %s, points %v; want %s in %s (%s, %s) %s, %s, points %v", i,
				g.Who, g.In, g.Where, g.When, g.Rule, earlyBasis(g.Basis), g.Points,
				w.Who, w.In, w.Where, w.When, w.Rule, earlyBasis(w.Basis), w.Points)
		}
	}
	return nil
}

// earlyBasis is b, or stated when b is empty.
func earlyBasis(b Basis) Basis {
	if b == "" {
		return BasisStated
	}
	return b
}

// earlyRegion is p's term on the region code, or nil.
func earlyRegion(p *Proposal, code string) *RegionTerm {
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

// earlyGuarantors checks that p's guarantors are want, in order.
func earlyGuarantors(p *Proposal, want ...string) error {
	var got []string
	for _, g := range p.Guarantees {
		got = append(got, g.Guarantor)
	}
	if !slices.Equal(got, want) {
		return fmt.Errorf("guarantors %v, want %v", got, want)
	}
	return nil
}

// earlyProvision is p's point label, or an empty provision.
func earlyProvision(p *Proposal, label string) *Provision {
	for i := range p.Provisions {
		if p.Provisions[i].Point == label {
			return &p.Provisions[i]
		}
	}
	return &Provision{}
}

// earlyCaps checks that p has one stated cap on Ukraine's forces, of the
// kind limit (no figure), resting on points.
func earlyCaps(p *Proposal, limit CapLimit, points ...string) error {
	if p.Military == nil || len(p.Military.Caps) != 1 {
		return fmt.Errorf("want one cap on UA")
	}
	c := p.Military.Caps[0]
	if c.Party != "UA" || c.Limit != limit || c.Personnel != 0 || c.Basis == BasisReading || !slices.Equal(c.Points, points) {
		return fmt.Errorf("cap = %+v, want a stated limit %s on UA, no figure, points %v", c, limit, points)
	}
	return nil
}
