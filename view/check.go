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
	// Disputes are the texts whose drafters dispute the line's terms,
	// with the variants that cross it; Unknowns the texts whose verdict is
	// unknown, with why; NotJudged the texts the line does not judge,
	// with why.
	Disputes, Unknowns, NotJudged []Crossing
	// Since, ReplacedBy and Until date the line.
	Since, ReplacedBy, Until string
}

// Crossing is a text that crosses a line, and how.
type Crossing struct {
	Short, Words string
	// Mark is the mark of a cell not judged (→, ← or ≡); empty otherwise.
	Mark string
}

// Verdict is one cell of the matrix.
type Verdict struct {
	// Class is the verdict's name: "crossed", "disputed", "holds",
	// "not-addressed", "unknown", "later-line", "replaced", "derived".
	Class string
	// Mark is the verdict's mark (see [VerdictMark]); Words the verdict in
	// words.
	Mark, Words string
	// Reading is true when the verdict rests on the editors' reading; its
	// mark is then followed by ReadingMark.
	Reading bool
	// Points are the points that cross the line, for a crossed cell.
	Points string
	// Why says why a cell is unknown or not judged.
	Why string
}

// ReadingMark marks what rests on the editors' reading of a text, the
// same in every report: after the sources of a cell in a comparison, after
// the mark of a verdict in a check.
const ReadingMark = "°"

// readingWords explains ReadingMark in a legend.
const readingWords = "our reading of the text"

// VerdictMark is the one-character mark of a verdict, which reads without
// colour: ✗ crossed, ! disputed, ✓ holds, · not addressed, ? unknown,
// → later line, ← replaced, ≡ derived. Disputed has the mark of a
// disputed point in a comparison.
func VerdictMark(v redlines.Verdict) string {
	return map[redlines.Verdict]string{
		redlines.Crossed: "✗", redlines.Disputed: "!", redlines.Holds: "✓", redlines.NotAddressed: "·", redlines.Unknown: "?",
		redlines.LaterLine: "→", redlines.Replaced: "←", redlines.Derived: "≡",
	}[v]
}

// verdictWords is what each mark means, for a legend.
func verdictWords(v redlines.Verdict) string {
	return map[redlines.Verdict]string{
		redlines.Crossed: "crossed", redlines.Disputed: "disputed: one drafter's version crosses it, another's does not",
		redlines.Holds: "holds", redlines.NotAddressed: "not addressed: the text is silent on it",
		redlines.Unknown:   "unknown: the text's words on it were never reported",
		redlines.LaterLine: "later line: stated after the text, not judged", redlines.Replaced: "replaced: no longer held at the text's date, not judged",
		redlines.Derived: "derived: the line is drawn from this text, not tested",
	}[v]
}

// CheckLegend lists the marks the cells use, in the order of the
// verdicts, and the reading mark when a cell has it.
func CheckLegend(cells [][]Verdict) []LegendEntry {
	used := map[string]bool{}
	reading := false
	for _, row := range cells {
		for _, c := range row {
			used[c.Class] = true
			reading = reading || c.Reading
		}
	}
	var out []LegendEntry
	for _, v := range redlines.Verdicts() {
		if used[v.String()] {
			out = append(out, LegendEntry{VerdictMark(v), verdictWords(v)})
		}
	}
	if reading {
		out = append(out, LegendEntry{ReadingMark, readingWords})
	}
	return out
}

// CheckView makes the view of a red-line check.
func CheckView(r *redlines.Report) *Check {
	v := &Check{Counts: checkCounts(r), Proposals: r.Proposals}
	n := newNotes()
	for i, l := range r.Lines {
		vl := Line{
			N: i + 1, Anchor: "line-" + l.ID, ID: l.ID, Party: l.Party, PartyName: l.PartyName, Date: l.Date,
			Title: l.Title, Heading: l.Party + " · " + l.Title, Statement: l.Statement,
			Confidence: words(l.Confidence), ConfidenceMark: ConfidenceOf(l.Confidence).Mark(),
			Note: l.Note, Reads: l.Reads, Rule: l.Rule, Since: l.Since, ReplacedBy: l.ReplacedBy, Until: l.Until,
		}
		for _, src := range l.Sources {
			s := Source{Publisher: src.Publisher, Relays: src.Relays, Kind: src.Kind, Date: src.Date, Title: src.Title, URL: src.URL}
			vl.Sources = append(vl.Sources, s)
			vl.Refs = append(vl.Refs, n.number(s))
		}
		for k, c := range l.Cells {
			short := r.Proposals[k].Short
			switch {
			case c.Verdict == redlines.Crossed:
				words := crossingWords(c)
				if c.Reading {
					words += " (our reading)"
				}
				vl.Crossings = append(vl.Crossings, Crossing{Short: short, Words: words})
			case c.Verdict == redlines.Disputed:
				words := crossingWords(c)
				if c.Reading {
					words += " (our reading)"
				}
				vl.Disputes = append(vl.Disputes, Crossing{Short: short, Words: words})
			case c.Verdict == redlines.Unknown:
				vl.Unknowns = append(vl.Unknowns, Crossing{Short: short, Words: c.Why})
			case !c.Verdict.Judged():
				vl.NotJudged = append(vl.NotJudged, Crossing{Short: short, Words: words(c.Verdict.String()) + ": " + c.Why, Mark: VerdictMark(c.Verdict)})
			}
		}
		v.Lines = append(v.Lines, vl)
	}
	for k := range r.Proposals {
		var row []Verdict
		for _, l := range r.Lines {
			c := l.Cells[k]
			cell := Verdict{Class: c.Verdict.String(), Mark: VerdictMark(c.Verdict), Words: words(c.Verdict.String()), Reading: c.Reading, Why: c.Why}
			if c.Reading {
				cell.Words += " (our reading)"
			}
			if c.Verdict == redlines.Crossed || c.Verdict == redlines.Disputed {
				cell.Points = strings.Join(c.Points, ", ")
			}
			row = append(row, cell)
		}
		v.Matrix = append(v.Matrix, row)
	}
	v.Legend = CheckLegend(v.Matrix)
	v.Sources = n.order
	if r.Spectrum != nil {
		v.Spectrum = SpectrumView(r.Spectrum)
	}
	return v
}

// checkCounts sums up a check in one sentence.
func checkCounts(r *redlines.Report) string {
	s := r.Summary
	parts := []string{fmt.Sprintf("%d crossed", s.Crossed)}
	if s.Disputed > 0 {
		parts = append(parts, fmt.Sprintf("%d disputed", s.Disputed))
	}
	parts = append(parts, fmt.Sprintf("%d hold", s.Holds), fmt.Sprintf("%d not addressed", s.NotAddressed))
	if s.Unknown > 0 {
		parts = append(parts, fmt.Sprintf("%d unknown", s.Unknown))
	}
	if n := s.LaterLine + s.Replaced + s.Derived; n > 0 {
		parts = append(parts, fmt.Sprintf("%d not judged (a line stated later, replaced, or drawn from the text)", n))
	}
	return fmt.Sprintf("%s against %s (%s): %s.", Count(s.Proposals, "text"), Count(s.Lines, "red line"), linesWords(r.LinesInForce), strings.Join(parts, ", "))
}

// linesWords says which lines judged the texts.
func linesWords(l string) string {
	switch l {
	case "current":
		return "the lines in force today"
	case "all":
		return "every line, whatever its date"
	}
	return "the lines held at each text's date"
}

// crossingWords is what a crossed cell says: each crossing term.
func crossingWords(c redlines.Cell) string {
	parts := make([]string, len(c.Crossing))
	for i, w := range c.Crossing {
		parts[i] = w.Words()
	}
	return strings.Join(parts, "; ")
}
