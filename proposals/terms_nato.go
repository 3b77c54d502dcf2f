package proposals

import (
	"fmt"
	"strings"
)

func membershipKind() *TermKind {
	return &TermKind{
		Name: "nato.membership", Section: "nato", Key: "nato.membership", Var: "nato.membership", Axis: "none", AxisScale: ScaleNATOMembership,
		Attrs: []Attr{
			{"rule", AttrString, "a value of the nato-membership scale", nil}, rankAttr(),
			{"barred_by", AttrStrings, "the instruments of a bar", nil},
		},
		terms: func(p *Proposal, cat *Catalog) []Term {
			if p.NATO == nil || p.NATO.Membership == nil {
				return nil
			}
			m := p.NATO.Membership
			t := Term{
				Facets: []Facet{enumFacet(cat, "", "Ukraine's membership", ScaleNATOMembership, m.Rule)},
				Attrs:  map[string]any{"rule": m.Rule, "rank": rank(cat, ScaleNATOMembership, m.Rule), "barred_by": m.BarredBy},
				Points: m.Points, Note: m.Note, Entry: m,
			}
			if len(m.BarredBy) > 0 {
				t.Facets = append(t.Facets, setFacet("barred_by", "membership barred by", m.BarredBy))
			}
			return []Term{t}
		},
		validate: func(v *validator, p *Proposal) {
			if p.NATO == nil || p.NATO.Membership == nil {
				return
			}
			m := p.NATO.Membership
			v.scaleValue(&m.Rule, ScaleNATOMembership, "nato.ukraine_membership.rule")
			v.slugs(m.BarredBy, "nato.ukraine_membership.barred_by")
			v.termPoints(&m.Points, m, "nato.ukraine_membership")
		},
	}
}

func enlargementKind() *TermKind {
	return ruledKind("nato.enlargement", "enlargement", ScaleNATOEnlargement, func(p *Proposal) ruled {
		if p.NATO == nil || p.NATO.Enlargement == nil {
			return nil
		}
		return p.NATO.Enlargement
	})
}

func stationingKind() *TermKind {
	return ruledKind("nato.stationing", "NATO forces in Ukraine", ScaleForeignTroops, func(p *Proposal) ruled {
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
	fields() (rule *string, points *[]string, note string)
}

func (e *Enlargement) fields() (*string, *[]string, string) { return &e.Rule, &e.Points, e.Note }
func (s *Stationing) fields() (*string, *[]string, string)  { return &s.Rule, &s.Points, s.Note }

// ruledKind declares a NATO term a text states once as a value of scale.
func ruledKind(name, label, scale string, entry func(p *Proposal) ruled) *TermKind {
	return &TermKind{
		Name: name, Section: "nato", Key: name, Var: name,
		Attrs: []Attr{{"rule", AttrString, "a value of the " + scale + " scale", nil}, rankAttr()},
		terms: func(p *Proposal, cat *Catalog) []Term {
			e := entry(p)
			if e == nil {
				return nil
			}
			rule, points, note := e.fields()
			return []Term{{
				Facets: []Facet{enumFacet(cat, "", label, scale, *rule)},
				Attrs:  map[string]any{"rule": *rule, "rank": rank(cat, scale, *rule)},
				Points: *points, Note: note, Entry: e,
			}}
		},
		validate: func(v *validator, p *Proposal) {
			if e := entry(p); e != nil {
				rule, points, _ := e.fields()
				v.scaleValue(rule, scale, name+".rule")
				v.termPoints(points, e, name)
			}
		},
	}
}

func guaranteeKind() *TermKind {
	return &TermKind{
		Name: "guarantee", Section: "guarantees", Key: "guarantees", Var: "guarantees",
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
					Facets: []Facet{{Name: "kind", Label: "kind", Type: Enum, Value: Value{Enum: string(g.Kind), Label: strings.ReplaceAll(string(g.Kind), "-", " ")}, Noted: true}},
					Points: g.Points, Note: g.Note, Entry: g,
				}
				if g.Compensated != nil {
					t.Facets = append(t.Facets, Facet{Name: "compensated", Label: "guarantor compensated", Type: Bool, Value: Value{Bool: *g.Compensated}})
				}
				for _, s := range []struct {
					name, label string
					list        []string
				}{{"triggers", "triggered by", g.Triggers}, {"responses", "responses", g.Responses}, {"void_if", "void if", g.VoidIf}} {
					if len(s.list) > 0 {
						t.Facets = append(t.Facets, setFacet(s.name, s.label, s.list))
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
			for _, t := range terms {
				guarantors = append(guarantors, t.Subject)
				points = append(points, t.Points...)
			}
			return &Term{Facets: []Facet{setFacet("guarantors", "guarantors", guarantors)}, Points: points}
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
				v.termPoints(&g.Points, g, what)
			}
		},
	}
}
