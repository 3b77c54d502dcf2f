package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/peacediff/peacediff/compare"
	"github.com/rivo/uniseg"
)

// Text writes a report for a terminal: the proposals in columns side by
// side, fitted to opts.Width, rows marked = ~ + - ? ! so that they read
// without colour, inserted and deleted words highlighted (or bracketed
// {+so+} and [-so-] without colour), unchanged rows folded unless
// opts.All, and sources as footnote numbers listed at the end. When the
// columns would be too narrow, each row lists its cells one under another.
func Text(w io.Writer, r *compare.Report, opts Options) error {
	t := &textWriter{w: bufio.NewWriter(w), r: r, opts: opts, width: opts.width(), notes: newFootnotes(r)}
	t.layout()
	t.header()
	var quiet []string
	for _, s := range r.Sections {
		if !opts.All && len(r.Proposals) > 1 && allSame(s) {
			quiet = append(quiet, s.Title)
			continue
		}
		t.section(s)
	}
	if len(quiet) > 0 {
		t.println(fmt.Sprintf("Unchanged: %s (--all shows them).", strings.Join(quiet, "; ")))
		t.w.WriteByte('\n')
	}
	if len(r.Sections) == 0 {
		t.println("No rows to show.")
	}
	t.footer()
	return t.w.Flush()
}

type textWriter struct {
	w     *bufio.Writer
	r     *compare.Report
	opts  Options
	width int
	notes *footnotes

	labelW, cellW int
	stacked       bool
}

const (
	markW       = 2        // "~ "
	gapW        = 2        // between columns
	stackIndent = "      " // before a cell in the stacked layout
)

// layout chooses the column widths, or the stacked layout when a column
// would be narrower than 16 columns.
func (t *textWriter) layout() {
	n := len(t.r.Proposals)
	t.labelW = min(max(t.width/5, 14), 30)
	t.cellW = (t.width - markW - t.labelW - gapW*n) / max(n, 1)
	if t.cellW < 16 {
		t.stacked = true
		t.cellW = t.width - len(stackIndent)
	}
}

func (t *textWriter) println(s string) {
	for _, l := range wrap([]span{{s, plain}}, t.width, t.opts.Color) {
		t.writeLine(l)
		t.w.WriteByte('\n')
	}
}

// writeLine prints a line of spans, coloured or bracketed.
func (t *textWriter) writeLine(l line) {
	for _, s := range l {
		if t.opts.Color {
			if code := ansi(s.style); code != "" {
				t.w.WriteString(code + s.text + "\x1b[0m")
				continue
			}
			t.w.WriteString(s.text)
			continue
		}
		t.w.WriteString(bracketOpen(s.style) + s.text + bracketClose(s.style))
	}
}

func ansi(s style) string {
	switch s {
	case inserted:
		return "\x1b[32m"
	case deleted:
		return "\x1b[31;9m"
	case bold:
		return "\x1b[1m"
	case faint:
		return "\x1b[2m"
	}
	return ""
}

func (t *textWriter) header() {
	ps := t.r.Proposals
	for i, h := range ps {
		prefix := ""
		if i > 0 {
			prefix = "  vs "
			if t.r.Kind == "history" {
				prefix = "  then "
			}
		}
		lines := wrap([]span{{prefix, plain}, {h.Title, bold}, {" · " + strings.TrimPrefix(headerLine(h), h.Title+" · "), plain}}, t.width, t.opts.Color)
		for _, l := range lines {
			t.writeLine(l)
			t.w.WriteByte('\n')
		}
	}
	s := t.r.Summary
	t.println(fmt.Sprintf("%d terms, %d points compared.", s.Terms, s.Points))
	if !s.Differs && len(ps) > 1 {
		t.println("No differences.")
	}
	for k := 1; k < len(ps); k++ {
		against := ps[0].Short
		if t.r.Kind == "history" {
			against = ps[k-1].Short
		}
		c := s.ByProposal[k]
		t.println(fmt.Sprintf("%s against %s: terms %s; points %s.", ps[k].Short, against, countsWords(c.Terms), countsWords(c.Points)))
	}
	t.w.WriteByte('\n')
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

func (t *textWriter) section(s *compare.Section) {
	t.indented("", []span{{strings.ToUpper(s.Title), bold}})
	if !t.stacked {
		cells := make([][]line, len(t.r.Proposals))
		for k, h := range t.r.Proposals {
			cells[k] = wrap([]span{{h.Short, bold}}, t.cellW, t.opts.Color)
		}
		t.grid("", "", cells)
	}
	group, folded := "", 0
	flushFold := func() {
		if folded > 0 {
			t.indented("  ", []span{{fmt.Sprintf("… %d unchanged (--all shows them)", folded), faint}})
			folded = 0
		}
	}
	for _, row := range s.Rows {
		if row.Change == compare.Same && !t.opts.All && len(t.r.Proposals) > 1 {
			folded++
			continue
		}
		flushFold()
		label := row.Label
		if row.Kind == compare.PointRow {
			label = pointLabel(row)
		} else if row.Group != "" {
			if row.Group != group {
				t.indented("  ", []span{{row.Group, bold}})
			}
			label = "  " + row.Label
		}
		group = row.Group
		t.row(row, label)
	}
	flushFold()
	t.w.WriteByte('\n')
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

func (t *textWriter) row(row *compare.Row, label string) {
	cells := make([][]line, len(row.Cells))
	for k := range row.Cells {
		cells[k] = wrap(t.cellSpans(row, k), t.cellW, t.opts.Color)
	}
	if !t.stacked {
		t.grid(markOf(row.Change), label, cells)
		return
	}
	for _, l := range wrap([]span{{markOf(row.Change) + " ", plain}, {label, bold}}, t.width, t.opts.Color) {
		t.writeLine(l)
		t.w.WriteByte('\n')
	}
	for k, c := range cells {
		t.indented("    ", []span{{t.r.Proposals[k].Short + ":", faint}})
		for _, l := range c {
			t.w.WriteString(stackIndent)
			t.writeLine(l)
			t.w.WriteByte('\n')
		}
	}
}

// grid prints a mark, a label and cells side by side, line by line.
func (t *textWriter) grid(mark, label string, cells [][]line) {
	labels := wrap([]span{{label, plain}}, t.labelW, t.opts.Color)
	height := len(labels)
	for _, c := range cells {
		height = max(height, len(c))
	}
	for i := range height {
		// Spaces are written only before something that follows them, so
		// that no line ends in spaces.
		spaces := 0
		put := func(l line) {
			if w := l.width(t.opts.Color); w > 0 {
				t.w.WriteString(strings.Repeat(" ", spaces))
				t.writeLine(l)
				spaces = 0
			}
		}
		m := ""
		if i == 0 {
			m = mark
		}
		put(line{{m, plain}})
		spaces += markW - uniseg.StringWidth(m)
		lw := 0
		if i < len(labels) {
			put(labels[i])
			lw = labels[i].width(t.opts.Color)
		}
		spaces += t.labelW - lw
		for _, c := range cells {
			spaces += gapW
			cw := 0
			if i < len(c) {
				put(c[i])
				cw = c[i].width(t.opts.Color)
			}
			spaces += t.cellW - cw
		}
		t.w.WriteByte('\n')
	}
}

// cellSpans is what cell k of a row shows.
func (t *textWriter) cellSpans(row *compare.Row, k int) []span {
	c := &row.Cells[k]
	var sp []span
	if row.Kind == compare.TermRow {
		sp = append(sp, span{valueWords(row, c), plain})
		if c.Value != nil && len(c.Points) > 0 {
			sp = append(sp, span{" (" + strings.Join(c.Points, ", ") + ")", faint})
		}
	} else {
		if c.Point != "" {
			sp = append(sp, span{c.Point + " ", bold})
		}
		sp = append(sp, t.pointSpans(c)...)
	}
	ref := t.notes.refs(k, c.Sources)
	if c.Value != nil || c.Point != "" {
		ref += confidenceMark(c.Confidence)
	}
	if ref != "" {
		sp = append(sp, span{" " + ref, faint})
	}
	if row.Kind == compare.TermRow {
		if words := changeWords(c); words != "" && c.Change != nil && c.Change.Kind != compare.Same {
			sp = append(sp, span{"\n" + words, bold})
		}
	}
	return sp
}

// pointSpans is the wording of a point cell, with the words changed from
// the reference cell marked.
func (t *textWriter) pointSpans(c *compare.Cell) []span {
	if c.State == compare.StateDisputed {
		var sp []span
		if c.Text != "" {
			sp = append(sp, span{c.Text + " ", plain})
		}
		sp = append(sp, span{"Disputed:", bold})
		for _, v := range c.Variants {
			sp = append(sp, span{"\n" + v.Party + ": ", bold}, span{v.Text, plain})
		}
		return sp
	}
	if w := stateWords(c); w != "" {
		return []span{{w, faint}}
	}
	if c.Kept {
		return []span{{c.Text, plain}, {" (kept)", faint}}
	}
	if ch := c.Change; ch != nil && ch.Words != nil {
		if ch.Words.Class == compare.Rewritten {
			return []span{{c.Text, plain}, {" (rewritten)", faint}}
		}
		var sp []span
		for _, seg := range ch.Words.Segments {
			switch seg.Op {
			case compare.Equal:
				sp = append(sp, span{seg.Text, plain})
			case compare.Insert:
				sp = append(sp, span{seg.Text, inserted})
			case compare.Delete:
				sp = append(sp, span{seg.Text, deleted})
			}
		}
		return sp
	}
	return []span{{c.Text, plain}}
}

// confidenceMark marks a cell that rests on one source (*) or on the
// editors' reading (**).
func confidenceMark(c string) string {
	switch c {
	case "single-source":
		return "*"
	case "inferred":
		return "**"
	}
	return ""
}

func (t *textWriter) footer() {
	t.println(legend + "  * one source  ** our reading")
	if len(t.notes.order) == 0 {
		return
	}
	t.w.WriteByte('\n')
	t.writeLine(line{{"SOURCES", bold}})
	t.w.WriteByte('\n')
	for i, ref := range t.notes.order {
		s := t.r.Proposals[ref.proposal].Sources[ref.source]
		text := fmt.Sprintf("[%d] %s", i+1, sourceWords(s))
		for j, l := range wrap([]span{{text, plain}}, t.width-4, t.opts.Color) {
			if j > 0 {
				t.w.WriteString("    ")
			}
			t.writeLine(l)
			t.w.WriteByte('\n')
		}
	}
}

// sourceWords describes a source: publisher, what it relays, kind, date,
// URL.
func sourceWords(s compare.Source) string {
	b := s.Publisher
	if s.Relays != "" {
		b += ", relaying " + s.Relays
	}
	b += " (" + s.Kind
	if s.Date != "" {
		b += ", " + s.Date
	}
	return b + ") " + s.URL
}
