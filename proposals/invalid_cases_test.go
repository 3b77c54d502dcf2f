package proposals

// invalidCases are the files under testdata/invalid with every problem
// their validation must report, in order. Each case guards one rule.
var invalidCases = []struct {
	name string
	want []string
}{
	{"bad-confidence", []string{
		`testdata/invalid/bad-confidence.yaml:19:17: provisions[0].confidence: invalid value "certain"; expected one of confirmed, single-source, inferred`,
	}},
	{"bad-date-text", []string{
		`testdata/invalid/bad-date-text.yaml:5:7: date "last week": expected a real date as YYYY-MM-DD, YYYY-MM or YYYY`,
	}},
	{"bad-date", []string{
		`testdata/invalid/bad-date.yaml:5:7: date "2030-02-30": expected a real date as YYYY-MM-DD, YYYY-MM or YYYY`,
	}},
	{"bad-enum-kind", []string{
		`testdata/invalid/bad-enum-kind.yaml:13:11: sources[0].kind: invalid value "wire"; expected one of official, agency, newspaper, broadcaster, think-tank, aggregator, state-affiliated, blog, forum`,
	}},
	{"bad-id", []string{
		`testdata/invalid/bad-id.yaml:1:5: id "Bad_Id": expected a lowercase slug of letters, digits and single hyphens`,
	}},
	{"bad-label", []string{
		`testdata/invalid/bad-label.yaml:15:12: provision "1 a": expected a label of letters and digits separated by dots, such as 7 or 10.b`,
	}},
	{"bad-relation", []string{
		`testdata/invalid/bad-relation.yaml:16:15: supersedes[0].relation: invalid value "replaces"; expected one of revises, answers`,
	}},
	{"bad-scale-value", []string{
		`testdata/invalid/bad-scale-value.yaml:16:11: nato.ukraine_membership.rule: invalid value "forbidden"; expected one of barred, neutrality, renounced, deferred, requires-consensus, open, disputed`,
	}},
	{"bad-status", []string{
		`testdata/invalid/bad-status.yaml:6:9: status: invalid value "leaked"; expected one of official, leaked-draft, reported, stated-position, agreed, signed, rejected; did you mean "leaked-draft"?`,
	}},
	{"bad-url-data", []string{
		`testdata/invalid/bad-url-data.yaml:12:10: sources[0]: url "data:text/html,<script>alert(1)</script>": expected an http or https URL`,
	}},
	{"bad-url-relative", []string{
		`testdata/invalid/bad-url-relative.yaml:12:10: sources[0]: url "/relative/path": expected an http or https URL`,
	}},
	{"bad-url-scheme", []string{
		`testdata/invalid/bad-url-scheme.yaml:12:10: sources[0]: url "javascript:alert(1)": expected an http or https URL`,
	}},
	{"bool-for-string", []string{
		`testdata/invalid/bool-for-string.yaml:3:8: short: expected a string, found boolean true`,
	}},
	{"comments-only", []string{
		`testdata/invalid/comments-only.yaml:1:1: no document: expected a proposal`,
	}},
	{"confirmed-one-origin", []string{
		`testdata/invalid/confirmed-one-origin.yaml:19:17: provision "1": confidence confirmed needs two independent reputable sources, found 1; aggregators, state-affiliated outlets, blogs and forums do not count, and sources relaying the same outlet count once`,
	}},
	{"confirmed-state-relay", []string{
		`testdata/invalid/confirmed-state-relay.yaml:24:17: provision "1": confidence confirmed needs two independent reputable sources, found 1; aggregators, state-affiliated outlets, blogs and forums do not count, and sources relaying the same outlet count once`,
	}},
	{"dangling-source", []string{
		`testdata/invalid/dangling-source.yaml:18:20: provision "1": undefined source "axios"`,
	}},
	{"deleted-without-supersedes", []string{
		`testdata/invalid/deleted-without-supersedes.yaml:17:12: provision "1": state deleted needs supersedes: the text this one revises`,
	}},
	{"disputed-one-variant", []string{
		`testdata/invalid/disputed-one-variant.yaml:17:12: provision "1": state disputed needs at least two variants, one per party; found 1`,
	}},
	{"draft-mistake", []string{
		`testdata/invalid/draft-mistake.yaml:12:10: source "imported": url: to-do: the address where the text can be read`,
		`testdata/invalid/draft-mistake.yaml:17:11: provision "1": text: to-do: the wording`,
		`testdata/invalid/draft-mistake.yaml:18:25: provision "1": undefined source "axios"`,
	}},
	{"draft-todos", []string{
		`testdata/invalid/draft-todos.yaml:4:13: proposers[0]: to-do: who put the text forward`,
		`testdata/invalid/draft-todos.yaml:5:7: date: to-do: when the text was made public`,
		`testdata/invalid/draft-todos.yaml:8:10: summary: to-do: give a value`,
		`testdata/invalid/draft-todos.yaml:11:16: source "imported": publisher: to-do: the outlet that published the text`,
		`testdata/invalid/draft-todos.yaml:12:10: source "imported": url: to-do: the address where the text can be read`,
		`testdata/invalid/draft-todos.yaml:13:11: source "imported": kind: to-do: official, agency, newspaper or another kind`,
	}},
	{"duplicate-key", []string{
		`testdata/invalid/duplicate-key.yaml:4:1: duplicate field "short" in the document (first at line 3)`,
	}},
	{"duplicate-point", []string{
		`testdata/invalid/duplicate-point.yaml:20:12: provision "1": duplicate point label (first at testdata/invalid/duplicate-point.yaml:15:12)`,
	}},
	{"duplicate-region", []string{
		`testdata/invalid/duplicate-region.yaml:19:15: territory.regions[1]: region UA-14 listed twice`,
	}},
	{"empty-title", []string{
		`testdata/invalid/empty-title.yaml:2:8: title: empty; expected a value`,
	}},
	{"empty", []string{
		`testdata/invalid/empty.yaml:1:1: empty file: expected a proposal`,
	}},
	{"huge-number", []string{
		`testdata/invalid/huge-number.yaml:17:18: military.caps[0].personnel: integer 99999999999999999999 out of range`,
	}},
	{"id-mismatch", []string{
		`testdata/invalid/id-mismatch.yaml:1:5: id "other-name" does not match the file name "id-mismatch.yaml"; expected "id-mismatch"`,
	}},
	{"id-too-long", []string{
		`testdata/invalid/id-too-long.yaml:1:5: id "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": 126 characters, expected at most 100 (a site names the page of a comparison by two ids)`,
	}},
	{"many-problems", []string{
		`testdata/invalid/many-problems.yaml:4:1: duplicate field "short" in the document (first at line 3)`,
		`testdata/invalid/many-problems.yaml:7:9: status: invalid value "draft"; expected one of official, leaked-draft, reported, stated-position, agreed, signed, rejected; did you mean "leaked-draft"?`,
		`testdata/invalid/many-problems.yaml:14:11: sources[0].kind: invalid value "wire"; expected one of official, agency, newspaper, broadcaster, think-tank, aggregator, state-affiliated, blog, forum`,
		`testdata/invalid/many-problems.yaml:18:7: unknown field "troop_cap" in military.caps[0]; did you mean "personnel"?`,
		`testdata/invalid/many-problems.yaml:19:18: military.caps[0].personnel: expected an integer, found "lots"`,
		`testdata/invalid/many-problems.yaml:26:15: provision "1": undefined source "axios"`,
	}},
	{"missing-required", []string{
		`testdata/invalid/missing-required.yaml:1:1: the document: missing required field "summary"`,
	}},
	{"near-source", []string{
		`testdata/invalid/near-source.yaml:18:15: provision "1": undefined source "srcs"; did you mean "src"?`,
	}},
	{"negative-personnel", []string{
		`testdata/invalid/negative-personnel.yaml:17:18: military.caps[0]: personnel: expected a positive number, found -5`,
	}},
	{"outlet-kind", []string{
		`testdata/invalid/outlet-kind.yaml:13:11: sources[0]: kind agency, but publisher tass is state-affiliated (Russian state news agency); expected kind: state-affiliated`,
	}},
	{"point-count-mismatch", []string{
		`testdata/invalid/point-count-mismatch.yaml:7:14: point_count is 28 but the provisions have 1 top-level points`,
	}},
	{"present-without-text", []string{
		`testdata/invalid/present-without-text.yaml:15:5: provision "1": missing required field "text" (or set state: unknown, deleted, kept, disputed or moved)`,
	}},
	{"self-supersede", []string{
		`testdata/invalid/self-supersede.yaml:15:9: supersedes[0]: a proposal cannot supersede itself`,
	}},
	{"string-for-bool", []string{
		`testdata/invalid/string-for-bool.yaml:16:12: territory.non_use_of_force.value: expected true or false, found "yes"`,
	}},
	{"tabs", []string{
		`testdata/invalid/tabs.yaml:15:1: YAML syntax: found character that cannot start any token; indent with spaces, not tabs`,
	}},
	{"term-bad-point", []string{
		`testdata/invalid/term-bad-point.yaml:19:16: military.caps[0]: point "6" is not a provision of this file`,
	}},
	{"two-documents", []string{
		`testdata/invalid/two-documents.yaml:20:1: a second YAML document: expected one proposal per file`,
	}},
	{"unknown-field", []string{
		`testdata/invalid/unknown-field.yaml:16:7: military.caps[0]: personnel: missing; a cap with a figure needs it (or limit: none, limit: unspecified)`,
		`testdata/invalid/unknown-field.yaml:17:7: unknown field "troop_cap" in military.caps[0]; did you mean "personnel"?`,
	}},
	{"unknown-party", []string{
		`testdata/invalid/unknown-party.yaml:4:13: proposers[0]: unknown party "USA"; did you mean "US"?`,
	}},
	{"unknown-region", []string{
		`testdata/invalid/unknown-region.yaml:16:15: territory.regions[0].region: unknown region "UA-99"; expected an ISO 3166-2 code from the region catalogue; did you mean "UA-09"?`,
	}},
	{"unknown-supersedes", []string{
		`testdata/invalid/unknown-supersedes.yaml:15:9: supersedes[0]: unknown proposal "minsk-iii-2015-02"`,
	}},
	{"unknown-top-field", []string{
		`testdata/invalid/unknown-top-field.yaml:14:1: unknown field "titel" in the document; did you mean "title"?`,
	}},
	{"unknown-topic", []string{
		`testdata/invalid/unknown-topic.yaml:16:12: provision "1": unknown topic "army-size"`,
	}},
	{"wrong-type-int", []string{
		`testdata/invalid/wrong-type-int.yaml:17:18: military.caps[0].personnel: expected an integer, found "six hundred thousand"`,
	}},
	{"wrong-type-list", []string{
		`testdata/invalid/wrong-type-list.yaml:4:12: proposers: expected a list, found "US"`,
	}},
	{"wrong-type-mapping", []string{
		`testdata/invalid/wrong-type-mapping.yaml:14:12: territory: expected a mapping, found "frozen"`,
	}},
	{"wrong-type-nested", []string{
		`testdata/invalid/wrong-type-nested.yaml:16:5: territory.regions: expected a list, found a mapping`,
	}},
}
