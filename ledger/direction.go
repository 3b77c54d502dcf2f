package ledger

import (
	"cmp"
	"slices"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/redlines"
)

// This file tells, for each party, whether a move went toward its red line
// or away from it. Where the party's lines forbid values of the term (the
// bounds the landing zones find from the rules), the move is judged by
// them: toward when it leaves what they forbid or comes nearer to leaving
// it, away when it enters it or goes deeper, "within" when the line holds
// at both ends. Otherwise it is judged by the distance to the stance the
// party stated.

// bounds are the bounds of every line on every axis: axis key, then line
// id.
type bounds map[string]map[string]redlines.Bound

func newBounds(l *redlines.Landing) bounds {
	out := bounds{}
	for _, z := range l.Zones {
		m := map[string]redlines.Bound{}
		for _, b := range z.Bounds {
			m[b.Line] = b
		}
		out[z.Key] = m
	}
	return out
}

// towards gives, for each party with a bound or a stance on the row's
// term, the direction of a move from x to y (ranks or numbers).
func (g *graph) towards(row *compare.Row, x, y float64, date string) []Toward {
	key := stanceKey(row.Term)
	if key == "" {
		return nil
	}
	var out []Toward
	done := map[string]bool{}
	for _, l := range g.lines {
		if done[l.Party] {
			continue
		}
		done[l.Party] = true
		if t, ok := g.byRule(row, key, l.Party, x, y, date); ok {
			out = append(out, t)
			// The party's lines of today, when they are not those it held
			// then: how the move looks from where the party stands now.
			if now, ok := g.byRule(row, key, l.Party, x, y, ""); ok && !slices.Equal(now.Lines, t.Lines) {
				now.Today = true
				out = append(out, now)
			}
			continue
		}
		if t, ok := g.byStance(row, key, l.Party, x, y, date); ok {
			out = append(out, t)
		}
	}
	return out
}

// byRule judges a move by the party's lines that forbid values of the
// term: those it held at date, or else the first it stated after.
func (g *graph) byRule(row *compare.Row, key, party string, x, y float64, date string) (Toward, bool) {
	var held, later []*redlines.Line
	for i := range g.lines {
		l := &g.lines[i]
		if l.Party != party {
			continue
		}
		if _, ok := g.bounds[key][l.ID]; !ok {
			continue
		}
		switch {
		case heldAt(l, date):
			held = append(held, l)
		case statedAfter(l, date):
			later = append(later, l)
		}
	}
	t := Toward{Party: party, Name: g.c.Catalog.PartyName(party), Basis: "rule"}
	if len(held) == 0 && len(later) > 0 {
		first := slices.MinFunc(later, func(a, b *redlines.Line) int { return cmp.Compare(heldFrom(a), heldFrom(b)) })
		held, t.Later = []*redlines.Line{first}, true
	}
	if len(held) == 0 {
		return t, false
	}
	var bs []redlines.Bound
	for _, l := range held {
		b := g.bounds[key][l.ID]
		bs = append(bs, b)
		t.Lines = append(t.Lines, l.ID)
		for _, r := range b.Reads {
			if !slices.Contains(t.Reads, r) {
				t.Reads = append(t.Reads, r)
			}
		}
	}
	t.Line, t.LineDate = held[0].ID, heldFrom(held[0])
	dx, dy := g.distance(row, bs, x), g.distance(row, bs, y)
	switch {
	case dx == 0 && dy == 0:
		t.Direction = "within"
	case dy < dx:
		t.Direction = "toward"
	case dy > dx:
		t.Direction = "away"
	default:
		t.Direction = "level"
	}
	switch {
	case dx > 0 && dy == 0:
		t.Effect = "meets"
	case dx == 0 && dy > 0:
		t.Effect = "crosses"
	case dx > 0:
		t.Effect = "still crosses"
	}
	return t, true
}

// distance is how far value v (a rank or a number) lies inside what the
// bounds forbid: 0 when none forbids it; for a scale, the steps to the
// nearest value none forbids; for a number, how far past the threshold.
func (g *graph) distance(row *compare.Row, bs []redlines.Bound, v float64) float64 {
	if row.Type == proposals.Number {
		d := 0.0
		if v >= noCapAt {
			for _, b := range bs {
				if b.NoCap {
					d = 1
				}
			}
			return d
		}
		for _, b := range bs {
			switch n := float64(b.Threshold); {
			case b.Side == "every":
				d = max(d, 1)
			case b.Side == "below" && v < n:
				d = max(d, n-v)
			case b.Side == "at-or-above" && v >= n:
				d = max(d, v-n+1)
			}
		}
		return d
	}
	scale := g.c.Catalog.Scale(row.Scale)
	if scale == nil {
		return 0
	}
	forbidden := map[int]bool{}
	for _, b := range bs {
		for _, slug := range b.Forbids {
			if r, ok := scale.Rank(slug); ok {
				forbidden[r] = true
			}
		}
	}
	if !forbidden[int(v)] {
		return 0
	}
	best := -1.0
	for _, sv := range scale.Values {
		r, ok := scale.Rank(sv.Slug)
		if !ok || forbidden[r] {
			continue
		}
		if d := abs(float64(r) - v); best < 0 || d < best {
			best = d
		}
	}
	if best < 0 {
		return 1 // every value forbidden: no way out, as deep everywhere
	}
	return best
}

// byStance judges a move by the distance to the party's stated stance.
func (g *graph) byStance(row *compare.Row, key, party string, x, y float64, date string) (Toward, bool) {
	var s *stance
	for _, st := range stances(g.lines, key, date) {
		if st.line.Party == party {
			s = &st
			break
		}
	}
	if s == nil {
		return Toward{}, false
	}
	var at float64
	label := ""
	scale := g.c.Catalog.Scale(row.Scale)
	switch {
	case row.Type == proposals.Number:
		at, label = float64(s.st.Personnel), proposals.Thousands(int64(s.st.Personnel))
	case scale != nil:
		r, ok := scale.Rank(s.st.Value)
		if !ok {
			return Toward{}, false
		}
		at, label = float64(r), s.st.Value
		if v := scale.Value(s.st.Value); v != nil {
			label = v.Label
		}
	default:
		return Toward{}, false
	}
	t := Toward{
		Party: party, Name: g.c.Catalog.PartyName(party), Direction: "level", Basis: "stance",
		Line: s.line.ID, Lines: []string{s.line.ID}, Stance: label, LineDate: heldFrom(s.line), Later: s.later,
	}
	switch d0, d1 := abs(x-at), abs(y-at); {
	case d1 < d0:
		t.Direction = "toward"
	case d1 > d0:
		t.Direction = "away"
	}
	return t, true
}
