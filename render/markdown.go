package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/view"
)

// Markdown writes a report as GitHub-flavoured Markdown: the proposals, the
// summary, then a table per section with one column per proposal. Changed
// words are ~~struck~~ and **bold**; the sources are numbered notes with
// links. Every text from a proposal file is escaped, so it cannot open a
// table cell, a link or an HTML tag.
func Markdown(w io.Writer, r *compare.Report, opts Options) error {
	v := view.Compare(r, view.Options{All: opts.All})
	m := &markdownWriter{w: bufio.NewWriter(w)}
	m.header(v)
	for _, s := range v.Sections {
		m.section(v, s)
	}
	if len(v.Sections) == 0 {
		m.line("No rows to show.")
		m.line("")
	}
	m.details(v.Details)
	m.footer(v)
	return m.w.Flush()
}

type markdownWriter struct {
	w *bufio.Writer
}

func (m *markdownWriter) line(s string) {
	m.w.WriteString(s)
	m.w.WriteByte('\n')
}

func (m *markdownWriter) header(v *view.Comparison) {
	m.line("## " + mdEscape(v.Title))
	m.line("")
	for _, h := range v.Heads {
		m.line(fmt.Sprintf("- **%s** (`%s`): %s", mdEscape(h.Short), mdEscape(h.ID), mdEscape(h.Meta)))
	}
	m.line("")
	m.line(v.Counted)
	if v.NoDifferences {
		m.line("No differences.")
	}
	for _, a := range v.Against {
		m.line("- " + mdEscape(a))
	}
	m.line("")
}

func (m *markdownWriter) section(v *view.Comparison, s view.Section) {
	m.line("### " + mdEscape(s.Title))
	m.line("")
	head := "| | "
	rule := "|---|"
	for _, h := range v.Heads {
		head += mdEscape(h.Short) + " | "
		rule += "---|"
	}
	m.line(strings.TrimRight(head, " "))
	m.line(rule)
	for _, row := range s.Rows {
		if row.Folded > 0 {
			m.line(fmt.Sprintf("| *%d unchanged* |%s", row.Folded, strings.Repeat(" |", len(v.Heads))))
			continue
		}
		label := row.Label
		if !row.Point && row.Group != "" {
			label = row.Group + ": " + row.Label
		}
		cells := []string{view.ChangeMark(row.Change) + " " + mdEscape(label)}
		for _, c := range row.Cells {
			cells = append(cells, mdCell(c))
		}
		m.line("| " + strings.Join(cells, " | ") + " |")
	}
	m.line("")
}

// mdCell lays out a cell for a table: its label, wording or value, points,
// sources and confidence, and a term's change after a line break.
func mdCell(c view.Cell) string {
	var b strings.Builder
	if c.Point != "" {
		b.WriteString("**" + mdEscape(c.Point) + "** ")
	}
	b.WriteString(mdBody(c))
	if len(c.Points) > 0 {
		b.WriteString(" (" + mdEscape(strings.Join(c.Points, ", ")) + ")")
	}
	if ref := c.Refs.Words(); ref != "" {
		b.WriteString(" " + strings.ReplaceAll(ref, "[", `\[`))
	}
	b.WriteString(strings.ReplaceAll(c.Confidence.Mark(), "*", `\*`))
	if c.Note > 0 {
		fmt.Fprintf(&b, " (note %d)", c.Note)
	}
	if c.Change != "" {
		b.WriteString("<br>*" + mdEscape(c.Change) + "*")
	}
	return b.String()
}

// mdBody is a cell's wording or value with changed words ~~struck~~ and
// **bold**, or its state, and a disputed cell's variants.
func mdBody(c view.Cell) string {
	if len(c.Variants) > 0 {
		var parts []string
		if len(c.Body) > 0 {
			parts = append(parts, mdSpans(c.Body))
		}
		parts = append(parts, "**"+mdEscape(c.State)+"**")
		for _, v := range c.Variants {
			parts = append(parts, "**"+mdEscape(v.Party)+":** "+mdEscape(v.Text))
		}
		return strings.Join(parts, "<br>")
	}
	if c.State != "" {
		return "*" + mdEscape(c.State) + "*"
	}
	return mdSpans(c.Body)
}

func mdSpans(spans []view.Span) string {
	var b strings.Builder
	for _, sp := range spans {
		text := mdEscape(sp.Text)
		if sp.Style == view.Aside {
			b.WriteString(" *" + text + "*")
			continue
		}
		trimmed := strings.TrimSpace(text)
		if trimmed == "" || sp.Style == view.Plain {
			b.WriteString(text)
			continue
		}
		// Keep the spaces outside the markers, or GitHub ignores them.
		lead := text[:len(text)-len(strings.TrimLeft(text, " "))]
		trail := text[len(strings.TrimRight(text, " ")):]
		mark := "**"
		if sp.Style == view.Deleted {
			mark = "~~"
		}
		b.WriteString(lead + mark + trimmed + mark + trail)
	}
	return b.String()
}

// details lists the changed details of the proposals.
func (m *markdownWriter) details(details []view.Detail) {
	if len(details) == 0 {
		return
	}
	m.line("### Details")
	m.line("")
	for _, d := range details {
		m.line("- " + mdEscape(d.About) + ":")
		for _, c := range d.Changes {
			m.line("  - " + mdEscape(c))
		}
	}
	m.line("")
}

func (m *markdownWriter) footer(v *view.Comparison) {
	parts := make([]string, len(v.Legend))
	for i, e := range v.Legend {
		parts[i] = strings.ReplaceAll(e.Mark, "*", `\*`) + " " + e.Words
	}
	m.line(strings.Join(parts, "  ") + ".")
	if len(v.Notes) > 0 {
		m.line("")
		m.line("#### Notes")
		m.line("")
		for _, n := range v.Notes {
			m.line(fmt.Sprintf("%d. %s: %s", n.N, mdEscape(n.About), mdEscape(n.Text)))
		}
	}
	if len(v.Sources) == 0 {
		return
	}
	m.line("")
	m.line("#### Sources")
	m.line("")
	for _, s := range v.Sources {
		m.line(fmt.Sprintf("%d. [%s](<%s>) (%s)", s.N, mdEscape(s.Name()), mdURL(s.URL), mdEscape(s.Meta())))
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
