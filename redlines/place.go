package redlines

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/peacediff/peacediff/proposals"
)

// Place builds the spectrum of files against the stances of positions.
// Terms that no file addresses are left out; the same input gives the same
// spectrum.
func Place(cat *proposals.Catalog, files []*proposals.File, positions []proposals.Position) *Spectrum {
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
			m := Mark{Who: p.Party, Name: b.partyName(p.Party), Date: string(p.Date), Line: p.ID}
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
		for _, f := range files {
			if !slices.ContainsFunc(a.Places, func(m Mark) bool { return m.Who == f.Proposal.ID }) {
				a.Silent = append(a.Silent, f.Proposal.ID)
			}
		}
		b.finish(a)
		s.Axes = append(s.Axes, a)
	}
	slices.SortFunc(s.Axes, func(x, y *Axis) int { return cmp.Compare(axisOrder(x.Key), axisOrder(y.Key)) })
	return s
}

// axisOrder sorts axes as a report's sections run: territory, military,
// NATO.
func axisOrder(key string) string {
	kind, k, _ := proposals.StanceScale(key)
	switch kind {
	case proposals.StanceLineOfContact:
		return "0"
	case proposals.StanceRegion:
		return "1 " + k
	case proposals.StanceCap:
		return "2 " + k
	}
	return "3 " + key
}

type placer struct {
	cat  *proposals.Catalog
	axes map[string]*Axis
}

// proposal adds the places of one proposal, creating axes as needed.
func (b *placer) proposal(p *proposals.Proposal) {
	place := func(key string, m Mark, value string, n int) {
		a := b.axis(key)
		m.Who, m.Name, m.Date = p.ID, p.Short, string(p.Date)
		b.value(a, &m, value, n)
		a.Places = append(a.Places, m)
	}
	if t := p.Territory; t != nil {
		if l := t.LineOfContact; l != nil {
			place(proposals.StanceLineOfContact, Mark{Points: proposals.SortLabels(l.Points)}, l.Rule, 0)
		}
		for _, r := range t.Regions {
			m := Mark{Points: proposals.SortLabels(r.Points)}
			a := b.axis(proposals.StanceRegion + ":" + r.Region)
			for _, ps := range r.Positions {
				v := Variant{Party: ps.Party}
				var tmp Mark
				b.value(a, &tmp, ps.Status, 0)
				v.Value, v.Label, v.At = tmp.Value, tmp.Label, tmp.At
				m.Variants = append(m.Variants, v)
			}
			place(a.Key, m, r.Status, 0)
		}
	}
	if mil := p.Military; mil != nil {
		for _, c := range mil.Caps {
			place(proposals.StanceCap+":"+c.Party, Mark{ProposedBy: c.ProposedBy, Applies: string(c.Applies), Points: proposals.SortLabels(c.Points)}, "", c.Personnel)
		}
	}
	if n := p.NATO; n != nil && n.Membership != nil {
		place(proposals.StanceNATOMembership, Mark{Points: proposals.SortLabels(n.Membership.Points)}, n.Membership.Rule, 0)
	}
}

// axis returns the axis of key, made on first use.
func (b *placer) axis(key string) *Axis {
	if a := b.axes[key]; a != nil {
		return a
	}
	kind, k, scale := proposals.StanceScale(key)
	a := &Axis{Key: key, Scale: scale}
	switch kind {
	case proposals.StanceRegion:
		a.Title = k
		if r := b.cat.Region(k); r != nil {
			a.Title = fmt.Sprintf("%s (%s): status", r.Name, k)
		}
	case proposals.StanceCap:
		a.Title, a.Unit = "Forces of "+b.partyName(k)+": personnel cap", "personnel"
	default:
		a.Title = key
	}
	if sc := b.cat.Scale(scale); sc != nil {
		if kind != proposals.StanceRegion {
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
		m.Value, m.Label = strconv.Itoa(n), thousands(n)+" "+a.Unit
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
				n, _ := strconv.Atoi(ms[i].Value)
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

func (b *placer) partyName(code string) string {
	if p := b.cat.Party(code); p != nil {
		return p.Name
	}
	return code
}
