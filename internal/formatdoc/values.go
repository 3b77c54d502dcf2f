package formatdoc

import (
	"cmp"
	"slices"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// scaleTitle is the heading of a scale's table.
func scaleTitle(name string) string { return "Scale " + name }

// catalogueTables lists the tables of values that enums of the schema
// link to: the scales, the parties, the regions and the topics.
func catalogueTables(cat *proposals.Catalog) []valueTable {
	var out []valueTable
	for _, sc := range cat.Scales {
		out = append(out, valueTable{title: scaleTitle(sc.Name), label: sc.Name + " scale", values: sc.Slugs()})
	}
	parties, regions, topics := cat.PartyCodes(), cat.RegionCodes(), cat.TopicSlugs()
	return append(out,
		valueTable{title: "Parties", label: "parties", values: parties},
		valueTable{title: "Regions", label: "regions", values: regions},
		valueTable{title: "Topics", label: "topics", values: topics})
}

// valueTables writes the catalogue's values: every scale, the parties,
// the regions by country, the topics and the labels.
func (g *gen) valueTables(d *doc) {
	d.heading(2, "Values")
	d.line("The values that fields take from the catalogue (%s): a file may use", code("proposals/catalog/"))
	d.line("these and no others.")
	d.line("")
	for _, sc := range g.cat.Scales {
		g.scale(d, &sc)
	}
	d.heading(3, "Parties")
	g.usedBy(d, "Parties")
	var rows [][]string
	for _, p := range g.cat.Parties {
		rows = append(rows, []string{code(p.Code), text(p.Name), text(p.Kind)})
	}
	d.table([]string{"code", "name", "kind"}, rows)
	g.regions(d)
	g.topics(d)
	d.heading(3, "Labels")
	d.line("The words a report shows for the slugs that are on no scale: kinds of guarantee and")
	d.line("zone, instruments of a bar on NATO membership, kinds of arms, and the triggers,")
	d.line("responses and voiding events of guarantees. A slug with no label here is shown with its")
	d.line("hyphens as spaces.")
	d.line("")
	slugs := make([]string, 0, len(g.cat.Labels))
	for s := range g.cat.Labels {
		slugs = append(slugs, s)
	}
	slices.Sort(slugs)
	rows = nil
	for _, s := range slugs {
		rows = append(rows, []string{code(s), text(g.cat.Labels[s])})
	}
	d.table([]string{"slug", "label"}, rows)
}

// scale writes one scale: its order, the words of a move along it, its
// values, and which are off the scale.
func (g *gen) scale(d *doc, sc *proposals.Scale) {
	title := scaleTitle(sc.Name)
	d.heading(3, title)
	d.line("%s. From one end to the other: a change toward the end of the list reads", text(sc.Title))
	d.line("“%s”, toward its start “%s”.", text(sc.Up), text(sc.Down))
	d.line("")
	g.usedBy(d, title)
	var rows [][]string
	var off []string
	for _, v := range sc.Values {
		rows = append(rows, []string{code(v.Slug), text(v.Label), text(v.Description)})
		if v.OffScale {
			off = append(off, code(v.Slug))
		}
	}
	d.table([]string{"slug", "label", "description"}, rows)
	switch len(off) {
	case 0:
	case 1:
		d.line("%s is off the scale: a change to or from it has no direction.", off[0])
		d.line("")
	default:
		d.line("%s are off the scale: a change to or from them has no direction.", strings.Join(off, ", "))
		d.line("")
	}
}

// usedBy writes the fields that take the values of the table with that
// heading.
func (g *gen) usedBy(d *doc, title string) {
	if users := g.users[title]; len(users) > 0 {
		d.line("Values of %s.", strings.Join(users, ", "))
		d.line("")
	}
}

// regions writes the regions, one table per country, the countries in
// the order of the parties.
func (g *gen) regions(d *doc) {
	d.heading(3, "Regions")
	d.line("First-level administrative units, by ISO 3166-2 code.")
	d.line("")
	g.usedBy(d, "Regions")
	var countries []string
	for _, r := range g.cat.Regions {
		if !slices.Contains(countries, r.Country) {
			countries = append(countries, r.Country)
		}
	}
	rank := func(code string) int {
		if i := slices.IndexFunc(g.cat.Parties, func(p proposals.Party) bool { return p.Code == code }); i >= 0 {
			return i
		}
		return len(g.cat.Parties)
	}
	slices.SortFunc(countries, func(a, b string) int { return cmp.Or(cmp.Compare(rank(a), rank(b)), strings.Compare(a, b)) })
	for _, c := range countries {
		name := c
		if p := g.cat.Party(c); p != nil {
			name = p.Name + " (" + c + ")"
		}
		d.heading(4, text(name))
		var rows [][]string
		for _, r := range g.cat.Regions {
			if r.Country == c {
				rows = append(rows, []string{code(r.Code), text(r.Name)})
			}
		}
		d.table([]string{"code", "name"}, rows)
	}
}

// topics writes the topics in the order of the domains of a report.
func (g *gen) topics(d *doc) {
	d.heading(3, "Topics")
	d.line("The subject of a provision: two texts' points on the same topic are compared. A report")
	d.line("groups them by domain, in the order of this table.")
	d.line("")
	g.usedBy(d, "Topics")
	topics := slices.Clone(g.cat.Topics)
	slices.SortStableFunc(topics, func(a, b proposals.Topic) int {
		return cmp.Or(cmp.Compare(g.cat.DomainIndex(a.Domain), g.cat.DomainIndex(b.Domain)), strings.Compare(a.Slug, b.Slug))
	})
	var rows [][]string
	for _, t := range topics {
		domain := t.Domain
		if i := g.cat.DomainIndex(t.Domain); i >= 0 {
			domain = g.cat.Domains[i].Title
		}
		rows = append(rows, []string{code(t.Slug), text(t.Title), text(domain), text(t.Description)})
	}
	d.table([]string{"slug", "title", "domain", "description"}, rows)
}
