// Package proposals is the model of a peace proposal: the Go types of the
// YAML format, strict loading with positions, validation, the shared
// catalogues (topics, regions, parties, ordered scales) and the corpus
// embedded in the binary.
//
// # The format
//
// One file holds one text, named after its id. A short example:
//
//	# yaml-language-server: $schema=../schema.json
//	id: us-28-point-2025-11
//	title: US draft peace plan (28 points)
//	short: US 28-point
//	proposers: [US]
//	date: 2025-11-20
//	status: leaked-draft
//	point_count: 28
//	summary: In our own words, what the text does.
//	sources:
//	  - id: liga
//	    publisher: LIGA.net
//	    relays: Axios
//	    url: https://news.liga.net/...
//	    kind: newspaper
//	military:
//	  caps:
//	    - {party: UA, personnel: 600000, applies: always, points: ["6"]}
//	provisions:
//	  - point: "6"
//	    topic: armed-forces-size
//	    text: Ukraine's armed forces are capped at 600,000.
//	    sources: [liga]
//	    confidence: single-source
//
// The field names are the yaml tags of [Proposal] and the types it holds;
// proposals/schema.json is the same format as a JSON Schema.
//
// Rules that the types alone do not show:
//
//   - An absent term means "not addressed": never no, false or zero.
//     [Commitment] and the pointers of [Guarantee] say yes or no explicitly.
//   - A provision's state is present (the default), deleted (removed from
//     the text it revises), unknown (wording not available: never the same
//     as deleted), kept (keeps the revised text's wording) or disputed (the
//     drafters' [Variant]s, one per party).
//   - confidence confirmed needs two independent reputable sources:
//     official, agency, newspaper, broadcaster or think-tank, of different
//     origin (a source's relays, or else its publisher).
//   - point_count is the number of distinct top-level labels ("10" for
//     "10", "10.a" and "10.b"), deleted and unknown points included.
//   - Every term names the points it comes from; every provision names its
//     sources; every source has an http or https URL and a kind.
//   - A string value that starts with "TODO:" ([TodoPrefix]) is a to-do, as
//     peacediff import leaves for what it cannot know (the sources, the
//     summary): the file is a draft, valid only once every to-do is done.
//
// # Errors
//
// [Parse] and [Validate] report every problem of a file at once, as an
// [ErrorList] sorted by position, each [Error] starting "file:line:col:".
// errors.Is(err, [ErrInvalid]) tells invalid input from other failures.
package proposals
