package proposals

import (
	"fmt"
	"strings"
)

func capKind() *TermKind {
	return &TermKind{
		Name: "cap", Section: "military", Key: "military.cap", Var: "caps", Axis: "party",
		Attrs: []Attr{
			{"party", AttrString, "whose forces", nil},
			{"proposed_by", AttrString, "who demands the figure, if recorded", nil},
			{"personnel", AttrInt, "the ceiling", nil},
			{"applies", AttrString, "always, peacetime or wartime", nil},
		},
		terms: func(p *Proposal, cat *Catalog) []Term {
			if p.Military == nil {
				return nil
			}
			var out []Term
			for i := range p.Military.Caps {
				c := &p.Military.Caps[i]
				subject, group := forces(cat, c.Party, c.ProposedBy)
				out = append(out, Term{
					Subject: subject, Group: group,
					Facets: []Facet{
						{Label: "personnel cap", Type: Number, Value: Value{Number: int64(c.Personnel), Unit: "personnel"}, Noted: true},
						{Name: "applies", Label: "cap applies", Type: Enum, Value: Value{Enum: string(c.Applies), Label: c.Applies.Label()}},
					},
					Attrs:  map[string]any{"party": c.Party, "proposed_by": c.ProposedBy, "personnel": c.Personnel, "applies": string(c.Applies)},
					Points: c.Points, Note: c.Note, Entry: c,
				})
			}
			return out
		},
		validate: func(v *validator, p *Proposal) {
			if p.Military == nil {
				return
			}
			type capKey struct {
				party, by string
				applies   Applies
			}
			caps := map[capKey]bool{}
			for i := range p.Military.Caps {
				c := &p.Military.Caps[i]
				what := fmt.Sprintf("military.caps[%d]", i)
				v.forces(&c.Party, &c.ProposedBy, what)
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
		},
	}
}

func weaponsKind() *TermKind {
	return &TermKind{
		Name: "weapons", Section: "military", Key: "military.weapons", Var: "weapons",
		Attrs: []Attr{
			{"party", AttrString, "whose arms", nil},
			{"proposed_by", AttrString, "who demands the figure, if recorded", nil},
			{"kind", AttrString, "the kind of arms, as in the file", nil},
			{"limit", AttrInt, "the limit, in unit; 0 for a ban", nil},
			{"banned", AttrBool, "banned outright", nil},
			{"unit", AttrString, "count, km or mm", nil},
		},
		terms: func(p *Proposal, cat *Catalog) []Term {
			if p.Military == nil {
				return nil
			}
			var out []Term
			for i := range p.Military.Weapons {
				w := &p.Military.Weapons[i]
				subject, group := forces(cat, w.Party, w.ProposedBy)
				v := Value{Unit: string(w.Unit)}
				limit := 0
				if w.Value != nil {
					v.Number, limit = int64(*w.Value), *w.Value
				} else if v.Unit == "" {
					v.Unit = string(UnitCount)
				}
				out = append(out, Term{
					Subject: subject + ":" + w.Kind, Group: group,
					Facets: []Facet{{Label: strings.ReplaceAll(w.Kind, "-", " ") + " limit", Type: Number, Value: v, Noted: true}},
					Attrs: map[string]any{
						"party": w.Party, "proposed_by": w.ProposedBy, "kind": w.Kind,
						"limit": limit, "banned": w.Value == nil, "unit": string(w.Unit),
					},
					Points: w.Points, Note: w.Note, Entry: w,
				})
			}
			return out
		},
		validate: func(v *validator, p *Proposal) {
			if p.Military == nil {
				return
			}
			for i := range p.Military.Weapons {
				w := &p.Military.Weapons[i]
				what := fmt.Sprintf("military.weapons[%d]", i)
				v.forces(&w.Party, &w.ProposedBy, what)
				if !slugRE.MatchString(w.Kind) {
					v.add(&w.Kind, "%s: kind %q: expected a lowercase slug such as tanks or missile-range", what, w.Kind)
				}
				if w.Value != nil && w.Unit == "" {
					v.add(w.Value, "%s: a value needs a unit (count, km or mm)", what)
				}
				v.termPoints(&w.Points, w, what)
			}
		},
	}
}

func foreignTroopsKind() *TermKind {
	return &TermKind{
		Name: "foreign_troops", Section: "military", Key: "military.foreign_troops", Var: "foreign_troops",
		Attrs: []Attr{
			{"who", AttrString, "whose forces", nil},
			{"host", AttrString, "in whose territory (the file's in)", nil},
			{"rule", AttrString, "a value of the foreign-troops scale", nil},
			rankAttr(),
		},
		terms: func(p *Proposal, cat *Catalog) []Term {
			if p.Military == nil {
				return nil
			}
			var out []Term
			for i := range p.Military.ForeignTroops {
				ft := &p.Military.ForeignTroops[i]
				out = append(out, Term{
					Subject: ft.Who + ":" + ft.In,
					Group:   fmt.Sprintf("Forces of %s in %s", cat.PartyName(ft.Who), cat.PartyName(ft.In)),
					Facets:  []Facet{enumFacet(cat, "", "rule", ScaleForeignTroops, ft.Rule)},
					Attrs:   map[string]any{"who": ft.Who, "host": ft.In, "rule": ft.Rule, "rank": rank(cat, ScaleForeignTroops, ft.Rule)},
					Points:  ft.Points, Note: ft.Note, Entry: ft,
				})
			}
			return out
		},
		validate: func(v *validator, p *Proposal) {
			if p.Military == nil {
				return
			}
			for i := range p.Military.ForeignTroops {
				ft := &p.Military.ForeignTroops[i]
				what := fmt.Sprintf("military.foreign_troops[%d]", i)
				v.party(&ft.Who, what+".who")
				v.party(&ft.In, what+".in")
				v.scaleValue(&ft.Rule, ScaleForeignTroops, what+".rule")
				v.termPoints(&ft.Points, ft, what)
			}
		},
	}
}

// forces names the forces a cap or weapons limit applies to, with the
// party that demanded the figure when the text records each side's: the
// subject "UA" or "UA:RU" and the group "Forces of Ukraine, as Russia
// proposes".
func forces(cat *Catalog, party, by string) (subject, group string) {
	if by == "" {
		return party, "Forces of " + cat.PartyName(party)
	}
	return party + ":" + by, fmt.Sprintf("Forces of %s, as %s proposes", cat.PartyName(party), cat.PartyName(by))
}

// forces checks the parties of a cap or a weapons limit.
func (v *validator) forces(party, by *string, what string) {
	v.party(party, what+".party")
	if *by != "" {
		v.party(by, what+".proposed_by")
	}
}
