package view

import (
	"fmt"
	"slices"
	"strings"

	"github.com/peacediff/peacediff/compare"
)

// Proposal is what a reader is told of one proposal alone: its terms by
// section, then every point in the text's order.
type Proposal struct {
	Head Head
	// Meta is the head in one line: "us-28-point-2025-11 · 2025-11-20 ·
	// leaked draft · proposed by US · 28 points · 9 sources · supersedes
	// ...".
	Meta       string
	Supersedes []string
	Terms      []Section
	Points     []Point
	Sources    []Source
	Legend     []LegendEntry
}

// Point is one point of a proposal.
type Point struct {
	Anchor, Label, Topic, Heading string
	// State is "present", "kept", "deleted", "unknown", "disputed".
	State      string
	Confidence string
	Refs       Refs
	// Cell holds the wording, its state and its variants.
	Cell Cell
	Note string
}

// Single makes the view of r, a report of one proposal.
func Single(r *compare.Report) *Proposal {
	h := r.Proposals[0]
	v := &Proposal{
		Head: Head{ID: h.ID, Short: h.Short, Title: h.Title, Date: h.Date, Status: words(h.Status), Summary: h.Summary,
			Points: h.PointCount, Sources: len(h.Sources)},
		Supersedes: h.Supersedes,
	}
	v.Meta = fmt.Sprintf("%s · %s · %s · proposed by %s · %d points · %d sources",
		h.ID, h.Date, words(h.Status), strings.Join(h.Proposers, ", "), h.PointCount, len(h.Sources))
	if len(h.Supersedes) > 0 {
		v.Meta += " · supersedes " + strings.Join(h.Supersedes, ", ")
	}
	v.Meta += packageMeta(h.Package, h.ID, true)
	n := newNotes()
	var points []*compare.Row
	for _, sec := range r.Sections {
		vs := Section{Key: sec.Key, Title: sec.Title}
		for _, row := range sec.Rows {
			if row.Kind == compare.PointRow {
				points = append(points, row)
				continue
			}
			vs.Rows = append(vs.Rows, Row{
				Key: row.Key, Anchor: Anchor("r-", row.Key), Group: row.Group, Label: row.Label,
				Cells: []Cell{cellOf(r, row, 0, n)}, Note: row.Cells[0].Note,
			})
		}
		if len(vs.Rows) > 0 {
			v.Terms = append(v.Terms, vs)
		}
	}
	slices.SortFunc(points, func(a, b *compare.Row) int { return a.Order - b.Order })
	for _, row := range points {
		c := &row.Cells[0]
		state := c.State.String()
		if c.Kept {
			state = "kept"
		}
		vc := cellOf(r, row, 0, n)
		v.Points = append(v.Points, Point{
			Anchor: Anchor("pt-", c.Point), Label: c.Point, Topic: row.Label, Heading: c.Heading,
			State: state, Confidence: c.Confidence, Refs: vc.Refs, Cell: vc, Note: c.Note,
		})
	}
	v.Sources = n.order
	used := map[string]bool{}
	for _, s := range v.Terms {
		for _, row := range s.Rows {
			used[row.Cells[0].Confidence.Mark()] = true
		}
	}
	for _, p := range v.Points {
		used[p.Cell.Confidence.Mark()] = true
	}
	v.Legend = CompareLegend(used)
	return v
}

// packageMeta is the part of a head's line that names the text's package
// ("· companion document of the package “X”"), with the other members when withMembers.
func packageMeta(p *compare.Package, self string, withMembers bool) string {
	if p == nil {
		return ""
	}
	out := fmt.Sprintf(" · %s document of the package “%s”", words(p.Role), p.Title)
	if !withMembers {
		return out
	}
	others := slices.DeleteFunc(slices.Clone(p.Members), func(id string) bool { return id == self })
	if len(others) > 0 {
		out += ", with " + strings.Join(others, ", ")
	}
	if len(p.Unreported) > 0 {
		out += "; not reported: " + strings.Join(p.Unreported, "; ")
	}
	return out
}
