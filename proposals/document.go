package proposals

import (
	"reflect"
	"slices"
)

// Document is a data file of another format than a proposal (the parties'
// red lines, say) decoded by the proposal format's strict rules, with the
// position of every value, and the checks the formats share: catalogue
// codes, dates, sources and the confidence rule. Each problem is kept at
// the position of its value; [Document.Err] returns them all.
type Document struct {
	Name string
	data []byte
	v    *validator
}

// DecodeDocument decodes data strictly into v, a pointer to a struct whose
// fields carry yaml tags: an unknown field, a duplicate key, a wrong type,
// a bad enum value or a missing required field is kept as a problem with
// its position. It fails only when data is not one YAML document, with an
// [ErrorList].
func DecodeDocument(name string, data []byte, v any, cat *Catalog) (*Document, error) {
	root, err := parseNode(name, data)
	if err != nil {
		return nil, err
	}
	f := &File{Name: name, Proposal: new(Proposal), pos: newValuePlaces(0), bad: make(map[any]bool)}
	d := &Document{Name: name, data: data, v: &validator{f: f, cat: cat, p: f.Proposal}}
	dec := &decoder{file: name, errs: &d.v.errs, pos: f.pos, bad: f.bad, fields: make(map[reflect.Type]fieldSet)}
	dec.decode(root, reflect.ValueOf(v).Elem())
	return d, nil
}

// Catalog is the catalogue the document is checked against.
func (d *Document) Catalog() *Catalog { return d.v.cat }

// Pos returns the position of the value ptr points to, or one with only
// the file name.
func (d *Document) Pos(ptr any) Pos { return d.v.f.Pos(ptr) }

// Expr returns the expression held by the string s points to, with the
// position of each of its characters.
func (d *Document) Expr(s *string) Expr { return newExpr(d.data, d.Pos(s), *s) }

// Add reports a problem with the value ptr points to, unless decoding
// already reported it.
func (d *Document) Add(ptr any, format string, args ...any) { d.v.add(ptr, format, args...) }

// AddAt reports a problem at pos.
func (d *Document) AddAt(pos Pos, format string, args ...any) { d.v.errs.Add(pos, format, args...) }

// Bad reports whether the value ptr points to could not be decoded.
func (d *Document) Bad(ptr any) bool { return d.v.f.bad[ptr] }

// Has reports whether the file gave a value for what ptr points to.
func (d *Document) Has(ptr any) bool { return d.v.has(ptr) }

// Required reports whether the string s points to is set, reporting it
// as missing or empty (what names it) when not; owner is the struct that
// holds it.
func (d *Document) Required(s *string, owner any, what string) bool {
	return d.v.required(s, owner, what)
}

// Slug checks a required lowercase slug.
func (d *Document) Slug(s *string, owner any, what string) {
	if d.v.required(s, owner, what) && !slugRE.MatchString(*s) {
		d.v.add(s, "%s: expected a lowercase slug of letters, digits and single hyphens", what)
	}
}

// Date checks a required date.
func (d *Document) Date(date *Date, owner any, what string) {
	if d.v.required((*string)(date), owner, what) && !date.Valid() {
		d.v.add(date, "%s %q: expected a real date as YYYY-MM-DD, YYYY-MM or YYYY", what, *date)
	}
}

// Party checks a party code against the catalogue.
func (d *Document) Party(code *string, what string) bool { return d.v.party(code, what) }

// Region checks a region code against the catalogue.
func (d *Document) Region(code *string, what string) { d.v.region(code, what) }

// ScaleValue checks a value against the named scale of the catalogue.
func (d *Document) ScaleValue(value *string, scale, what string) { d.v.scaleValue(value, scale, what) }

// Sources checks the file's list of sources, as a proposal's are checked,
// and keeps them for [Document.Cite]. list must point into the decoded
// value.
func (d *Document) Sources(list *[]Source) {
	d.v.p.Sources = *list
	pos := d.Pos(list)
	d.v.f.pos.setPtr(&d.v.p.Sources, pos.Line, pos.Col)
	d.v.sources()
}

// Cite checks that ids names sources of the file (what names the list in
// messages, owner holds it) and returns those sources in the order cited.
func (d *Document) Cite(ids *[]string, owner any, what string) []Source {
	if len(*ids) == 0 && d.Has(ids) {
		d.Add(ids, "%s: sources: empty; expected at least one source id", what)
	}
	var out []Source
	for i := range *ids {
		d.v.sourceRef(&(*ids)[i], what)
		if s := d.v.srcs[(*ids)[i]]; s != nil {
			out = append(out, *s)
		}
	}
	return out
}

// Confidence enforces the rule for "confirmed" on a claim resting on the
// sources ids: two independent reputable origins.
func (d *Document) Confidence(c *Confidence, ids []string, what string) { d.v.confirmed(c, ids, what) }

// CheckTerms checks the typed terms of p, decoded from the document, as a
// proposal's are checked, each problem at its place. Every point the
// terms cite counts as a point of the text.
func (d *Document) CheckTerms(p *Proposal) {
	saved := d.v.points
	defer func() { d.v.points = saved }()
	d.v.points = map[string]bool{}
	for _, t := range Terms(p, d.v.cat) {
		for _, pt := range t.Points {
			d.v.points[pt] = true
		}
	}
	var areas []string
	for _, k := range TermKinds() {
		k.validate(d.v, p)
		areas = append(areas, k.Area())
	}
	for i := range p.UnknownTerms {
		if !slices.Contains(areas, p.UnknownTerms[i]) {
			d.v.add(&p.UnknownTerms[i], "unknown_terms[%d]: %q: expected %s", i, p.UnknownTerms[i], orList(slices.Compact(areas)))
		}
	}
}

// Err returns every problem found, decoding and checks, sorted, as an
// [ErrorList]; nil when there is none.
func (d *Document) Err() error {
	return slices.Clone(d.v.errs).Err()
}
