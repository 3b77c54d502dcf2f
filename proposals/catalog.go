package proposals

import (
	"cmp"
	"fmt"
	"io/fs"
	"path"
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"
)

// Catalog holds the shared vocabularies that proposal files refer to: the
// topics that align points, the regions, the parties and the ordered scales
// of the enum terms. It is data: another conflict needs other files, not
// other code.
type Catalog struct {
	Domains []Domain `yaml:"domains" json:"domains"`
	Topics  []Topic  `yaml:"topics" json:"topics"`
	Regions []Region `json:"regions"`
	Parties []Party  `json:"parties"`
	Scales  []Scale  `json:"scales"`
	// Labels are the words for slugs that are not on a scale (labels.yaml).
	Labels map[string]string `json:"labels"`
	// Outlets are the outlets whose kind the sourcing rule fixes
	// (outlets.yaml), sorted by lowercase name.
	Outlets []Outlet `json:"outlets"`
	// Maps are the boundary maps of the countries, one per file under
	// maps/ (see [Map]); left out of JSON for their size.
	Maps []Map `json:"-"`
}

// Domain groups topics into one section of a report.
type Domain struct {
	Slug  string `yaml:"slug" json:"slug"`
	Title string `yaml:"title" json:"title"`
}

// Topic is the subject of a provision: the key on which the points of two
// texts are aligned.
type Topic struct {
	Slug        string `yaml:"slug" json:"slug"`
	Title       string `yaml:"title" json:"title"`
	Domain      string `yaml:"domain" json:"domain"`
	Description string `yaml:"description" json:"description"`
	// PAX is the matching category of the PA-X Peace Agreements Database.
	PAX string `yaml:"pax" json:"pax"`
}

// Region is a first-level administrative unit, by ISO 3166-2 code.
type Region struct {
	Code      string `yaml:"code" json:"code"`
	Name      string `yaml:"name" json:"name"`
	NameLocal string `yaml:"name_local,omitempty" json:"name_local,omitempty"`
	Type      string `yaml:"type" json:"type"`
	Country   string `yaml:"-" json:"country"`
}

// Party is a state, alliance, organisation or group that texts name.
type Party struct {
	Code string `yaml:"code" json:"code"`
	Name string `yaml:"name" json:"name"`
	Kind string `yaml:"kind" json:"kind"`
}

// Scale is an ordered vocabulary of an enum term, from one end to the
// other, so that a comparison can say which way a term moved.
type Scale struct {
	Name   string       `yaml:"name" json:"name"`
	Title  string       `yaml:"title" json:"title"`
	Up     string       `yaml:"up" json:"up"`
	Down   string       `yaml:"down" json:"down"`
	Values []ScaleValue `yaml:"values" json:"values"`
}

// ScaleValue is one step of a [Scale].
type ScaleValue struct {
	Slug        string `yaml:"slug" json:"slug"`
	Label       string `yaml:"label" json:"label"`
	Description string `yaml:"description" json:"description"`
	// OffScale marks a value with no place in the order, such as "disputed".
	OffScale bool `yaml:"off_scale,omitempty" json:"off_scale,omitempty"`
}

// The names of the scales the format uses.
const (
	ScaleRegionStatus    = "region-status"
	ScaleLineOfContact   = "line-of-contact"
	ScaleNATOMembership  = "nato-membership"
	ScaleNATOEnlargement = "nato-enlargement"
	ScaleForeignTroops   = "foreign-troops"
)

// Scale returns the scale of that name, or nil.
func (c *Catalog) Scale(name string) *Scale {
	for i := range c.Scales {
		if c.Scales[i].Name == name {
			return &c.Scales[i]
		}
	}
	return nil
}

// Rank returns the position of slug on the scale and whether it has one;
// off-scale and unknown values have none.
func (s *Scale) Rank(slug string) (int, bool) {
	for i, v := range s.Values {
		if v.Slug == slug {
			return i, !v.OffScale
		}
	}
	return 0, false
}

// Value returns the step of that slug, or nil.
func (s *Scale) Value(slug string) *ScaleValue {
	for i := range s.Values {
		if s.Values[i].Slug == slug {
			return &s.Values[i]
		}
	}
	return nil
}

// PlacedSlugs lists, joined by commas, the values that have a place on
// the scale (all but those such as "disputed").
func (s *Scale) PlacedSlugs() string {
	var out []string
	for _, v := range s.Values {
		if !v.OffScale {
			out = append(out, v.Slug)
		}
	}
	return strings.Join(out, ", ")
}

// Slugs lists the scale's values in order.
func (s *Scale) Slugs() []string {
	out := make([]string, len(s.Values))
	for i, v := range s.Values {
		out[i] = v.Slug
	}
	return out
}

// Topic returns the topic of that slug, or nil.
func (c *Catalog) Topic(slug string) *Topic {
	i, ok := slices.BinarySearchFunc(c.Topics, slug, func(t Topic, s string) int { return strings.Compare(t.Slug, s) })
	if !ok {
		return nil
	}
	return &c.Topics[i]
}

// Region returns the region of that code, or nil.
func (c *Catalog) Region(code string) *Region {
	i, ok := slices.BinarySearchFunc(c.Regions, code, func(r Region, s string) int { return strings.Compare(r.Code, s) })
	if !ok {
		return nil
	}
	return &c.Regions[i]
}

// Outlet is an outlet whose kind the sourcing rule fixes, whoever
// carries it: a source it publishes must have this kind, and a source
// relaying it is only as reputable as it.
type Outlet struct {
	// Name is the outlet's name as a source's publisher or relays gives it.
	Name string `yaml:"name" json:"name"`
	// Kind is the kind of source it is.
	Kind SourceKind `yaml:"kind" json:"kind"`
	// Why says what the outlet is, which decides its kind.
	Why string `yaml:"why" json:"why"`
}

// Outlet returns the catalogued outlet of that name, case aside, or nil.
func (c *Catalog) Outlet(name string) *Outlet {
	i, ok := slices.BinarySearchFunc(c.Outlets, name, func(o Outlet, k string) int { return compareLower(o.Name, k) })
	if !ok {
		return nil
	}
	return &c.Outlets[i]
}

// compareLower compares a and b as [strings.Compare] compares their
// lowercase forms ([strings.ToLower]), without making them while both are
// ASCII: a lowercase form is the lowercase form of each character.
func compareLower(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		if x >= utf8.RuneSelf || y >= utf8.RuneSelf {
			return strings.Compare(strings.ToLower(a[i:]), strings.ToLower(b[i:]))
		}
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return cmp.Compare(x, y)
		}
	}
	// One is the start of the other, whose lowercase form is longer.
	return cmp.Compare(len(a), len(b))
}

// PartyCodes lists the codes of the catalogue's parties, in its order.
func (c *Catalog) PartyCodes() []string {
	out := make([]string, len(c.Parties))
	for i, p := range c.Parties {
		out[i] = p.Code
	}
	return out
}

// RegionCodes lists the codes of the catalogue's regions, sorted.
func (c *Catalog) RegionCodes() []string {
	out := make([]string, len(c.Regions))
	for i, r := range c.Regions {
		out[i] = r.Code
	}
	return out
}

// TopicSlugs lists the slugs of the catalogue's topics, sorted.
func (c *Catalog) TopicSlugs() []string {
	out := make([]string, len(c.Topics))
	for i, t := range c.Topics {
		out[i] = t.Slug
	}
	return out
}

// Party returns the party of that code, or nil.
func (c *Catalog) Party(code string) *Party {
	for i := range c.Parties {
		if c.Parties[i].Code == code {
			return &c.Parties[i]
		}
	}
	return nil
}

// Label is the words for a slug that is not on a scale (a kind of
// guarantee, a trigger, an instrument), from labels.yaml, or the slug with
// its hyphens as spaces; a party code or a region code is left as it is.
func (c *Catalog) Label(slug string) string {
	if l, ok := c.Labels[slug]; ok {
		return l
	}
	return Humanize(slug)
}

// DomainIndex returns the position of a domain in the report order, or -1.
func (c *Catalog) DomainIndex(slug string) int {
	return slices.IndexFunc(c.Domains, func(d Domain) bool { return d.Slug == slug })
}

// DefaultCatalog returns the catalogue built into the binary: the files
// under catalog/, read and checked by [LoadCatalog] when the binary was
// built (catalog_builtin.go, written by `go generate`), so that it costs
// no parsing at run time. Each call returns a new copy.
//
//go:generate go run ../internal/cmd/catalogc -dir . -o catalog_builtin.go
func DefaultCatalog() (*Catalog, error) { return builtinCatalog(), nil }

// LoadCatalog reads a catalogue from dir in fsys: topics.yaml, parties.yaml,
// scales.yaml, one file per country under regions/ and, optionally, one
// boundary map per country under maps/ (see [Map]).
func LoadCatalog(fsys fs.FS, dir string) (*Catalog, error) {
	var errs ErrorList
	c := new(Catalog)
	var parties struct {
		Parties []Party `yaml:"parties"`
	}
	var scales struct {
		Scales []Scale `yaml:"scales"`
	}
	decodeInto(fsys, path.Join(dir, "topics.yaml"), c, &errs)
	decodeInto(fsys, path.Join(dir, "parties.yaml"), &parties, &errs)
	decodeInto(fsys, path.Join(dir, "scales.yaml"), &scales, &errs)
	var labels struct {
		Labels []struct {
			Slug  string `yaml:"slug"`
			Label string `yaml:"label"`
		} `yaml:"labels"`
	}
	decodeInto(fsys, path.Join(dir, "labels.yaml"), &labels, &errs)
	var outlets struct {
		Outlets []Outlet `yaml:"outlets"`
	}
	decodeInto(fsys, path.Join(dir, "outlets.yaml"), &outlets, &errs)
	c.Outlets = outlets.Outlets
	c.Labels = make(map[string]string, len(labels.Labels))
	for _, l := range labels.Labels {
		c.Labels[l.Slug] = l.Label
	}
	c.Parties, c.Scales = parties.Parties, scales.Scales
	files, err := fs.Glob(fsys, path.Join(dir, "regions", "*.yaml"))
	if err != nil {
		return nil, err
	}
	for _, name := range files {
		var country struct {
			Country string   `yaml:"country"`
			Name    string   `yaml:"name"`
			Regions []Region `yaml:"regions"`
		}
		decodeInto(fsys, name, &country, &errs)
		for _, r := range country.Regions {
			r.Country = country.Country
			c.Regions = append(c.Regions, r)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	slices.SortFunc(c.Topics, func(a, b Topic) int { return strings.Compare(a.Slug, b.Slug) })
	slices.SortFunc(c.Regions, func(a, b Region) int { return strings.Compare(a.Code, b.Code) })
	slices.SortFunc(c.Outlets, func(a, b Outlet) int { return compareLower(a.Name, b.Name) })
	for i, o := range c.Outlets {
		if !slices.Contains(o.Kind.Values(), string(o.Kind)) {
			return nil, fmt.Errorf("catalogue: outlet %q: unknown kind %q", o.Name, o.Kind)
		}
		if i > 0 && strings.EqualFold(c.Outlets[i-1].Name, o.Name) {
			return nil, fmt.Errorf("catalogue: outlet %q listed twice", o.Name)
		}
	}
	c.loadMaps(fsys, dir, &errs)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	for _, t := range c.Topics {
		if c.DomainIndex(t.Domain) < 0 {
			return nil, fmt.Errorf("catalogue: topic %q: unknown domain %q", t.Slug, t.Domain)
		}
	}
	for _, name := range []string{ScaleRegionStatus, ScaleLineOfContact, ScaleNATOMembership, ScaleNATOEnlargement, ScaleForeignTroops} {
		if c.Scale(name) == nil {
			return nil, fmt.Errorf("catalogue: missing scale %q", name)
		}
	}
	return c, nil
}

// decodeInto strictly decodes the YAML file name into v, adding problems to errs.
func decodeInto(fsys fs.FS, name string, v any, errs *ErrorList) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		errs.Add(Pos{File: name}, "%v", err)
		return
	}
	root, err := parseNode(name, data)
	if err != nil {
		*errs = append(*errs, err.(ErrorList)...)
		return
	}
	d := &decoder{file: name, errs: errs, pos: newValuePlaces(0), bad: make(map[any]bool), fields: make(map[reflect.Type]fieldSet)}
	d.decode(root, reflect.ValueOf(v).Elem())
}
