package proposals

import "fmt"

func nuclearPlantKind() *TermKind {
	return &TermKind{
		Name: "nuclear_plant", Words: "the nuclear plant", Section: "nuclear", Key: "nuclear.plant", Var: "nuclear_plant",
		Topics: []string{"nuclear-plant"},
		Attrs: []Attr{
			{"operators", AttrStrings, "the parties that run the plant", nil},
			{"lead", AttrString, "the operator in charge, if named", nil},
		},
		terms: func(p *Proposal, cat *Catalog) []Term {
			n := p.NuclearPlant
			if n == nil {
				return nil
			}
			t := Term{
				Facets: []Facet{setFacet("", "operated by", n.Operators, nil)},
				Attrs:  map[string]any{"operators": n.Operators, "lead": n.Lead}, Points: n.Points, Entry: n,
			}
			t.Facets[0].Noted = true
			if n.Lead != "" {
				t.Facets = append(t.Facets, Facet{Name: "lead", Label: "lead operator", Type: Enum, Value: Value{Enum: n.Lead, Label: cat.PartyName(n.Lead)}})
			}
			t.based(n.Basis, n.Note)
			return []Term{t}
		},
		validate: func(v *validator, p *Proposal) {
			n := p.NuclearPlant
			if n == nil {
				return
			}
			const what = "nuclear_plant"
			if len(n.Operators) == 0 {
				v.add(n, "%s: operators: expected the parties that run the plant", what)
			}
			for i := range n.Operators {
				v.party(&n.Operators[i], fmt.Sprintf("%s.operators[%d]", what, i))
			}
			if n.Lead != "" {
				v.party(&n.Lead, what+".lead")
			}
			v.checkBasis(n.Basis, n.Note, n, what)
			v.termPoints(&n.Points, n, what)
		},
	}
}
