package view

import (
	"fmt"
	"strings"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
)

// Style says what a span of a cell's text is, for a renderer to mark up.
type Style int

// The styles of spans.
const (
	// Plain is text as it stands.
	Plain Style = iota
	// Inserted and Deleted are words a text adds to, or drops from, the
	// wording it is measured against.
	Inserted
	Deleted
	// Aside is a remark on the text, such as "(kept)".
	Aside
)

// Span is a run of a cell's text in one style.
type Span struct {
	Text  string
	Style Style
}

// Cell is what one proposal holds in a row, in words.
type Cell struct {
	// Point is the label of a point cell's provision ("7"), or "".
	Point string
	// State says what the cell holds when it has no value or wording:
	// "not addressed", "(deleted)", "(in the text; wording not known)",
	// or "Disputed:" before the Variants.
	State string
	// Body is the value of a term or the wording of a point, with the
	// words changed from the reference cell marked.
	Body     []Span
	Variants []compare.Variant
	// Points are the labels of the points a term comes from.
	Points     []string
	Refs       Refs
	Confidence Confidence
	// Change is a term's change in words: "+200,000 (+33.3%)", "▲ toward
	// Ukraine", and the other fields of a term or point that changed
	// ("confidence: confirmed → single-source"); empty when it did not
	// change.
	Change string
	// Note is the number of the editors' note on the cell (see
	// [Comparison.Notes]), or 0.
	Note int
}

// cellOf is cell k of a row, its sources numbered in n.
func cellOf(r *compare.Report, row *compare.Row, k int, n *notes) Cell {
	c := &row.Cells[k]
	vc := Cell{Point: c.Point}
	if row.Kind == compare.TermRow {
		if c.Value == nil {
			vc.State = valueWords(row, c)
		} else {
			vc.Body = []Span{{valueWords(row, c), Plain}}
			vc.Points = c.Points
		}
		if c.Change != nil && c.Change.Kind != compare.Same {
			vc.Change = changeWords(&row.Cells[r.Against(k)], c)
		}
	} else {
		pointWords(c, &vc)
	}
	if c.Change != nil && len(c.Change.Fields) > 0 {
		words := cellFieldsWords(c.Change.Fields, row.Kind == compare.TermRow)
		vc.Change = strings.TrimPrefix(vc.Change+"; "+strings.Join(words, "; "), "; ")
	}
	if c.Value != nil || c.Point != "" {
		vc.Confidence = ConfidenceOf(c.Confidence)
	}
	if c.Reading {
		vc.Confidence = Reading
	}
	vc.Refs = refsOf(r, k, c.Sources, n)
	return vc
}

// pointWords fills the words of a point cell.
func pointWords(c *compare.Cell, vc *Cell) {
	switch {
	case c.State == compare.StateDisputed:
		if c.Text != "" {
			vc.Body = []Span{{c.Text, Plain}}
		}
		vc.State, vc.Variants = "Disputed:", c.Variants
	case c.State == compare.StateNotAddressed:
		vc.State = "(not in this text)"
	case c.State == compare.StateDeleted:
		vc.State = "(deleted)"
	case c.State == compare.StateMoved:
		vc.State = "(moved to another track)"
	case c.State == compare.StateUnknown:
		vc.State = "(in the text; wording not known)"
	case c.Kept:
		vc.Body = []Span{{c.Text, Plain}, {"(kept)", Aside}}
	case c.Change != nil && c.Change.Words != nil && c.Change.Words.Class == compare.Rewritten:
		vc.Body = []Span{{c.Text, Plain}, {"(rewritten)", Aside}}
	case c.Change != nil && c.Change.Words != nil:
		for _, seg := range c.Change.Words.Segments {
			st := Plain
			switch seg.Op {
			case compare.Insert:
				st = Inserted
			case compare.Delete:
				st = Deleted
			}
			vc.Body = append(vc.Body, Span{seg.Text, st})
		}
	default:
		vc.Body = []Span{{c.Text, Plain}}
	}
}

// refsOf numbers the sources of proposal k that a cell cites.
func refsOf(r *compare.Report, k int, sources []int, n *notes) Refs {
	var refs Refs
	for _, s := range sources {
		refs.Numbers = append(refs.Numbers, n.number(sourceOf(r, k, s)))
	}
	return refs
}

// sourceOf is source s of proposal k.
func sourceOf(r *compare.Report, k, s int) Source {
	src := r.Proposals[k].Sources[s]
	return Source{
		Proposal: r.Proposals[k].Short, Publisher: src.Publisher, Relays: src.Relays,
		Kind: src.Kind, Date: src.Date, Title: src.Title, URL: src.URL,
	}
}

// valueWords is what a term cell holds, in words.
func valueWords(row *compare.Row, c *compare.Cell) string {
	if c.Value == nil {
		if c.State == compare.StateUnknown {
			return "unknown (not reported)"
		}
		return "not addressed"
	}
	s := c.Value.Words(row.Type)
	if c.State == compare.StateDisputed {
		var parts []string
		for _, va := range c.Variants {
			parts = append(parts, va.Party+": "+va.Text)
		}
		s = "disputed (" + strings.Join(parts, "; ") + ")"
	}
	return s
}

// changeWords describes a term's change: "+200,000 (+33.3%)", "▲ toward
// Ukraine", "added UA; dropped US". Empty when there is nothing to add to
// the values themselves.
func changeWords(ref, c *compare.Cell) string {
	ch := c.Change
	if ch == nil {
		return ""
	}
	var parts []string
	if w := valueChangeWords(ref, c); w != "" {
		parts = append(parts, w)
	}
	switch ch.Basis {
	case "reading":
		parts = append(parts, "now our reading, not stated")
	case "stated":
		parts = append(parts, "now stated by the text")
	}
	return strings.Join(parts, "; ")
}

// valueChangeWords describes the change of a term's value.
func valueChangeWords(ref, c *compare.Cell) string {
	ch := c.Change
	switch {
	case ch.Delta != nil:
		s := signed(ch.Delta.By)
		if ch.Delta.Percent != nil {
			s += fmt.Sprintf(" (%+.1f%%)", *ch.Delta.Percent)
		}
		return s
	case ch.Move != nil:
		arrow := "▲"
		if ch.Move.Steps < 0 {
			arrow = "▼"
		}
		return arrow + " " + ch.Move.Direction
	case ch.SetAdded != nil || ch.SetRemoved != nil:
		var parts []string
		if ch.SetAdded != nil {
			parts = append(parts, "added "+setWords(c.Value, ch.SetAdded))
		}
		if ch.SetRemoved != nil {
			parts = append(parts, "dropped "+setWords(ref.Value, ch.SetRemoved))
		}
		return strings.Join(parts, "; ")
	}
	switch ch.Kind {
	case compare.Added:
		return "newly addressed"
	case compare.Removed:
		return "no longer addressed"
	case compare.Moved:
		return "same wording, renumbered"
	}
	return ""
}

// setWords writes members of the set v in words.
func setWords(v *proposals.Value, members []string) string {
	words := make([]string, len(members))
	for i, m := range members {
		words[i] = m
		if v != nil {
			words[i] = v.SetWord(m)
		}
	}
	return strings.Join(words, ", ")
}

func signed(n int64) string {
	if n > 0 {
		return "+" + proposals.Thousands(n)
	}
	return proposals.Thousands(n)
}
