package render

import (
	"bufio"
	"io"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/view"
)

// Show writes one proposal as readable text: its header, its typed terms by
// section, then every point in the text's order with its state, confidence
// and sources, and the sources as numbered notes. r is a report of that
// proposal alone.
func Show(w io.Writer, r *compare.Report, opts Options) error {
	v := view.Single(r)
	t := &textWriter{w: bufio.NewWriter(w), opts: opts, width: opts.width()}
	t.indented("", []span{{v.Head.Title, bold}})
	t.println(v.Meta)
	t.w.WriteByte('\n')
	t.println(v.Head.Summary)
	t.w.WriteByte('\n')
	if len(v.Terms) > 0 {
		t.writeLine(line{{"TERMS", bold}})
		t.w.WriteByte('\n')
	}
	for _, s := range v.Terms {
		t.indented("", []span{{s.Title, bold}})
		group := ""
		for _, row := range s.Rows {
			indent := "  "
			if row.Group != "" {
				if row.Group != group {
					t.indented("  ", []span{{row.Group, plain}})
				}
				indent = "    "
			}
			group = row.Group
			sp := append([]span{{row.Label + ": ", faint}}, cellSpans(row.Cells[0])...)
			if row.Note != "" && opts.All {
				sp = append(sp, span{"\nNote: " + row.Note, faint})
			}
			t.indented(indent, sp)
		}
	}
	if len(v.Terms) > 0 {
		t.w.WriteByte('\n')
	} else {
		t.println("The text addresses none of the typed terms (territory, military limits, NATO, guarantees).")
		t.w.WriteByte('\n')
	}
	t.writeLine(line{{"POINTS", bold}})
	t.w.WriteByte('\n')
	for _, p := range v.Points {
		head := []span{{p.Label, bold}, {"  " + p.Topic, plain}}
		if p.Heading != "" {
			head = append(head, span{": " + p.Heading, plain})
		}
		head = append(head, span{" · " + p.State + " · " + p.Confidence + " " + p.Refs.Words(), faint})
		t.indented("", head)
		c := p.Cell
		c.Point, c.Refs, c.Confidence = "", view.Refs{}, view.Confirmed
		t.indented("    ", bodySpans(c))
		if p.Note != "" {
			t.indented("    ", []span{{"Note: " + p.Note, faint}})
		}
	}
	t.w.WriteByte('\n')
	t.legend(v.Legend)
	t.sources(v.Sources)
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
