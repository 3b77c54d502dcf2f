package redlines

import (
	"fmt"
	"slices"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// Case is a small text, written from a line's statement, with the verdict
// the line's rule must give it. [Compile] judges every case and reports a
// rule that disagrees with one of them at the case.
type Case struct {
	// Want is the verdict the rule must give: crossed, holds, not
	// addressed or unknown.
	Want Verdict
	// Text holds the case's typed terms, a provision for each point they
	// cite, and its unknown areas.
	Text *proposals.Proposal
	At   proposals.Pos
}

// caseEntry is the YAML form of a case: the typed terms of a text, as in
// a proposal file, and the areas and points whose wording is unknown.
type caseEntry struct {
	Want          string                  `yaml:"want"`
	Territory     *proposals.Territory    `yaml:"territory,omitempty"`
	Military      *proposals.Military     `yaml:"military,omitempty"`
	NATO          *proposals.NATO         `yaml:"nato,omitempty"`
	Guarantees    []proposals.Guarantee   `yaml:"security_guarantees,omitempty"`
	NuclearPlant  *proposals.NuclearPlant `yaml:"nuclear_plant,omitempty"`
	UnknownTerms  []string                `yaml:"unknown_terms,omitempty"`
	UnknownPoints []string                `yaml:"unknown_points,omitempty"`
}

// caseVerdicts are the verdicts a case can want.
var caseVerdicts = []Verdict{Crossed, Disputed, Holds, NotAddressed, Unknown}

// newCase checks a case entry and makes its text.
func newCase(doc *proposals.Document, e *caseEntry, what string) Case {
	c := Case{At: doc.Pos(e)}
	var names []string
	for _, v := range caseVerdicts {
		names = append(names, v.String())
	}
	if i := slices.Index(names, e.Want); i >= 0 {
		c.Want = caseVerdicts[i]
	} else if doc.Required(&e.Want, e, what+": want") {
		doc.Add(&e.Want, "%s: want %q: expected crossed, disputed, holds, not-addressed or unknown%s", what, e.Want, proposals.DidYouMean(e.Want, names))
	}
	p := &proposals.Proposal{
		ID: "case", Short: "case", Territory: e.Territory, Military: e.Military, NATO: e.NATO,
		Guarantees: e.Guarantees, NuclearPlant: e.NuclearPlant, UnknownTerms: e.UnknownTerms,
	}
	doc.CheckTerms(p)
	seen := map[string]bool{}
	for _, t := range proposals.Terms(p, doc.Catalog()) {
		for _, pt := range t.Points {
			if !seen[pt] {
				seen[pt] = true
				pr := proposals.Provision{Point: pt, Topic: "other"}
				if slices.Contains(e.UnknownPoints, pt) {
					pr.State = proposals.StateUnknown
				}
				p.Provisions = append(p.Provisions, pr)
			}
		}
	}
	for i, pt := range e.UnknownPoints {
		if !seen[pt] {
			doc.Add(&e.UnknownPoints[i], "%s: unknown_points: %q is not a point the case's terms cite", what, pt)
		}
	}
	c.Text = p
	return c
}

// runCases judges the cases of a compiled line and returns a problem at
// each case whose verdict the rule does not give.
func (s *RuleSet) runCases(r *rule) proposals.ErrorList {
	var errs proposals.ErrorList
	for i, c := range r.pos.Cases {
		cell, err := s.judge(r, fmt.Sprintf("case %d", i+1), c.Text, NewView(c.Text, s.cat))
		if err != nil {
			errs = append(errs, err.(proposals.ErrorList)...)
			continue
		}
		if cell.Verdict != c.Want {
			why := ""
			if cell.Why != "" {
				why = " (" + cell.Why + ")"
			}
			errs.Add(c.At, "position %q: case %d: the rule gives %s%s, the case wants %s", r.pos.ID, i+1, words(cell.Verdict), why, words(c.Want))
		}
	}
	return errs
}

// words writes a verdict in words: "not addressed".
func words(v Verdict) string { return strings.ReplaceAll(v.String(), "-", " ") }
