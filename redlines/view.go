package redlines

import (
	"github.com/peacediff/peacediff/proposals"
)

// Term is one typed term of a proposal as a rule reads it: the attributes
// its kind declares ([proposals.TermKind.Attrs]), plus term (its kind) and
// points. In a rule, a term has every attribute of every kind; those its
// kind lacks read as empty (see [termType]).
type Term struct {
	// Kind is the kind's name: "region", "cap", "nato.membership".
	Kind string
	// Points are the labels of the points the term comes from.
	Points []string
	attrs  map[string]any
	src    *proposals.Term
}

// Str returns a string attribute, or "".
func (t *Term) Str(name string) string { s, _ := t.attrs[name].(string); return s }

// Int returns an integer attribute, or 0.
func (t *Term) Int(name string) int { n, _ := t.attrs[name].(int); return n }

// Bool returns a boolean attribute, or false.
func (t *Term) Bool(name string) bool { b, _ := t.attrs[name].(bool); return b }

// Strings returns a list attribute, or nil.
func (t *Term) Strings(name string) []string { l, _ := t.attrs[name].([]string); return l }

// View is what rules see of one proposal: for each rule variable of the
// term kinds (regions, caps, nato.membership, ...), the proposal's terms of
// that kind, an empty list when it addresses none. Kinds a text states once
// (the line of contact, the NATO terms) are lists of at most one term, so
// that rules can join lists of different kinds with +.
type View struct {
	vars map[string]any
}

// NewView builds the view of a proposal from its typed terms.
func NewView(p *proposals.Proposal, cat *proposals.Catalog) *View {
	lists := map[string][]*Term{}
	for _, k := range proposals.TermKinds() {
		if k.Var != "" {
			lists[k.Var] = []*Term{}
		}
	}
	terms := proposals.Terms(p, cat)
	for i := range terms {
		t := &terms[i]
		if t.Summary || t.Kind.Var == "" {
			continue
		}
		attrs := make(map[string]any, len(t.Attrs)+2)
		for name, v := range t.Attrs {
			attrs[name] = v
		}
		attrs["term"], attrs["points"] = t.Kind.Name, t.Points
		lists[t.Kind.Var] = append(lists[t.Kind.Var], &Term{Kind: t.Kind.Name, Points: t.Points, attrs: attrs, src: t})
	}
	v := &View{vars: make(map[string]any, len(lists)+1)}
	for name, l := range lists {
		v.vars[name] = l
	}
	return v
}
