package proposals

import (
	"fmt"
	"strings"
)

// position checks one entry of a positions file.
func (v *validator) position(e *positionEntry, i int) {
	what := fmt.Sprintf("positions[%d]", i)
	if e.ID != "" {
		what = fmt.Sprintf("position %q", e.ID)
	}
	if v.required(&e.ID, e, what+": id") && !slugRE.MatchString(e.ID) {
		v.add(&e.ID, "%s: id: expected a lowercase slug of letters, digits and single hyphens", what)
	}
	if v.required(&e.Party, e, what+": party") {
		v.party(&e.Party, what+": party")
	}
	if v.required((*string)(&e.Date), e, what+": date") && !e.Date.Valid() {
		v.add(&e.Date, "%s: date %q: expected a real date as YYYY-MM-DD, YYYY-MM or YYYY", what, e.Date)
	}
	v.required(&e.Title, e, what+": title")
	v.required(&e.Statement, e, what+": statement")
	v.required(&e.Reads, e, what+": reads")
	v.required(&e.Rule, e, what+": rule")
	if len(e.Sources) == 0 && v.has(&e.Sources) {
		v.add(&e.Sources, "%s: sources: empty; expected at least one source id", what)
	}
	for j := range e.Sources {
		v.sourceRef(&e.Sources[j], what)
	}
	if e.Confidence == ConfidenceConfirmed {
		if n := v.origins(e.Sources); n < 2 {
			v.add(&e.Confidence, "%s: confidence confirmed needs two independent reputable sources, found %d; aggregators, state-affiliated outlets, blogs and forums do not count, and sources relaying the same outlet count once", what, n)
		}
	}
	seen := map[string]bool{}
	for j := range e.Stance {
		v.stance(&e.Stance[j], fmt.Sprintf("%s: stance[%d]", what, j), seen)
	}
}

// stance checks a stance: a known term, a value on its scale or a
// positive personnel figure for a cap, and one stance per term.
func (v *validator) stance(s *Stance, what string, seen map[string]bool) {
	kind, key, scale := StanceScale(s.Term)
	switch {
	case kind == StanceCap && key != "":
		if v.cat.Party(key) == nil {
			v.add(&s.Term, "%s.term: unknown party %q", what, key)
		}
		if s.Personnel <= 0 && !v.f.bad[&s.Personnel] {
			v.add(s, "%s: personnel: expected a positive number for %s", what, s.Term)
		}
		if s.Value != "" {
			v.add(&s.Value, "%s: value: a cap takes personnel, not value", what)
		}
	case kind == StanceRegion && key != "":
		if v.cat.Region(key) == nil {
			v.add(&s.Term, "%s.term: unknown region %q; expected an ISO 3166-2 code from the region catalogue", what, key)
		}
	case (kind == StanceNATOMembership || kind == StanceLineOfContact) && key == "":
	default:
		v.add(&s.Term, "%s.term: unknown term %q; expected cap:<party>, nato.membership, line_of_contact or region:<code>", what, s.Term)
		return
	}
	if scale != "" {
		if s.Personnel != 0 {
			v.add(&s.Personnel, "%s: personnel: only a cap takes personnel", what)
		}
		sc := v.cat.Scale(scale)
		if s.Value == "" {
			v.add(s, "%s: missing value; expected one of %s", what, onScale(sc))
		} else if _, ok := sc.Rank(s.Value); !ok {
			v.add(&s.Value, "%s: value %q: expected one of %s%s", what, s.Value, onScale(sc), didYouMean(s.Value, sc.Slugs()))
		}
	}
	if seen[s.Term] {
		v.add(&s.Term, "%s: a second stance on %s", what, s.Term)
	}
	seen[s.Term] = true
}

// onScale lists the values of a scale that have a place on it.
func onScale(s *Scale) string {
	var out []string
	for _, v := range s.Values {
		if !v.OffScale {
			out = append(out, v.Slug)
		}
	}
	return strings.Join(out, ", ")
}
