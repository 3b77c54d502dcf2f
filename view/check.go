package view

import (
	"fmt"
	"strings"

	"github.com/peacediff/peacediff/redlines"
)

// Check is what a reader is told of a red-line check: the lines, the
// matrix of texts against lines, and each line with the texts that cross
// it.
type Check struct {
	// Counts sums the check up in one sentence.
	Counts    string
	Proposals []redlines.Proposal
	Lines     []Line
	// Matrix has a row per proposal and a cell per line.
	Matrix  [][]Verdict
	Sources []Source
	Legend  []LegendEntry
	// Spectrum is nil unless the report has one.
	Spectrum *Spectrum
}

// Line is one red line as a reader is told it.
type Line struct {
	N                                                  int
	Anchor, ID, Party, PartyName, Date, Title, Heading string
	Statement, Confidence, Note, Reads, Rule           string
	ConfidenceMark                                     string
	Sources                                            []Source
	Refs                                               []int
	Crossings                                          []Crossing
}

// Crossing is a text that crosses a line, and how.
type Crossing struct{ Short, Words string }

// Verdict is one cell of the matrix.
type Verdict struct {
	// Class is the verdict's name: "crossed", "holds", "not-addressed".
	Class string
	// Mark is ✗, ✓ or ·; Words the verdict in words.
	Mark, Words string
	// Points are the points that cross the line, for a crossed cell.
	Points string
}

// VerdictMark is the one-character mark of a verdict, which reads without
// colour.
func VerdictMark(v redlines.Verdict) string {
	switch v {
	case redlines.Crossed:
		return "✗"
	case redlines.Holds:
		return "✓"
	}
	return "·"
}

// CheckLegend lists the marks of the matrix.
func CheckLegend() []LegendEntry {
	return []LegendEntry{{"✗", "crossed"}, {"✓", "holds"}, {"·", "not addressed"}}
}

// CheckView makes the view of a red-line check.
func CheckView(r *redlines.Report) *Check {
	s := r.Summary
	v := &Check{
		Counts: fmt.Sprintf("%s against %s: %d crossed, %d hold, %d not addressed.",
			Count(s.Proposals, "text"), Count(s.Lines, "red line"), s.Crossed, s.Holds, s.NotAddressed),
		Proposals: r.Proposals, Legend: CheckLegend(),
	}
	n := newNotes()
	for i, l := range r.Lines {
		vl := Line{
			N: i + 1, Anchor: "line-" + l.ID, ID: l.ID, Party: l.Party, PartyName: l.PartyName, Date: l.Date,
			Title: l.Title, Heading: l.Party + " · " + l.Title, Statement: l.Statement,
			Confidence: words(l.Confidence), ConfidenceMark: ConfidenceOf(l.Confidence).Mark(),
			Note: l.Note, Reads: l.Reads, Rule: l.Rule,
		}
		for _, src := range l.Sources {
			s := Source{Publisher: src.Publisher, Relays: src.Relays, Kind: src.Kind, Date: src.Date, Title: src.Title, URL: src.URL}
			vl.Sources = append(vl.Sources, s)
			vl.Refs = append(vl.Refs, n.number(s))
		}
		for k, c := range l.Cells {
			if c.Verdict == redlines.Crossed {
				vl.Crossings = append(vl.Crossings, Crossing{Short: r.Proposals[k].Short, Words: crossingWords(c)})
			}
		}
		v.Lines = append(v.Lines, vl)
	}
	for k := range r.Proposals {
		var row []Verdict
		for _, l := range r.Lines {
			c := l.Cells[k]
			cell := Verdict{Class: c.Verdict.String(), Mark: VerdictMark(c.Verdict), Words: words(c.Verdict.String())}
			if c.Verdict == redlines.Crossed {
				cell.Points = strings.Join(c.Points, ", ")
			}
			row = append(row, cell)
		}
		v.Matrix = append(v.Matrix, row)
	}
	v.Sources = n.order
	if r.Spectrum != nil {
		v.Spectrum = SpectrumView(r.Spectrum)
	}
	return v
}

// crossingWords is what a crossed cell says: each crossing term.
func crossingWords(c redlines.Cell) string {
	parts := make([]string, len(c.Crossing))
	for i, w := range c.Crossing {
		parts[i] = witnessWords(w)
	}
	return strings.Join(parts, "; ")
}

// witnessWords describes a term that crosses a line: "Autonomous Republic
// of Crimea (UA-43): Russian de facto, recognised by US (21.a)".
func witnessWords(w redlines.Witness) string {
	s := w.Label
	if w.Name != "" {
		s = w.Name + ": " + s
	}
	if w.Detail != "" {
		s += ", " + w.Detail
	}
	if len(w.Points) > 0 {
		s += " (" + strings.Join(w.Points, ", ") + ")"
	}
	return s
}
