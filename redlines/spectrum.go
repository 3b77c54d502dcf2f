package redlines

import "strings"

// Spectrum places proposals on the ordered terms beside the stances the
// parties stated: for each term, where each party stands and where each
// proposal falls.
type Spectrum struct {
	Axes []*Axis `json:"axes"`
}

// Axis is one ordered term: the line of contact, a region's status, a cap
// on a party's forces or Ukraine's NATO membership.
type Axis struct {
	// Key is the stance term: "line_of_contact", "region:UA-14", "cap:UA",
	// "nato.membership" (see proposals.Stance).
	Key   string `json:"key"`
	Title string `json:"title"`
	// Scale names the scale of an enum term, and Steps are its values in
	// order, those without a place (disputed) left out. Both are empty for
	// a number.
	Scale string `json:"scale,omitempty"`
	Steps []Step `json:"steps,omitempty"`
	// Unit and Max describe a number: the axis runs from 0 to Max, a round
	// figure at or above every value shown.
	Unit string `json:"unit,omitempty"`
	Max  int    `json:"max,omitempty"`
	// Stances are the parties' latest stated stances, in the order of the
	// positions; Places are the proposals that address the term, in the
	// order given (a proposal that records each side's figure has one
	// place per figure).
	Stances []Mark `json:"stances"`
	Places  []Mark `json:"places"`
	// Silent lists the proposals that do not address the term; Unknown
	// those that address it in words that were never reported.
	Silent  []string `json:"silent,omitempty"`
	Unknown []string `json:"unknown,omitempty"`
	// Landing is the term's landing zone, when asked for
	// ([Spectrum.AttachLanding]).
	Landing *Zone `json:"landing,omitempty"`
}

// Step is one value of a scale.
type Step struct {
	Slug  string `json:"slug"`
	Label string `json:"label"`
}

// Mark is one party's stance or one proposal's value on an axis.
type Mark struct {
	// Who is the party's code for a stance, the proposal's id for a place;
	// Name is the party's name or the proposal's short label.
	Who  string `json:"who"`
	Name string `json:"name"`
	Date string `json:"date"`
	// Line is the position a stance comes from.
	Line string `json:"line,omitempty"`
	// ProposedBy names the side whose figure this is, when the proposal
	// records each side's; Applies says when a cap holds.
	ProposedBy string `json:"proposed_by,omitempty"`
	Applies    string `json:"applies,omitempty"`
	// Value is the scale slug or the number; Label is the scale's words or
	// the number with its unit.
	Value string `json:"value"`
	Label string `json:"label"`
	// At is the place on the axis, from 0 at its start to 1 at its end;
	// nil when the value has no place (a status the drafters dispute).
	At *float64 `json:"at"`
	// Variants are the drafters' values of a disputed status, each placed.
	Variants []Variant `json:"variants,omitempty"`
	// Reading is true when the place is the editors' reading of the text.
	Reading bool     `json:"reading,omitempty"`
	Points  []string `json:"points,omitempty"`
	// Beside lists the parties whose stance is this very value; Below and
	// Above the parties whose stances are nearest on either side. Empty
	// for stances and for marks without a place.
	Beside []string `json:"beside,omitempty"`
	Below  []string `json:"below,omitempty"`
	Above  []string `json:"above,omitempty"`
}

// Variant is one drafter's value of a disputed status.
type Variant struct {
	Party string   `json:"party"`
	Value string   `json:"value"`
	Label string   `json:"label"`
	At    *float64 `json:"at"`
}

// String describes an axis in one line, for tests and messages.
func (a *Axis) String() string {
	var parts []string
	for _, m := range a.Places {
		parts = append(parts, m.Who+"="+m.Value)
	}
	return a.Key + ": " + strings.Join(parts, " ")
}
