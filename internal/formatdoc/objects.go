package formatdoc

import (
	"fmt"
	"slices"
	"strings"
)

// objects writes one section per type of the schema: where it is found,
// a table of its fields and an example.
func (g *gen) objects(d *doc, order []*object, ex map[string]example) error {
	d.heading(2, "Objects")
	d.line("Each section is one kind of YAML mapping: its fields, in the order %s writes", code("peacediff fmt"))
	d.line("them, and an example. A field marked required must be there; any other may be left")
	d.line("out, and a field that is not in the table is an error.")
	d.line("")
	for _, o := range order {
		d.heading(3, o.name)
		if o.name == g.s.root {
			d.line("The whole file. %s", text(g.s.description))
			d.line("")
		}
		for _, u := range g.uses[o.name] {
			where := code(u.path)
			if u.prop.items != nil {
				where = "Each entry of " + where
			}
			if u.prop.description != "" {
				where += ": " + text(u.prop.description)
			}
			d.line("- %s", where)
		}
		if len(g.uses[o.name]) > 0 {
			d.line("")
		}
		var rows [][]string
		for _, p := range o.props {
			typ, err := g.typeOf(p)
			if err != nil {
				return fmt.Errorf("schema: %s.%s: %w", o.name, p.name, err)
			}
			req := "no"
			if o.isRequired(p.name) {
				req = "yes"
			}
			rows = append(rows, []string{code(p.name), typ, req, g.values(o, p), text(p.description)})
		}
		d.table([]string{"field", "type", "required", "values", "what it is"}, rows)
		if o.name == g.s.root {
			g.proposalExample(d)
			continue
		}
		e, ok := ex[o.name]
		if !ok {
			d.line("No text of the built-in corpus has one yet.")
			d.line("")
			continue
		}
		d.line("Example, %s of %s:", code(e.path), code(e.id))
		d.line("")
		d.line("```yaml")
		for _, l := range e.yaml {
			d.line("%s", l)
		}
		d.line("```")
		d.line("")
	}
	return nil
}

// proposalExample writes the complete example file.
func (g *gen) proposalExample(d *doc) {
	d.line("A short complete file (made up, not a real text):")
	d.line("")
	d.line("```yaml")
	d.b.WriteString(strings.TrimRight(exampleFile, "\n"))
	d.line("")
	d.line("```")
	d.line("")
}

// typeOf names the type of a field: string, integer, yes/no, date, slug,
// URL, a link to an object's section, or a list of one of these.
func (g *gen) typeOf(p *property) (string, error) {
	if p.typ == "array" {
		if p.items == nil {
			return "", fmt.Errorf("a list without items")
		}
		t, err := g.typeName(p.items, true)
		return "list of " + t, err
	}
	return g.typeName(p, false)
}

// typeName names the type of a value that is not a list, in the plural
// for the items of a list.
func (g *gen) typeName(p *property, plural bool) (string, error) {
	if p.ref != "" {
		return link(p.ref, p.ref), nil
	}
	var name string
	switch p.typ {
	case "string":
		switch {
		case p.pattern == datePattern:
			name = "date"
		case p.pattern == slugPattern:
			name = "slug"
		case p.format == "uri":
			name = "URL"
		default:
			name = "string"
		}
	case "integer":
		name = "integer"
	case "number":
		name = "number"
	case "boolean":
		return "yes/no", nil
	default:
		return "", fmt.Errorf("type %q: the format reference does not know it", p.typ)
	}
	if plural {
		name += "s"
	}
	return name, nil
}

// values says what values a field of o takes beyond its type: the values
// of an enum, or a link to the catalogue's table of them (and the field is
// recorded among that table's users), a pattern that is no type of its
// own, a minimum.
func (g *gen) values(o *object, p *property) string {
	v := p
	if p.items != nil {
		v = p.items
	}
	var out []string
	if len(v.enum) > 0 {
		if title, label := g.catalogueTable(v.enum); title != "" {
			out = append(out, link(label, title))
			g.users[title] = append(g.users[title], link(o.name, o.name)+" "+code(p.name))
		} else {
			out = append(out, codes(v.enum))
		}
	}
	switch v.pattern {
	case "", datePattern, slugPattern:
	case urlPattern:
		if v.format != "uri" {
			out = append(out, "pattern "+code(v.pattern))
		}
	default:
		out = append(out, "pattern "+code(v.pattern))
	}
	if v.minimum != "" {
		out = append(out, "at least "+v.minimum)
	}
	return strings.Join(out, "; ")
}

// catalogueTable finds the table of values of the catalogue that holds
// exactly the values of an enum: the title of its heading and a label for
// a link to it, or "" when the enum is the format's own.
func (g *gen) catalogueTable(enum []string) (title, label string) {
	for _, t := range g.tables {
		if slices.Equal(t.values, enum) {
			return t.title, t.label
		}
	}
	return "", ""
}
