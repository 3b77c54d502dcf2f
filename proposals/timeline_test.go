package proposals

import (
	"strings"
	"testing"
	"testing/fstest"
)

// timelineProposal is a valid proposal file that may name a package.
func timelineProposal(id, pkg string) string {
	doc := `id: ` + id + `
title: T ` + id + `
short: ` + id + `
proposers: [US]
date: 2030-01-01
status: reported
point_count: 1
summary: S.
sources:
  - {id: s, publisher: AP, url: "https://example.org/` + id + `", kind: agency}
provisions:
  - {point: "1", topic: ceasefire, text: A ceasefire., sources: [s], confidence: single-source}
`
	if pkg != "" {
		doc += "package: " + pkg + "\n"
	}
	return doc
}

const (
	timelineSources = `sources:
  - {id: a, publisher: AP, url: "https://example.org/a", kind: agency}
  - {id: b, publisher: Reuters, url: "https://example.org/b", kind: agency}
`
	goodPackages = timelineSources + `packages:
  - {id: p, title: The set, date: 2030-01-01, members: [core-x, side-y], sources: [a]}
`
	goodRounds = `sources:
  - {id: a, publisher: AFP, url: "https://example.org/round", kind: agency}
rounds:
  - {date: 2030-02-01, parties: [US, UA], title: Talks, summary: They met., sources: [a], confidence: single-source}
`
)

// TestTimeline checks the packages and rounds of a corpus folder: each
// member names its package and the package lists it, one core at most,
// a round sourced like a point; a problem is reported at its place.
func TestTimeline(t *testing.T) {
	tests := []struct {
		name       string
		packages   string
		rounds     string
		core, side string // the files' package fields
		want       string // a substring of the error; "" for none
	}{
		{"valid", goodPackages, goodRounds, "{id: p, role: core}", "{id: p, role: companion}", ""},
		{"member missing", strings.Replace(goodPackages, "side-y]", "side-z]", 1), goodRounds, "{id: p, role: core}", "{id: p, role: companion}",
			`c/timeline/packages.yaml:5:65: packages[0]: members[1]: no proposal "side-z" in the corpus; did you mean "side-y"?`},
		{"member does not name it", goodPackages, goodRounds, "{id: p, role: core}", "",
			`packages[0]: members[1]: side-y does not name the package; expected package: {id: p, role: ...} in it`},
		{"two cores", goodPackages, goodRounds, "{id: p, role: core}", "{id: p, role: core}", "packages[0]: 2 members are the core; expected one"},
		{"file names an unknown package", goodPackages, goodRounds, "{id: q, role: core}", "{id: p, role: companion}", `package "q": not in the corpus's timeline/packages.yaml`},
		{"round without summary", goodPackages, strings.Replace(goodRounds, " summary: They met.,", "", 1), "{id: p, role: core}", "{id: p, role: companion}",
			`rounds[0]: missing required field "summary"`},
		{"round cites an unknown source", goodPackages, strings.Replace(goodRounds, "sources: [a], confidence", "sources: [c], confidence", 1), "{id: p, role: core}", "{id: p, role: companion}",
			`c/timeline/rounds.yaml:4:87: rounds[0]: undefined source "c"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"c/core-x.yaml":            {Data: []byte(timelineProposal("core-x", tc.core))},
				"c/side-y.yaml":            {Data: []byte(timelineProposal("side-y", tc.side))},
				"c/timeline/packages.yaml": {Data: []byte(tc.packages)},
				"c/timeline/rounds.yaml":   {Data: []byte(tc.rounds)},
			}
			c, err := LoadCorpus(fsys, "c", testCatalog(t))
			var lines string
			if list, ok := err.(ErrorList); ok {
				lines = list.Lines()
			}
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("LoadCorpus: %v", err)
			case tc.want != "" && !strings.Contains(lines, tc.want):
				t.Fatalf("LoadCorpus:\n%s\nwant a line with %q", lines, tc.want)
			case tc.want != "":
				return
			}
			if p := c.Timeline.Package("p"); p == nil || len(p.Cited) != 1 || p.Cited[0].Publisher != "AP" {
				t.Errorf("package p = %+v, want it citing AP", p)
			}
			// Both files have a source "a": each keeps its own.
			if r := c.Timeline.Rounds; len(r) != 1 || len(r[0].Cited) != 1 || r[0].Cited[0].Publisher != "AFP" {
				t.Errorf("rounds = %+v, want one citing AFP", r)
			}
		})
	}
}
