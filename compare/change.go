package compare

import (
	"math"
	"slices"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// This file measures a cell against its reference cell: a term's value
// (delta, move on its scale, set members) or a point's wording.

// termChange measures a term cell against its reference.
func termChange(ref, cur *Cell, typ proposals.ValueType, scale *proposals.Scale) *Change {
	switch {
	case cur.State == StateUnknown || ref.State == StateUnknown:
		if cur.State == ref.State {
			return &Change{Kind: Same}
		}
		return &Change{Kind: Unknown}
	case ref.Value == nil && cur.Value == nil:
		return &Change{Kind: Same}
	case ref.Value == nil:
		return &Change{Kind: Added}
	case cur.Value == nil:
		return &Change{Kind: Removed}
	}
	a, z := ref.Value, cur.Value
	ch := &Change{Kind: Changed}
	switch typ {
	case proposals.Number:
		if a.Number == z.Number && a.Unit == z.Unit && a.Limit == z.Limit {
			ch.Kind = Same
			break
		}
		if a.Limit != "" || z.Limit != "" {
			break // no figure on one side ("no limit", "unspecified"): no delta
		}
		d := &Delta{From: a.Number, To: z.Number, By: z.Number - a.Number}
		if a.Number != 0 {
			p := math.Round(float64(d.By)*1000/float64(a.Number)) / 10
			d.Percent = &p
		}
		ch.Delta = d
	case proposals.Enum:
		if a.Enum == z.Enum {
			ch.Kind = Same
			break
		}
		if a.Rank != nil && z.Rank != nil && scale != nil {
			m := &Move{From: a.Enum, To: z.Enum, Steps: *z.Rank - *a.Rank}
			m.Direction = scale.Up
			if m.Steps < 0 {
				m.Direction = scale.Down
			}
			ch.Move = m
		}
	case proposals.Set:
		for _, m := range z.Set {
			if !slices.Contains(a.Set, m) {
				ch.SetAdded = append(ch.SetAdded, m)
			}
		}
		for _, m := range a.Set {
			if !slices.Contains(z.Set, m) {
				ch.SetRemoved = append(ch.SetRemoved, m)
			}
		}
		if ch.SetAdded == nil && ch.SetRemoved == nil {
			ch.Kind = Same
		}
	case proposals.Bool:
		if a.Bool == z.Bool {
			ch.Kind = Same
		}
	}
	if ref.Reading != cur.Reading {
		ch.Kind, ch.Basis = Changed, "stated"
		if cur.Reading {
			ch.Basis = "reading"
		}
	}
	if cur.State == StateDisputed && !(ref.State == StateDisputed && slices.Equal(ref.Variants, cur.Variants)) {
		ch.Kind = Disputed
	}
	return ch
}

// pointChange measures a point cell against its reference.
func pointChange(ref, cur *Cell, diff func(x, y string) *WordDiff) *Change {
	switch {
	case cur.State == StateDeleted || cur.State == StateMoved:
		if ref.State == cur.State {
			return &Change{Kind: Same}
		}
		if cur.State == StateMoved {
			return &Change{Kind: Elsewhere}
		}
		return &Change{Kind: Deleted}
	case cur.State == StateUnknown || ref.State == StateUnknown:
		// Unknown is never removed: what a text says where its wording was
		// never reported is unknown, whatever the other says.
		if ref.State == StateUnknown && cur.State == StateUnknown {
			return &Change{Kind: Same}
		}
		return &Change{Kind: Unknown}
	case cur.State == StateNotAddressed:
		if ref.State == StateNotAddressed || ref.State == StateDeleted || ref.State == StateMoved {
			return &Change{Kind: Same}
		}
		return &Change{Kind: Removed}
	case ref.State == StateNotAddressed || ref.State == StateDeleted || ref.State == StateMoved:
		return &Change{Kind: Added}
	case cur.State == StateDisputed:
		if ref.State == StateDisputed && slices.Equal(ref.Variants, cur.Variants) {
			return &Change{Kind: Same}
		}
		return &Change{Kind: Disputed}
	}
	if ref.Text == cur.Text {
		// The same wording, which a word diff would find unchanged.
		if ref.Point != cur.Point {
			return &Change{Kind: Moved}
		}
		return &Change{Kind: Same}
	}
	wd := diff(ref.Text, cur.Text)
	ch := &Change{Kind: Changed, Words: wd}
	if wd.Class == Unchanged {
		ch.Kind, ch.Words = Same, nil
		if ref.Point != cur.Point {
			ch.Kind = Moved
		}
	}
	return ch
}

// termFields lists the fields of a term cell that differ from its
// reference's beside its value and basis: its note and the points it
// comes from.
func termFields(ref, cur *Cell) []FieldChange {
	var out []FieldChange
	if ref.Note != cur.Note {
		out = append(out, FieldChange{Field: "note", From: ref.Note, To: cur.Note})
	}
	if from, to := strings.Join(ref.Points, ", "), strings.Join(cur.Points, ", "); from != to {
		out = append(out, FieldChange{Field: "points", From: from, To: to})
	}
	return out
}

// edit adds the other fields that differ to a change: a cell whose value
// or wording is the same is then edited.
func (ch *Change) edit(fields []FieldChange) {
	if len(fields) == 0 {
		return
	}
	ch.Fields = fields
	if ch.Kind == Same {
		ch.Kind = Edited
	}
}

// rowChange is the most significant change among a row's cells.
func rowChange(cells []Cell) ChangeKind {
	k := Same
	for _, c := range cells {
		if c.Change != nil {
			k = max(k, c.Change.Kind)
		}
	}
	return k
}
