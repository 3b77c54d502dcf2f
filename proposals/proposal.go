package proposals

// Proposal is one peace proposal: a negotiating text, a draft, a
// counter-proposal or a party's stated position. The YAML field names are
// given by the yaml tags; [Load] decodes a file strictly into this type.
//
// A pointer or an empty slice means "not addressed": the text is silent on
// the term. It never means no, false or zero.
type Proposal struct {
	// ID is a lowercase slug, equal to the file name without ".yaml".
	ID string `yaml:"id" json:"id" jsonschema:"pattern=^[a-z0-9]+(-[a-z0-9]+)*$" jsonschema_description:"lowercase slug of at most 100 characters, equal to the file name without .yaml"`
	// Title is the full title of the text.
	Title string `yaml:"title" json:"title" jsonschema_description:"full title of the text"`
	// Short is a label of a few words for column headers.
	Short string `yaml:"short" json:"short" jsonschema_description:"a label of a few words, used in column headers"`
	// Proposers are the parties that put the text forward.
	Proposers []string `catalog:"party" yaml:"proposers" json:"proposers" jsonschema_description:"codes of the parties that put the text forward (parties.yaml)"`
	// Parties are the parties the text addresses or binds.
	Parties []string `catalog:"party" yaml:"parties,omitempty" json:"parties,omitempty" jsonschema_description:"codes of the parties the text addresses or binds"`
	// Date is when the text was made public or adopted.
	Date Date `yaml:"date" json:"date" jsonschema_description:"when the text was made public or adopted: YYYY-MM-DD, YYYY-MM or YYYY"`
	// Status says how the text is known and how far it got.
	Status Status `yaml:"status" json:"status" jsonschema_description:"how the text is known and how far it got"`
	// Supersedes lists the texts this one revises or answers.
	Supersedes []Lineage `yaml:"supersedes,omitempty" json:"supersedes,omitempty" jsonschema_description:"the texts this one revises or answers"`
	// Package names the set of documents this one was negotiated with.
	Package *PackageRef `yaml:"package,omitempty" json:"package,omitempty" jsonschema_description:"the package of documents this one belongs to (timeline/packages.yaml of the corpus)"`
	// Language is the BCP 47 tag of the language the text was written in.
	Language string `yaml:"language,omitempty" json:"language,omitempty" jsonschema:"pattern=^[a-z][a-z][a-z]?(-[A-Za-z0-9]+)*$" jsonschema_description:"BCP 47 tag of the language of the original text"`
	// PointCount is the number of numbered top-level points the text has.
	PointCount int `yaml:"point_count" json:"point_count" jsonschema_description:"number of numbered top-level points of the text; the provisions must match it"`
	// Summary says in one or two sentences, in our own words, what the text does.
	Summary string `yaml:"summary" json:"summary" jsonschema_description:"one or two sentences in our own words"`
	// Notes holds the editors' remarks on provenance and doubts.
	Notes string `yaml:"notes,omitempty" json:"notes,omitempty" jsonschema_description:"editors' remarks on provenance, doubts and conflicting reports"`
	// Sources are the documents and reports the facts come from.
	Sources []Source `yaml:"sources" json:"sources" jsonschema_description:"the documents and reports the facts come from"`

	// Territory holds the territorial terms; nil when the text is silent.
	Territory *Territory `yaml:"territory,omitempty" json:"territory,omitempty" jsonschema_description:"territorial terms; omit when the text is silent"`
	// Military holds limits on armed forces; nil when the text is silent.
	Military *Military `yaml:"military,omitempty" json:"military,omitempty" jsonschema_description:"limits on armed forces and rules on foreign troops"`
	// NATO holds the terms on the alliance; nil when the text is silent.
	NATO *NATO `yaml:"nato,omitempty" json:"nato,omitempty" jsonschema_description:"Ukraine's membership, enlargement and stationing"`
	// Guarantees are the security guarantees, one per guarantor.
	Guarantees []Guarantee `yaml:"security_guarantees,omitempty" json:"security_guarantees,omitempty" jsonschema_description:"security guarantees, one entry per guarantor"`

	// NuclearPlant is who operates the Zaporizhzhia nuclear plant (or the
	// plant the text names); nil when the text is silent.
	NuclearPlant *NuclearPlant `yaml:"nuclear_plant,omitempty" json:"nuclear_plant,omitempty" jsonschema_description:"who operates the nuclear plant the text names; omit when the text is silent"`

	// UnknownTerms names the areas of typed terms that the text is known to
	// address in words that were never reported: in these areas a term left
	// out is unknown, not "not addressed".
	UnknownTerms []string `catalog:"area" yaml:"unknown_terms,omitempty" json:"unknown_terms,omitempty" jsonschema_description:"areas the text addresses in unreported words (territory, military, nato, security_guarantees): their absent terms are unknown, not unaddressed"`

	// Provisions are every point of the text, in the text's order.
	Provisions []Provision `yaml:"provisions" json:"provisions" jsonschema_description:"every point of the text, in order"`
}

// Provision is one point of a text.
type Provision struct {
	// Point is the label of the point in the text: "7", "10.b", "II.3".
	Point string `yaml:"point" json:"point" jsonschema:"pattern=^[A-Za-z0-9]+([.][A-Za-z0-9]+)*$" jsonschema_description:"label of the point: 7, 10.b, II.3"`
	// Topic is a slug from the topic catalogue (topics.yaml).
	Topic string `catalog:"topic" yaml:"topic" json:"topic" jsonschema_description:"slug from the topic catalogue"`
	// Heading is an optional short heading for the point.
	Heading string `yaml:"heading,omitempty" json:"heading,omitempty" jsonschema_description:"a short heading, a few words"`
	// State says whether the point's wording is known.
	State ProvisionState `yaml:"state,omitempty" json:"state,omitempty" jsonschema_description:"present (the default), kept (the wording of the text it revises stands), deleted (struck by a mark-up or revision), unknown (in the text, wording never reported), disputed (the drafters' variants), moved (taken out into another track or document)"`
	// From names the revised text whose wording a kept point keeps; needed
	// only when the text supersedes more than one.
	From string `yaml:"from,omitempty" json:"from,omitempty" jsonschema_description:"for state kept: the id of the text whose wording is kept, when more than one is superseded"`
	// Text says what the point says, in our own words.
	Text string `yaml:"text,omitempty" json:"text,omitempty" jsonschema_description:"what the point says, in our own words"`
	// Variants are the drafters' competing versions of a disputed point.
	Variants []Variant `yaml:"variants,omitempty" json:"variants,omitempty" jsonschema_description:"for state disputed: each party's version"`
	// Sources are ids of entries in the file's sources.
	Sources []string `yaml:"sources" json:"sources" jsonschema_description:"ids of entries in sources"`
	// Confidence says how well the point is attested.
	Confidence Confidence `yaml:"confidence" json:"confidence" jsonschema_description:"confirmed: two independent reputable outlets; single-source; inferred"`
	// Note is the editors' remark on why the point matters or what is doubtful.
	Note string `yaml:"note,omitempty" json:"note,omitempty" jsonschema_description:"editors' remark: why it matters, what is doubtful"`
}

// Variant is one party's version of a point the drafters still dispute.
type Variant struct {
	// Party is the code of the party whose version this is.
	Party string `catalog:"party" yaml:"party" json:"party" jsonschema_description:"code of the party whose version this is"`
	// Text is that party's version, in our own words.
	Text string `yaml:"text" json:"text" jsonschema_description:"that party's version, in our own words"`
	// Sources are ids of entries in the file's sources.
	Sources []string `yaml:"sources,omitempty" json:"sources,omitempty" jsonschema_description:"ids of entries in sources, when they differ from the point's"`
}

// Territory holds the territorial terms of a text.
type Territory struct {
	// LineOfContact is the rule the text sets for the line of contact.
	LineOfContact *LineOfContact `yaml:"line_of_contact,omitempty" json:"line_of_contact,omitempty" jsonschema_description:"the rule for the line of contact"`
	// Regions gives a status per region the text names.
	Regions []RegionTerm `yaml:"regions,omitempty" json:"regions,omitempty" jsonschema_description:"a status per region the text names, by ISO 3166-2 code"`
	// Others gives the status of every region of the country that Regions
	// does not list, when the text settles it (a plan that names the regions
	// it gives away leaves the rest as they are).
	Others *OtherRegions `yaml:"others,omitempty" json:"others,omitempty" jsonschema_description:"the status of every region of the country that regions does not list, when the text settles it"`
	// Zones are demilitarised, buffer or other special zones.
	Zones []Zone `yaml:"zones,omitempty" json:"zones,omitempty" jsonschema_description:"demilitarised, buffer or other special zones"`
	// NonUseOfForce records a commitment not to change borders by force.
	NonUseOfForce *Commitment `yaml:"non_use_of_force,omitempty" json:"non_use_of_force,omitempty" jsonschema_description:"a commitment not to change the territorial arrangement by force"`
}

// LineOfContact is the rule a text sets for the line of contact.
type LineOfContact struct {
	// Rule is a value of the line-of-contact scale.
	Rule string `scale:"line-of-contact" yaml:"rule" json:"rule" jsonschema_description:"a value of the line-of-contact scale (scales.yaml)"`
	// Variants are the drafters' values when Rule is disputed.
	Variants []PartyValue `yaml:"variants,omitempty" json:"variants,omitempty" jsonschema_description:"for rule disputed: each party's value of the line-of-contact scale"`
	// Points are the labels of the points the term comes from.
	Points []string `yaml:"points" json:"points" jsonschema_description:"labels of the points the term comes from"`
	// Basis says whether the text states the term or it is the editors'
	// reading of the points it rests on (explained in Note).
	Basis Basis `yaml:"basis,omitempty" json:"basis,omitempty" jsonschema_description:"stated (the default): the text says it; reading: the editors' reading of the points cited, explained in note"`
	// Note is an optional remark.
	Note string `yaml:"note,omitempty" json:"note,omitempty" jsonschema_description:"editors' remark on the term: what a reading rests on (needed with basis: reading), what is doubtful"`
}

// RegionTerm is the status a text gives one region.
type RegionTerm struct {
	// Region is an ISO 3166-2 code from the region catalogue.
	Region string `catalog:"region" yaml:"region" json:"region" jsonschema_description:"ISO 3166-2 code from the region catalogue"`
	// Status is a value of the region-status scale.
	Status string `scale:"region-status" yaml:"status" json:"status" jsonschema_description:"a value of the region-status scale (scales.yaml)"`
	// RecognizedBy are the parties that recognise the status.
	RecognizedBy []string `catalog:"party" yaml:"recognized_by,omitempty" json:"recognized_by,omitempty" jsonschema_description:"parties that recognise that status"`
	// Positions are the parties' competing statuses when the point is disputed.
	Positions []PartyStatus `yaml:"positions,omitempty" json:"positions,omitempty" jsonschema_description:"each party's status for the region, when the drafters disagree"`
	// Points are the labels of the points the term comes from.
	Points []string `yaml:"points" json:"points" jsonschema_description:"labels of the points the term comes from"`
	// Basis says whether the text states the term or it is the editors'
	// reading of the points it rests on (explained in Note).
	Basis Basis `yaml:"basis,omitempty" json:"basis,omitempty" jsonschema_description:"stated (the default): the text says it; reading: the editors' reading of the points cited, explained in note"`
	// Note is an optional remark.
	Note string `yaml:"note,omitempty" json:"note,omitempty" jsonschema_description:"editors' remark on the term: what a reading rests on (needed with basis: reading), what is doubtful"`
}

// OtherRegions is the status a text gives every region it does not name.
type OtherRegions struct {
	// Status is a value of the region-status scale.
	Status string `scale:"region-status" yaml:"status" json:"status" jsonschema_description:"a value of the region-status scale (scales.yaml)"`
	// Points are the labels of the points the term comes from.
	Points []string `yaml:"points" json:"points" jsonschema_description:"labels of the points the term comes from"`
	// Basis says whether the text states the term or it is the editors'
	// reading of the points it rests on (explained in Note).
	Basis Basis `yaml:"basis,omitempty" json:"basis,omitempty" jsonschema_description:"stated (the default): the text says it; reading: the editors' reading of the points cited, explained in note"`
	// Note is an optional remark.
	Note string `yaml:"note,omitempty" json:"note,omitempty" jsonschema_description:"editors' remark on the term: what a reading rests on (needed with basis: reading), what is doubtful"`
}

// PartyValue is one party's value of a disputed term.
type PartyValue struct {
	// Party is the code of the party holding the position.
	Party string `catalog:"party" yaml:"party" json:"party" jsonschema_description:"the drafter holding this version"`
	// Value is a value of the term's scale.
	Value string `yaml:"value" json:"value" jsonschema_description:"the drafter's value, on the scale of the term it is a variant of"`
}

// PartyStatus is one party's position on a region's status.
type PartyStatus struct {
	// Party is the code of the party holding the position.
	Party string `catalog:"party" yaml:"party" json:"party" jsonschema_description:"the drafter holding this version"`
	// Status is a value of the region-status scale.
	Status string `scale:"region-status" yaml:"status" json:"status" jsonschema_description:"the drafter's status for the region"`
}

// Zone is a demilitarised, buffer or other special zone.
type Zone struct {
	// Kind is what sort of zone it is.
	Kind ZoneKind `yaml:"kind" json:"kind" jsonschema_description:"demilitarized, buffer, free-economic, security or exclusion"`
	// Regions are the regions the zone lies in.
	Regions []string `catalog:"region" yaml:"regions" json:"regions" jsonschema_description:"ISO 3166-2 codes of the regions it lies in"`
	// Sovereign is the party whose territory the zone is recognised as, if said.
	Sovereign string `catalog:"party" yaml:"sovereign,omitempty" json:"sovereign,omitempty" jsonschema_description:"party whose territory the zone is recognised as, if the text says"`
	// Points are the labels of the points the term comes from.
	Points []string `yaml:"points" json:"points" jsonschema_description:"labels of the points the term comes from"`
	// Basis says whether the text states the term or it is the editors'
	// reading of the points it rests on (explained in Note).
	Basis Basis `yaml:"basis,omitempty" json:"basis,omitempty" jsonschema_description:"stated (the default): the text says it; reading: the editors' reading of the points cited, explained in note"`
	// Note is an optional remark.
	Note string `yaml:"note,omitempty" json:"note,omitempty" jsonschema_description:"editors' remark on the term: what a reading rests on (needed with basis: reading), what is doubtful"`
}

// Commitment is a yes-or-no term that a text states explicitly. A nil
// *Commitment means the text does not address it.
type Commitment struct {
	// Value is true when the text commits to it and false when it rejects it.
	Value bool `yaml:"value" json:"value" jsonschema_description:"true when the text commits to it, false when it explicitly rejects it"`
	// Points are the labels of the points the term comes from.
	Points []string `yaml:"points" json:"points" jsonschema_description:"labels of the points the term comes from"`
	// Basis says whether the text states the term or it is the editors'
	// reading of the points it rests on (explained in Note).
	Basis Basis `yaml:"basis,omitempty" json:"basis,omitempty" jsonschema_description:"stated (the default): the text says it; reading: the editors' reading of the points cited, explained in note"`
	// Note is an optional remark.
	Note string `yaml:"note,omitempty" json:"note,omitempty" jsonschema_description:"editors' remark on the term: what a reading rests on (needed with basis: reading), what is doubtful"`
}

// Military holds limits on armed forces and rules on foreign troops.
type Military struct {
	// Caps limit the personnel of a party's forces.
	Caps []Cap `yaml:"caps,omitempty" json:"caps,omitempty" jsonschema_description:"limits on personnel"`
	// Weapons limit kinds of arms.
	Weapons []WeaponLimit `yaml:"weapons,omitempty" json:"weapons,omitempty" jsonschema_description:"limits on kinds of arms"`
	// ForeignTroops are rules on other states' forces on a party's territory.
	ForeignTroops []ForeignTroops `yaml:"foreign_troops,omitempty" json:"foreign_troops,omitempty" jsonschema_description:"rules on other states' forces on a party's territory"`
}

// Cap limits the personnel of one party's armed forces.
type Cap struct {
	// Party is whose forces are capped.
	Party string `catalog:"party" yaml:"party" json:"party" jsonschema_description:"whose forces are capped"`
	// ProposedBy is set when the text records each side's figure.
	ProposedBy string `catalog:"party" yaml:"proposed_by,omitempty" json:"proposed_by,omitempty" jsonschema_description:"the party that demanded this figure, when the text records each side's"`
	// Limit says whether the text sets a figure, rejects any cap, or
	// demands one without a figure; the default is a figure.
	Limit CapLimit `yaml:"limit,omitempty" json:"limit,omitempty" jsonschema_description:"figure (the default): personnel gives the ceiling; none: the text rejects any cap; unspecified: the text demands a cap without a figure"`
	// Personnel is the ceiling on personnel, for a figure.
	Personnel int `yaml:"personnel,omitempty" json:"personnel,omitempty" jsonschema:"minimum=0" jsonschema_description:"the ceiling on personnel; only with a figure"`
	// Applies says when the cap holds; needed with a figure.
	Applies Applies `yaml:"applies,omitempty" json:"applies,omitempty" jsonschema_description:"always, peacetime or wartime; needed with a figure"`
	// Points are the labels of the points the term comes from.
	Points []string `yaml:"points" json:"points" jsonschema_description:"labels of the points the term comes from"`
	// Basis says whether the text states the term or it is the editors'
	// reading of the points it rests on (explained in Note).
	Basis Basis `yaml:"basis,omitempty" json:"basis,omitempty" jsonschema_description:"stated (the default): the text says it; reading: the editors' reading of the points cited, explained in note"`
	// Note is an optional remark.
	Note string `yaml:"note,omitempty" json:"note,omitempty" jsonschema_description:"editors' remark on the term: what a reading rests on (needed with basis: reading), what is doubtful"`
}

// WeaponLimit limits one kind of arms of one party.
type WeaponLimit struct {
	// Party is whose arms are limited.
	Party string `catalog:"party" yaml:"party" json:"party" jsonschema_description:"whose arms are limited"`
	// ProposedBy is set when the text records each side's figure.
	ProposedBy string `catalog:"party" yaml:"proposed_by,omitempty" json:"proposed_by,omitempty" jsonschema_description:"the party that demanded this limit, when the text records each side's"`
	// Kind is a slug for the kind of arms: tanks, missile-range, combat-aircraft.
	Kind string `yaml:"kind" json:"kind" jsonschema:"pattern=^[a-z0-9]+(-[a-z0-9]+)*$" jsonschema_description:"slug for the kind of arms: tanks, artillery, missile-range, combat-aircraft"`
	// Value is the limit, in Unit; nil when the text bans the kind outright.
	Value *int `yaml:"value,omitempty" json:"value,omitempty" jsonschema:"minimum=0" jsonschema_description:"the limit, in unit; omit for a ban"`
	// Unit is what Value counts.
	Unit Unit `yaml:"unit,omitempty" json:"unit,omitempty" jsonschema_description:"count, km or mm"`
	// Points are the labels of the points the term comes from.
	Points []string `yaml:"points" json:"points" jsonschema_description:"labels of the points the term comes from"`
	// Basis says whether the text states the term or it is the editors'
	// reading of the points it rests on (explained in Note).
	Basis Basis `yaml:"basis,omitempty" json:"basis,omitempty" jsonschema_description:"stated (the default): the text says it; reading: the editors' reading of the points cited, explained in note"`
	// Note is an optional remark.
	Note string `yaml:"note,omitempty" json:"note,omitempty" jsonschema_description:"editors' remark on the term: what a reading rests on (needed with basis: reading), what is doubtful"`
}

// ForeignTroops is a rule on foreign forces of any kind on a party's
// territory: an alliance's, a group of states', an international force, or
// every foreign state's.
type ForeignTroops struct {
	// Who is the party whose forces the rule is about: NATO, EUROPE, COW,
	// INTL (an international or multinational force), FOREIGN (every
	// foreign state), a state.
	Who string `catalog:"party" yaml:"who" json:"who" jsonschema_description:"the party whose forces the rule is about: NATO, EUROPE, COW, INTL (an international force), FOREIGN (all foreign states), a state"`
	// In is the party on whose territory the rule applies.
	In string `catalog:"party" yaml:"in" json:"in" jsonschema_description:"the party on whose territory it applies"`
	// Where is the part of that territory, when the text says.
	Where ForcesWhere `yaml:"where,omitempty" json:"where,omitempty" jsonschema_description:"where on that territory, when the text says: contact-line, rear, airspace, waters"`
	// When is the time the rule holds, when the text says.
	When ForcesWhen `yaml:"when,omitempty" json:"when,omitempty" jsonschema_description:"when the rule holds, when the text says: always, peacetime, after-ceasefire, after-agreement"`
	// Rule is a value of the foreign-troops scale.
	Rule string `scale:"foreign-troops" yaml:"rule" json:"rule" jsonschema_description:"a value of the foreign-troops scale (scales.yaml)"`
	// Variants are the drafters' rules when Rule is disputed.
	Variants []PartyValue `yaml:"variants,omitempty" json:"variants,omitempty" jsonschema_description:"for rule disputed: each party's rule"`
	// Points are the labels of the points the term comes from.
	Points []string `yaml:"points" json:"points" jsonschema_description:"labels of the points the term comes from"`
	// Basis says whether the text states the term or it is the editors'
	// reading of the points it rests on (explained in Note).
	Basis Basis `yaml:"basis,omitempty" json:"basis,omitempty" jsonschema_description:"stated (the default): the text says it; reading: the editors' reading of the points cited, explained in note"`
	// Note is an optional remark.
	Note string `yaml:"note,omitempty" json:"note,omitempty" jsonschema_description:"editors' remark on the term: what a reading rests on (needed with basis: reading), what is doubtful"`
}

// NATO holds a text's terms on the alliance.
type NATO struct {
	// Membership is Ukraine's path to membership, or the bar on it.
	Membership *Membership `yaml:"ukraine_membership,omitempty" json:"ukraine_membership,omitempty" jsonschema_description:"Ukraine's membership and how it is barred or conditioned"`
	// Enlargement is the rule on the alliance admitting further members.
	Enlargement *Enlargement `yaml:"enlargement,omitempty" json:"enlargement,omitempty" jsonschema_description:"the rule on further enlargement"`
	// Stationing is the rule on NATO forces in Ukraine.
	Stationing *Stationing `yaml:"stationing,omitempty" json:"stationing,omitempty" jsonschema_description:"the rule on NATO forces in Ukraine"`
}

// Membership is a text's term on Ukraine joining NATO.
type Membership struct {
	// Rule is a value of the nato-membership scale.
	Rule string `scale:"nato-membership" yaml:"rule" json:"rule" jsonschema_description:"a value of the nato-membership scale (scales.yaml)"`
	// BarredBy names the instruments that carry a bar.
	BarredBy []string `yaml:"barred_by,omitempty" json:"barred_by,omitempty" jsonschema_description:"instruments that carry the bar: ukraine-constitution, nato-statute, treaty"`
	// Variants are the drafters' values when Rule is disputed.
	Variants []PartyValue `yaml:"variants,omitempty" json:"variants,omitempty" jsonschema_description:"for rule disputed: each party's value of the nato-membership scale"`
	// Points are the labels of the points the term comes from.
	Points []string `yaml:"points" json:"points" jsonschema_description:"labels of the points the term comes from"`
	// Basis says whether the text states the term or it is the editors'
	// reading of the points it rests on (explained in Note).
	Basis Basis `yaml:"basis,omitempty" json:"basis,omitempty" jsonschema_description:"stated (the default): the text says it; reading: the editors' reading of the points cited, explained in note"`
	// Note is an optional remark.
	Note string `yaml:"note,omitempty" json:"note,omitempty" jsonschema_description:"editors' remark on the term: what a reading rests on (needed with basis: reading), what is doubtful"`
}

// Enlargement is a text's rule on NATO admitting further members.
type Enlargement struct {
	// Rule is a value of the nato-enlargement scale.
	Rule string `scale:"nato-enlargement" yaml:"rule" json:"rule" jsonschema_description:"a value of the nato-enlargement scale (scales.yaml)"`
	// Variants are the drafters' values when Rule is disputed.
	Variants []PartyValue `yaml:"variants,omitempty" json:"variants,omitempty" jsonschema_description:"for rule disputed: each party's value of the nato-enlargement scale"`
	// Points are the labels of the points the term comes from.
	Points []string `yaml:"points" json:"points" jsonschema_description:"labels of the points the term comes from"`
	// Basis says whether the text states the term or it is the editors'
	// reading of the points it rests on (explained in Note).
	Basis Basis `yaml:"basis,omitempty" json:"basis,omitempty" jsonschema_description:"stated (the default): the text says it; reading: the editors' reading of the points cited, explained in note"`
	// Note is an optional remark.
	Note string `yaml:"note,omitempty" json:"note,omitempty" jsonschema_description:"editors' remark on the term: what a reading rests on (needed with basis: reading), what is doubtful"`
}

// Stationing is a text's rule on NATO forces in Ukraine.
type Stationing struct {
	// Rule is a value of the foreign-troops scale.
	Rule string `scale:"foreign-troops" yaml:"rule" json:"rule" jsonschema_description:"a value of the foreign-troops scale (scales.yaml)"`
	// Variants are the drafters' values when Rule is disputed.
	Variants []PartyValue `yaml:"variants,omitempty" json:"variants,omitempty" jsonschema_description:"for rule disputed: each party's value of the foreign-troops scale"`
	// Points are the labels of the points the term comes from.
	Points []string `yaml:"points" json:"points" jsonschema_description:"labels of the points the term comes from"`
	// Basis says whether the text states the term or it is the editors'
	// reading of the points it rests on (explained in Note).
	Basis Basis `yaml:"basis,omitempty" json:"basis,omitempty" jsonschema_description:"stated (the default): the text says it; reading: the editors' reading of the points cited, explained in note"`
	// Note is an optional remark.
	Note string `yaml:"note,omitempty" json:"note,omitempty" jsonschema_description:"editors' remark on the term: what a reading rests on (needed with basis: reading), what is doubtful"`
}

// Guarantee is one guarantor's security guarantee.
type Guarantee struct {
	// Guarantor is the code of the party giving the guarantee.
	Guarantor string `catalog:"party" yaml:"guarantor" json:"guarantor" jsonschema_description:"code of the party giving the guarantee"`
	// Beneficiary is the code of the party guaranteed; usually UA.
	Beneficiary string `catalog:"party" yaml:"beneficiary,omitempty" json:"beneficiary,omitempty" jsonschema_description:"code of the party guaranteed, when not Ukraine"`
	// Kind is what sort of guarantee it is.
	Kind GuaranteeKind `yaml:"kind" json:"kind" jsonschema_description:"article-5-like, collective, bilateral, reassurance-force, monitoring or unspecified"`
	// Compensated says whether the guarantor is paid for it; nil when not addressed.
	Compensated *bool `yaml:"compensated,omitempty" json:"compensated,omitempty" jsonschema_description:"whether the guarantor is paid for it; omit when not addressed"`
	// Triggers are the events that bring the guarantee into play.
	Triggers []string `yaml:"triggers,omitempty" json:"triggers,omitempty" jsonschema_description:"slugs of the events that bring it into play"`
	// Responses are what the guarantor undertakes to do.
	Responses []string `yaml:"responses,omitempty" json:"responses,omitempty" jsonschema_description:"slugs of what the guarantor undertakes to do"`
	// VoidIf are the events that void the guarantee.
	VoidIf []string `yaml:"void_if,omitempty" json:"void_if,omitempty" jsonschema_description:"slugs of the events that void it"`
	// DurationYears is how long it runs; nil when not addressed.
	DurationYears *int `yaml:"duration_years,omitempty" json:"duration_years,omitempty" jsonschema:"minimum=1" jsonschema_description:"how many years it runs; omit when not addressed"`
	// Points are the labels of the points the term comes from.
	Points []string `yaml:"points" json:"points" jsonschema_description:"labels of the points the term comes from"`
	// Basis says whether the text states the term or it is the editors'
	// reading of the points it rests on (explained in Note).
	Basis Basis `yaml:"basis,omitempty" json:"basis,omitempty" jsonschema_description:"stated (the default): the text says it; reading: the editors' reading of the points cited, explained in note"`
	// Note is an optional remark.
	Note string `yaml:"note,omitempty" json:"note,omitempty" jsonschema_description:"editors' remark on the term: what a reading rests on (needed with basis: reading), what is doubtful"`
}

// NuclearPlant is a text's term on who runs a nuclear power plant.
type NuclearPlant struct {
	// Operators are the parties that run it.
	Operators []string `catalog:"party" yaml:"operators" json:"operators" jsonschema_description:"codes of the parties that run the plant"`
	// Lead is the operator in charge, when the text names one.
	Lead string `catalog:"party" yaml:"lead,omitempty" json:"lead,omitempty" jsonschema_description:"the operator in charge, when the text names one"`
	// Points are the labels of the points the term comes from.
	Points []string `yaml:"points" json:"points" jsonschema_description:"labels of the points the term comes from"`
	// Basis says whether the text states the term or it is the editors'
	// reading of the points it rests on (explained in Note).
	Basis Basis `yaml:"basis,omitempty" json:"basis,omitempty" jsonschema_description:"stated (the default): the text says it; reading: the editors' reading of the points cited, explained in note"`
	// Note is an optional remark.
	Note string `yaml:"note,omitempty" json:"note,omitempty" jsonschema_description:"editors' remark on the term: what a reading rests on (needed with basis: reading), what is doubtful"`
}
