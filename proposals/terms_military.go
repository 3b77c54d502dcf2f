package proposals

import (
	"fmt"
	"strings"
)

func capKind() *TermKind {
	return &TermKind{
		Name: "cap", Words: "caps on forces", Section: "military", Key: "military.cap", Var: "caps", Axis: "party",
		Topics: []string{"armed-forces-size"},
		Attrs: []Attr{
			{"party", AttrString, "whose forces", nil},
			{"proposed_by", AttrString, "who demands the figure, if recorded", nil},
			{"limit", AttrString, "figure, none (the text rejects any cap) or unspecified (a cap demanded without a figure)", nil},
			{"personnel", AttrInt, "the ceiling, for a figure; 0 otherwise", nil},
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
				t := Term{
					Subject: subject, Group: group,
					Facets: []Facet{{Label: "personnel cap", Type: Number, Value: capValue(c), Noted: true}},
					Attrs: map[string]any{
						"party": c.Party, "proposed_by": c.ProposedBy, "limit": string(c.Limit.Or()),
						"personnel": c.Personnel, "applies": string(c.Applies),
					},
					Points: c.Points, Entry: c,
				}
				if c.Applies != "" {
					t.Facets = append(t.Facets, Facet{Name: "applies", Label: "cap applies", Type: Enum, Value: Value{Enum: string(c.Applies), Label: c.Applies.Label()}})
				}
				t.based(c.Basis, c.Note)
				out = append(out, t)
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
				switch {
				case c.Limit.Or() == LimitFigure && !v.has(&c.Personnel):
					v.add(c, "%s: personnel: missing; a cap with a figure needs it (or limit: none, limit: unspecified)", what)
				case c.Limit.Or() == LimitFigure && c.Personnel <= 0:
					v.add(&c.Personnel, "%s: personnel: expected a positive number, found %d", what, c.Personnel)
				case c.Limit.Or() != LimitFigure && v.has(&c.Personnel):
					v.add(&c.Personnel, "%s: personnel: a cap with limit %s has no figure", what, c.Limit)
				}
				if c.Limit.Or() == LimitFigure && c.Applies == "" && !v.f.bad[&c.Applies] {
					v.add(c, "%s: applies: missing; a cap with a figure says when it holds (always, peacetime or wartime)", what)
				}
				v.checkBasis(c.Basis, c.Note, c, what)
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
		Name: "weapons", Words: "limits on weapons", Section: "military", Key: "military.weapons", Var: "weapons",
		Topics: []string{"weapons-limits"},
		Attrs: []Attr{
			{"party", AttrString, "whose arms", nil},
			{"proposed_by", AttrString, "who demands the figure, if recorded", nil},
			{"kind", AttrString, "the kind of arms, as in the file", nil},
			{"amount", AttrInt, "the limit, in unit; 0 for a ban", nil},
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
				t := Term{
					Subject: subject + ":" + w.Kind, Group: group,
					Facets: []Facet{{Label: strings.ReplaceAll(w.Kind, "-", " ") + " limit", Type: Number, Value: v, Noted: true}},
					Attrs: map[string]any{
						"party": w.Party, "proposed_by": w.ProposedBy, "kind": w.Kind,
						"amount": limit, "banned": w.Value == nil, "unit": string(w.Unit),
					},
					Points: w.Points, Entry: w,
				}
				t.based(w.Basis, w.Note)
				out = append(out, t)
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
				v.checkBasis(w.Basis, w.Note, w, what)
				v.termPoints(&w.Points, w, what)
			}
		},
	}
}

func foreignTroopsKind() *TermKind {
	return &TermKind{
		Name: "foreign_troops", Words: "foreign forces", Section: "military", Key: "military.foreign_troops", Var: "foreign_troops",
		Topics: []string{"foreign-troops"},
		Attrs: []Attr{
			{"who", AttrString, "whose forces: NATO, EUROPE, COW, INTL (an international force), FOREIGN (every foreign state), a state", nil},
			{"host", AttrString, "in whose territory (the file's in)", nil},
			{"where", AttrString, "where on it, if said: contact-line, rear, airspace, waters", nil},
			{"when", AttrString, "when, if said: always, peacetime, after-ceasefire, after-agreement", nil},
			{"rule", AttrString, "a value of the foreign-troops scale", nil},
			rankAttr(), positionsAttr(),
		},
		terms: func(p *Proposal, cat *Catalog) []Term {
			if p.Military == nil {
				return nil
			}
			var out []Term
			for i := range p.Military.ForeignTroops {
				ft := &p.Military.ForeignTroops[i]
				t := Term{
					Subject: ft.Who + ":" + ft.In, Group: forcesGroup(cat, ft),
					Facets: []Facet{enumFacet(cat, "", "rule", ScaleForeignTroops, ft.Rule)},
					Points: ft.Points, Entry: ft,
				}
				if ft.Where != "" {
					t.Subject += ":" + string(ft.Where)
				}
				if ft.When != "" {
					t.Facets = append(t.Facets, Facet{Name: "when", Label: "when", Type: Enum, Value: Value{Enum: string(ft.When), Label: cat.Label(string(ft.When))}})
				}
				t.based(ft.Basis, ft.Note)
				t.Attrs = map[string]any{
					"who": ft.Who, "host": ft.In, "where": string(ft.Where), "when": string(ft.When), "rule": ft.Rule,
					"rank": rank(cat, ScaleForeignTroops, ft.Rule), "positions": t.disputed(cat, ScaleForeignTroops, ft.Variants),
				}
				out = append(out, t)
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
				v.checkVariants(&ft.Rule, ft.Variants, ScaleForeignTroops, what)
				v.checkBasis(ft.Basis, ft.Note, ft, what)
				v.termPoints(&ft.Points, ft, what)
			}
		},
	}
}

// capValue is the value of a cap: a figure in personnel, or no figure
// with the kind of limit.
func capValue(c *Cap) Value {
	if l := c.Limit.Or(); l != LimitFigure {
		return Value{Unit: "personnel", Limit: string(l)}
	}
	return Value{Number: int64(c.Personnel), Unit: "personnel"}
}

// forcesGroup names the foreign forces of a rule: "Forces of NATO in
// Ukraine", "Forces of an international force in Ukraine, on the contact
// line".
func forcesGroup(cat *Catalog, ft *ForeignTroops) string {
	g := fmt.Sprintf("Forces of %s in %s", cat.PartyName(ft.Who), cat.PartyName(ft.In))
	if ft.Where != "" {
		g += ", " + map[ForcesWhere]string{"contact-line": "on the contact line", "rear": "in the rear", "airspace": "in the airspace", "waters": "in the waters"}[ft.Where]
	}
	return g
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
