package importer

import (
	"strings"
	"testing"

	"github.com/peacediff/peacediff/proposals"
)

const fromYAML = `id: base-2030
title: Base
short: Base
proposers: [US]
date: 2030-01-01
status: leaked-draft
point_count: 4
summary: The text the tests mark up.
sources:
  - id: src
    publisher: Agency
    url: https://example.org/a
    kind: agency
provisions:
  - point: "1"
    topic: sovereignty
    text: The sovereignty of Ukraine is confirmed once more.
    sources: [src]
    confidence: single-source
  - point: "2"
    topic: armed-forces-size
    text: The armed forces of Ukraine are limited to 600,000 personnel.
    sources: [src]
    confidence: single-source
  - point: "3"
    topic: nato-enlargement
    text: NATO does not expand any further.
    sources: [src]
    confidence: single-source
  - point: "4"
    topic: elections
    text: Ukraine holds elections in 100 days.
    sources: [src]
    confidence: single-source
`

func testFrom(t *testing.T) *proposals.File {
	t.Helper()
	f, err := proposals.ParseAndValidate("base-2030.yaml", []byte(fromYAML), testCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestMarkup(t *testing.T) {
	tests := []struct {
		name   string
		format Format
		in     string
		want   string // label=state, space-separated; "present" for changed or new
		warn   string
	}{
		{"html bold and struck", FormatHTML,
			`<p>1. The sovereignty of Ukraine is confirmed once more.</p>
<p>2. The armed forces of Ukraine are limited to <del>600,000 personnel</del> <b>800,000 in peacetime</b>.</p>
<p><s>3. NATO does not expand any further.</s></p>
<p>4. Ukraine holds elections <ins>as soon as possible</ins>.</p>`,
			"1=kept 2=present 3=deleted 4=present", ""},
		{"markdown", FormatMarkdown,
			"1. The sovereignty of Ukraine is confirmed once more.\n2. Limited to **800,000**.\n3. ~~NATO does not expand any further.~~\n4. Elections in 100 days.",
			"1=kept 2=present 3=deleted 4=kept", ""},
		{"plain text by wording", FormatText,
			"1. The sovereignty of Ukraine is confirmed once more.\n2. The armed forces of Ukraine are limited to 800,000 personnel.\n4. Ukraine holds elections in 100 days.\n5. A new point on prisoners.",
			"1=kept 2=present 4=kept 5=present", "base-2030's point 3 is not in the text"},
		{"renumbered", FormatText,
			"1. The sovereignty of Ukraine is confirmed once more.\n2. Ukraine holds elections in 100 days.",
			"1=kept 2=present", "base-2030's points 2, 3 are not in the text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Import([]byte(tc.in), Options{ID: "markup-2030", Name: "in", Format: tc.format, Catalog: testCatalog(t), From: testFrom(t), Relation: proposals.RelationAnswers})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range res.Points {
				got = append(got, p.Label+"="+string(p.State.Or()))
			}
			if tc.name == "renumbered" && res.Points[1].From != "4" {
				t.Errorf("point 2 aligned with %q, want the other text's point 4, whose words it has", res.Points[1].From)
			}
			if s := strings.Join(got, " "); s != tc.want {
				t.Errorf("states = %q, want %q", s, tc.want)
			}
			var warns []string
			for _, w := range res.Warnings {
				warns = append(warns, w.Msg)
			}
			if w := strings.Join(warns, "\n"); tc.warn != "" && !strings.Contains(w, tc.warn) || tc.warn == "" && w != "" {
				t.Errorf("warnings = %q, want one naming %q", w, tc.warn)
			}
			if !strings.Contains(string(res.YAML), "relation: answers") {
				t.Errorf("no supersedes with relation answers")
			}
		})
	}
}

func TestMarkupTopics(t *testing.T) {
	res, err := Import([]byte("<p>3. <b>NATO</b> keeps its door open.</p>"), Options{ID: "m", Name: "in.html", Catalog: testCatalog(t), From: testFrom(t)})
	if err != nil {
		t.Fatal(err)
	}
	if p := res.Points[0]; p.Topic != "nato-enlargement" || p.From != "3" {
		t.Errorf("topic %s from %q, want the topic of the other text's point 3", p.Topic, p.From)
	}
}

func TestStruckWithoutFrom(t *testing.T) {
	res, err := Import([]byte("<p>1. Kept.</p><p><del>2. Struck.</del></p>"), Options{ID: "m", Name: "in.html", Catalog: testCatalog(t)})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Points) != 1 || len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0].Msg, "give --from") {
		t.Errorf("points %d, warnings %v: want point 2 left out with a warning", len(res.Points), res.Warnings)
	}
}

func TestDice(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"the same words", "The same, words.", 1},
		{"600,000 troops", "800,000 troops", 2.0 / 3},
		{"", "", 0},
		{"one two", "three four", 0},
	}
	for _, tc := range tests {
		if got := dice(tc.a, tc.b); got != tc.want {
			t.Errorf("dice(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
