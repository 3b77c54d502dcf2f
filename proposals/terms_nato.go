package proposals

import (
	"fmt"
)

func membershipKind() *TermKind {
	return &TermKind{
		Name: "nato.membership", Words: "NATO membership", Section: "nato", Key: "nato.membership", Var: "nato.membership", Axis: "none", AxisScale: ScaleNATOMembership,
		Topics: []string{"nato-membership", "neutrality"},
		Attrs: []Attr{
			{"rule", AttrString, "a value of the nato-membership scale", nil}, rankAttr(), positionsAttr(),
			{"barred_by", AttrStrings, "the instruments of a bar", nil},
		},
		terms: func(p *Proposal, cat *Catalog) []Term {
			if p.NATO == nil || p.NATO.Membership == nil {
				return nil
			}
			m := p.NATO.Membership
			t := Term{Facets: []Facet{enumFacet(cat, "", "Ukraine's membership", ScaleNATOMembership, m.Rule)}, Points: m.Points, Entry: m}
			t.based(m.Basis, m.Note)
			t.Attrs = map[string]any{
				"rule": m.Rule, "rank": rank(cat, ScaleNATOMembership, m.Rule), "barred_by": m.BarredBy,
				"positions": t.disputed(cat, ScaleNATOMembership, m.Variants),
			}
			if len(m.BarredBy) > 0 {
				t.Facets = append(t.Facets, setFacet("barred_by", "membership barred by", m.BarredBy, cat.Label))
			}
			return []Term{t}
		},
		validate: func(v *validator, p *Proposal) {
			if p.NATO == nil || p.NATO.Membership == nil {
				return
			}
			m := p.NATO.Membership
			const what = "nato.ukraine_membership"
			v.scaleValue(&m.Rule, ScaleNATOMembership, what+".rule")
			v.checkVariants(&m.Rule, m.Variants, ScaleNATOMembership, what)
			v.slugs(m.BarredBy, what+".barred_by")
			v.checkBasis(m.Basis, m.Note, m, what)
			v.termPoints(&m.Points, m, what)
		},
	}
}

func enlargementKind() *TermKind {
	return ruledKind("nato.enlargement", "NATO enlargement", "enlargement", ScaleNATOEnlargement, "nato-enlargement", func(p *Proposal) ruled {
		if p.NATO == nil || p.NATO.Enlargement == nil {
			return nil
		}
		return p.NATO.Enlargement
	})
}

func stationingKind() *TermKind {
	return ruledKind("nato.stationing", "NATO forces in Ukraine", "NATO forces in Ukraine", ScaleForeignTroops, "nato-stationing", func(p *Proposal) ruled {
		if p.NATO == nil || p.NATO.Stationing == nil {
			return nil
		}
		return p.NATO.Stationing
	})
}

// ruled is an entry that holds one value of a scale: [Enlargement] or
// [Stationing], which are apart so that the schema can list each one's
// values.
type ruled interface {
	fields() *ruledFields
}

// ruledFields points to the fields of a ruled entry.
type ruledFields struct {
	rule     *string
	variants []PartyValue
	points   *[]string
	basis    Basis
	note     string
}

func (e *Enlargement) fields() *ruledFields {
	return &ruledFields{&e.Rule, e.Variants, &e.Points, e.Basis, e.Note}
}

func (s *Stationing) fields() *ruledFields {
	return &ruledFields{&s.Rule, s.Variants, &s.Points, s.Basis, s.Note}
}

// ruledKind declares a NATO term a text states once as a value of scale,
// addressed by points of topic.
func ruledKind(name, words, label, scale, topic string, entry func(p *Proposal) ruled) *TermKind {
	return &TermKind{
		Name: name, Words: words, Section: "nato", Key: name, Var: name, Topics: []string{topic},
		Attrs: []Attr{{"rule", AttrString, "a value of the " + scale + " scale", nil}, rankAttr(), positionsAttr()},
		terms: func(p *Proposal, cat *Catalog) []Term {
			e := entry(p)
			if e == nil {
				return nil
			}
			f := e.fields()
			t := Term{Facets: []Facet{enumFacet(cat, "", label, scale, *f.rule)}, Points: *f.points, Entry: e}
			t.based(f.basis, f.note)
			t.Attrs = map[string]any{"rule": *f.rule, "rank": rank(cat, scale, *f.rule), "positions": t.disputed(cat, scale, f.variants)}
			return []Term{t}
		},
		validate: func(v *validator, p *Proposal) {
			if e := entry(p); e != nil {
				f := e.fields()
				v.scaleValue(f.rule, scale, name+".rule")
				v.checkVariants(f.rule, f.variants, scale, name)
				v.checkBasis(f.basis, f.note, e, name)
				v.termPoints(f.points, e, name)
			}
		},
	}
}

func guaranteeKind() *TermKind {
	return &TermKind{
		Name: "guarantee", Words: "security guarantees", Section: "guarantees", Key: "guarantees", Var: "guarantees",
		Topics: []string{"security-guarantees"},
		Attrs: []Attr{
			{"guarantor", AttrString, "who gives it", nil},
			{"beneficiary", AttrString, "who is guaranteed; UA unless the file says", nil},
			{"kind", AttrString, "the kind, as in the file", nil},
			{"triggers", AttrStrings, "what brings it into play", nil},
			{"responses", AttrStrings, "what the guarantor undertakes", nil},
			{"void_if", AttrStrings, "what voids it", nil},
		},
		terms: func(p *Proposal, cat *Catalog) []Term {
			var out []Term
			for i := range p.Guarantees {
				g := &p.Guarantees[i]
				t := Term{
					Subject: g.Guarantor, Group: "Guarantee by " + cat.PartyName(g.Guarantor),
					Facets: []Facet{{Name: "kind", Label: "kind", Type: Enum, Value: Value{Enum: string(g.Kind), Label: cat.Label(string(g.Kind))}, Noted: true}},
					Points: g.Points, Entry: g,
				}
				t.based(g.Basis, g.Note)
				if g.Beneficiary != "" {
					t.Facets = append(t.Facets, Facet{Name: "beneficiary", Label: "guaranteed party", Type: Enum, Value: Value{Enum: g.Beneficiary, Label: cat.PartyName(g.Beneficiary)}})
				}
				if g.Compensated != nil {
					t.Facets = append(t.Facets, Facet{Name: "compensated", Label: "guarantor compensated", Type: Bool, Value: Value{Bool: *g.Compensated}})
				}
				for _, s := range []struct {
					name, label string
					list        []string
				}{{"triggers", "triggered by", g.Triggers}, {"responses", "responses", g.Responses}, {"void_if", "void if", g.VoidIf}} {
					if len(s.list) > 0 {
						t.Facets = append(t.Facets, setFacet(s.name, s.label, s.list, cat.Label))
					}
				}
				if g.DurationYears != nil {
					t.Facets = append(t.Facets, Facet{Name: "duration", Label: "duration", Type: Number, Value: Value{Number: int64(*g.DurationYears), Unit: "years"}})
				}
				beneficiary := g.Beneficiary
				if beneficiary == "" {
					beneficiary = "UA"
				}
				t.Attrs = map[string]any{
					"guarantor": g.Guarantor, "beneficiary": beneficiary, "kind": string(g.Kind),
					"triggers": g.Triggers, "responses": g.Responses, "void_if": g.VoidIf,
				}
				out = append(out, t)
			}
			return out
		},
		summary: func(terms []Term) *Term {
			var guarantors, points []string
			reading := false
			for _, t := range terms {
				guarantors = append(guarantors, t.Subject)
				points = append(points, t.Points...)
				reading = reading || t.Reading
			}
			return &Term{Facets: []Facet{setFacet("guarantors", "guarantors", guarantors, nil)}, Points: points, Reading: reading}
		},
		validate: func(v *validator, p *Proposal) {
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
				v.checkBasis(g.Basis, g.Note, g, what)
				v.termPoints(&g.Points, g, what)
			}
		},
	}
}
