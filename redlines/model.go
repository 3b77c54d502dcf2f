package redlines

// SchemaVersion is the version of the JSON form of [Report]. It changes
// only when a field is removed or changes meaning; fields may be added.
const SchemaVersion = 1

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
	// Reads and Rule are the line's expressions; At is where the entry is
	// written (file:line:col).
	Reads string `json:"reads"`
	Rule  string `json:"rule"`
	At    string `json:"at"`
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
	// NotAddressed: the proposal has none of the terms the line reads.
	NotAddressed Verdict = iota
	// Holds: the proposal addresses the line and no term crosses it.
	Holds
	// Crossed: at least one term the line reads crosses it.
	Crossed
)

var verdictNames = [...]string{"not-addressed", "holds", "crossed"}

// String returns "not-addressed", "holds" or "crossed".
func (v Verdict) String() string { return verdictNames[v] }

// MarshalText encodes the verdict by name.
func (v Verdict) MarshalText() ([]byte, error) { return []byte(v.String()), nil }

// Cell is what one proposal does with one line.
type Cell struct {
	Verdict Verdict `json:"verdict"`
	// Points are the labels of the points of the terms that cross the
	// line, in reading order; empty unless crossed.
	Points []string `json:"points,omitempty"`
	// Crossing are the terms that cross the line.
	Crossing []Witness `json:"crossing,omitempty"`
	// Read counts the terms the line read.
	Read int `json:"read"`
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
	// Value is the term's value: a scale slug, or a number as text.
	Value string `json:"value"`
	// Label is Value in words: the scale's label, the number with its unit.
	Label string `json:"label"`
	// Detail is the term's other values in words: who recognises a
	// status, when a cap applies, whose territory a zone is.
	Detail string   `json:"detail,omitempty"`
	Points []string `json:"points"`
}

// Summary counts the cells of a report, once, while it is built.
type Summary struct {
	Lines     int `json:"lines"`
	Proposals int `json:"proposals"`
	// Crossed, Holds and NotAddressed count the cells by verdict.
	Crossed      int `json:"crossed"`
	Holds        int `json:"holds"`
	NotAddressed int `json:"not_addressed"`
	// ByProposal counts each proposal's cells by verdict.
	ByProposal []Counts `json:"by_proposal"`
	// AnyCrossed is true when some proposal crosses some line.
	AnyCrossed bool `json:"any_crossed"`
}

// Counts counts one proposal's cells by verdict.
type Counts struct {
	ID           string `json:"id"`
	Crossed      int    `json:"crossed"`
	Holds        int    `json:"holds"`
	NotAddressed int    `json:"not_addressed"`
}
