package render

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/peacediff/peacediff/compare"
)

// Show writes one proposal as readable text: its header, its typed terms by
// section, then every point in the text's order with its state, confidence
// and sources, and the sources as numbered notes. r is a report of that
// proposal alone.
func Show(w io.Writer, r *compare.Report, opts Options) error {
	t := &textWriter{w: bufio.NewWriter(w), r: r, opts: opts, width: opts.width(), notes: newFootnotes(r)}
	h := r.Proposals[0]
	t.indented("", []span{{h.Title, bold}})
	meta := fmt.Sprintf("%s · %s · %s · proposed by %s · %d points · %d sources",
		h.ID, h.Date, strings.ReplaceAll(h.Status, "-", " "), strings.Join(h.Proposers, ", "), h.PointCount, len(h.Sources))
	if len(h.Supersedes) > 0 {
		meta += " · supersedes " + strings.Join(h.Supersedes, ", ")
	}
	t.println(meta)
	t.w.WriteByte('\n')
	t.println(h.Summary)
	t.w.WriteByte('\n')

	var points []*compare.Row
	terms := false
	for _, s := range r.Sections {
		var rows []*compare.Row
		for _, row := range s.Rows {
			if row.Kind == compare.PointRow {
				points = append(points, row)
			} else {
				rows = append(rows, row)
			}
		}
		if len(rows) == 0 {
			continue
		}
		if !terms {
			t.writeLine(line{{"TERMS", bold}})
			t.w.WriteByte('\n')
			terms = true
		}
		t.indented("", []span{{s.Title, bold}})
		group := ""
		for _, row := range rows {
			indent := "  "
			if row.Group != "" {
				if row.Group != group {
					t.indented("  ", []span{{row.Group, plain}})
				}
				indent = "    "
			}
			group = row.Group
			sp := append([]span{{row.Label + ": ", faint}}, t.cellSpans(row, 0)...)
			if note := row.Cells[0].Note; note != "" && opts.All {
				sp = append(sp, span{"\nNote: " + note, faint})
			}
			t.indented(indent, sp)
		}
	}
	if terms {
		t.w.WriteByte('\n')
	} else {
		t.println("The text addresses none of the typed terms (territory, military limits, NATO, guarantees).")
		t.w.WriteByte('\n')
	}

	t.writeLine(line{{"POINTS", bold}})
	t.w.WriteByte('\n')
	slices.SortFunc(points, func(a, b *compare.Row) int { return a.Order - b.Order })
	for _, row := range points {
		c := &row.Cells[0]
		head := []span{{c.Point, bold}, {"  " + row.Label, plain}}
		if c.Heading != "" {
			head = append(head, span{": " + c.Heading, plain})
		}
		state := c.State.String()
		if c.Kept {
			state = "kept"
		}
		head = append(head, span{" · " + state + " · " + c.Confidence + " " + t.notes.refs(0, c.Sources), faint})
		t.indented("", head)
		t.indented("    ", t.pointSpans(c))
		if c.Note != "" {
			t.indented("    ", []span{{"Note: " + c.Note, faint}})
		}
	}
	t.w.WriteByte('\n')
	t.footer()
	return t.w.Flush()
}

// indented prints spans wrapped to the width after an indent.
func (t *textWriter) indented(indent string, sp []span) {
	for _, l := range wrap(sp, t.width-len(indent), t.opts.Color) {
		t.w.WriteString(indent)
		t.writeLine(l)
		t.w.WriteByte('\n')
	}
}
