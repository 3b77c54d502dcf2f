package proposals

// Lineage links a text to an earlier one that it revises or answers.
type Lineage struct {
	// ID is the earlier text's id.
	ID string `yaml:"id" json:"id" jsonschema_description:"id of the earlier text"`
	// Relation says how this text relates to the earlier one.
	Relation Relation `yaml:"relation" json:"relation" jsonschema_description:"revises: a new version of it; answers: a counter-proposal or reply to it"`
}

// PackageRef names a text's package and its role in it.
type PackageRef struct {
	// ID is the package's id in the corpus's timeline/packages.yaml.
	ID string `yaml:"id" json:"id" jsonschema:"pattern=^[a-z0-9]+(-[a-z0-9]+)*$" jsonschema_description:"the package's id in the corpus's timeline/packages.yaml"`
	// Role is the text's part in the package.
	Role PackageRole `yaml:"role" json:"role" jsonschema_description:"core: the framework the others refer to; companion: a document negotiated with it; annex: a part of another member"`
}

// Source is one document or report that facts are drawn from.
type Source struct {
	// ID names the source within the file; provisions cite it.
	ID string `yaml:"id" json:"id" jsonschema:"pattern=^[a-z0-9]+(-[a-z0-9]+)*$" jsonschema_description:"slug cited by provisions and terms"`
	// Publisher is the outlet or institution that published it.
	Publisher string `yaml:"publisher" json:"publisher" jsonschema_description:"outlet or institution that published it"`
	// Relays names the outlet whose text this source reproduces, if any;
	// two sources relaying the same outlet are not independent.
	Relays string `yaml:"relays,omitempty" json:"relays,omitempty" jsonschema_description:"the outlet whose text this one reproduces (e.g. Reuters); sources relaying the same outlet count as one"`
	// Title is the headline or document title.
	Title string `yaml:"title,omitempty" json:"title,omitempty" jsonschema_description:"headline or document title"`
	// URL is where the source can be read; http or https only.
	URL string `yaml:"url" json:"url" jsonschema:"format=uri,pattern=^https?://" jsonschema_description:"where it can be read; http or https only"`
	// Date is the publication date.
	Date Date `yaml:"date,omitempty" json:"date,omitempty" jsonschema_description:"publication date"`
	// Kind says what sort of outlet it is, which decides how far it can be trusted.
	Kind SourceKind `yaml:"kind" json:"kind" jsonschema_description:"what sort of outlet it is"`
	// Language is the BCP 47 tag of the source's language.
	Language string `yaml:"language,omitempty" json:"language,omitempty" jsonschema_description:"BCP 47 tag of the source's language"`
}
