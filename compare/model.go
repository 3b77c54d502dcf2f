package compare

import "github.com/peacediff/peacediff/proposals"

// SchemaVersion is the version of the JSON form of [Report]. It changes
// only when a field is removed or changes meaning; fields may be added.
const SchemaVersion = 3

// Report is the comparison of two or more proposals: the single model that
// every output reads. The first proposal is the baseline; each cell's
// change is measured against the baseline, or against the proposal before
// it when the report is a history (see [Options.AgainstPrevious]).
type Report struct {
	SchemaVersion int `json:"schema_version"`
	// Kind is "compare" or "history".
	Kind string `json:"kind"`
	// Reference says what each column after the first is measured
	// against: the first proposal (a comparison) or the one before it (a
	// history).
	Reference Reference `json:"reference"`
	// References are, with the reference "predecessor", the column each
	// column is measured against (its own for a text with no
	// predecessor in the report).
	References []int      `json:"references,omitempty"`
	Proposals  []Header   `json:"proposals"`
	Sections   []*Section `json:"sections"`
	Summary    Summary    `json:"summary"`
}

// Reference is what the cells of a column are measured against.
type Reference int

// The references.
const (
	// Baseline: every column against the first.
	Baseline Reference = iota
	// Previous: every column against the one before it.
	Previous
	// Predecessor: every column against the first text it revises or
	// answers that the report holds; a text with none is measured against
	// itself, and so shows no change.
	Predecessor
)

// String returns "baseline", "previous" or "predecessor".
func (r Reference) String() string { return [...]string{"baseline", "previous", "predecessor"}[r] }

// MarshalText encodes the reference by name.
func (r Reference) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// Against returns the column that column k is measured against; k > 0.
func (r *Report) Against(k int) int {
	switch r.Reference {
	case Previous:
		return k - 1
	case Predecessor:
		return r.References[k]
	}
	return 0
}

// Header describes one compared proposal.
type Header struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Short     string   `json:"short"`
	Date      string   `json:"date"`
	Status    string   `json:"status"`
	Proposers []string `json:"proposers"`
	Summary   string   `json:"summary"`
	// Notes are the editors' remarks on provenance and doubts.
	Notes      string `json:"notes,omitempty"`
	PointCount int    `json:"point_count"`
	// Supersedes lists the ids of the texts this one revises or answers.
	Supersedes []string `json:"supersedes,omitempty"`
	// Package is the set of documents the text was negotiated with, if
	// the corpus's timeline groups it in one.
	Package *Package `json:"package,omitempty"`
	// Sources are every source the proposal cites, in its order;
	// cells refer to them by index.
	Sources []Source `json:"sources"`
	// Changes are the details of the text (every field of its file but
	// its terms and points: status, date, title, summary, notes, sources,
	// ...) that differ from its reference's; nil in the reference column.
	Changes []FieldChange `json:"changes,omitempty"`
}

// Package is a set of documents negotiated as one, as a member's header
// gives it.
type Package struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Role is the text's part in the package: core, companion or annex.
	Role string `json:"role"`
	// Members are the ids of every member, this text included, in the
	// package's order.
	Members []string `json:"members"`
	// Unreported names, in our words, documents of the package whose
	// text is not known.
	Unreported []string `json:"unreported,omitempty"`
}

// Source is one source of a proposal.
type Source struct {
	ID        string `json:"id"`
	Publisher string `json:"publisher"`
	Relays    string `json:"relays,omitempty"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url"`
	Date      string `json:"date,omitempty"`
	Kind      string `json:"kind"`
}

// Section is one part of a report: the typed terms and points of one
// domain (territory, military, nato, guarantees, then the other domains
// of the topic catalogue).
type Section struct {
	Key   string `json:"key"`
	Title string `json:"title"`
	Rows  []*Row `json:"rows"`
}

// RowKind says whether a row is a typed term or a point of the texts.
type RowKind int

// The kinds of row.
const (
	TermRow RowKind = iota
	PointRow
)

// String returns "term" or "point".
func (k RowKind) String() string { return [...]string{"term", "point"}[k] }

// MarshalText encodes the kind by name.
func (k RowKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Row is one term or one aligned point, with a cell per proposal.
type Row struct {
	// Key identifies the row across runs: "term:military.cap:UA",
	// "point:nato-membership:7".
	Key  string  `json:"key"`
	Kind RowKind `json:"kind"`
	// Group names what a term belongs to ("Donetsk Oblast (UA-14)",
	// "Guarantee by US"); empty for points.
	Group string `json:"group,omitempty"`
	// Label names the term ("status", "personnel cap") or the point's topic.
	Label string `json:"label"`
	// Term is a term row's typed key: the kind of term, which one, and
	// which of its facets; nil for points.
	Term *TermRef `json:"term,omitempty"`
	// Type is the type of a term's values.
	Type proposals.ValueType `json:"type,omitempty"`
	// Scale names the ordered scale of an enum term, if it has one.
	Scale string `json:"scale,omitempty"`
	// Topic is the topic slug of a point row.
	Topic string `json:"topic,omitempty"`
	// Strategy says how the points of a point row were aligned.
	Strategy Strategy `json:"strategy,omitempty"`
	// Order is a point row's place in the aligned sequence of points: the
	// baseline's order, with the points it lacks where their own text has
	// them. Sections group rows by domain; Order restores the text's order.
	Order int `json:"order,omitempty"`
	// Change is the row's most significant change over its cells.
	Change ChangeKind `json:"change"`
	Cells  []Cell     `json:"cells"`
}

// State says what a proposal holds in a cell.
type State int

// The states of a cell.
const (
	// StateNotAddressed: the proposal says nothing on the term, or has no
	// point aligned with the row.
	StateNotAddressed State = iota
	StatePresent
	StateDeleted  // the point was removed from the text this one revises
	StateUnknown  // the point exists but its wording is not known
	StateDisputed // the drafters hold different versions
	StateMoved    // the point was taken out into another track or document
)

var stateNames = [...]string{"not-addressed", "present", "deleted", "unknown", "disputed", "moved-elsewhere"}

// String returns the state's name: "not-addressed", "present", ...
func (s State) String() string { return stateNames[s] }

// MarshalText encodes the state by name.
func (s State) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Cell is what one proposal holds in a row.
type Cell struct {
	State State `json:"state"`
	// Value is a term's value; nil for points and when not addressed.
	Value *proposals.Value `json:"value,omitempty"`
	// Point is the label of a point row's provision.
	Point string `json:"point,omitempty"`
	// Heading is the provision's heading, if it has one.
	Heading string `json:"heading,omitempty"`
	// Text is the provision's wording in our words, resolved for kept
	// points.
	Text string `json:"text,omitempty"`
	// Kept is true when the point keeps the wording of the text it revises.
	Kept bool `json:"kept,omitempty"`
	// Variants are the drafters' versions of a disputed point or region.
	Variants []Variant `json:"variants,omitempty"`
	// Points are the labels a term comes from.
	Points []string `json:"points,omitempty"`
	// Sources index the proposal's [Header.Sources].
	Sources    []int  `json:"sources,omitempty"`
	Confidence string `json:"confidence,omitempty"`
	// Reading is true for a term that is the editors' reading of its
	// points, not what the text states; Note says what it rests on.
	Reading bool   `json:"reading,omitempty"`
	Note    string `json:"note,omitempty"`
	// Change is the difference from the reference cell (the baseline's, or
	// the previous proposal's in a history); nil in the reference column.
	Change *Change `json:"change,omitempty"`
}

// TermRef is the typed key of a term row: Kind is a [proposals.TermKind]'s
// name ("region", "cap"), Subject tells the terms of a kind apart ("UA-14",
// "UA:RU"; empty for a kind a text states once), Facet names the value
// shown ("" for the term's main value, "applies", "recognized_by").
type TermRef struct {
	Kind    string `json:"kind"`
	Subject string `json:"subject,omitempty"`
	Facet   string `json:"facet,omitempty"`
}

// Variant is one party's version of a disputed point or region status.
type Variant struct {
	Party string `json:"party"`
	Text  string `json:"text"`
}

// ChangeKind is how a cell differs from its reference cell.
type ChangeKind int

// The kinds of change, from the least to the most significant.
const (
	Same      ChangeKind = iota // equal
	Edited                      // same value or wording; another heading, note, confidence, sources or points
	Moved                       // same wording under another label
	Changed                     // a different value or wording
	Added                       // not addressed in the reference, addressed here
	Removed                     // addressed in the reference, not addressed here
	Deleted                     // the point is deleted here
	Elsewhere                   // the point is moved out, into another track or document
	Unknown                     // this cell's or the reference's wording is unknown
	Disputed                    // the drafters hold different versions here
)

var changeNames = [...]string{"same", "edited", "moved", "changed", "added", "removed", "deleted", "moved-elsewhere", "unknown", "disputed"}

// String returns the kind's name.
func (k ChangeKind) String() string { return changeNames[k] }

// MarshalText encodes the kind by name.
func (k ChangeKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// ChangeKinds lists every kind in order.
func ChangeKinds() []ChangeKind {
	return []ChangeKind{Same, Edited, Moved, Changed, Added, Removed, Deleted, Elsewhere, Unknown, Disputed}
}

// Change is the difference of a cell from its reference cell.
type Change struct {
	Kind ChangeKind `json:"kind"`
	// Delta is set when both are numbers.
	Delta *Delta `json:"delta,omitempty"`
	// Move is set when both are values of an ordered scale.
	Move *Move `json:"move,omitempty"`
	// SetAdded and SetRemoved are the members gained and lost, for sets.
	SetAdded   []string `json:"set_added,omitempty"`
	SetRemoved []string `json:"set_removed,omitempty"`
	// Basis is set when a term's basis changed: "reading" when it became
	// the editors' reading, "stated" when the text now states it.
	Basis string `json:"basis,omitempty"`
	// Words is the word diff from the reference's wording, for points.
	Words *WordDiff `json:"words,omitempty"`
	// Fields are the other fields that differ from the reference's: a
	// point's heading, confidence, note or sources, a term's note or the
	// points it comes from.
	Fields []FieldChange `json:"fields,omitempty"`
}

// Delta is the change of a number.
type Delta struct {
	From int64 `json:"from"`
	To   int64 `json:"to"`
	By   int64 `json:"by"`
	// Percent is By as a percentage of From, rounded to one decimal; nil
	// when From is zero.
	Percent *float64 `json:"percent,omitempty"`
}

// Move is the change of an enum along its ordered scale.
type Move struct {
	From string `json:"from"`
	To   string `json:"to"`
	// Steps is how far it moved: positive toward the end of the scale.
	Steps int `json:"steps"`
	// Direction is the scale's word for the move: "toward Ukraine",
	// "softened".
	Direction string `json:"direction"`
}

// Summary counts the changes of a report, once, while it is built.
type Summary struct {
	// Rows is the number of rows of each kind.
	Terms  int `json:"terms"`
	Points int `json:"points"`
	// ByProposal counts the changes of each proposal's cells; the first
	// proposal's cells have no change and count as same.
	ByProposal []ProposalCounts `json:"by_proposal"`
	// BySection counts, per section, the rows by their change.
	BySection []SectionCounts `json:"by_section"`
	// Differs is true when any cell or detail differs from its reference.
	Differs bool `json:"differs"`
}

// Counts counts changes by kind.
type Counts struct {
	Same      int `json:"same"`
	Edited    int `json:"edited"`
	Moved     int `json:"moved"`
	Changed   int `json:"changed"`
	Added     int `json:"added"`
	Removed   int `json:"removed"`
	Deleted   int `json:"deleted"`
	Elsewhere int `json:"moved_elsewhere"`
	Unknown   int `json:"unknown"`
	Disputed  int `json:"disputed"`
}

// ProposalCounts counts the changes of one proposal's cells, term rows
// and point rows apart.
type ProposalCounts struct {
	ID     string `json:"id"`
	Terms  Counts `json:"terms"`
	Points Counts `json:"points"`
	// Details counts the details of the text that differ from its
	// reference's ([Header.Changes]).
	Details int `json:"details"`
}

// SectionCounts counts the rows of one section by their change.
type SectionCounts struct {
	Key string `json:"key"`
	Counts
}

// Add counts one change of kind k.
func (c *Counts) Add(k ChangeKind) { *c.field(k)++ }

// Get returns the count of kind k.
func (c *Counts) Get(k ChangeKind) int { return *c.field(k) }

// Total returns the sum of the counts.
func (c *Counts) Total() int {
	n := 0
	for _, k := range ChangeKinds() {
		n += c.Get(k)
	}
	return n
}

func (c *Counts) field(k ChangeKind) *int {
	return [...]*int{&c.Same, &c.Edited, &c.Moved, &c.Changed, &c.Added, &c.Removed, &c.Deleted, &c.Elsewhere, &c.Unknown, &c.Disputed}[k]
}
