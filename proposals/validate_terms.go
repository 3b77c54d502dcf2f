package proposals

import "fmt"

// terms checks the typed terms: scale values, catalogue codes, the points
// each term names, and one entry per key.
func (v *validator) terms() {
	p := v.p
	if t := p.Territory; t != nil {
		if l := t.LineOfContact; l != nil {
			v.scaleValue(&l.Rule, ScaleLineOfContact, "territory.line_of_contact.rule")
			v.termPoints(&l.Points, l, "territory.line_of_contact")
		}
		seen := map[string]bool{}
		for i := range t.Regions {
			r := &t.Regions[i]
			what := fmt.Sprintf("territory.regions[%d]", i)
			v.region(&r.Region, what+".region")
			if seen[r.Region] {
				v.add(&r.Region, "%s: region %s listed twice", what, r.Region)
			}
			seen[r.Region] = true
			v.scaleValue(&r.Status, ScaleRegionStatus, what+".status")
			for j := range r.RecognizedBy {
				v.party(&r.RecognizedBy[j], fmt.Sprintf("%s.recognized_by[%d]", what, j))
			}
			if r.Status == "disputed" && len(r.Positions) < 2 {
				v.add(&r.Status, "%s: status disputed needs positions of at least two parties", what)
			}
			for j := range r.Positions {
				pw := fmt.Sprintf("%s.positions[%d]", what, j)
				v.party(&r.Positions[j].Party, pw+".party")
				v.scaleValue(&r.Positions[j].Status, ScaleRegionStatus, pw+".status")
			}
			v.termPoints(&r.Points, r, what)
		}
		if o := t.Others; o != nil {
			v.scaleValue(&o.Status, ScaleRegionStatus, "territory.others.status")
			v.termPoints(&o.Points, o, "territory.others")
		}
		for i := range t.Zones {
			z := &t.Zones[i]
			what := fmt.Sprintf("territory.zones[%d]", i)
			if len(z.Regions) == 0 {
				v.add(z, "%s: regions: expected at least one region", what)
			}
			for j := range z.Regions {
				v.region(&z.Regions[j], fmt.Sprintf("%s.regions[%d]", what, j))
			}
			if z.Sovereign != "" {
				v.party(&z.Sovereign, what+".sovereign")
			}
			v.termPoints(&z.Points, z, what)
		}
		if c := t.NonUseOfForce; c != nil {
			v.termPoints(&c.Points, c, "territory.non_use_of_force")
		}
	}
	if m := p.Military; m != nil {
		type capKey struct {
			party, by string
			applies   Applies
		}
		caps := map[capKey]bool{}
		for i := range m.Caps {
			c := &m.Caps[i]
			what := fmt.Sprintf("military.caps[%d]", i)
			v.party(&c.Party, what+".party")
			if c.ProposedBy != "" {
				v.party(&c.ProposedBy, what+".proposed_by")
			}
			if v.has(&c.Personnel) && c.Personnel <= 0 {
				v.add(&c.Personnel, "%s: personnel: expected a positive number, found %d", what, c.Personnel)
			}
			k := capKey{c.Party, c.ProposedBy, c.Applies}
			if caps[k] {
				v.add(c, "%s: a second cap on %s for %s; give each side's figure its proposed_by", what, c.Party, c.Applies)
			}
			caps[k] = true
			v.termPoints(&c.Points, c, what)
		}
		for i := range m.Weapons {
			w := &m.Weapons[i]
			what := fmt.Sprintf("military.weapons[%d]", i)
			v.party(&w.Party, what+".party")
			if w.ProposedBy != "" {
				v.party(&w.ProposedBy, what+".proposed_by")
			}
			if !slugRE.MatchString(w.Kind) {
				v.add(&w.Kind, "%s: kind %q: expected a lowercase slug such as tanks or missile-range", what, w.Kind)
			}
			if w.Value != nil && w.Unit == "" {
				v.add(w.Value, "%s: a value needs a unit (count, km or mm)", what)
			}
			v.termPoints(&w.Points, w, what)
		}
		for i := range m.ForeignTroops {
			ft := &m.ForeignTroops[i]
			what := fmt.Sprintf("military.foreign_troops[%d]", i)
			v.party(&ft.Who, what+".who")
			v.party(&ft.In, what+".in")
			v.scaleValue(&ft.Rule, ScaleForeignTroops, what+".rule")
			v.termPoints(&ft.Points, ft, what)
		}
	}
	if n := p.NATO; n != nil {
		if m := n.Membership; m != nil {
			v.scaleValue(&m.Rule, ScaleNATOMembership, "nato.ukraine_membership.rule")
			v.slugs(m.BarredBy, "nato.ukraine_membership.barred_by")
			v.termPoints(&m.Points, m, "nato.ukraine_membership")
		}
		if e := n.Enlargement; e != nil {
			v.scaleValue(&e.Rule, ScaleNATOEnlargement, "nato.enlargement.rule")
			v.termPoints(&e.Points, e, "nato.enlargement")
		}
		if s := n.Stationing; s != nil {
			v.scaleValue(&s.Rule, ScaleForeignTroops, "nato.stationing.rule")
			v.termPoints(&s.Points, s, "nato.stationing")
		}
	}
	for i := range p.UnknownTerms {
		switch p.UnknownTerms[i] {
		case "territory", "military", "nato", "security_guarantees":
		default:
			v.add(&p.UnknownTerms[i], "unknown_terms[%d]: %q: expected territory, military, nato or security_guarantees", i, p.UnknownTerms[i])
		}
	}
	seen := map[string]bool{}
	for i := range p.Guarantees {
		g := &p.Guarantees[i]
		what := fmt.Sprintf("security_guarantees[%d]", i)
		if v.party(&g.Guarantor, what+".guarantor") && seen[g.Guarantor] {
			v.add(&g.Guarantor, "%s: a second guarantee from %s; one entry per guarantor", what, g.Guarantor)
		}
		seen[g.Guarantor] = true
		if g.Beneficiary != "" {
			v.party(&g.Beneficiary, what+".beneficiary")
		}
		v.slugs(g.Triggers, what+".triggers")
		v.slugs(g.Responses, what+".responses")
		v.slugs(g.VoidIf, what+".void_if")
		if g.DurationYears != nil && *g.DurationYears <= 0 {
			v.add(g.DurationYears, "%s: duration_years: expected a positive number of years", what)
		}
		v.termPoints(&g.Points, g, what)
	}
}
