package proposals

// ValueType is the type of a term's values.
type ValueType int

// The types of term values.
const (
	NoType ValueType = iota
	Number
	Enum
	Set
	Bool
)

var typeNames = [...]string{"", "number", "enum", "set", "bool"}

// String returns "number", "enum", "set" or "bool".
func (t ValueType) String() string { return typeNames[t] }

// MarshalText encodes the type by name.
func (t ValueType) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// Value is a term's value. Which fields are set follows its [ValueType].
type Value struct {
	// Number and Unit, for Number: 600000 "personnel", 40 "km".
	Number int64  `json:"number,omitempty"`
	Unit   string `json:"unit,omitempty"`
	// Limit is set for a cap with no figure: "none" when the text rejects
	// any cap, "unspecified" when it demands one without a figure.
	Limit string `json:"limit,omitempty"`
	// Enum is the slug and Label its words, for Enum.
	Enum  string `json:"enum,omitempty"`
	Label string `json:"label,omitempty"`
	// Rank is the enum's position on its scale; nil when it has none.
	Rank *int `json:"rank,omitempty"`
	// Set holds the members, sorted, for Set; Labels, when set, their
	// words, in the same order.
	Set    []string `json:"set,omitempty"`
	Labels []string `json:"labels,omitempty"`
	// Bool is the value of a Bool term.
	Bool bool `json:"bool,omitempty"`
}
