package view

import (
	"fmt"
	"strings"

	"github.com/peacediff/peacediff/compare"
)

// Options choose what a comparison shows. The zero value folds unchanged
// rows.
type Options struct {
	// All shows unchanged rows instead of folding them into a count.
	All bool
}

// Comparison is what a reader is told of a [compare.Report].
type Comparison struct {
	// Title names the proposals: "US 28-point draft vs E3 counter-proposal",
	// or with arrows for a history.
	Title string
	// History is true when each proposal is measured against the one
	// before it, not against the first.
	History bool
	Heads   []Head
	// Counted says how many terms and points were compared.
	Counted string
	// NoDifferences is true when two or more proposals were compared and
	// nothing differs.
	NoDifferences bool
	// Against sums up each proposal after the first against its
	// reference: "E3 against US: terms 11 changed, 9 same; points ...".
	Against []string
	// Details are the changes of each proposal's details (status, date,
	// title, summary, notes, sources, ...) against its reference.
	Details []Detail
	// Moves are the terms that changed, in the order of the report.
	Moves    []Move
	Sections []Section
	// Sources are the sources the cells cite, numbered in the order shown.
	Sources []Source
	// Notes are the editors' notes on the terms shown, numbered in the
	// order shown: what a reading rests on, what is doubtful.
	Notes  []Note
	Legend []LegendEntry
}

// Note is one numbered editors' note.
type Note struct {
	N int
	// About names the cell: "E3 counter-proposal, Forces of Ukraine: cap
	// applies".
	About, Text string
}

// Head describes one compared proposal.
type Head struct {
	ID, Short, Title, Date, Status, Summary string
	Points, Sources                         int
	// Baseline is true for the first of two or more proposals compared.
	Baseline bool
	// Meta is the head in one line after the title: "2025-11-20 · leaked
	// draft · 28 points · 9 sources".
	Meta string
}

// Move is one changed term, summed up: "Forces of Ukraine: personnel cap:
// 600,000 personnel → 800,000 personnel (+200,000 (+33.3%))".
type Move struct {
	// Section is the title of the term's section; Anchor is its row's.
	Section, Anchor, Words string
}

// Section is one part of the comparison.
type Section struct {
	Key, Title string
	// Quiet is true when no row of the section changed: its rows are
	// folded into one, which a layout may leave out with the section.
	Quiet bool
	Rows  []Row
}

// Row is a row of a section: a term or an aligned point, or, when Folded
// is above zero, that many unchanged rows folded into one line.
type Row struct {
	Folded int
	// Key is the report's key; Anchor a unique HTML id made from it.
	Key, Anchor string
	Point       bool
	Change      compare.ChangeKind
	// Group is what a term is about, shown above the terms that share it;
	// Label names the row.
	Group, Label string
	Cells        []Cell
	// Note is the editors' note on a term of a proposal shown alone.
	Note string
}

// Compare makes the view of a comparison.
func Compare(r *compare.Report, opts Options) *Comparison {
	v := &Comparison{History: r.Reference == compare.Previous}
	used := map[string]bool{}
	sep := " vs "
	if v.History {
		sep = " → "
	}
	var names []string
	for k, h := range r.Proposals {
		names = append(names, h.Short)
		v.Heads = append(v.Heads, Head{
			ID: h.ID, Short: h.Short, Title: h.Title, Date: h.Date, Status: words(h.Status), Summary: h.Summary,
			Points: h.PointCount, Sources: len(h.Sources), Baseline: k == 0 && len(r.Proposals) > 1,
			Meta: fmt.Sprintf("%s · %s · %s · %s", h.Date, words(h.Status), Count(h.PointCount, "point"), Count(len(h.Sources), "source")) + packageMeta(h.Package, h.ID, false),
		})
	}
	v.Title = strings.Join(names, sep)
	s := r.Summary
	v.Counted = fmt.Sprintf("%d terms and %d points compared.", s.Terms, s.Points)
	v.NoDifferences = !s.Differs && len(r.Proposals) > 1
	for k := 1; k < len(r.Proposals); k++ {
		if r.Against(k) == k {
			continue // a text with no predecessor in the report
		}
		c := s.ByProposal[k]
		a := fmt.Sprintf("%s against %s: terms %s; points %s", r.Proposals[k].Short, r.Proposals[r.Against(k)].Short, countsWords(c.Terms), countsWords(c.Points))
		if c.Details > 0 {
			a += fmt.Sprintf("; details %d changed", c.Details)
		}
		v.Against = append(v.Against, a+".")
	}
	v.Details = details(r)
	n := newNotes()
	anchors := map[string]int{}
	fold := !opts.All && len(r.Proposals) > 1
	for _, sec := range r.Sections {
		vs := Section{Key: sec.Key, Title: sec.Title, Quiet: fold && allSame(sec)}
		for _, row := range sec.Rows {
			id := uniqueAnchor(anchors, Anchor("r-", row.Key))
			if row.Kind == compare.TermRow {
				if m := moveWords(r, row); m != "" {
					v.Moves = append(v.Moves, Move{Section: sec.Title, Anchor: id, Words: m})
				}
			}
			if fold && row.Change == compare.Same {
				if last := len(vs.Rows) - 1; last >= 0 && vs.Rows[last].Folded > 0 {
					vs.Rows[last].Folded++
				} else {
					vs.Rows = append(vs.Rows, Row{Folded: 1})
				}
				continue
			}
			vr := Row{Key: row.Key, Anchor: id, Point: row.Kind == compare.PointRow, Change: row.Change, Group: row.Group, Label: row.Label}
			if vr.Point {
				vr.Label = pointLabel(row)
			}
			for k := range row.Cells {
				c := cellOf(r, row, k, n)
				if note := row.Cells[k].Note; note != "" && !vr.Point {
					label := row.Label
					if row.Group != "" {
						label = row.Group + ": " + row.Label
					}
					c.Note = len(v.Notes) + 1
					v.Notes = append(v.Notes, Note{N: c.Note, About: r.Proposals[k].Short + ", " + label, Text: note})
				}
				vr.Cells = append(vr.Cells, c)
				used[c.Confidence.Mark()] = true
			}
			used[ChangeMark(vr.Change)] = true
			vs.Rows = append(vs.Rows, vr)
		}
		v.Sections = append(v.Sections, vs)
	}
	v.Sources = n.order
	v.Legend = CompareLegend(used)
	return v
}

// Anchor turns a key into an HTML id that starts with prefix.
func Anchor(prefix, key string) string {
	var b strings.Builder
	b.WriteString(prefix)
	for _, r := range key {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	return b.String()
}

// uniqueAnchor returns id, or id with a number when it was used before.
func uniqueAnchor(seen map[string]int, id string) string {
	n := seen[id]
	seen[id]++
	if n > 0 {
		return fmt.Sprintf("%s-%d", id, n+1)
	}
	return id
}

// allSame reports whether no row of a section changed.
func allSame(s *compare.Section) bool {
	for _, row := range s.Rows {
		if row.Change != compare.Same {
			return false
		}
	}
	return true
}

// pointLabel is the label of a point row: its topic, and how it was
// aligned when the match was not exact.
func pointLabel(row *compare.Row) string {
	switch row.Strategy {
	case compare.ByTopicAndText:
		return row.Label + " (matched by wording)"
	case compare.ByLabel:
		return row.Label + " (matched by number)"
	}
	return row.Label
}

// moveWords sums up a term the last proposal changed in one line: its
// label, the value of the proposal it is measured against, its own, and
// the change; "" when the term did not change.
func moveWords(r *compare.Report, row *compare.Row) string {
	k := len(row.Cells) - 1
	last := &row.Cells[k]
	if k == 0 || last.Change == nil || last.Change.Kind == compare.Same {
		return ""
	}
	label := row.Label
	if row.Group != "" {
		label = row.Group + ": " + row.Label
	}
	ref := &row.Cells[r.Against(k)]
	s := label + ": " + valueWords(row, ref) + " → " + valueWords(row, last)
	if w := changeWords(ref, last); w != "" {
		s += " (" + w + ")"
	}
	return s
}

// countsWords sums up counts: "11 changed, 1 deleted, 7 unknown, 9 same".
func countsWords(c compare.Counts) string {
	var parts []string
	for _, k := range compare.ChangeKinds() {
		if k == compare.Same {
			continue
		}
		if n := c.Get(k); n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, k))
		}
	}
	parts = append(parts, fmt.Sprintf("%d same", c.Same))
	return strings.Join(parts, ", ")
}

// words writes a slug with spaces: "leaked-draft" as "leaked draft".
func words(slug string) string { return strings.ReplaceAll(slug, "-", " ") }
