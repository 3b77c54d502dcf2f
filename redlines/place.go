package redlines

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// Place builds the spectrum of files against the stances of positions.
// Terms that no file addresses are left out; the same input gives the same
// spectrum.
func Place(cat *proposals.Catalog, files []*proposals.File, positions []Line) *Spectrum {
	b := &placer{cat: cat, axes: map[string]*Axis{}}
	for _, f := range files {
		b.proposal(f.Proposal)
	}
	latest := map[string]int{} // party + term -> index in axis.Stances
	for _, p := range positions {
		for _, st := range p.Stances {
			a := b.axes[st.Term]
			if a == nil {
				continue
			}
			m := Mark{Who: p.Party, Name: b.cat.PartyName(p.Party), Date: string(p.Date), Line: p.ID}
			b.value(a, &m, st.Value, st.Personnel)
			k := p.Party + " " + st.Term
			if i, ok := latest[k]; ok {
				if a.Stances[i].Date <= m.Date {
					a.Stances[i] = m
				}
				continue
			}
			latest[k] = len(a.Stances)
			a.Stances = append(a.Stances, m)
		}
	}
	s := &Spectrum{}
	for _, a := range b.axes {
		name, _, _ := strings.Cut(a.Key, ":")
		kind := proposals.TermKindNamed(name)
		for _, f := range files {
			switch {
			case slices.ContainsFunc(a.Places, func(m Mark) bool { return m.Who == f.Proposal.ID }):
			case proposals.AddressedUnknown(f.Proposal, kind):
				a.Unknown = append(a.Unknown, f.Proposal.ID)
			default:
				a.Silent = append(a.Silent, f.Proposal.ID)
			}
		}
		b.finish(a)
		s.Axes = append(s.Axes, a)
	}
	slices.SortFunc(s.Axes, func(x, y *Axis) int { return cmp.Compare(axisOrder(x.Key), axisOrder(y.Key)) })
	return s
}

// axisOrder sorts axes as the term kinds run (the line of contact, the
// regions, the caps, NATO), then by the rest of the key.
func axisOrder(key string) string {
	name, subject, _ := strings.Cut(key, ":")
	i := slices.IndexFunc(proposals.TermKinds(), func(k *proposals.TermKind) bool { return k.Name == name })
	return fmt.Sprintf("%02d %s", i, subject)
}

type placer struct {
	cat  *proposals.Catalog
	axes map[string]*Axis
}

// proposal adds the places of one proposal: each term whose kind has an
// axis, at the value of its first facet, creating axes as needed.
func (b *placer) proposal(p *proposals.Proposal) {
	terms := proposals.Terms(p, b.cat)
	for i := range terms {
		t := &terms[i]
		key := t.StanceKey()
		if key == "" || t.Summary || len(t.Facets) == 0 {
			continue
		}
		f := t.Facets[0]
		a := b.axis(key, t, &f)
		m := Mark{Who: p.ID, Name: p.Short, Date: string(p.Date), Points: t.Points, Reading: t.Reading}
		m.ProposedBy, _ = t.Attrs["proposed_by"].(string)
		m.Applies, _ = t.Attrs["applies"].(string)
		for _, tv := range t.Variants {
			var tmp Mark
			b.value(a, &tmp, tv.Value, 0)
			m.Variants = append(m.Variants, Variant{Party: tv.Party, Value: tmp.Value, Label: tmp.Label, At: tmp.At})
		}
		if f.Value.Limit != "" {
			// No figure ("no limit", a cap demanded without one): not zero,
			// so no place on the axis of numbers.
			m.Value, m.Label = f.Value.Limit, f.Value.Words(proposals.Number)
		} else {
			b.value(a, &m, f.Value.Enum, int(f.Value.Number))
		}
		a.Places = append(a.Places, m)
	}
}

// axis returns the axis of key, made on first use from the first term
// placed on it and the facet placed.
func (b *placer) axis(key string, t *proposals.Term, f *proposals.Facet) *Axis {
	if a := b.axes[key]; a != nil {
		return a
	}
	a := &Axis{Key: key, Scale: f.Scale}
	subject, _, _ := strings.Cut(t.Subject, ":")
	switch t.Kind.Axis {
	case "region":
		a.Title = b.cat.RegionName(subject) + ": " + f.Label
	case "party":
		a.Title = "Forces of " + b.cat.PartyName(subject) + ": " + f.Label
	default:
		a.Title = key
	}
	if f.Type == proposals.Number {
		a.Unit = f.Value.Unit
	}
	if sc := b.cat.Scale(f.Scale); sc != nil {
		if t.Kind.Axis == "none" {
			a.Title = sc.Title
		}
		for _, v := range sc.Values {
			if !v.OffScale {
				a.Steps = append(a.Steps, Step{Slug: v.Slug, Label: v.Label})
			}
		}
	}
	b.axes[key] = a
	return a
}

// value sets a mark's value: a scale slug with its label and place, or a
// number (placed once the axis knows its range).
func (b *placer) value(a *Axis, m *Mark, slug string, n int) {
	if a.Scale == "" {
		m.Value, m.Label = strconv.Itoa(n), proposals.Thousands(int64(n))+" "+a.Unit
		a.Max = max(a.Max, n)
		return
	}
	m.Value, m.Label = slug, slug
	if v := b.cat.Scale(a.Scale).Value(slug); v != nil {
		m.Label = v.Label
	}
	if i := slices.IndexFunc(a.Steps, func(s Step) bool { return s.Slug == slug }); i >= 0 {
		at := float64(i) / float64(max(len(a.Steps)-1, 1))
		m.At = &at
	}
}

// finish places numbers on the axis's round range and relates each place
// to the stances.
func (b *placer) finish(a *Axis) {
	if a.Scale == "" {
		a.Max = roundUp(a.Max)
		for _, ms := range [][]Mark{a.Stances, a.Places} {
			for i := range ms {
				n, err := strconv.Atoi(ms[i].Value)
				if err != nil {
					continue // a cap without a figure has no place
				}
				at := float64(n) / float64(max(a.Max, 1))
				ms[i].At = &at
			}
		}
	}
	for i := range a.Places {
		m := &a.Places[i]
		if m.At == nil {
			continue
		}
		below, above := math.Inf(-1), math.Inf(1)
		for _, s := range a.Stances {
			switch d := *s.At - *m.At; {
			case math.Abs(d) < 1e-9:
				m.Beside = append(m.Beside, s.Who)
			case d < 0 && *s.At >= below:
				if *s.At > below {
					below, m.Below = *s.At, nil
				}
				m.Below = append(m.Below, s.Who)
			case d > 0 && *s.At <= above:
				if *s.At < above {
					above, m.Above = *s.At, nil
				}
				m.Above = append(m.Above, s.Who)
			}
		}
	}
}

// roundUp returns the smallest of 1, 2 or 5 times a power of ten at or
// above n, or n itself when it is not positive.
func roundUp(n int) int {
	if n <= 0 {
		return n
	}
	for p := 1; ; p *= 10 {
		for _, f := range []int{1, 2, 5} {
			if f*p >= n {
				return f * p
			}
		}
	}
}
