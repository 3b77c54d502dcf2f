package redlines

import (
	"slices"

	"github.com/peacediff/peacediff/proposals"
)

// Term is one typed term of a proposal as a rule sees it. Every kind of
// term has this one type, so that a rule can read terms of several kinds
// at once; each kind fills the fields listed in the package documentation
// and leaves the others at their zero value. The cel tags are the names
// rules use.
type Term struct {
	// Term is the kind: line_of_contact, region, zone, non_use_of_force,
	// cap, weapons, foreign_troops, nato.membership, nato.enlargement,
	// nato.stationing or guarantee.
	Term string `cel:"term"`

	Region       string            `cel:"region"`        // region: its ISO 3166-2 code
	Country      string            `cel:"country"`       // region, zone: the country of the region(s)
	Status       string            `cel:"status"`        // region: a value of the region-status scale
	Positions    map[string]string `cel:"positions"`     // region, disputed: party -> status
	RecognizedBy []string          `cel:"recognized_by"` // region: parties that recognise the status

	Rule string `cel:"rule"` // line_of_contact, foreign_troops, nato.*: a value of the term's scale
	// Rank is the place of Status or Rule on its scale, from 0; -1 when the
	// value has no place on it (disputed) or the term has no scale.
	Rank int `cel:"rank"`

	Value bool `cel:"value"` // non_use_of_force: true when committed to, false when rejected

	Kind      string   `cel:"kind"`      // zone, weapons, guarantee: the kind, as in the file
	Regions   []string `cel:"regions"`   // zone: the regions it lies in
	Sovereign string   `cel:"sovereign"` // zone: the party whose territory it is, if said

	Party      string `cel:"party"`       // cap, weapons: whose forces
	ProposedBy string `cel:"proposed_by"` // cap, weapons: who demands the figure, if recorded
	Personnel  int    `cel:"personnel"`   // cap: the ceiling
	Applies    string `cel:"applies"`     // cap: always, peacetime or wartime
	Limit      int    `cel:"limit"`       // weapons: the limit, in unit; 0 for a ban
	Banned     bool   `cel:"banned"`      // weapons: banned outright
	Unit       string `cel:"unit"`        // weapons: count, km or mm

	Who  string `cel:"who"`  // foreign_troops: whose forces
	Host string `cel:"host"` // foreign_troops: in whose territory (the file's "in")

	BarredBy []string `cel:"barred_by"` // nato.membership: the instruments of a bar

	Guarantor   string   `cel:"guarantor"`   // guarantee: who gives it
	Beneficiary string   `cel:"beneficiary"` // guarantee: who is guaranteed; UA unless the file says
	Triggers    []string `cel:"triggers"`    // guarantee
	Responses   []string `cel:"responses"`   // guarantee
	VoidIf      []string `cel:"void_if"`     // guarantee

	// Points are the labels of the points the term comes from.
	Points []string `cel:"points"`
}

// NATO holds the terms on the alliance; each list holds at most one term
// and is empty when the proposal is silent.
type NATO struct {
	Membership  []Term `cel:"membership"`
	Enlargement []Term `cel:"enlargement"`
	Stationing  []Term `cel:"stationing"`
}

// View is what rules see of one proposal: its typed terms, each kind a
// list that is empty when the proposal does not address it. Singular
// terms (the line of contact, the commitment not to use force, the NATO
// terms) are lists of at most one term, so that rules can join lists of
// different kinds with +.
type View struct {
	LineOfContact []Term
	Regions       []Term
	Zones         []Term
	NonUseOfForce []Term
	Caps          []Term
	Weapons       []Term
	ForeignTroops []Term
	NATO          NATO
	Guarantees    []Term
}

// vars returns the view as CEL variables.
func (v *View) vars() map[string]any {
	return map[string]any{
		"line_of_contact":  v.LineOfContact,
		"regions":          v.Regions,
		"zones":            v.Zones,
		"non_use_of_force": v.NonUseOfForce,
		"caps":             v.Caps,
		"weapons":          v.Weapons,
		"foreign_troops":   v.ForeignTroops,
		"nato":             v.NATO,
		"guarantees":       v.Guarantees,
	}
}

// NewView builds the view of a proposal. The catalogue gives each region
// its country and each scale value its rank.
func NewView(p *proposals.Proposal, cat *proposals.Catalog) *View {
	v := &View{}
	term := func(kind string, points []string) Term {
		return Term{Term: kind, Rank: -1, Points: slices.Clone(points), Positions: map[string]string{}}
	}
	ranked := func(kind, scale, value string, points []string) Term {
		t := term(kind, points)
		t.Rule = value
		t.Rank = rank(cat, scale, value)
		return t
	}
	if t := p.Territory; t != nil {
		if l := t.LineOfContact; l != nil {
			v.LineOfContact = []Term{ranked("line_of_contact", proposals.ScaleLineOfContact, l.Rule, l.Points)}
		}
		for _, r := range t.Regions {
			x := term("region", r.Points)
			x.Region, x.Country, x.Status = r.Region, country(cat, r.Region), r.Status
			x.Rank = rank(cat, proposals.ScaleRegionStatus, r.Status)
			x.RecognizedBy = slices.Clone(r.RecognizedBy)
			for _, ps := range r.Positions {
				x.Positions[ps.Party] = ps.Status
			}
			v.Regions = append(v.Regions, x)
		}
		for _, z := range t.Zones {
			x := term("zone", z.Points)
			x.Kind, x.Regions, x.Sovereign = string(z.Kind), slices.Clone(z.Regions), z.Sovereign
			if len(z.Regions) > 0 {
				x.Country = country(cat, z.Regions[0])
			}
			v.Zones = append(v.Zones, x)
		}
		if c := t.NonUseOfForce; c != nil {
			x := term("non_use_of_force", c.Points)
			x.Value = c.Value
			v.NonUseOfForce = []Term{x}
		}
	}
	if m := p.Military; m != nil {
		for _, c := range m.Caps {
			x := term("cap", c.Points)
			x.Party, x.ProposedBy, x.Personnel, x.Applies = c.Party, c.ProposedBy, c.Personnel, string(c.Applies)
			v.Caps = append(v.Caps, x)
		}
		for _, w := range m.Weapons {
			x := term("weapons", w.Points)
			x.Party, x.ProposedBy, x.Kind, x.Unit = w.Party, w.ProposedBy, w.Kind, string(w.Unit)
			if w.Value != nil {
				x.Limit = *w.Value
			} else {
				x.Banned = true
			}
			v.Weapons = append(v.Weapons, x)
		}
		for _, f := range m.ForeignTroops {
			x := ranked("foreign_troops", proposals.ScaleForeignTroops, f.Rule, f.Points)
			x.Who, x.Host = f.Who, f.In
			v.ForeignTroops = append(v.ForeignTroops, x)
		}
	}
	if n := p.NATO; n != nil {
		if m := n.Membership; m != nil {
			x := ranked("nato.membership", proposals.ScaleNATOMembership, m.Rule, m.Points)
			x.BarredBy = slices.Clone(m.BarredBy)
			v.NATO.Membership = []Term{x}
		}
		if e := n.Enlargement; e != nil {
			v.NATO.Enlargement = []Term{ranked("nato.enlargement", proposals.ScaleNATOEnlargement, e.Rule, e.Points)}
		}
		if s := n.Stationing; s != nil {
			v.NATO.Stationing = []Term{ranked("nato.stationing", proposals.ScaleForeignTroops, s.Rule, s.Points)}
		}
	}
	for _, g := range p.Guarantees {
		x := term("guarantee", g.Points)
		x.Guarantor, x.Beneficiary, x.Kind = g.Guarantor, g.Beneficiary, string(g.Kind)
		if x.Beneficiary == "" {
			x.Beneficiary = "UA"
		}
		x.Triggers, x.Responses, x.VoidIf = slices.Clone(g.Triggers), slices.Clone(g.Responses), slices.Clone(g.VoidIf)
		v.Guarantees = append(v.Guarantees, x)
	}
	return v
}

// rank returns the place of value on the named scale, or -1.
func rank(cat *proposals.Catalog, scale, value string) int {
	if s := cat.Scale(scale); s != nil {
		if r, ok := s.Rank(value); ok {
			return r
		}
	}
	return -1
}

func country(cat *proposals.Catalog, code string) string {
	if r := cat.Region(code); r != nil {
		return r.Country
	}
	return ""
}
