package ledger

import (
	"strings"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/redlines"
)

// stanceKey is the spectrum's key of a term row's main value
// ([proposals.Term.StanceKey]), or "" when the row has no stance axis.
func stanceKey(ref *compare.TermRef) string {
	if ref == nil || ref.Facet != "" {
		return ""
	}
	k := proposals.TermKindNamed(ref.Kind)
	if k == nil {
		return ""
	}
	switch k.Axis {
	case "":
		return ""
	case "none":
		return k.Name
	}
	subject, _, _ := strings.Cut(ref.Subject, ":")
	return k.Name + ":" + subject
}

// stance is a party's stated stance on a term, with the line it comes
// from.
type stance struct {
	line  *redlines.Line
	st    redlines.Stance
	later bool
}

// stances returns, for each party with a stance on key, the stance of the
// latest line it held on key at date; or, when it held none then, that of
// the first it stated after, marked later. A party whose lines on key were
// all replaced by the date has none. Parties come in the order of lines
// (the party catalogue's).
func stances(lines []redlines.Line, key, date string) []stance {
	var parties []string
	best := map[string]stance{}
	for i := range lines {
		l := &lines[i]
		for _, st := range l.Stances {
			if st.Term != key {
				continue
			}
			cur, seen := best[l.Party]
			switch {
			case heldAt(l, date) && (!seen || cur.later || cur.line.Date <= l.Date):
				best[l.Party] = stance{line: l, st: st}
			case statedAfter(l, date) && (!seen || cur.later && l.Date < cur.line.Date):
				best[l.Party] = stance{line: l, st: st, later: true}
			default:
				continue
			}
			if !seen {
				parties = append(parties, l.Party)
			}
		}
	}
	out := make([]stance, len(parties))
	for i, p := range parties {
		out[i] = best[p]
	}
	return out
}

// heldAt reports whether the party held line l at date: stated (or held
// since) by then and not yet replaced.
func heldAt(l *redlines.Line, date string) bool {
	from := heldFrom(l)
	if date == "" {
		return l.ReplacedBy == ""
	}
	if earliest(from) > latest(date) {
		return false
	}
	return l.ReplacedBy == "" || latest(string(l.Until)) > earliest(date)
}

// heldFrom is the date from which the party held line l.
func heldFrom(l *redlines.Line) string {
	if l.Since != "" {
		return string(l.Since)
	}
	return string(l.Date)
}

// statedAfter reports whether line l was first held after date.
func statedAfter(l *redlines.Line, date string) bool {
	from := heldFrom(l)
	return date != "" && earliest(from) > latest(date)
}

// earliest and latest are the first and last days a date can mean, as
// bounds: "2025-11" runs from "2025-11-01" to "2025-11-31".
func earliest(d string) string { return padDate(d, "-01", "-01") }
func latest(d string) string   { return padDate(d, "-12", "-31") }

func padDate(d, month, day string) string {
	switch len(d) {
	case 4:
		return d + month + day
	case 7:
		return d + day
	}
	return d
}

// summarize sums the moves of steps for each party that has one toward or
// away from a line it held at the step's date.
func summarize(cat *proposals.Catalog, steps []*Step) []PartySummary {
	byParty := map[string]*PartySummary{}
	for _, st := range steps {
		for _, m := range st.Moves {
			for _, t := range m.Parties {
				if t.Today || t.Later || t.Direction != "toward" && t.Direction != "away" {
					continue // not counted: only the lines held then, and a move
				}
				ps := byParty[t.Party]
				if ps == nil {
					ps = &PartySummary{Party: t.Party, Name: t.Name, Gained: []Entry{}, GaveUp: []Entry{}, GotBack: []Entry{}, LostAgain: []Entry{}}
					byParty[t.Party] = ps
				}
				e := Entry{TermName: m.TermName, From: m.From.Short(), To: m.To.Short(), Step: st.From.Short + " → " + st.To.Short}
				switch {
				case t.Direction == "toward" && m.TakenBack == nil:
					ps.Gained = append(ps.Gained, e)
				case t.Direction == "toward":
					ps.LostAgain = append(ps.LostAgain, e)
				case t.Direction == "away" && m.TakenBack == nil:
					ps.GaveUp = append(ps.GaveUp, e)
				case t.Direction == "away":
					ps.GotBack = append(ps.GotBack, e)
				}
			}
		}
	}
	out := []PartySummary{}
	for _, p := range cat.Parties {
		if ps := byParty[p.Code]; ps != nil {
			out = append(out, *ps)
		}
	}
	return out
}
