package proposals

import (
	"fmt"
	"strings"
)

func lineOfContactKind() *TermKind {
	return &TermKind{
		Name: "line_of_contact", Words: "the line of contact", Section: "territory", Key: "territory.line_of_contact", Var: "line_of_contact", Axis: "none", AxisScale: ScaleLineOfContact,
		Topics: []string{"line-of-contact"},
		Attrs:  []Attr{{"rule", AttrString, "a value of the line-of-contact scale", nil}, rankAttr(), positionsAttr()},
		terms: func(p *Proposal, cat *Catalog) []Term {
			if p.Territory == nil || p.Territory.LineOfContact == nil {
				return nil
			}
			l := p.Territory.LineOfContact
			t := Term{Facets: []Facet{enumFacet(cat, "", "line of contact", ScaleLineOfContact, l.Rule)}, Points: l.Points, Entry: l}
			t.based(l.Basis, l.Note)
			t.Attrs = map[string]any{"rule": l.Rule, "rank": rank(cat, ScaleLineOfContact, l.Rule), "positions": t.disputed(cat, ScaleLineOfContact, l.Variants)}
			return []Term{t}
		},
		validate: func(v *validator, p *Proposal) {
			if p.Territory == nil || p.Territory.LineOfContact == nil {
				return
			}
			l := p.Territory.LineOfContact
			const what = "territory.line_of_contact"
			v.scaleValue(&l.Rule, ScaleLineOfContact, what+".rule")
			v.checkVariants(&l.Rule, l.Variants, ScaleLineOfContact, what)
			v.checkBasis(l.Basis, l.Note, l, what)
			v.termPoints(&l.Points, l, what)
		},
	}
}

func nonUseOfForceKind() *TermKind {
	return &TermKind{
		Name: "non_use_of_force", Words: "the use of force", Section: "territory", Key: "territory.non_use_of_force", Var: "non_use_of_force",
		Topics: []string{"non-use-of-force"},
		Attrs:  []Attr{{"value", AttrBool, "true when the text commits to it, false when it rejects it", nil}},
		terms: func(p *Proposal, cat *Catalog) []Term {
			if p.Territory == nil || p.Territory.NonUseOfForce == nil {
				return nil
			}
			c := p.Territory.NonUseOfForce
			t := Term{
				Facets: []Facet{{Label: "no change of borders by force", Type: Bool, Value: Value{Bool: c.Value}, Noted: true}},
				Attrs:  map[string]any{"value": c.Value}, Points: c.Points, Entry: c,
			}
			t.based(c.Basis, c.Note)
			return []Term{t}
		},
		validate: func(v *validator, p *Proposal) {
			if p.Territory == nil || p.Territory.NonUseOfForce == nil {
				return
			}
			c := p.Territory.NonUseOfForce
			v.checkBasis(c.Basis, c.Note, c, "territory.non_use_of_force")
			v.termPoints(&c.Points, c, "territory.non_use_of_force")
		},
	}
}

// zoneKind shows every zone of a text as one set, the zones' summary.
func zoneKind() *TermKind {
	return &TermKind{
		Name: "zone", Words: "special zones", Section: "territory", Key: "territory.zones", Var: "zones", Collapsed: true,
		Topics: []string{"demilitarized-zone"},
		Attrs: []Attr{
			{"kind", AttrString, "the kind of zone, as in the file", nil},
			{"regions", AttrStrings, "the regions it lies in", nil},
			{"country", AttrString, "the country of its first region", nil},
			{"sovereign", AttrString, "the party whose territory it is, if said", nil},
		},
		terms: func(p *Proposal, cat *Catalog) []Term {
			if p.Territory == nil {
				return nil
			}
			var out []Term
			for i := range p.Territory.Zones {
				z := &p.Territory.Zones[i]
				country := ""
				if len(z.Regions) > 0 {
					country = cat.country(z.Regions[0])
				}
				names := make([]string, len(z.Regions))
				for i, r := range z.Regions {
					names[i] = cat.RegionName(r)
				}
				t := Term{
					Subject: string(z.Kind) + ":" + strings.Join(z.Regions, ","), Group: "Zone in " + strings.Join(names, ", "),
					Facets: []Facet{{Label: "kind", Type: Enum, Value: Value{Enum: string(z.Kind), Label: cat.Label(string(z.Kind)) + " zone"}, Noted: true}},
					Attrs:  map[string]any{"kind": string(z.Kind), "regions": z.Regions, "country": country, "sovereign": z.Sovereign},
					Points: z.Points, Entry: z,
				}
				t.based(z.Basis, z.Note)
				if z.Sovereign != "" {
					t.Facets = append(t.Facets, Facet{Name: "sovereign", Label: "territory of", Type: Enum, Value: Value{Enum: z.Sovereign, Label: cat.PartyName(z.Sovereign)}})
				}
				out = append(out, t)
			}
			return out
		},
		summary: func(terms []Term) *Term {
			var members, points, notes []string
			words := map[string]string{}
			reading := false
			for _, t := range terms {
				reading = reading || t.Reading
				m := t.Attrs["kind"].(string) + " zone in " + strings.Join(t.Attrs["regions"].([]string), ", ")
				w := t.Facets[0].Value.Label + " " + strings.TrimPrefix(t.Group, "Zone ")
				if s := t.Attrs["sovereign"].(string); s != "" {
					m += " (" + s + ")"
					w += ", territory of " + t.Facets[1].Value.Label
				}
				members = append(members, m)
				words[m] = w
				points = append(points, t.Points...)
				if t.Note != "" {
					notes = append(notes, t.Note)
				}
			}
			f := setFacet("", "special zones", members, func(m string) string { return words[m] })
			f.Noted = true
			return &Term{Facets: []Facet{f}, Points: points, Note: strings.Join(notes, " "), Reading: reading}
		},
		validate: func(v *validator, p *Proposal) {
			if p.Territory == nil {
				return
			}
			for i := range p.Territory.Zones {
				z := &p.Territory.Zones[i]
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
				v.checkBasis(z.Basis, z.Note, z, what)
				v.termPoints(&z.Points, z, what)
			}
		},
	}
}

func othersKind() *TermKind {
	return &TermKind{
		Name: "others", Words: "the regions it does not name", Section: "territory", Key: "territory.others", Topics: []string{"territory-status"},
		terms: func(p *Proposal, cat *Catalog) []Term {
			if p.Territory == nil || p.Territory.Others == nil {
				return nil
			}
			o := p.Territory.Others
			t := Term{Facets: []Facet{enumFacet(cat, "", "every region not named", ScaleRegionStatus, o.Status)}, Points: o.Points, Entry: o}
			t.based(o.Basis, o.Note)
			return []Term{t}
		},
		validate: func(v *validator, p *Proposal) {
			if p.Territory == nil || p.Territory.Others == nil {
				return
			}
			o := p.Territory.Others
			v.scaleValue(&o.Status, ScaleRegionStatus, "territory.others.status")
			v.checkBasis(o.Basis, o.Note, o, "territory.others")
			v.termPoints(&o.Points, o, "territory.others")
		},
	}
}

func regionKind() *TermKind {
	return &TermKind{
		Name: "region", Words: "the status of regions", Section: "territory", Key: "territory.region", Var: "regions", Axis: "region", AxisScale: ScaleRegionStatus,
		Topics: []string{"territory-status"},
		Attrs: []Attr{
			{"region", AttrString, "its ISO 3166-2 code", nil},
			{"country", AttrString, "the country of the region", nil},
			{"status", AttrString, "a value of the region-status scale", nil},
			rankAttr(),
			{"recognized_by", AttrStrings, "the parties that recognise the status", nil},
			positionsAttr(),
		},
		terms: func(p *Proposal, cat *Catalog) []Term {
			if p.Territory == nil {
				return nil
			}
			var out []Term
			for i := range p.Territory.Regions {
				r := &p.Territory.Regions[i]
				t := Term{
					Subject: r.Region, Group: cat.RegionName(r.Region),
					Facets: []Facet{enumFacet(cat, "", "status", ScaleRegionStatus, r.Status)},
					Points: r.Points, Entry: r,
				}
				t.based(r.Basis, r.Note)
				if len(r.RecognizedBy) > 0 {
					t.Facets = append(t.Facets, setFacet("recognized_by", "recognised by", r.RecognizedBy, nil))
				}
				variants := make([]PartyValue, len(r.Positions))
				for i, ps := range r.Positions {
					variants[i] = PartyValue{Party: ps.Party, Value: ps.Status}
				}
				positions := t.disputed(cat, ScaleRegionStatus, variants)
				t.Attrs = map[string]any{
					"region": r.Region, "country": cat.country(r.Region), "status": r.Status,
					"rank": rank(cat, ScaleRegionStatus, r.Status), "recognized_by": r.RecognizedBy, "positions": positions,
				}
				out = append(out, t)
			}
			return out
		},
		validate: func(v *validator, p *Proposal) {
			if p.Territory == nil {
				return
			}
			seen := map[string]bool{}
			for i := range p.Territory.Regions {
				r := &p.Territory.Regions[i]
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
				v.checkBasis(r.Basis, r.Note, r, what)
				v.termPoints(&r.Points, r, what)
			}
		},
	}
}

// positionsAttr is each drafter's value of a disputed term.
func positionsAttr() Attr {
	return Attr{"positions", AttrStringMap, "party -> value, when the drafters dispute the term", nil}
}

// rankAttr is the place of a term's rule or status on its scale.
func rankAttr() Attr {
	return Attr{"rank", AttrInt, "the place of status or rule on its scale, from 0; -1 when it has none", -1}
}

// country is the country of a region, or "".
func (c *Catalog) country(code string) string {
	if r := c.Region(code); r != nil {
		return r.Country
	}
	return ""
}
