package redlines

import (
	"strings"
	"testing"

	"github.com/peacediff/peacediff/proposals"
)

// TestJudgeVariantsAndReadings checks how a line judges the drafters'
// variants of a disputed term and the terms that are our reading: a line
// is crossed when every variant crosses it and disputed when only some
// do; a verdict rests on a reading only when no stated term carries it.
func TestJudgeVariantsAndReadings(t *testing.T) {
	const line = "    reads: regions\n    rule: t.status == \"russian-de-jure\""
	set, err := compileFile(t, positionsWith(line, ""))
	if err != nil {
		t.Fatal(err)
	}
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	const (
		deJure     = `{region: UA-14, status: russian-de-jure, points: ["1"]}`
		deJureRead = `{region: UA-09, status: russian-de-jure, basis: reading, note: Inferred from point 2., points: ["2"]}`
		deFacto    = `{region: UA-09, status: russian-de-facto, basis: reading, note: Inferred from point 2., points: ["2"]}`
		oneVariant = `{region: UA-65, status: disputed, positions: [{party: UA, status: frozen-on-line-of-contact}, {party: US, status: russian-de-jure}], points: ["2"]}`
		both       = `{region: UA-65, status: disputed, positions: [{party: UA, status: russian-de-jure}, {party: US, status: russian-de-jure}], points: ["2"]}`
	)
	tests := []struct {
		name    string
		regions []string
		want    Verdict
		reading bool
		points  string
		crossed int // witnesses
	}{
		{"stated crosses", []string{deJure}, Crossed, false, "1", 1},
		{"one variant of two crosses", []string{oneVariant}, Disputed, false, "2", 1},
		{"every variant crosses", []string{both}, Crossed, false, "2", 2},
		{"stated outweighs a variant", []string{deJure, oneVariant}, Crossed, false, "1, 2", 2},
		{"a reading alone", []string{deJureRead}, Crossed, true, "2", 1},
		{"stated outweighs a reading", []string{deJure, deJureRead}, Crossed, false, "1, 2", 2},
		{"holds on a reading", []string{deFacto}, Holds, true, "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := `id: t
title: T
short: T
proposers: [US]
date: 2025-07-01
status: reported
point_count: 2
summary: S.
sources:
  - {id: s, publisher: Example, url: "https://example.org/t", kind: newspaper}
territory:
  regions:
    - ` + strings.Join(tc.regions, "\n    - ") + `
provisions:
  - {point: "1", topic: territory-status, text: One., sources: [s], confidence: single-source}
  - {point: "2", topic: territory-status, text: Two., sources: [s], confidence: single-source}
`
			f, err := proposals.ParseAndValidate("t.yaml", []byte(doc), cat)
			if err != nil {
				t.Fatal(err)
			}
			r, err := set.Check([]*proposals.File{f}, All)
			if err != nil {
				t.Fatal(err)
			}
			c := r.Lines[0].Cells[0]
			if c.Verdict != tc.want || c.Reading != tc.reading || strings.Join(c.Points, ", ") != tc.points || len(c.Crossing) != tc.crossed {
				t.Errorf("cell = %s, reading %v, points %q, %d witnesses; want %s, reading %v, points %q, %d witnesses",
					c.Verdict, c.Reading, strings.Join(c.Points, ", "), len(c.Crossing), tc.want, tc.reading, tc.points, tc.crossed)
			}
		})
	}
}

// TestSameFact checks which witnesses state one fact: NATO's stationing
// rule and a rule on NATO's forces in Ukraine at the same point, not two
// regions with the same status.
func TestSameFact(t *testing.T) {
	stationing := Witness{Term: "nato.stationing", Name: "NATO forces in Ukraine", Label: "prohibited", Points: []string{"8"}}
	forces := Witness{Term: "foreign_troops", Key: "NATO:UA", Name: "Forces of NATO in Ukraine", Label: "prohibited", Points: []string{"8"}}
	tests := []struct {
		name string
		a, b Witness
		want bool
	}{
		{"stationing and NATO forces", stationing, forces, true},
		{"at another point", stationing, Witness{Term: "foreign_troops", Key: "NATO:UA", Label: "prohibited", Points: []string{"9"}}, false},
		{"with a place", stationing, Witness{Term: "foreign_troops", Key: "NATO:UA", Label: "prohibited", Detail: "on the contact line", Points: []string{"8"}}, false},
		{"other forces", stationing, Witness{Term: "foreign_troops", Key: "FOREIGN:UA", Label: "prohibited", Points: []string{"8"}}, false},
		{"two regions", Witness{Term: "region", Key: "UA-09", Name: "Luhansk", Label: "Russian de facto", Points: []string{"2"}},
			Witness{Term: "region", Key: "UA-14", Name: "Donetsk", Label: "Russian de facto", Points: []string{"2"}}, false},
	}
	for _, tc := range tests {
		if got := tc.a.sameFact(tc.b); got != tc.want {
			t.Errorf("%s: sameFact = %v, want %v", tc.name, got, tc.want)
		}
	}
}
