// Package redlines checks proposals against the parties' stated red lines
// and places each proposal between the parties' stances.
//
// A red line is a [Line]: a party's statement in our words,
// with sources, and two CEL expressions (https://cel.dev) over a typed view
// of a proposal's terms:
//
//	reads: caps.filter(c, c.party == "UA")   # the terms the line is about
//	rule:  t.personnel < 800000             # true for a term that crosses it
//
// The verdict on a proposal follows from the two:
//
//   - not addressed: reads gives no term; the text is silent on what the
//     line is about. Not addressed is not no: silence never crosses a line.
//   - crossed: rule is true for at least one term that reads gave; those
//     terms, and their points, are what crosses the line.
//   - holds: reads gave terms and rule is false for each.
//
// reads must have type list(redlines.Term) and rule type bool; anything else,
// and any syntax or type error, is reported at its file:line:col by
// [Compile]. A rule that fails while it runs (a missing map key, say) is
// reported at its place by [RuleSet.Check].
//
// # The view
//
// Every term is a redlines.Term ([Term]) with the attributes its kind of
// term declares ([proposals.TermKinds]); in a rule a term has every
// attribute of every kind, and those its kind lacks read as their zero
// value ("", 0, false, empty; rank reads -1). Each kind has one variable,
// the list of its terms; docs/redlines.md lists every variable and
// attribute (a test writes that list from the declarations). positions
// maps each drafter to its value when a term's value is disputed (status
// or rule "disputed"), and is empty otherwise.
//
// Every term has term (its kind) and points. rank is the place of status or
// rule on its scale in proposals/catalog/scales.yaml, counted from 0 at the
// start of the scale (russian-de-jure, russian-claimed-borders, barred,
// halted, prohibited), and -1 for a value with no place (disputed). rule
// has t, the term being judged, and the function rank(scale, value), which
// gives the place of a value on a scale, so that a rule can say "at or
// below frozen-on-line-of-contact" without hard-coding the order. The CEL
// extensions for strings, lists and sets are available.
//
// Singular terms are lists so that a rule can read terms of several kinds
// at once: regions.filter(...) + zones.filter(...) + line_of_contact.
//
// # The spectrum
//
// [Place] puts each proposal on every ordered term (a personnel cap, NATO
// membership, the line of contact, each region's status) beside the
// stances the parties stated ([Stance]), for a table or a strip chart.
package redlines
