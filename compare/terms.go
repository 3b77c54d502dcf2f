package compare

import (
	"fmt"

	"github.com/peacediff/peacediff/proposals"
)

// term is one facet of one typed term of one proposal: a row's worth.
type term struct {
	key     string // identity across proposals
	order   string // sort key within the section
	section string // territory, military, nato or guarantees
	ref     TermRef
	group   string
	facet   proposals.Facet
	state   State
	points  []string
	note    string
	reading bool
	varnts  []Variant
}

// extractTerms lists the facets of the typed terms a proposal addresses,
// as declared by [proposals.TermKinds].
func extractTerms(p *proposals.Proposal, cat *proposals.Catalog) []term {
	kinds := proposals.TermKinds()
	index := make(map[*proposals.TermKind]int, len(kinds))
	for i, k := range kinds {
		index[k] = i
	}
	var out []term
	for _, t := range proposals.Terms(p, cat) {
		if t.Kind.Collapsed && !t.Summary {
			continue
		}
		for i, f := range t.Facets {
			x := term{
				key: t.Key(&f), order: fmt.Sprintf("%02d %s %02d", index[t.Kind], t.Subject, i), section: t.Kind.Section,
				ref:   TermRef{Kind: t.Kind.Name, Subject: t.Subject, Facet: f.Name},
				group: t.Group, facet: f, state: StatePresent, points: t.Points, reading: t.Reading,
			}
			if f.Noted {
				x.note = t.Note
			}
			if i == 0 && len(t.Variants) > 0 {
				x.state = StateDisputed
				for _, v := range t.Variants {
					x.varnts = append(x.varnts, Variant{Party: v.Party, Text: v.Label})
				}
			}
			out = append(out, x)
		}
	}
	return out
}
