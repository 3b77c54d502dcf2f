package formatdoc

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// The patterns of the schema that name a type of their own.
const (
	datePattern = `^\d{4}(-\d{2}(-\d{2})?)?$`
	slugPattern = `^[a-z0-9]+(-[a-z0-9]+)*$`
	urlPattern  = `^https?://`
)

// schema is what the document shows of the JSON Schema of the format: the
// root type and the object types of $defs, their properties in order.
type schema struct {
	root        string
	description string // what the root type is
	defs        map[string]*object
}

// object is one type of $defs.
type object struct {
	name     string
	props    []*property
	required []string
}

// property is one field of an object, or the items of a list.
type property struct {
	name        string
	typ         string
	ref         string // the name of a type of $defs
	items       *property
	enum        []string
	description string
	pattern     string
	format      string
	minimum     string
}

// parseSchema reads the JSON Schema (JSON is YAML, and a YAML node keeps
// the order of the properties). A keyword it does not know is an error, so
// that the document never leaves out a rule of the schema.
func parseSchema(data []byte) (*schema, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	if root.Kind != yaml.DocumentNode || len(root.Content) != 1 {
		return nil, fmt.Errorf("schema: expected one JSON object")
	}
	s := &schema{defs: map[string]*object{}}
	err := mapping(root.Content[0], "schema", func(key string, v *yaml.Node) error {
		var err error
		switch key {
		case "$schema", "$id", "title":
		case "description":
			s.description = v.Value
		case "$ref":
			s.root, err = refName(v.Value)
		case "$defs":
			err = mapping(v, "$defs", func(name string, v *yaml.Node) error {
				o, err := parseObject(name, v)
				s.defs[name] = o
				return err
			})
		default:
			err = fmt.Errorf("schema: unknown keyword %q", key)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	if s.defs[s.root] == nil {
		return nil, fmt.Errorf("schema: root type %q not in $defs", s.root)
	}
	return s, nil
}

// parseObject reads the type name of $defs.
func parseObject(name string, n *yaml.Node) (*object, error) {
	o := &object{name: name}
	where := "$defs." + name
	err := mapping(n, where, func(key string, v *yaml.Node) error {
		switch key {
		case "type":
			if v.Value != "object" {
				return fmt.Errorf("schema: %s: type %q, expected object", where, v.Value)
			}
		case "additionalProperties":
			if v.Value != "false" {
				return fmt.Errorf("schema: %s: additionalProperties %s, expected false", where, v.Value)
			}
		case "required":
			return v.Decode(&o.required)
		case "properties":
			return mapping(v, where+".properties", func(name string, v *yaml.Node) error {
				p, err := parseProperty(where+"."+name, v)
				if p != nil {
					p.name = name
					o.props = append(o.props, p)
				}
				return err
			})
		default:
			return fmt.Errorf("schema: %s: unknown keyword %q", where, key)
		}
		return nil
	})
	return o, err
}

// parseProperty reads the schema of one field.
func parseProperty(where string, n *yaml.Node) (*property, error) {
	p := &property{}
	err := mapping(n, where, func(key string, v *yaml.Node) error {
		var err error
		switch key {
		case "type":
			p.typ = v.Value
		case "$ref":
			p.ref, err = refName(v.Value)
		case "items":
			p.items, err = parseProperty(where+".items", v)
		case "enum":
			err = v.Decode(&p.enum)
		case "description":
			p.description = v.Value
		case "pattern":
			p.pattern = v.Value
		case "format":
			p.format = v.Value
		case "minimum":
			if _, err := strconv.ParseFloat(v.Value, 64); err != nil {
				return fmt.Errorf("schema: %s: minimum %q: expected a number", where, v.Value)
			}
			p.minimum = v.Value
		default:
			err = fmt.Errorf("schema: %s: unknown keyword %q", where, key)
		}
		return err
	})
	return p, err
}

// mapping calls f with every key and value of n, a mapping, in order.
func mapping(n *yaml.Node, where string, f func(key string, v *yaml.Node) error) error {
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("schema: %s: expected an object", where)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if err := f(n.Content[i].Value, n.Content[i+1]); err != nil {
			return err
		}
	}
	return nil
}

// refName is the type a $ref names: #/$defs/Name.
func refName(ref string) (string, error) {
	name, ok := strings.CutPrefix(ref, "#/$defs/")
	if !ok || name == "" {
		return "", fmt.Errorf("schema: $ref %q: expected #/$defs/NAME", ref)
	}
	return name, nil
}

// typeRef is the type of $defs that a field holds, alone or in a list.
func (p *property) typeRef() string {
	if p.items != nil {
		return p.items.ref
	}
	return p.ref
}

// isRequired reports whether the object requires the field.
func (o *object) isRequired(name string) bool { return slices.Contains(o.required, name) }

// order lists the types of $defs breadth first from the root, each
// object's fields in order; a type the root does not reach comes after,
// by name.
func (s *schema) order() ([]*object, error) {
	out := []*object{s.defs[s.root]}
	seen := map[string]bool{s.root: true}
	for i := 0; i < len(out); i++ {
		for _, p := range out[i].props {
			ref := p.typeRef()
			if ref == "" || seen[ref] {
				continue
			}
			if s.defs[ref] == nil {
				return nil, fmt.Errorf("schema: %s.%s: $ref to %q, not in $defs", out[i].name, p.name, ref)
			}
			seen[ref] = true
			out = append(out, s.defs[ref])
		}
	}
	var rest []string
	for name := range s.defs {
		if !seen[name] {
			rest = append(rest, name)
		}
	}
	slices.Sort(rest)
	for _, name := range rest {
		out = append(out, s.defs[name])
	}
	return out, nil
}

// use is a place in a file where a type of $defs is found.
type use struct {
	path string    // the field's path from the top of the file: territory.regions[].positions
	prop *property // the field
}

// uses lists, per type, the paths from the root at which it is found, in
// the order of a walk of the fields from the root, depth first.
func (s *schema) uses() map[string][]use {
	out := map[string][]use{}
	var walk func(o *object, prefix string, stack map[string]bool)
	walk = func(o *object, prefix string, stack map[string]bool) {
		stack[o.name] = true
		for _, p := range o.props {
			ref := p.typeRef()
			if ref == "" || stack[ref] || s.defs[ref] == nil {
				continue
			}
			path := prefix + p.name
			out[ref] = append(out[ref], use{path: path, prop: p})
			if p.items != nil {
				path += "[]"
			}
			walk(s.defs[ref], path+".", stack)
		}
		delete(stack, o.name)
	}
	walk(s.defs[s.root], "", map[string]bool{})
	return out
}
