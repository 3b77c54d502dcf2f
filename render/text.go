package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/internal/termsafe"
	"github.com/peacediff/peacediff/view"
	"github.com/rivo/uniseg"
)

// Text writes a report for a terminal: the proposals in columns side by
// side, fitted to opts.Width, rows marked = ~ + - ? ! so that they read
// without colour, inserted and deleted words highlighted (or bracketed
// {+so+} and [-so-] without colour), unchanged rows folded unless
// opts.All, and sources as footnote numbers listed at the end. When the
// columns would be too narrow, each row lists its cells one under another.
func Text(w io.Writer, r *compare.Report, opts Options) error {
	v := view.Compare(r, view.Options{All: opts.All})
	t := &textWriter{w: bufio.NewWriter(w), opts: opts, width: opts.width()}
	t.layout(len(v.Heads))
	t.header(v)
	var quiet []string
	for _, s := range v.Sections {
		if s.Quiet {
			quiet = append(quiet, s.Title)
			continue
		}
		t.section(v, s)
	}
	if len(quiet) > 0 {
		t.println("Unchanged: " + strings.Join(quiet, "; ") + opts.hint() + ".")
		t.w.WriteByte('\n')
	}
	if len(v.Sections) == 0 {
		t.println("No rows to show.")
	}
	t.details(v.Details)
	t.legend(v.Legend)
	t.notes(v.Notes)
	t.sources(v.Sources)
	return t.w.Flush()
}

type textWriter struct {
	w     *bufio.Writer
	opts  Options
	width int

	labelW, cellW int
	stacked       bool
}

const (
	markW       = 2        // "~ "
	gapW        = 2        // between columns
	stackIndent = "      " // before a cell in the stacked layout
)

// layout chooses the column widths for n columns, or the stacked layout
// when a column would be narrower than 16 columns.
func (t *textWriter) layout(n int) {
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

// writeLine prints a line of spans, coloured or bracketed. Coloured
// text goes to the terminal as it is, so its control characters are shown
// here ([termsafe]): the only escape sequences are the colours.
func (t *textWriter) writeLine(l line) {
	for _, s := range l {
		if t.opts.Color {
			text := termsafe.String(s.text)
			if code := ansi(s.style); code != "" {
				t.w.WriteString(code + text + "\x1b[0m")
				continue
			}
			t.w.WriteString(text)
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

func (t *textWriter) header(v *view.Comparison) {
	for i, h := range v.Heads {
		prefix := ""
		if i > 0 {
			prefix = "  vs "
			if v.History {
				prefix = "  then "
			}
		}
		t.indented("", []span{{prefix, plain}, {h.Title, bold}, {" · " + h.Meta, plain}})
	}
	t.println(v.Counted)
	if v.NoDifferences {
		t.println("No differences.")
	}
	for _, a := range v.Against {
		t.println(a)
	}
	t.w.WriteByte('\n')
}

func (t *textWriter) section(v *view.Comparison, s view.Section) {
	t.indented("", []span{{strings.ToUpper(s.Title), bold}})
	if !t.stacked {
		cells := make([][]line, len(v.Heads))
		for k, h := range v.Heads {
			cells[k] = wrap([]span{{h.Short, bold}}, t.cellW, t.opts.Color)
		}
		t.grid("", "", cells)
	}
	group := ""
	for _, row := range s.Rows {
		if row.Folded > 0 {
			t.indented("  ", []span{{fmt.Sprintf("… %d unchanged%s", row.Folded, t.opts.hint()), faint}})
			continue
		}
		label := row.Label
		if !row.Point && row.Group != "" {
			if row.Group != group {
				t.indented("  ", []span{{row.Group, bold}})
			}
			label = "  " + row.Label
		}
		group = row.Group
		t.row(v, row, label)
	}
	t.w.WriteByte('\n')
}

func (t *textWriter) row(v *view.Comparison, row view.Row, label string) {
	cells := make([][]line, len(row.Cells))
	for k := range row.Cells {
		cells[k] = wrap(cellSpans(row.Cells[k]), t.cellW, t.opts.Color)
	}
	mark := view.ChangeMark(row.Change)
	if !t.stacked {
		t.grid(mark, label, cells)
		return
	}
	t.indented("", []span{{mark + " ", plain}, {label, bold}})
	for k, c := range cells {
		t.indented("    ", []span{{v.Heads[k].Short + ":", faint}})
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

// cellSpans lays a cell out as spans: its label, its wording or value (or
// its state), the points it comes from, its sources and confidence, and a
// term's change on a line of its own.
func cellSpans(c view.Cell) []span {
	var sp []span
	if c.Point != "" {
		sp = append(sp, span{c.Point + " ", bold})
	}
	sp = append(sp, bodySpans(c)...)
	if len(c.Points) > 0 {
		sp = append(sp, span{" (" + strings.Join(c.Points, ", ") + ")", faint})
	}
	if ref := c.Refs.Words() + c.Confidence.Mark(); ref != "" {
		sp = append(sp, span{" " + ref, faint})
	}
	if c.Note > 0 {
		sp = append(sp, span{fmt.Sprintf(" note %d", c.Note), faint})
	}
	if c.Change != "" {
		sp = append(sp, span{"\n" + c.Change, bold})
	}
	return sp
}

// bodySpans is a cell's wording or value with its changed words marked, or
// its state, and a disputed cell's variants.
func bodySpans(c view.Cell) []span {
	var sp []span
	for i, b := range c.Body {
		switch b.Style {
		case view.Inserted:
			sp = append(sp, span{b.Text, inserted})
		case view.Deleted:
			sp = append(sp, span{b.Text, deleted})
		case view.Aside:
			sp = append(sp, span{" " + b.Text, faint})
		default:
			sp = append(sp, span{b.Text, plain})
		}
		if i == len(c.Body)-1 && c.State != "" {
			sp = append(sp, span{" ", plain})
		}
	}
	if c.State != "" {
		st := faint
		if len(c.Variants) > 0 {
			st = bold
		}
		sp = append(sp, span{c.State, st})
	}
	for _, v := range c.Variants {
		sp = append(sp, span{"\n" + v.Party + ": ", bold}, span{v.Text, plain})
	}
	return sp
}

// legend explains the marks.
func (t *textWriter) legend(entries []view.LegendEntry) { t.println(legendLine(entries)) }

// details lists the changed details of the proposals.
func (t *textWriter) details(details []view.Detail) {
	if len(details) == 0 {
		return
	}
	t.writeLine(line{{"DETAILS", bold}})
	t.w.WriteByte('\n')
	for _, d := range details {
		t.println(d.About + ":")
		for _, c := range d.Changes {
			t.hanging("  - ", c)
		}
	}
	t.w.WriteByte('\n')
}

// notes lists the editors' numbered notes.
func (t *textWriter) notes(notes []view.Note) {
	if len(notes) == 0 {
		return
	}
	t.w.WriteByte('\n')
	t.writeLine(line{{"NOTES", bold}})
	t.w.WriteByte('\n')
	for _, n := range notes {
		t.hanging(fmt.Sprintf("%d. ", n.N), n.About+": "+n.Text)
	}
}

// sources lists the numbered sources.
func (t *textWriter) sources(sources []view.Source) {
	if len(sources) == 0 {
		return
	}
	t.w.WriteByte('\n')
	t.writeLine(line{{"SOURCES", bold}})
	t.w.WriteByte('\n')
	for _, s := range sources {
		text := fmt.Sprintf("[%d] %s", s.N, s.Words())
		for j, l := range wrap([]span{{text, plain}}, t.width-4, t.opts.Color) {
			if j > 0 {
				t.w.WriteString("    ")
			}
			t.writeLine(l)
			t.w.WriteByte('\n')
		}
	}
}
