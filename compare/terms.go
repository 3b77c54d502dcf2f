package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// term is one typed term of one proposal, flattened to a single value so
// that terms of different proposals compare by key.
type term struct {
	key     string // identity across proposals
	order   string // sort key within the section
	section string // territory, military, nato or guarantees
	group   string
	label   string
	typ     ValueType
	scale   string
	value   Value
	state   State
	points  []string
	note    string
	varnts  []Variant
}

// extractTerms lists the typed terms a proposal addresses.
func extractTerms(p *proposals.Proposal, cat *proposals.Catalog) []term {
	x := &extractor{cat: cat}
	if t := p.Territory; t != nil {
		if l := t.LineOfContact; l != nil {
			x.enum("territory", "territory.line_of_contact", "0", "", "line of contact", proposals.ScaleLineOfContact, l.Rule, l.Points, l.Note)
		}
		if c := t.NonUseOfForce; c != nil {
			x.add(term{section: "territory", key: "territory.non_use_of_force", order: "1", label: "no change of borders by force",
				typ: Bool, value: Value{Bool: c.Value}, points: c.Points, note: c.Note})
		}
		if o := t.Others; o != nil {
			x.enum("territory", "territory.others", "2 others", "", "every region not named", proposals.ScaleRegionStatus, o.Status, o.Points, o.Note)
		}
		if len(t.Zones) > 0 {
			var members, points, notes []string
			for _, z := range t.Zones {
				m := string(z.Kind) + " zone in " + strings.Join(z.Regions, ", ")
				if z.Sovereign != "" {
					m += " (" + z.Sovereign + ")"
				}
				members = append(members, m)
				points = append(points, z.Points...)
				if z.Note != "" {
					notes = append(notes, z.Note)
				}
			}
			x.set("territory", "territory.zones", "2", "", "special zones", members, points, strings.Join(notes, " "))
		}
		for _, r := range t.Regions {
			group := r.Region
			if reg := cat.Region(r.Region); reg != nil {
				group = fmt.Sprintf("%s (%s)", reg.Name, r.Region)
			}
			key := "territory.region:" + r.Region
			tm := x.enumTerm("territory", key, "3 "+r.Region+" a", group, "status", proposals.ScaleRegionStatus, r.Status, r.Points, r.Note)
			if len(r.Positions) > 0 {
				tm.state = StateDisputed
				for _, ps := range r.Positions {
					tm.varnts = append(tm.varnts, Variant{Party: ps.Party, Text: x.scaleLabel(proposals.ScaleRegionStatus, ps.Status)})
				}
			}
			x.add(tm)
			if len(r.RecognizedBy) > 0 {
				x.set("territory", key+".recognized_by", "3 "+r.Region+" b", group, "recognised by", r.RecognizedBy, r.Points, "")
			}
		}
	}
	if m := p.Military; m != nil {
		for _, c := range m.Caps {
			id, group := forcesKey(c.Party, c.ProposedBy, cat)
			key := "military.cap:" + id
			x.add(term{section: "military", key: key, order: "0 " + id + " a", group: group, label: "personnel cap",
				typ: Number, value: Value{Number: int64(c.Personnel), Unit: "personnel"}, points: c.Points, note: c.Note})
			x.add(term{section: "military", key: key + ".applies", order: "0 " + id + " b", group: group, label: "cap applies",
				typ: Enum, value: Value{Enum: string(c.Applies), Label: appliesLabel(c.Applies)}, points: c.Points})
		}
		for _, w := range m.Weapons {
			id, group := forcesKey(w.Party, w.ProposedBy, cat)
			v := Value{Unit: string(w.Unit)}
			if w.Value != nil {
				v.Number = int64(*w.Value)
			} else if v.Unit == "" {
				v.Unit = string(proposals.UnitCount)
			}
			x.add(term{section: "military", key: "military.weapons:" + id + ":" + w.Kind, order: "1 " + id + " " + w.Kind, group: group,
				label: strings.ReplaceAll(w.Kind, "-", " ") + " limit", typ: Number, value: v, points: w.Points, note: w.Note})
		}
		for _, ft := range m.ForeignTroops {
			group := fmt.Sprintf("Forces of %s in %s", x.partyName(ft.Who), x.partyName(ft.In))
			x.enum("military", "military.foreign_troops:"+ft.Who+":"+ft.In, "2 "+ft.Who+" "+ft.In, group, "rule",
				proposals.ScaleForeignTroops, ft.Rule, ft.Points, ft.Note)
		}
	}
	if n := p.NATO; n != nil {
		if mb := n.Membership; mb != nil {
			x.enum("nato", "nato.membership", "0", "", "Ukraine's membership", proposals.ScaleNATOMembership, mb.Rule, mb.Points, mb.Note)
			if len(mb.BarredBy) > 0 {
				x.set("nato", "nato.membership.barred_by", "1", "", "membership barred by", mb.BarredBy, mb.Points, "")
			}
		}
		if e := n.Enlargement; e != nil {
			x.enum("nato", "nato.enlargement", "2", "", "enlargement", proposals.ScaleNATOEnlargement, e.Rule, e.Points, e.Note)
		}
		if s := n.Stationing; s != nil {
			x.enum("nato", "nato.stationing", "3", "", "NATO forces in Ukraine", proposals.ScaleForeignTroops, s.Rule, s.Points, s.Note)
		}
	}
	if len(p.Guarantees) > 0 {
		var guarantors, points []string
		for _, g := range p.Guarantees {
			guarantors = append(guarantors, g.Guarantor)
			points = append(points, g.Points...)
		}
		x.set("guarantees", "guarantees.guarantors", "0", "", "guarantors", guarantors, points, "")
		for _, g := range p.Guarantees {
			key := "guarantees:" + g.Guarantor
			group := "Guarantee by " + x.partyName(g.Guarantor)
			o := "1 " + g.Guarantor + " "
			x.add(term{section: "guarantees", key: key + ".kind", order: o + "0", group: group, label: "kind",
				typ: Enum, value: Value{Enum: string(g.Kind), Label: strings.ReplaceAll(string(g.Kind), "-", " ")}, points: g.Points, note: g.Note})
			if g.Compensated != nil {
				x.add(term{section: "guarantees", key: key + ".compensated", order: o + "1", group: group, label: "guarantor compensated",
					typ: Bool, value: Value{Bool: *g.Compensated}, points: g.Points})
			}
			if len(g.Triggers) > 0 {
				x.set("guarantees", key+".triggers", o+"2", group, "triggered by", g.Triggers, g.Points, "")
			}
			if len(g.Responses) > 0 {
				x.set("guarantees", key+".responses", o+"3", group, "responses", g.Responses, g.Points, "")
			}
			if len(g.VoidIf) > 0 {
				x.set("guarantees", key+".void_if", o+"4", group, "void if", g.VoidIf, g.Points, "")
			}
			if g.DurationYears != nil {
				x.add(term{section: "guarantees", key: key + ".duration", order: o + "5", group: group, label: "duration",
					typ: Number, value: Value{Number: int64(*g.DurationYears), Unit: "years"}, points: g.Points})
			}
		}
	}
	return x.terms
}

type extractor struct {
	cat   *proposals.Catalog
	terms []term
}

func (x *extractor) add(t term) {
	if t.state == StateNotAddressed {
		t.state = StatePresent
	}
	t.points = proposals.SortLabels(t.points)
	x.terms = append(x.terms, t)
}

func (x *extractor) enumTerm(section, key, order, group, label, scale, slug string, points []string, note string) term {
	v := Value{Enum: slug, Label: x.scaleLabel(scale, slug)}
	if s := x.cat.Scale(scale); s != nil {
		if rank, ok := s.Rank(slug); ok {
			v.Rank = &rank
		}
	}
	return term{section: section, key: key, order: order, group: group, label: label, typ: Enum, scale: scale, value: v, points: points, note: note}
}

func (x *extractor) enum(section, key, order, group, label, scale, slug string, points []string, note string) {
	x.add(x.enumTerm(section, key, order, group, label, scale, slug, points, note))
}

func (x *extractor) set(section, key, order, group, label string, members, points []string, note string) {
	x.add(term{section: section, key: key, order: order, group: group, label: label, typ: Set,
		value: Value{Set: sortedUnique(members)}, points: points, note: note})
}

func (x *extractor) scaleLabel(scale, slug string) string {
	if s := x.cat.Scale(scale); s != nil {
		if v := s.Value(slug); v != nil {
			return v.Label
		}
	}
	return slug
}

func (x *extractor) partyName(code string) string {
	if p := x.cat.Party(code); p != nil {
		return p.Name
	}
	return code
}

// forcesKey names the forces a cap or weapons limit applies to, with the
// party that demanded the figure when the text records each side's.
func forcesKey(party, by string, cat *proposals.Catalog) (key, group string) {
	name := party
	if p := cat.Party(party); p != nil {
		name = p.Name
	}
	if by == "" {
		return party, "Forces of " + name
	}
	byName := by
	if p := cat.Party(by); p != nil {
		byName = p.Name
	}
	return party + ":" + by, fmt.Sprintf("Forces of %s, as %s proposes", name, byName)
}

func appliesLabel(a proposals.Applies) string {
	switch a {
	case proposals.AppliesAlways:
		return "always"
	case proposals.AppliesPeacetime:
		return "in peacetime"
	case proposals.AppliesWartime:
		return "in wartime"
	}
	return string(a)
}

func sortedUnique(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	out := slices.Clone(s)
	slices.Sort(out)
	return slices.Compact(out)
}
