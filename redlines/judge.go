package redlines

import (
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/google/cel-go/cel"
	"github.com/google/cel-go/common/types"
	"github.com/peacediff/peacediff/proposals"
)

// judge evaluates a line on the view of text p, named id in errors:
//
//   - crossed when a stated term the line reads crosses it (for a term
//     the drafters dispute, when every drafter's variant does);
//   - disputed when none does, but some drafter's variant of a disputed
//     term crosses it and another's does not;
//   - unknown when none crosses but a term it reads rests only on
//     unreported wording or is too vague to judge (the line's unknown
//     expression), or when the text addresses a kind of term the line
//     reads in words that were never reported;
//   - holds when it read terms and none crosses;
//   - not addressed when it read none.
//
// A crossed or disputed verdict rests on a reading only when every term
// that crosses is a reading; a term stated as the text has it outweighs.
//
// The reads and every evaluation of the rule and the unknown expression
// on the terms read share one budget, checkBudget.
func (s *RuleSet) judge(r *rule, id string, p *proposals.Proposal, v *View) (Cell, error) {
	var spent uint64
	return s.judgeCost(r, id, p, v, &spent)
}

// judgeCost is judge, adding what the line cost on the text to total,
// whether it succeeds or fails.
func (s *RuleSet) judgeCost(r *rule, id string, p *proposals.Proposal, v *View, total *uint64) (Cell, error) {
	out, det, err := r.reads.Eval(v.vars)
	spent := cost(det)
	defer func() { *total += spent }()
	if err != nil {
		return Cell{}, r.evalError(id, r.pos.Reads, "reads", err)
	}
	native, err := out.ConvertToNative(reflect.TypeFor[[]*Term]())
	if err != nil {
		return Cell{}, r.evalError(id, r.pos.Reads, "reads", err)
	}
	read := native.([]*Term)
	c := Cell{Read: len(read)}
	var unknown []string
	var crossed, disputed []*Term
	var witnesses []Witness // in reading order, of both
	for _, t := range read {
		parties, vague, err := s.judgeTerm(r, id, v, t, &spent)
		if err != nil {
			return Cell{}, err
		}
		switch {
		case t.src.Unknown:
			unknown = append(unknown, s.witness(t, "").Words()+": its wording was never reported")
		case vague:
			unknown = append(unknown, s.witness(t, "").Words())
		case len(parties) == 0:
		case len(t.src.Variants) == 0 || len(parties) == len(t.src.Variants):
			crossed = append(crossed, t)
			witnesses = appendWitnesses(witnesses, s, t, parties)
		default:
			disputed = append(disputed, t)
			witnesses = appendWitnesses(witnesses, s, t, parties)
		}
	}
	for _, k := range r.kinds {
		if proposals.AddressedUnknown(p, k) {
			unknown = append(unknown, "the text addresses "+kindWords(k)+" in words that were never reported")
		}
	}
	switch {
	case len(crossed) > 0:
		// The variants that cross are shown too, named as variants.
		c.Verdict, c.Crossing = Crossed, witnesses
		c.Points, c.Reading = pointsOf(append(crossed, disputed...)), allReadings(crossed)
	case len(disputed) > 0:
		c.Verdict, c.Crossing = Disputed, witnesses
		c.Points, c.Reading = pointsOf(disputed), allReadings(disputed)
	case len(unknown) > 0:
		c.Verdict, c.Why = Unknown, strings.Join(slices.Compact(unknown), "; ")
	case len(read) > 0:
		c.Verdict = Holds
		for _, t := range read {
			c.Reading = c.Reading || t.src.Reading
		}
	default:
		c.Verdict = NotAddressed
	}
	return c, nil
}

// appendWitnesses adds the witnesses of term t for the parties whose
// variant crosses ("" for the term as stated), leaving out one that
// says what an earlier one already says.
func appendWitnesses(ws []Witness, s *RuleSet, t *Term, parties []string) []Witness {
	for _, party := range parties {
		w := s.witness(t, party)
		if !slices.ContainsFunc(ws, w.sameFact) {
			ws = append(ws, w)
		}
	}
	return ws
}

// sameFact reports whether two witnesses state one fact: the same words,
// or NATO's stationing rule and a rule on NATO's forces in Ukraine with
// the same value at the same points (a file may type the pledge both
// ways, so that comparisons of foreign forces see it).
func (w Witness) sameFact(o Witness) bool {
	if w.Words() == o.Words() {
		return true
	}
	forces := func(w Witness) string {
		switch {
		case w.Term == "nato.stationing":
			return "NATO:UA"
		case w.Term == "foreign_troops" && w.Detail == "":
			return w.Key
		}
		return ""
	}
	return forces(w) != "" && forces(w) == forces(o) && w.Label == o.Label && slices.Equal(w.Points, o.Points)
}

// pointsOf is the labels of the points of terms, in reading order.
func pointsOf(terms []*Term) []string {
	var pts []string
	for _, t := range terms {
		pts = append(pts, t.Points...)
	}
	return proposals.SortLabels(slices.Compact(proposals.SortLabels(pts)))
}

// allReadings reports whether every one of terms is a reading.
func allReadings(terms []*Term) bool {
	for _, t := range terms {
		if !t.src.Reading {
			return false
		}
	}
	return len(terms) > 0
}

// judgeTerm evaluates the rule on one term: it returns who crosses the
// line with it ("" for the term as stated, or the parties whose variant
// of a disputed term does) and whether the term is too vague to judge.
// spent is what the line has cost on the text so far.
func (s *RuleSet) judgeTerm(r *rule, id string, v *View, t *Term, spent *uint64) (crossing []string, vague bool, err error) {
	if r.unknown != nil {
		if vague, err = r.eval(r.unknown, id, v, t, r.pos.Unknown, "unknown", spent); err != nil || vague {
			return nil, vague, err
		}
	}
	if len(t.src.Variants) == 0 {
		cross, err := r.eval(r.rule, id, v, t, r.pos.Rule, "rule", spent)
		if cross {
			crossing = []string{""}
		}
		return crossing, false, err
	}
	for _, tv := range t.src.Variants {
		cross, err := r.eval(r.rule, id, v, s.variantOf(t, tv), r.pos.Rule, "rule", spent)
		if err != nil {
			return nil, false, err
		}
		if cross {
			crossing = append(crossing, tv.Party)
		}
	}
	return crossing, false, nil
}

// variantOf is a disputed term with one drafter's value in place of
// "disputed".
func (s *RuleSet) variantOf(t *Term, tv proposals.TermVariant) *Term {
	attrs := maps.Clone(t.attrs)
	scale := ""
	if len(t.src.Facets) > 0 {
		scale = t.src.Facets[0].Scale
	}
	for _, name := range []string{"status", "rule"} {
		if _, ok := attrs[name]; ok {
			attrs[name] = tv.Value
		}
	}
	attrs["rank"] = -1
	if sc := s.cat.Scale(scale); sc != nil {
		if rank, ok := sc.Rank(tv.Value); ok {
			attrs["rank"] = rank
		}
	}
	return &Term{Kind: t.Kind, Points: t.Points, attrs: attrs, src: t.src}
}

// eval evaluates a boolean expression of the line on term t, adding its
// cost to spent; beyond the budget of the line on the text it fails.
func (r *rule) eval(prg cel.Program, id string, v *View, t *Term, e proposals.Expr, field string, spent *uint64) (bool, error) {
	v.vars["t"] = t
	got, det, err := prg.Eval(v.vars)
	if err != nil {
		return false, r.evalError(id, e, field, err)
	}
	if *spent += cost(det); *spent > checkBudget {
		var errs proposals.ErrorList
		errs.Add(r.pos.Reads.Pos, "position %q: evaluating it on %s: its reads and its rule on the terms read cost more than %d, the budget of one line on one text", r.pos.ID, id, checkBudget)
		return false, errs.Err()
	}
	b, ok := got.(types.Bool)
	return ok && bool(b), nil
}

// kindWords names a kind of term for a reader.
func kindWords(k *proposals.TermKind) string { return k.Words }
