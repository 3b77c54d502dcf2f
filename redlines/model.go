package redlines

import "strings"

// SchemaVersion is the version of the JSON form of [Report]. It changes
// only when a field is removed or changes meaning; fields may be added.
const SchemaVersion = 2

// Report is the matrix of proposals against red lines: the single model
// that every output of `peacediff check` reads.
type Report struct {
	SchemaVersion int `json:"schema_version"`
	// Kind is "check".
	Kind      string     `json:"kind"`
	Proposals []Proposal `json:"proposals"`
	// Lines are the red lines in the order of the positions (by party,
	// date and id), each with a cell per proposal.
	Lines   []*LineCheck `json:"lines"`
	Summary Summary      `json:"summary"`
	// Lines says which lines judged the texts: "at-date" (the lines each
	// party held at a text's date), "current" or "all".
	LinesInForce string `json:"lines_in_force"`
	// Spectrum places the proposals between the parties' stances; nil
	// unless asked for.
	Spectrum *Spectrum `json:"spectrum,omitempty"`
}

// Proposal describes one checked proposal: a column of the matrix.
type Proposal struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Short     string   `json:"short"`
	Date      string   `json:"date"`
	Status    string   `json:"status"`
	Proposers []string `json:"proposers"`
}

// LineCheck is one red line and what each proposal does with it.
type LineCheck struct {
	ID         string   `json:"id"`
	Party      string   `json:"party"`
	PartyName  string   `json:"party_name"`
	Date       string   `json:"date"`
	Title      string   `json:"title"`
	Statement  string   `json:"statement"`
	Confidence string   `json:"confidence"`
	Sources    []Source `json:"sources"`
	Note       string   `json:"note,omitempty"`
	// Since is the date from which the party held the line, when earlier
	// than Date; ReplacedBy names the line that replaced it, from Until.
	Since      string `json:"since,omitempty"`
	ReplacedBy string `json:"replaced_by,omitempty"`
	Until      string `json:"until,omitempty"`
	// DerivedFrom lists the texts the line is drawn from; it is not tested
	// against them.
	DerivedFrom []string `json:"derived_from,omitempty"`
	// Reads, Rule and Unknown are the line's expressions; At is where the
	// entry is written (file:line:col).
	Reads   string `json:"reads"`
	Rule    string `json:"rule"`
	Unknown string `json:"unknown,omitempty"`
	At      string `json:"at"`
	// Cells holds one cell per proposal, in the order of
	// [Report.Proposals].
	Cells []Cell `json:"cells"`
	// Crossed counts the proposals that cross the line.
	Crossed int `json:"crossed"`
}

// Source is one source of a line.
type Source struct {
	Publisher string `json:"publisher"`
	Relays    string `json:"relays,omitempty"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url"`
	Date      string `json:"date,omitempty"`
	Kind      string `json:"kind"`
}

// Verdict is what a rule finds of a proposal.
type Verdict int

// The verdicts.
const (
	// NotAddressed: the proposal is silent on what the line is about.
	NotAddressed Verdict = iota
	// Holds: every term the line reads is stated and keeps the line.
	Holds
	// Crossed: a stated term the line reads crosses it (for a term the
	// drafters dispute, every drafter's variant does).
	Crossed
	// Disputed: the drafters dispute a term the line reads, and some
	// drafter's variant crosses the line while another's does not.
	Disputed
	// Unknown: no stated term crosses the line, but the text addresses
	// what it is about in words that were never reported, or a term it
	// reads is too vague to judge (the line's unknown expression).
	Unknown
	// LaterLine: the party stated the line after the text's date, so the
	// text could not answer it; not judged.
	LaterLine
	// Replaced: by the text's date the party had replaced the line with
	// another; not judged.
	Replaced
	// Derived: the line is drawn from this very text; not tested.
	Derived
)

var verdictNames = [...]string{"not-addressed", "holds", "crossed", "disputed", "unknown", "later-line", "replaced", "derived"}

// Verdicts lists every verdict in order.
func Verdicts() []Verdict {
	return []Verdict{NotAddressed, Holds, Crossed, Disputed, Unknown, LaterLine, Replaced, Derived}
}

// Judged reports whether the verdict is a judgement of the text.
func (v Verdict) Judged() bool { return v <= Unknown }

// String returns the verdict's name: "not-addressed", "holds",
// "crossed", "disputed", "unknown", "later-line", "replaced" or
// "derived".
func (v Verdict) String() string { return verdictNames[v] }

// MarshalText encodes the verdict by name.
func (v Verdict) MarshalText() ([]byte, error) { return []byte(v.String()), nil }

// Cell is what one proposal does with one line.
type Cell struct {
	Verdict Verdict `json:"verdict"`
	// Points are the labels of the points of the terms that cross the
	// line, in reading order; empty unless crossed or disputed.
	Points []string `json:"points,omitempty"`
	// Crossing are the terms that cross the line; for a disputed cell,
	// the drafters' variants that do.
	Crossing []Witness `json:"crossing,omitempty"`
	// Read counts the terms the line read.
	Read int `json:"read"`
	// Reading is true when the verdict rests on the editors' reading of
	// the text: crossed or disputed only through terms that are readings,
	// or holds with a term that is one.
	Reading bool `json:"reading,omitempty"`
	// Why says, for a verdict other than crossed or holds, why: the
	// unknown terms, the dates of a later or replaced line.
	Why string `json:"why,omitempty"`
}

// Witness is a term that crosses a line, described for a reader.
type Witness struct {
	// Term is the term's kind ("region", "cap", "nato.membership", ...).
	Term string `json:"term"`
	// Key names which one, as compare's term keys do: a region code
	// ("UA-14"), a party ("UA", or "UA:RU" with who proposes the figure).
	Key string `json:"key,omitempty"`
	// Name is what the term is about in words, as compare's groups:
	// "Donetsk Oblast (UA-14)", "Forces of Ukraine", or the term's label.
	Name string `json:"name,omitempty"`
	// Value is the term's value: a scale slug, a number as text, or for a
	// cap without a figure its limit ("none", "unspecified").
	Value string `json:"value"`
	// Label is Value in words: the scale's label, the number with its unit.
	Label string `json:"label"`
	// Detail is the term's other values in words: who recognises a
	// status, when a cap applies, whose territory a zone is; and, for a
	// disputed term, whose variant crosses.
	Detail string `json:"detail,omitempty"`
	// Reading is true when the term is the editors' reading of the text.
	Reading bool     `json:"reading,omitempty"`
	Points  []string `json:"points"`
}

// Words describes the term for a reader: "Autonomous Republic of Crimea
// (UA-43): Russian de facto, recognised by US (21.a)".
func (w Witness) Words() string {
	s := w.Label
	if w.Name != "" {
		s = w.Name + ": " + s
	}
	if w.Detail != "" {
		s += ", " + w.Detail
	}
	if len(w.Points) > 0 {
		s += " (" + strings.Join(w.Points, ", ") + ")"
	}
	return s
}

// Summary counts the cells of a report, once, while it is built.
type Summary struct {
	Lines     int `json:"lines"`
	Proposals int `json:"proposals"`
	// The cells by verdict.
	Tally
	// ByProposal counts each proposal's cells by verdict.
	ByProposal []Counts `json:"by_proposal"`
	// AnyCrossed is true when some proposal crosses some line.
	AnyCrossed bool `json:"any_crossed"`
}

// Tally counts cells by verdict.
type Tally struct {
	Crossed      int `json:"crossed"`
	Disputed     int `json:"disputed"`
	Holds        int `json:"holds"`
	NotAddressed int `json:"not_addressed"`
	Unknown      int `json:"unknown"`
	LaterLine    int `json:"later_line"`
	Replaced     int `json:"replaced"`
	Derived      int `json:"derived"`
}

// Add counts one cell of verdict v.
func (t *Tally) Add(v Verdict) {
	*[...]*int{&t.NotAddressed, &t.Holds, &t.Crossed, &t.Disputed, &t.Unknown, &t.LaterLine, &t.Replaced, &t.Derived}[v]++
}

// Counts counts one proposal's cells by verdict.
type Counts struct {
	ID string `json:"id"`
	Tally
}
