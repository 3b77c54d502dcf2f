package proposals

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// The December 2025 texts as the audit left them: these tables pin their
// key terms, point states and packages, so that a later edit cannot undo a
// finding of the audit without a test saying so.

const (
	twenty   = "ukraine-us-20-point-2025-12"
	usPack   = "us-package-2025-12"
	kyivDec  = "ukraine-revised-20-point-2025-12"
	offer    = "us-berlin-guarantee-offer-2025-12"
	berlin   = "europe-berlin-statement-2025-12"
	uaUS     = "us-ukraine-bilateral-guarantee-2025-12"
	trio     = "us-europe-ukraine-guarantee-2025-12"
	prospers = "ukraine-prosperity-plan-2025-12"
)

func decProposal(t *testing.T, c *Corpus, id string) *Proposal {
	t.Helper()
	f := c.Get(id)
	if f == nil {
		t.Fatalf("%s: not in the corpus", id)
	}
	return f.Proposal
}

func regionTerm(p *Proposal, code string) *RegionTerm {
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

// positions is "UA=a US=b" for a region's drafters' positions.
func positions(r *RegionTerm) string {
	var out []string
	for _, ps := range r.Positions {
		out = append(out, ps.Party+"="+ps.Status)
	}
	return strings.Join(out, " ")
}

// TestCorpusDecRegions: the regions each text names, with status, basis
// and the drafters' positions ("" when the region has no status).
func TestCorpusDecRegions(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		id, region, status string
		reading            bool
		positions          string
	}{
		// Point 14 names eight oblasts and neither Crimea nor Sevastopol.
		{twenty, "UA-43", "", false, ""},
		{twenty, "UA-40", "", false, ""},
		// Only the drafters hold positions on Donetsk; Russia's demand is a note.
		{twenty, "UA-14", "disputed", false, "UA=frozen-on-line-of-contact US=demilitarized"},
		{twenty, "UA-09", "frozen-on-line-of-contact", false, ""},
		{twenty, "UA-23", "frozen-on-line-of-contact", false, ""},
		{twenty, "UA-65", "frozen-on-line-of-contact", false, ""},
		{twenty, "UA-12", "ukrainian", true, ""},
		{twenty, "UA-48", "ukrainian", true, ""},
		{twenty, "UA-59", "ukrainian", true, ""},
		{twenty, "UA-63", "ukrainian", true, ""},
		// ZN.ua's relays say "control confirmed", not in law or in fact.
		{usPack, "UA-43", "russian-de-facto", true, ""},
		{usPack, "UA-09", "russian-de-facto", true, ""},
		{usPack, "UA-14", "russian-de-facto", true, ""},
		{usPack, "UA-40", "", false, ""},
		{usPack, "UA-23", "frozen-on-line-of-contact", false, ""},
		// The relays do not name the oblasts Russia would leave.
		{usPack, "UA-63", "", false, ""},
		// Washington's zone is not in Kyiv's text: no US position.
		{kyivDec, "UA-14", "frozen-on-line-of-contact", true, ""},
		{kyivDec, "UA-09", "", false, ""},
		{kyivDec, "UA-43", "", false, ""},
		{kyivDec, "UA-63", "ukrainian", true, ""},
	}
	for _, tc := range tests {
		r := regionTerm(decProposal(t, c, tc.id), tc.region)
		if tc.status == "" {
			if r != nil {
				t.Errorf("%s: %s has status %s; the text does not name it", tc.id, tc.region, r.Status)
			}
			continue
		}
		if r == nil {
			t.Errorf("%s: %s has no status, want %s", tc.id, tc.region, tc.status)
			continue
		}
		got := fmt.Sprintf("%s reading=%v [%s]", r.Status, r.Basis == BasisReading, positions(r))
		want := fmt.Sprintf("%s reading=%v [%s]", tc.status, tc.reading, tc.positions)
		if got != want {
			t.Errorf("%s: %s = %s, want %s", tc.id, tc.region, got, want)
		}
	}
	for _, id := range []string{twenty, usPack, kyivDec} {
		if p := decProposal(t, c, id); p.Territory != nil && p.Territory.Others != nil {
			t.Errorf("%s: every region not named is %s; no point says so", id, p.Territory.Others.Status)
		}
	}
}

// TestCorpusDecLines: the rule for the line of contact, with the drafters'
// variants.
func TestCorpusDecLines(t *testing.T) {
	c := embedded(t)
	tests := []struct{ id, rule, variants string }{
		{twenty, "disputed", "UA=frozen US=frozen"},
		{usPack, "frozen", ""},
		{kyivDec, "frozen", ""},
	}
	for _, tc := range tests {
		p := decProposal(t, c, tc.id)
		if p.Territory == nil || p.Territory.LineOfContact == nil {
			t.Errorf("%s: no line of contact", tc.id)
			continue
		}
		l := p.Territory.LineOfContact
		var vs []string
		for _, v := range l.Variants {
			vs = append(vs, v.Party+"="+v.Value)
		}
		if l.Rule != tc.rule || strings.Join(vs, " ") != tc.variants {
			t.Errorf("%s: line of contact %s [%s], want %s [%s]", tc.id, l.Rule, strings.Join(vs, " "), tc.rule, tc.variants)
		}
	}
}

// TestCorpusDecForces: the rules on foreign forces, and the caps (the
// 800,000 of the Berlin texts is a level to support, not a cap).
func TestCorpusDecForces(t *testing.T) {
	c := embedded(t)
	tests := []struct{ id, want string }{
		{twenty, "INTL in UA contact-line after-agreement deployed (14.d)"},
		{offer, "EUROPE in UA   deployed (documents)"},
		{berlin, "COW in UA  after-agreement deployed (2)"},
		{trio, "EUROPE in UA   deployed (military)"},
		{usPack, ""},
		{uaUS, ""},
	}
	for _, tc := range tests {
		p := decProposal(t, c, tc.id)
		var got []string
		if p.Military != nil {
			for _, ft := range p.Military.ForeignTroops {
				got = append(got, fmt.Sprintf("%s in %s %s %s %s (%s)", ft.Who, ft.In, ft.Where, ft.When, ft.Rule, strings.Join(ft.Points, ", ")))
			}
		}
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%s: foreign forces %q, want %q", tc.id, strings.Join(got, "; "), tc.want)
		}
	}
	if cp := capOn(decProposal(t, c, twenty), "UA"); cp == nil || cp.Personnel != 800000 || cp.Applies != AppliesPeacetime || cp.Limit.Or() != LimitFigure {
		t.Errorf("%s: cap on UA = %+v, want 800000 in peacetime", twenty, cp)
	}
	for _, id := range []string{offer, berlin, trio} {
		if p := decProposal(t, c, id); p.Military != nil && len(p.Military.Caps) > 0 {
			t.Errorf("%s: a cap %+v; the text supports 800,000, it does not cap the army", id, p.Military.Caps[0])
		}
	}
}

// TestCorpusDecGuarantees: guarantor, kind, basis and term of years.
func TestCorpusDecGuarantees(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		id, guarantor, kind string
		reading             bool
		years               int
	}{
		{twenty, "US", "article-5-like", false, 0},
		{twenty, "EUROPE", "article-5-like", false, 0},
		{kyivDec, "US", "unspecified", false, 0},
		{offer, "US", "article-5-like", false, 0},
		{berlin, "EUROPE", "collective", false, 0},
		{berlin, "US", "monitoring", false, 0},
		{uaUS, "US", "article-5-like", true, 15},
		{trio, "US", "article-5-like", true, 0},
		{trio, "EUROPE", "article-5-like", true, 0},
	}
	for _, tc := range tests {
		p := decProposal(t, c, tc.id)
		i := slices.IndexFunc(p.Guarantees, func(g Guarantee) bool { return g.Guarantor == tc.guarantor })
		if i < 0 {
			t.Errorf("%s: no guarantee by %s", tc.id, tc.guarantor)
			continue
		}
		g := p.Guarantees[i]
		years := 0
		if g.DurationYears != nil {
			years = *g.DurationYears
		}
		if string(g.Kind) != tc.kind || (g.Basis == BasisReading) != tc.reading || years != tc.years {
			t.Errorf("%s: guarantee by %s = %s reading=%v %d years, want %s reading=%v %d years",
				tc.id, tc.guarantor, g.Kind, g.Basis == BasisReading, years, tc.kind, tc.reading, tc.years)
		}
	}
	if n := decProposal(t, c, twenty).NATO; n != nil {
		t.Errorf("%s: NATO terms %+v; the 20 points leave NATO out", twenty, n)
	}
	if m := decProposal(t, c, kyivDec).NATO; m == nil || m.Membership == nil || m.Membership.Rule != "open" || m.Membership.Basis != BasisReading {
		t.Errorf("%s: NATO membership %+v, want open as our reading", kyivDec, m)
	}
}

// TestCorpusDecPoints: point states, confidence, and the drafters of each
// disputed point.
func TestCorpusDecPoints(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		id, point string
		state     ProvisionState
		conf      Confidence
		variants  string
	}{
		{twenty, "14", StateDisputed, ConfidenceConfirmed, "UA US"},
		{twenty, "14.a", StateDisputed, ConfidenceConfirmed, "UA US"},
		{twenty, "14.c", StatePresent, ConfidenceSingleSource, ""},
		{twenty, "14.d", StatePresent, ConfidenceSingleSource, ""},
		{twenty, "12", StateDisputed, ConfidenceConfirmed, "US UA"},
		{twenty, "15", StateUnknown, ConfidenceInferred, ""},
		{twenty, "8", StatePresent, ConfidenceSingleSource, ""},
		{twenty, "17.a", StatePresent, ConfidenceConfirmed, ""},
		{usPack, "7", StateMoved, ConfidenceSingleSource, ""},
		{usPack, "10", StateMoved, ConfidenceSingleSource, ""},
		{usPack, "26", StateDeleted, ConfidenceSingleSource, ""},
		{usPack, "force", StatePresent, ConfidenceSingleSource, ""},
		{kyivDec, "territory", StatePresent, ConfidenceSingleSource, ""},
		{kyivDec, "referendum", StatePresent, ConfidenceSingleSource, ""},
		{kyivDec, "unknown12", StateUnknown, ConfidenceInferred, ""},
		{offer, "art5", StatePresent, ConfidenceConfirmed, ""},
		{offer, "deadline", StatePresent, ConfidenceConfirmed, ""},
		{offer, "senate", StatePresent, ConfidenceSingleSource, ""},
		{berlin, "1", StatePresent, ConfidenceConfirmed, ""},
		{berlin, "6", StatePresent, ConfidenceSingleSource, ""},
		{uaUS, "duration", StatePresent, ConfidenceConfirmed, ""},
		{uaUS, "ratification", StatePresent, ConfidenceConfirmed, ""},
		{uaUS, "content", StateUnknown, ConfidenceInferred, ""},
		{uaUS, "sequencing", StateDisputed, ConfidenceSingleSource, "UA US"},
		{trio, "principles", StateUnknown, ConfidenceSingleSource, ""},
		{prospers, "target", StatePresent, ConfidenceConfirmed, ""},
		{prospers, "condition", StatePresent, ConfidenceSingleSource, ""},
	}
	for _, tc := range tests {
		f := c.Get(tc.id)
		if f == nil {
			t.Errorf("%s: not in the corpus", tc.id)
			continue
		}
		pr := f.Provision(tc.point)
		if pr == nil {
			t.Errorf("%s: no point %s", tc.id, tc.point)
			continue
		}
		var vs []string
		for _, v := range pr.Variants {
			vs = append(vs, v.Party)
		}
		if pr.State.Or() != tc.state || pr.Confidence != tc.conf || strings.Join(vs, " ") != tc.variants {
			t.Errorf("%s %s: %s, %s, variants [%s]; want %s, %s, [%s]", tc.id, tc.point,
				pr.State.Or(), pr.Confidence, strings.Join(vs, " "), tc.state, tc.conf, tc.variants)
		}
	}
	// Point 14 says what it names: eight oblasts, Crimea not among them.
	p14 := c.Get(twenty).Provision("14").Text
	for _, oblast := range []string{"Donetsk", "Luhansk", "Zaporizhzhia", "Kherson", "Kharkiv", "Sumy", "Dnipropetrovsk", "Mykolaiv", "Crimea is not mentioned"} {
		if !strings.Contains(strings.Join(strings.Fields(p14), " "), oblast) {
			t.Errorf("%s 14: the text does not say %q", twenty, oblast)
		}
	}
	// Every point of the single-origin US package is single-source at best.
	for _, pr := range decProposal(t, c, usPack).Provisions {
		if pr.Confidence == ConfidenceConfirmed {
			t.Errorf("%s %s: confirmed on one origin (ZN.ua)", usPack, pr.Point)
		}
	}
}

// TestCorpusDecSources: the kinds the one rule gives the sources the audit
// retyped.
func TestCorpusDecSources(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		id, source string
		kind       SourceKind
	}{
		{twenty, "ukrinform", KindStateAffiliated},
		{twenty, "thegaze", KindAggregator},
		{twenty, "objectiv-list", KindAggregator},
		{twenty, "tv24-withdrawal", KindBroadcaster},
		{usPack, "lenta-zn", KindStateAffiliated},
		{usPack, "interfax-zn", KindAgency},
		{berlin, "govuk-statement", KindOfficial},
	}
	for _, tc := range tests {
		p := decProposal(t, c, tc.id)
		i := slices.IndexFunc(p.Sources, func(s Source) bool { return s.ID == tc.source })
		if i < 0 {
			t.Errorf("%s: no source %s", tc.id, tc.source)
		} else if p.Sources[i].Kind != tc.kind {
			t.Errorf("%s: source %s is %s, want %s", tc.id, tc.source, p.Sources[i].Kind, tc.kind)
		}
	}
}

// TestCorpusDecLineage: the December texts' lineage and packages.
func TestCorpusDecLineage(t *testing.T) {
	c := embedded(t)
	lineage := []struct {
		id, target string
		rel        Relation
	}{
		{twenty, kyivDec, RelationRevises},
		{usPack, "us-28-point-2025-11", RelationRevises},
		{kyivDec, "us-ukraine-geneva-2025-11", RelationRevises},
		{kyivDec, usPack, RelationAnswers},
		{offer, kyivDec, RelationAnswers},
		{uaUS, offer, RelationRevises},
	}
	for _, tc := range lineage {
		if p := decProposal(t, c, tc.id); !slices.Contains(p.Supersedes, Lineage{ID: tc.target, Relation: tc.rel}) {
			t.Errorf("%s supersedes %v, want %s %s", tc.id, p.Supersedes, tc.rel, tc.target)
		}
	}
	packages := []struct {
		id, pkg string
		role    PackageRole
	}{
		{twenty, "us-ukraine-framework-2025-12", RoleCore},
		{uaUS, "us-ukraine-framework-2025-12", RoleCompanion},
		{trio, "us-ukraine-framework-2025-12", RoleCompanion},
		{prospers, "us-ukraine-framework-2025-12", RoleCompanion},
		{usPack, "us-four-documents-2025-12", RoleCore},
		{kyivDec, "ukraine-revised-framework-2025-12", RoleCore},
		{offer, "", ""},
		{berlin, "", ""},
	}
	for _, tc := range packages {
		p := decProposal(t, c, tc.id)
		var got PackageRef
		if p.Package != nil {
			got = *p.Package
		}
		if got != (PackageRef{ID: tc.pkg, Role: tc.role}) {
			t.Errorf("%s: package %+v, want %s %s", tc.id, got, tc.pkg, tc.role)
		}
		if tc.pkg == "" {
			continue
		}
		if pk := c.Timeline.Package(tc.pkg); pk == nil || !slices.Contains(pk.Members, tc.id) {
			t.Errorf("package %s does not list %s", tc.pkg, tc.id)
		}
	}
	if pk := c.Timeline.Package("us-four-documents-2025-12"); pk == nil || len(pk.Unreported) != 3 {
		t.Errorf("us-four-documents-2025-12: want the three papers that have no file, got %+v", pk)
	}
}
