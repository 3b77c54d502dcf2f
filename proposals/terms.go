package proposals

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// A typed term is declared once, as a [TermKind]: where its entries sit in
// a proposal, what a report shows of them (its facets), what a red-line rule
// can read of them (its attributes), whether it has a place on the
// spectrum, and how its entries are validated. Every consumer (compare's
// typed diff, the renderers, the red-line view, the spectrum) reads terms
// through [Terms], so that a new kind of term touches the model, its
// declaration and its tests.

// TermKinds returns every kind of typed term, in the order reports show
// them within a section.
var TermKinds = sync.OnceValue(func() []*TermKind {
	return []*TermKind{
		lineOfContactKind(), nonUseOfForceKind(), zoneKind(), othersKind(), regionKind(),
		capKind(), weaponsKind(), foreignTroopsKind(),
		membershipKind(), enlargementKind(), stationingKind(),
		guaranteeKind(), nuclearPlantKind(),
	}
})

// TermKind declares one kind of typed term.
type TermKind struct {
	// Name is the kind's name in rules, in row keys and in stances:
	// "region", "cap", "nato.membership".
	Name string
	// Words names what the kind is about, for a reader: "the status of
	// regions", "caps on forces".
	Words string
	// Section is the report section the kind's rows go in, a domain of the
	// topic catalogue: territory, military, nato or guarantees.
	Section string
	// Key starts the keys of the kind's rows: "territory.region",
	// "military.cap".
	Key string
	// Var is the variable that lists the kind's terms in a red-line rule:
	// "regions", "caps", "nato.membership".
	Var string
	// Attrs are what a rule can read of a term of the kind, besides the
	// attributes every term has (term and points).
	Attrs []Attr
	// Collapsed kinds show in a report only through their summary: the
	// facets of their terms describe a term that crosses a red line.
	Collapsed bool
	// Axis, when set, places the kind's terms on the spectrum: the facet
	// placed is the first, and Axis names what the rest of a stance key
	// after "kind:" must be: "party", "region", or "none" for a kind that
	// has one term (the stance key is then the kind's name).
	Axis string
	// AxisScale is the scale of the facet placed on the spectrum; empty
	// when it is a number.
	AxisScale string
	// Topics are the topics of the points that address the kind: a text
	// with such a point whose wording is unknown leaves the kind unknown,
	// not unaddressed, when it has no term of the kind.
	Topics []string

	terms    func(p *Proposal, cat *Catalog) []Term
	validate func(v *validator, p *Proposal)
	// summary, when set, adds a term of facets over all the kind's terms
	// of a proposal (the set of guarantors, the list of zones).
	summary func(terms []Term) *Term
}

// Area is the name unknown_terms gives the kind's section.
func (k *TermKind) Area() string {
	if k.Section == "guarantees" {
		return "security_guarantees"
	}
	return k.Section
}

// AttrType is the type of a term attribute a rule reads.
type AttrType int

// The types of attributes.
const (
	AttrString    AttrType = iota // a string; "" when the term has none
	AttrInt                       // an integer; 0 when the term has none
	AttrBool                      // true or false
	AttrStrings                   // a list of strings
	AttrStringMap                 // a map of strings to strings
)

// Attr is one attribute of a kind of term, as a rule reads it.
type Attr struct {
	// Name is the attribute's name in rules: "personnel", "status".
	Name string
	Type AttrType
	// Doc says what it holds, for the rules' documentation.
	Doc string
	// Absent is what a rule reads on a term whose kind lacks the
	// attribute; nil means the type's zero value.
	Absent any
}

// Term is one typed term of one proposal, flattened from the file's entry.
type Term struct {
	Kind *TermKind
	// Subject tells terms of one kind apart, constant across proposals: a
	// region code ("UA-14"), a party ("UA"), a party and who proposes the
	// figure ("UA:RU"), a guarantor; empty for a kind a text states once.
	Subject string
	// Group is what the term is about, in words, for the rows of its
	// facets: "Donetsk Oblast (UA-14)", "Forces of Ukraine"; empty for a
	// kind a text states once.
	Group string
	// Facets are the values a report shows, one row each (for a
	// [TermKind.Collapsed] kind, only the summary's), the first the main
	// value.
	Facets []Facet
	// Attrs are what a rule reads of the term, by the names of its kind's
	// Attrs.
	Attrs map[string]any
	// Variants are the drafters' versions of a disputed term.
	Variants []TermVariant
	// Points are the labels of the points the term comes from, sorted.
	Points []string
	Note   string
	// Reading is true when the term is the editors' reading of its points
	// rather than what the text states (see Note).
	Reading bool
	// Unknown is true when every point the term comes from has a wording
	// that was never reported: the value rests on no reported words.
	Unknown bool
	// Summary is true for the term a kind adds over all its terms; rules
	// and the spectrum do not see it.
	Summary bool
	// Entry points to the file's entry the term was decoded into, for
	// [File.Pos].
	Entry any
}

// Facet is one value of a term that a report shows as a row.
type Facet struct {
	// Name tells the facets of a term apart in row keys: "" for the main
	// value, "applies", "recognized_by".
	Name string
	// Label names the row: "status", "personnel cap".
	Label string
	Type  ValueType
	// Scale names the ordered scale of an enum value, if it has one.
	Scale string
	Value Value
	// Noted is true when the term's note belongs to this facet's row.
	Noted bool
}

// TermVariant is one drafter's value of a disputed term.
type TermVariant struct {
	Party string
	// Value is the variant's slug on the facet's scale, and Label its
	// words.
	Value, Label string
}

// Key is the row key of one facet of the term: "territory.region:UA-14",
// "military.cap:UA.applies".
func (t *Term) Key(f *Facet) string {
	k := t.Kind.Key
	if t.Subject != "" {
		k += ":" + t.Subject
	}
	if f.Name != "" {
		k += "." + f.Name
	}
	return k
}

// StanceKey is the key of the term's axis on the spectrum, "cap:UA",
// "region:UA-14", "line_of_contact", or "" when the kind has no axis.
func (t *Term) StanceKey() string {
	switch t.Kind.Axis {
	case "":
		return ""
	case "none":
		return t.Kind.Name
	}
	subject, _, _ := strings.Cut(t.Subject, ":")
	return t.Kind.Name + ":" + subject
}

// Terms lists the typed terms p addresses, kind by kind in the order of
// [TermKinds], each kind's summary after its terms.
func Terms(p *Proposal, cat *Catalog) []Term {
	unknown := map[string]bool{}
	for _, pr := range p.Provisions {
		unknown[pr.Point] = pr.State == StateUnknown
	}
	var out []Term
	for _, k := range TermKinds() {
		ts := k.terms(p, cat)
		for i := range ts {
			ts[i].Kind = k
			ts[i].Points = SortLabels(ts[i].Points)
			ts[i].Unknown = len(ts[i].Points) > 0
			for _, pt := range ts[i].Points {
				ts[i].Unknown = ts[i].Unknown && unknown[pt]
			}
		}
		out = append(out, ts...)
		if k.summary != nil && len(ts) > 0 {
			if s := k.summary(ts); s != nil {
				s.Kind, s.Summary = k, true
				s.Points = SortLabels(s.Points)
				out = append(out, *s)
			}
		}
	}
	return out
}

// AddressedUnknown reports whether p addresses kind k in words that were
// never reported: its unknown_terms name k's area, or it has a point of
// one of k's topics whose wording is unknown.
func AddressedUnknown(p *Proposal, k *TermKind) bool {
	if slices.Contains(p.UnknownTerms, k.Area()) {
		return true
	}
	for _, pr := range p.Provisions {
		if pr.State == StateUnknown && slices.Contains(k.Topics, pr.Topic) {
			return true
		}
	}
	return false
}

// TermKindNamed returns the kind named name, or nil.
func TermKindNamed(name string) *TermKind {
	for _, k := range TermKinds() {
		if k.Name == name {
			return k
		}
	}
	return nil
}

// StanceKinds returns the names of the kinds that have an axis on the
// spectrum, with the form of their stance keys: "cap:<party>",
// "line_of_contact".
func StanceKinds() []string {
	var out []string
	for _, k := range TermKinds() {
		switch k.Axis {
		case "":
		case "none":
			out = append(out, k.Name)
		default:
			out = append(out, k.Name+":<"+k.Axis+">")
		}
	}
	return out
}

// StanceKind returns the kind of a stance key ("cap:UA", "line_of_contact")
// and checks its subject against the catalogue. The kind is nil when the
// key names no kind with an axis; the error says what was expected.
func StanceKind(key string, cat *Catalog) (*TermKind, error) {
	name, subject, hasSubject := strings.Cut(key, ":")
	k := TermKindNamed(name)
	if k == nil || k.Axis == "" || (k.Axis == "none") == hasSubject {
		return nil, fmt.Errorf("unknown term %q; expected %s", key, orList(StanceKinds()))
	}
	switch k.Axis {
	case "party":
		if cat.Party(subject) == nil {
			return k, fmt.Errorf("unknown party %q", subject)
		}
	case "region":
		if cat.Region(subject) == nil {
			return k, fmt.Errorf("unknown region %q; expected an ISO 3166-2 code from the region catalogue", subject)
		}
	}
	return k, nil
}

// based records a term's basis and note: a reading is noted.
func (t *Term) based(basis Basis, note string) {
	t.Note, t.Reading = note, basis == BasisReading
}

// disputed adds the drafters' variants of a disputed term, each a value
// of scale, and returns them as a rule's positions (party -> value).
func (t *Term) disputed(cat *Catalog, scale string, variants []PartyValue) map[string]string {
	positions := map[string]string{}
	for _, v := range variants {
		positions[v.Party] = v.Value
		t.Variants = append(t.Variants, TermVariant{Party: v.Party, Value: v.Value, Label: enumValue(cat, scale, v.Value).Label})
	}
	return positions
}

// checkBasis: a reading says what it rests on in its note.
func (v *validator) checkBasis(basis Basis, note string, owner any, what string) {
	if basis == BasisReading && strings.TrimSpace(note) == "" {
		v.add(owner, "%s: basis reading: expected a note that says what the reading rests on", what)
	}
}

// checkVariants: a disputed value has at least two parties' variants, each
// a value of scale; variants only with a disputed value.
func (v *validator) checkVariants(value *string, variants []PartyValue, scale, what string) {
	switch {
	case *value == "disputed" && len(variants) < 2:
		v.add(value, "%s: %s disputed needs the variants of at least two parties", what, "value")
	case *value != "disputed" && len(variants) > 0:
		v.add(&variants[0], "%s: variants: only a disputed value has variants; expected rule: disputed", what)
	}
	for i := range variants {
		w := fmt.Sprintf("%s.variants[%d]", what, i)
		v.party(&variants[i].Party, w+".party")
		v.scaleValue(&variants[i].Value, scale, w+".value")
	}
}

// enumValue is a value of the named scale, with its words and place.
func enumValue(cat *Catalog, scale, slug string) Value {
	v := Value{Enum: slug, Label: slug}
	if s := cat.Scale(scale); s != nil {
		if sv := s.Value(slug); sv != nil {
			v.Label = sv.Label
		}
		if rank, ok := s.Rank(slug); ok {
			v.Rank = &rank
		}
	}
	return v
}

// enumFacet is a facet whose value is on scale.
func enumFacet(cat *Catalog, name, label, scale, slug string) Facet {
	return Facet{Name: name, Label: label, Type: Enum, Scale: scale, Value: enumValue(cat, scale, slug), Noted: true}
}

// setFacet is a facet whose value is a set of members, shown by words
// (nil: by the members themselves, such as party codes).
func setFacet(name, label string, members []string, words func(string) string) Facet {
	v := Value{Set: sortedUnique(members)}
	if words != nil {
		for _, m := range v.Set {
			v.Labels = append(v.Labels, words(m))
		}
	}
	return Facet{Name: name, Label: label, Type: Set, Value: v}
}

// rank is the place of slug on the named scale, or -1.
func rank(cat *Catalog, scale, slug string) int {
	if s := cat.Scale(scale); s != nil {
		if r, ok := s.Rank(slug); ok {
			return r
		}
	}
	return -1
}

// PartyName is the catalogue's name of a party, or its code.
func (c *Catalog) PartyName(code string) string {
	if p := c.Party(code); p != nil {
		return p.Name
	}
	return code
}

// RegionName is "Donetsk Oblast (UA-14)", or the code when the catalogue
// does not know it.
func (c *Catalog) RegionName(code string) string {
	if r := c.Region(code); r != nil {
		return fmt.Sprintf("%s (%s)", r.Name, code)
	}
	return code
}

func sortedUnique(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	out := slices.Clone(s)
	slices.Sort(out)
	return slices.Compact(out)
}
