package redlines

import (
	"fmt"

	"github.com/peacediff/peacediff/proposals"
)

// checkEntry checks one entry of a file of red lines and returns the
// sources it cites.
func checkEntry(doc *proposals.Document, e *lineEntry, what string) []proposals.Source {
	doc.Slug(&e.ID, e, what+": id")
	if doc.Required(&e.Party, e, what+": party") {
		doc.Party(&e.Party, what+": party")
	}
	doc.Date(&e.Date, e, what+": date")
	if e.Since != "" {
		if !e.Since.Valid() {
			doc.Add(&e.Since, "%s: since %q: expected a real date as YYYY-MM-DD, YYYY-MM or YYYY", what, e.Since)
		} else if e.Since > e.Date {
			doc.Add(&e.Since, "%s: since %s: after the date the line was stated (%s); since is an earlier date from which the party held it", what, e.Since, e.Date)
		}
	}
	if r := e.ReplacedBy; r != nil {
		doc.Slug(&r.ID, r, what+": replaced_by.id")
		doc.Date(&r.Date, r, what+": replaced_by.date")
		if r.Date.Valid() && r.Date < e.Date {
			doc.Add(&r.Date, "%s: replaced_by.date %s: before the line was stated (%s)", what, r.Date, e.Date)
		}
	}
	for i := range e.DerivedFrom {
		doc.Slug(&e.DerivedFrom[i], e, fmt.Sprintf("%s: derived_from[%d]", what, i))
	}
	doc.Required(&e.Title, e, what+": title")
	doc.Required(&e.Statement, e, what+": statement")
	doc.Required(&e.Reads, e, what+": reads")
	doc.Required(&e.Rule, e, what+": rule")
	sources := doc.Cite(&e.Sources, e, what)
	doc.Confidence(&e.Confidence, e.Sources, what)
	seen := map[string]bool{}
	for j := range e.Stance {
		checkStance(doc, &e.Stance[j], fmt.Sprintf("%s: stance[%d]", what, j), seen)
	}
	return sources
}

// checkStance checks a stance: the key of a term with an axis, a value on
// its scale or a positive personnel figure for a number, and one stance
// per term.
func checkStance(doc *proposals.Document, s *Stance, what string, seen map[string]bool) {
	cat := doc.Catalog()
	kind, err := proposals.StanceKind(s.Term, cat)
	if err != nil {
		doc.Add(&s.Term, "%s.term: %v", what, err)
	}
	if kind == nil {
		return
	}
	if seen[s.Term] {
		doc.Add(&s.Term, "%s: a second stance on %s", what, s.Term)
	}
	seen[s.Term] = true
	if kind.AxisScale == "" {
		if s.Personnel <= 0 && !doc.Bad(&s.Personnel) {
			doc.Add(s, "%s: personnel: expected a positive number for %s", what, s.Term)
		}
		if s.Value != "" {
			doc.Add(&s.Value, "%s: value: a %s takes personnel, not value", what, kind.Name)
		}
		return
	}
	if s.Personnel != 0 {
		doc.Add(&s.Personnel, "%s: personnel: only a cap takes personnel", what)
	}
	sc := cat.Scale(kind.AxisScale)
	if s.Value == "" {
		doc.Add(s, "%s: missing value; expected one of %s", what, sc.PlacedSlugs())
	} else if _, ok := sc.Rank(s.Value); !ok {
		doc.Add(&s.Value, "%s: value %q: expected one of %s%s", what, s.Value, sc.PlacedSlugs(), proposals.DidYouMean(s.Value, sc.Slugs()))
	}
}
