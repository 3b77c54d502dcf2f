package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/peacediff/peacediff/compare"
)

// Markdown writes a report as GitHub-flavoured Markdown: the proposals, the
// summary, then a table per section with one column per proposal. Changed
// words are ~~struck~~ and **bold**; the sources are numbered notes with
// links. Every text from a proposal file is escaped, so it cannot open a
// table cell, a link or an HTML tag.
func Markdown(w io.Writer, r *compare.Report, opts Options) error {
	m := &markdownWriter{w: bufio.NewWriter(w), r: r, opts: opts, notes: newFootnotes(r)}
	m.header()
	for _, s := range r.Sections {
		m.section(s)
	}
	if len(r.Sections) == 0 {
		m.line("No rows to show.")
		m.line("")
	}
	m.footer()
	return m.w.Flush()
}

type markdownWriter struct {
	w     *bufio.Writer
	r     *compare.Report
	opts  Options
	notes *footnotes
}

func (m *markdownWriter) line(s string) {
	m.w.WriteString(s)
	m.w.WriteByte('\n')
}

func (m *markdownWriter) header() {
	ps := m.r.Proposals
	var names []string
	for _, h := range ps {
		names = append(names, mdEscape(h.Short))
	}
	sep := " vs "
	if m.r.Kind == "history" {
		sep = " → "
	}
	m.line("## " + strings.Join(names, sep))
	m.line("")
	for _, h := range ps {
		m.line(fmt.Sprintf("- **%s** (`%s`): %s", mdEscape(h.Short), mdEscape(h.ID), mdEscape(strings.TrimPrefix(headerLine(h), h.Title+" · "))))
	}
	m.line("")
	s := m.r.Summary
	m.line(fmt.Sprintf("%d terms and %d points compared.", s.Terms, s.Points))
	if !s.Differs && len(ps) > 1 {
		m.line("No differences.")
	}
	for k := 1; k < len(ps); k++ {
		against := ps[0].Short
		if m.r.Kind == "history" {
			against = ps[k-1].Short
		}
		c := s.ByProposal[k]
		m.line(fmt.Sprintf("- %s against %s: terms %s; points %s.", mdEscape(ps[k].Short), mdEscape(against), countsWords(c.Terms), countsWords(c.Points)))
	}
	m.line("")
}

func (m *markdownWriter) section(s *compare.Section) {
	m.line("### " + mdEscape(s.Title))
	m.line("")
	head := "| | "
	rule := "|---|"
	for _, h := range m.r.Proposals {
		head += mdEscape(h.Short) + " | "
		rule += "---|"
	}
	m.line(strings.TrimRight(head, " "))
	m.line(rule)
	folded := 0
	flush := func() {
		if folded > 0 {
			m.line(fmt.Sprintf("| *%d unchanged* |%s", folded, strings.Repeat(" |", len(m.r.Proposals))))
			folded = 0
		}
	}
	for _, row := range s.Rows {
		if row.Change == compare.Same && !m.opts.All && len(m.r.Proposals) > 1 {
			folded++
			continue
		}
		flush()
		label := mdEscape(rowLabel(row))
		if row.Kind == compare.PointRow {
			label = mdEscape(pointLabel(row))
		}
		cells := []string{markOf(row.Change) + " " + label}
		for k := range row.Cells {
			cells = append(cells, m.cell(row, k))
		}
		m.line("| " + strings.Join(cells, " | ") + " |")
	}
	flush()
	m.line("")
}

func (m *markdownWriter) cell(row *compare.Row, k int) string {
	c := &row.Cells[k]
	var b strings.Builder
	if row.Kind == compare.TermRow {
		b.WriteString(mdEscape(valueWords(row, c)))
		if c.Value != nil && len(c.Points) > 0 {
			b.WriteString(" (" + mdEscape(strings.Join(c.Points, ", ")) + ")")
		}
	} else {
		if c.Point != "" {
			b.WriteString("**" + mdEscape(c.Point) + "** ")
		}
		b.WriteString(m.pointText(c))
	}
	if ref := m.notes.refs(k, c.Sources); ref != "" {
		b.WriteString(" " + strings.ReplaceAll(ref, "[", `\[`))
	}
	if c.Value != nil || c.Point != "" {
		b.WriteString(strings.ReplaceAll(confidenceMark(c.Confidence), "*", `\*`))
	}
	if row.Kind == compare.TermRow && c.Change != nil && c.Change.Kind != compare.Same {
		if words := changeWords(c); words != "" {
			b.WriteString("<br>*" + mdEscape(words) + "*")
		}
	}
	return b.String()
}

func (m *markdownWriter) pointText(c *compare.Cell) string {
	if c.State == compare.StateDisputed {
		var parts []string
		if c.Text != "" {
			parts = append(parts, mdEscape(c.Text))
		}
		parts = append(parts, "**Disputed:**")
		for _, v := range c.Variants {
			parts = append(parts, "**"+mdEscape(v.Party)+":** "+mdEscape(v.Text))
		}
		return strings.Join(parts, "<br>")
	}
	if w := stateWords(c); w != "" {
		return "*" + mdEscape(w) + "*"
	}
	if c.Kept {
		return mdEscape(c.Text) + " *(kept)*"
	}
	ch := c.Change
	if ch == nil || ch.Words == nil {
		return mdEscape(c.Text)
	}
	if ch.Words.Class == compare.Rewritten {
		return mdEscape(c.Text) + " *(rewritten)*"
	}
	var b strings.Builder
	for _, seg := range ch.Words.Segments {
		text := mdEscape(seg.Text)
		trimmed := strings.TrimSpace(text)
		if trimmed == "" || seg.Op == compare.Equal {
			b.WriteString(text)
			continue
		}
		// Keep the spaces outside the markers, or GitHub ignores them.
		lead := text[:len(text)-len(strings.TrimLeft(text, " "))]
		trail := text[len(strings.TrimRight(text, " ")):]
		mark := "**"
		if seg.Op == compare.Delete {
			mark = "~~"
		}
		b.WriteString(lead + mark + trimmed + mark + trail)
	}
	return b.String()
}

func (m *markdownWriter) footer() {
	m.line(legend + ". \\* one source, \\*\\* our reading.")
	if len(m.notes.order) == 0 {
		return
	}
	m.line("")
	m.line("#### Sources")
	m.line("")
	for i, ref := range m.notes.order {
		s := m.r.Proposals[ref.proposal].Sources[ref.source]
		desc := s.Publisher
		if s.Relays != "" {
			desc += ", relaying " + s.Relays
		}
		meta := s.Kind
		if s.Date != "" {
			meta += ", " + s.Date
		}
		m.line(fmt.Sprintf("%d. [%s](<%s>) (%s)", i+1, mdEscape(desc), mdURL(s.URL), mdEscape(meta)))
	}
}

// mdEscape escapes text from a proposal file for Markdown inside a table
// cell: the characters that start emphasis, code, links, headings, tables
// or HTML are backslash-escaped or written as entities, and line breaks
// become <br>.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '!', '|', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '\n':
			b.WriteString("<br>")
		case '\r':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mdURL makes a validated http(s) URL safe inside <...> link syntax.
func mdURL(u string) string {
	r := strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20", "\n", "", "\r", "")
	return r.Replace(u)
}
