// Package ledger builds the ledger of a lineage of drafts: for each step
// from a text to the one it revises or answers, every typed term that moved
// on its ordered scale or as a number, in which direction for each party
// (toward or away from the line the party stated), by how much, who proposed
// the step and at which points; the moves a later text reverses ("taken
// back"); each party's gains and concessions; and the points dropped along
// the way.
//
// The ledger reads compare's typed diff ([compare.Compare]) and the red
// lines: what their rules forbid of each ordered term (as
// [redlines.RuleSet.LandingZones] finds it), or else the stances they
// state ([redlines.Line]); it derives nothing these do not say. A term whose value is unknown at either end of a step is
// listed as unknown and never counts as a move; a value that is the
// editors' reading of a text is marked as one.
package ledger

// SchemaVersion is the version of the JSON form of [Ledger]. It changes
// only when a field is removed or changes meaning; fields may be added.
const SchemaVersion = 1

// Ledger is the ledger of one or more lineages: the single model that
// every output of `peacediff ledger` reads.
type Ledger struct {
	SchemaVersion int `json:"schema_version"`
	// Kind is "ledger".
	Kind     string     `json:"kind"`
	Lineages []*Lineage `json:"lineages"`
	// Deleted is true when the points dropped were asked for.
	Deleted bool `json:"deleted,omitempty"`
}

// Lineage is a set of texts joined by supersedes, in date order, and the
// steps between them.
type Lineage struct {
	// Texts are the texts of the lineage, by date (then id).
	Texts []Text `json:"texts"`
	// Steps are the edges of supersedes: one per text and each text it
	// revises or answers, by the later text's date.
	Steps []*Step `json:"steps"`
	// Parties sums the moves for each party that stated a line on a term
	// that moved, in the order of the party catalogue.
	Parties []PartySummary `json:"parties"`
}

// Text describes one text of a lineage.
type Text struct {
	ID        string   `json:"id"`
	Short     string   `json:"short"`
	Date      string   `json:"date"`
	Proposers []string `json:"proposers"`
}

// Step is the passage from one text (From) to a later one (To) that
// revises or answers it.
type Step struct {
	From     Text   `json:"from"`
	To       Text   `json:"to"`
	Relation string `json:"relation"`
	// ProposedBy are the parties that put the later text forward: the
	// authors of the step.
	ProposedBy []string `json:"proposed_by"`
	// Moves are the terms that moved, in the order of compare's rows.
	Moves []*Move `json:"moves"`
	// Unknown are the terms whose value is unknown at one end of the step
	// and known or unknown at the other: no move can be told.
	Unknown []TermName `json:"unknown,omitempty"`
	// Split are the terms the later text leaves disputed between its
	// drafters, each drafter's value measured from the earlier one: not
	// moves, since the text holds no one value.
	Split []*Split `json:"split,omitempty"`
	// NoLonger are the terms the earlier text states and the later one
	// does not address; Newly those the later text states first. Neither
	// is a move: one end has no value.
	NoLonger []Stated `json:"no_longer,omitempty"`
	Newly    []Stated `json:"newly,omitempty"`
	// Changed are the terms whose value changed with no place on an
	// ordered scale to measure the change by (a set, an unordered value, a
	// dispute the later text settles): not moves.
	Changed []*Change `json:"changed,omitempty"`
	// Dropped are the points of From that To leaves out or deletes; only
	// with [Options.Deleted].
	Dropped []*Drop `json:"dropped,omitempty"`
}

// TermName names a term: its row key in compare's report, what it is about
// and its label.
type TermName struct {
	Key   string `json:"key"`
	Group string `json:"group,omitempty"`
	Label string `json:"label"`
}

// Words names the term for a reader: "Donetsk Oblast (UA-14): status".
func (n TermName) Words() string {
	if n.Group == "" {
		return n.Label
	}
	return n.Group + ": " + n.Label
}

// Stated is a term and the value one text states.
type Stated struct {
	TermName
	Value Value `json:"value"`
}

// Change is a term whose value changed off any ordered scale.
type Change struct {
	TermName
	From Value `json:"from"`
	To   Value `json:"to"`
}

// Split is a term the later text of a step leaves disputed.
type Split struct {
	TermName
	From     Value         `json:"from"`
	Variants []VariantMove `json:"variants"`
}

// VariantMove is one drafter's value of a disputed term, measured on the
// scale from the earlier text's value when both have a place on it
// (Placed).
type VariantMove struct {
	Party     string `json:"party"`
	Label     string `json:"label"`
	Placed    bool   `json:"placed"`
	Steps     int    `json:"steps,omitempty"`
	Direction string `json:"direction,omitempty"`
}

// Value is a term's value at one end of a move.
type Value struct {
	// Value is the scale slug or the number; Label is it in words.
	Value string `json:"value"`
	Label string `json:"label"`
	// Points are the labels of the points the value comes from.
	Points []string `json:"points,omitempty"`
	// Reading is true when the value is the editors' reading of the text.
	Reading bool `json:"reading,omitempty"`
}

// Move is one term that moved in a step.
type Move struct {
	TermName
	From Value `json:"from"`
	To   Value `json:"to"`
	// Scale names the ordered scale of an enum term, Steps how far the
	// value moved on it (positive toward the end of the scale) and
	// Direction the scale's word for it ("toward Ukraine", "softened").
	Scale     string `json:"scale,omitempty"`
	Steps     int    `json:"steps,omitempty"`
	Direction string `json:"direction,omitempty"`
	// By and Percent are the change of a number, Percent of From, rounded
	// to one decimal and nil when From is zero; Unit is the number's unit.
	// A cap that goes to no cap at all, or back (a value "none"), has
	// neither.
	By      int64    `json:"by,omitempty"`
	Percent *float64 `json:"percent,omitempty"`
	Unit    string   `json:"unit,omitempty"`
	// Parties says, for each party that stated a line on the term, whether
	// the move went toward it or away from it.
	Parties []Toward `json:"parties,omitempty"`
	// Reading is true when either end is the editors' reading.
	Reading bool `json:"reading,omitempty"`
	// TakenBack is set when a later text of the lineage, descending from
	// the step's later text, puts the value back toward where it was.
	TakenBack *TakeBack `json:"taken_back,omitempty"`
}

// Toward is the direction of a move for one party.
type Toward struct {
	Party string `json:"party"`
	Name  string `json:"name"`
	// Direction is "toward" or "away" (from the party's line), "level"
	// (as far from it after as before) or "within" (the line holds at both
	// ends).
	Direction string `json:"direction"`
	// Basis is "rule" when the party's lines forbid values of the term
	// (the move is judged by what they forbid) and "stance" when it is
	// judged by the distance to the stance the party stated.
	Basis string `json:"basis"`
	// Effect says, for a rule, what the move does to the line: "meets"
	// (the earlier value crosses it, the later does not), "crosses" (the
	// reverse) or "still crosses".
	Effect string `json:"effect,omitempty"`
	// Lines are the party's lines the move is judged by, Line the first;
	// Stance is the stance's value in words, for a stance; LineDate the
	// date from which the party held Line.
	Line     string   `json:"line"`
	Lines    []string `json:"lines"`
	Stance   string   `json:"stance,omitempty"`
	LineDate string   `json:"line_date"`
	// Later is true when the party held no such line at the date of the
	// step, and the line is the first it stated after.
	Later bool `json:"later,omitempty"`
	// Reads names the other terms the lines' rules look at (the
	// guarantees, say), which the judgement leaves out: what the lines
	// forbid is found on texts that hold only the term.
	Reads []string `json:"reads,omitempty"`
	// Today is true for a second judgement of the move, by the lines the
	// party holds today, when they differ from those it held at the date
	// of the step. The party's summary counts neither this nor a
	// judgement by a line stated later: only the lines held then.
	Today bool `json:"today,omitempty"`
}

// TakeBack is the later text that reverses a move.
type TakeBack struct {
	Text  Text  `json:"text"`
	Value Value `json:"value"`
	// Full is true when the value went back to where it was or beyond;
	// otherwise part of the move was taken back.
	Full bool `json:"full"`
}

// Drop is a point of a text that the text revising or answering it leaves
// out.
type Drop struct {
	Topic string `json:"topic"`
	Label string `json:"label"`
	Point string `json:"point"`
	// How is "deleted" (the later text marks it deleted), "moved-elsewhere"
	// (taken out into another track) or "left-out" (no point of the later
	// text is aligned with it).
	How string `json:"how"`
	// RestoredBy is the first later text of the lineage, descending from
	// the one that dropped it, that has the point again, with its label
	// there; nil when none does.
	RestoredBy *Restore `json:"restored_by,omitempty"`
}

// Restore is where a dropped point came back.
type Restore struct {
	Text  Text   `json:"text"`
	Point string `json:"point"`
}

// PartySummary sums, for one party, the moves toward and away from its
// lines over a lineage.
type PartySummary struct {
	Party string `json:"party"`
	Name  string `json:"name"`
	// Gained are the moves toward its line that stand; GaveUp the moves
	// away that stand; GotBack the moves away that a later text took
	// back; LostAgain the moves toward that a later text took back.
	Gained    []Entry `json:"gained"`
	GaveUp    []Entry `json:"gave_up"`
	GotBack   []Entry `json:"got_back"`
	LostAgain []Entry `json:"lost_again"`
}

// Entry is one move in a party's summary: the values in words, each
// marked when it is the editors' reading, and the step's texts.
type Entry struct {
	TermName
	From string `json:"from"`
	To   string `json:"to"`
	Step string `json:"step"`
}
