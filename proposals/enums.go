package proposals

// The closed vocabularies of the format. Each type lists its values in
// Values; the loader reports any other value with the list of valid ones.
// The ordered scales of the typed terms (region status, NATO membership,
// foreign troops, line of contact, enlargement) are data, not code: see
// [Scales].

// Status says how a text is known and how far it got.
type Status string

// The statuses of a text.
const (
	StatusOfficial       Status = "official"        // published by its authors
	StatusLeakedDraft    Status = "leaked-draft"    // a draft whose full text leaked
	StatusReported       Status = "reported"        // known only from press accounts of it
	StatusStatedPosition Status = "stated-position" // a party's public terms, not a negotiated text
	StatusAgreed         Status = "agreed"          // agreed by negotiators, not signed
	StatusSigned         Status = "signed"          // signed by the parties
	StatusRejected       Status = "rejected"        // rejected by a party it needed
)

// Values lists the valid statuses in order.
func (Status) Values() []string {
	return []string{"official", "leaked-draft", "reported", "stated-position", "agreed", "signed", "rejected"}
}

// Relation says how a text relates to one it supersedes.
type Relation string

// The relations between texts.
const (
	RelationRevises Relation = "revises" // a new version of the earlier text
	RelationAnswers Relation = "answers" // a counter-proposal or reply to it
)

// Values lists the valid relations.
func (Relation) Values() []string { return []string{"revises", "answers"} }

// SourceKind says what sort of outlet a source is.
type SourceKind string

// The kinds of source.
const (
	KindOfficial        SourceKind = "official"         // the government or body that wrote the text
	KindAgency          SourceKind = "agency"           // a news agency (Reuters, AP, AFP, Interfax-Ukraine)
	KindNewspaper       SourceKind = "newspaper"        // a newspaper or news site with its own newsroom
	KindBroadcaster     SourceKind = "broadcaster"      // a radio or television broadcaster
	KindThinkTank       SourceKind = "think-tank"       // a research institute
	KindAggregator      SourceKind = "aggregator"       // a site that republishes others' reports
	KindStateAffiliated SourceKind = "state-affiliated" // an outlet controlled by a state party to the conflict, or its mirrors
	KindBlog            SourceKind = "blog"             // a personal or anonymous site
	KindForum           SourceKind = "forum"            // a message board or social-media post
)

// Values lists the valid kinds of source.
func (SourceKind) Values() []string {
	return []string{"official", "agency", "newspaper", "broadcaster", "think-tank", "aggregator", "state-affiliated", "blog", "forum"}
}

// Reputable reports whether a source of this kind can count toward
// confirming a fact: aggregators, state-affiliated outlets, blogs and forums
// cannot.
func (k SourceKind) Reputable() bool {
	switch k {
	case KindOfficial, KindAgency, KindNewspaper, KindBroadcaster, KindThinkTank:
		return true
	}
	return false
}

// ProvisionState says whether a point's wording is known.
type ProvisionState string

// The states of a provision. The empty state means present.
const (
	StatePresent  ProvisionState = "present"  // in the text, wording known
	StateDeleted  ProvisionState = "deleted"  // removed from the text this one revises
	StateUnknown  ProvisionState = "unknown"  // in the text, wording not available
	StateKept     ProvisionState = "kept"     // keeps the wording of the text it revises
	StateDisputed ProvisionState = "disputed" // the drafters hold different versions
	StateMoved    ProvisionState = "moved"    // taken out of this text into another track or document
)

// Values lists the valid states.
func (ProvisionState) Values() []string {
	return []string{"present", "deleted", "unknown", "kept", "disputed", "moved"}
}

// Or returns s, or StatePresent when s is empty.
func (s ProvisionState) Or() ProvisionState {
	if s == "" {
		return StatePresent
	}
	return s
}

// Confidence says how well a point is attested.
type Confidence string

// The confidence levels.
const (
	ConfidenceConfirmed    Confidence = "confirmed"     // two independent reputable outlets agree
	ConfidenceSingleSource Confidence = "single-source" // one reputable outlet, or only weaker sources
	ConfidenceInferred     Confidence = "inferred"      // the editors' reading, not stated by a source
)

// Values lists the valid confidence levels.
func (Confidence) Values() []string { return []string{"confirmed", "single-source", "inferred"} }

// Applies says when a cap on forces holds.
type Applies string

// When a cap holds.
const (
	AppliesAlways    Applies = "always"
	AppliesPeacetime Applies = "peacetime"
	AppliesWartime   Applies = "wartime"
)

// Values lists when a cap can hold.
func (Applies) Values() []string { return []string{"always", "peacetime", "wartime"} }

// Label is when the cap applies, in words: "always", "in peacetime".
func (a Applies) Label() string {
	switch a {
	case AppliesPeacetime:
		return "in peacetime"
	case AppliesWartime:
		return "in wartime"
	}
	return string(a)
}

// Unit is what a weapons limit counts.
type Unit string

// The units of weapons limits.
const (
	UnitCount Unit = "count" // pieces of equipment
	UnitKm    Unit = "km"    // range in kilometres
	UnitMm    Unit = "mm"    // calibre in millimetres
)

// Values lists the valid units.
func (Unit) Values() []string { return []string{"count", "km", "mm"} }

// ZoneKind is what sort of special zone a text sets up.
type ZoneKind string

// Values lists the valid kinds of zone.
func (ZoneKind) Values() []string {
	return []string{"demilitarized", "buffer", "free-economic", "security", "exclusion"}
}

// GuaranteeKind is what sort of security guarantee a party gives.
type GuaranteeKind string

// Values lists the valid kinds of guarantee.
func (GuaranteeKind) Values() []string {
	return []string{"article-5-like", "collective", "bilateral", "reassurance-force", "monitoring", "unspecified"}
}

// enum is a string type with a closed set of values.
type enum interface{ Values() []string }

// Basis says whether a text states a term or the editors read it from the
// points it rests on.
type Basis string

// The bases of a term. The empty basis means stated.
const (
	BasisStated  Basis = "stated"  // the text says it, in words a source reported
	BasisReading Basis = "reading" // the editors' reading of the points cited
)

// Values lists the valid bases.
func (Basis) Values() []string { return []string{"stated", "reading"} }

// CapLimit says what a text does with a cap on forces.
type CapLimit string

// The kinds of cap. The empty kind means a figure.
const (
	LimitFigure      CapLimit = "figure"      // a ceiling in personnel
	LimitNone        CapLimit = "none"        // the text rejects any cap
	LimitUnspecified CapLimit = "unspecified" // a cap demanded without a figure
)

// Values lists the valid kinds of cap.
func (CapLimit) Values() []string { return []string{"figure", "none", "unspecified"} }

// Or returns l, or LimitFigure when l is empty.
func (l CapLimit) Or() CapLimit {
	if l == "" {
		return LimitFigure
	}
	return l
}

// ForcesWhere is where on a party's territory a rule on foreign forces
// applies.
type ForcesWhere string

// Values lists the places a rule on foreign forces can name.
func (ForcesWhere) Values() []string { return []string{"contact-line", "rear", "airspace", "waters"} }

// ForcesWhen is when a rule on foreign forces holds.
type ForcesWhen string

// Values lists the times a rule on foreign forces can name.
func (ForcesWhen) Values() []string {
	return []string{"always", "peacetime", "after-ceasefire", "after-agreement"}
}

// PackageRole is a text's part in a package of documents.
type PackageRole string

// The roles.
const (
	RoleCore      PackageRole = "core"      // the framework the others refer to
	RoleCompanion PackageRole = "companion" // a document negotiated with it
	RoleAnnex     PackageRole = "annex"     // a part of another member
)

// Values lists the valid roles.
func (PackageRole) Values() []string { return []string{"core", "companion", "annex"} }
