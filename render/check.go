package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/peacediff/peacediff/redlines"
	"github.com/peacediff/peacediff/view"
	"github.com/rivo/uniseg"
)

// This file lays out the red-line check for a terminal and as JSON;
// check_markdown.go and check_html.go lay out the other formats, and
// spectrum.go the spectrum. What each says is decided in package view.

// CheckJSON writes the check as indented JSON, versioned by
// [redlines.SchemaVersion].
func CheckJSON(w io.Writer, r *redlines.Report) error { return writeJSON(w, r) }

// CheckText writes the check for a terminal: the lines numbered, the
// matrix of texts against lines marked ✗ ✓ ·, then each line with its
// statement, the texts that cross it and the points and terms that do, and
// the sources; the spectrum follows when the report has one. The layout
// fits opts.Width; colour only with opts.Color.
func CheckText(w io.Writer, r *redlines.Report, opts Options) error {
	v := view.CheckView(r)
	t := &textWriter{w: bufio.NewWriter(w), opts: opts, width: opts.width()}
	t.println(v.Counts)
	t.w.WriteByte('\n')
	t.writeLine(line{{"RED LINES", bold}})
	t.w.WriteByte('\n')
	for _, l := range v.Lines {
		t.hanging(fmt.Sprintf("%3d  ", l.N), fmt.Sprintf("%-6s %s  %s", l.Party, l.Date, l.Title))
	}
	t.w.WriteByte('\n')
	t.checkMatrix(v)
	t.println(legendLine(v.Legend))
	t.w.WriteByte('\n')
	for _, l := range v.Lines {
		t.writeLine(line{{fmt.Sprintf("%d. %s", l.N, l.Heading), bold}, {"  " + l.ID, faint}})
		t.w.WriteByte('\n')
		refs := make([]string, len(l.Refs))
		for i, n := range l.Refs {
			refs[i] = fmt.Sprint(n)
		}
		t.hanging("   ", fmt.Sprintf("%s, %s: %s [%s]%s", l.PartyName, l.Date, l.Statement, strings.Join(refs, ","), l.ConfidenceMark))
		if len(l.Crossings) == 0 {
			t.hanging("   ", "Crossed by none of these texts.")
		}
		for _, c := range l.Crossings {
			t.hanging("   ✗ ", c.Short+": "+c.Words)
		}
		for _, c := range l.Disputes {
			t.hanging("   ! ", c.Short+", disputed: "+c.Words)
		}
		for _, c := range l.Unknowns {
			t.hanging("   ? ", c.Short+": "+c.Words)
		}
		for _, c := range l.NotJudged {
			t.hanging("   "+c.Mark+" ", c.Short+", "+c.Words)
		}
		t.w.WriteByte('\n')
	}
	t.writeLine(line{{"SOURCES", bold}})
	t.w.WriteByte('\n')
	for _, s := range v.Sources {
		t.hanging(fmt.Sprintf("[%d] ", s.N), s.Words())
	}
	if v.Spectrum != nil {
		t.w.WriteByte('\n')
		t.spectrum(v.Spectrum)
	}
	return t.w.Flush()
}

// legendLine writes a legend in one line: "✗ crossed  ✓ holds".
func legendLine(entries []view.LegendEntry) string {
	parts := make([]string, len(entries))
	for i, e := range entries {
		parts[i] = e.Mark + " " + e.Words
	}
	return strings.Join(parts, "  ")
}

// hanging prints text wrapped to the width, the first line after prefix
// and the others indented under it.
func (t *textWriter) hanging(prefix, text string) {
	indent := strings.Repeat(" ", uniseg.StringWidth(prefix))
	for i, l := range wrap([]span{{text, plain}}, t.width-len(indent), t.opts.Color) {
		if i == 0 {
			t.w.WriteString(prefix)
		} else {
			t.w.WriteString(indent)
		}
		t.writeLine(l)
		t.w.WriteByte('\n')
	}
}

// checkMatrix prints a row per text and a column per line, numbered as in
// the list of lines.
func (t *textWriter) checkMatrix(v *view.Check) {
	const colW = 3
	nameW := 4
	for _, p := range v.Proposals {
		nameW = max(nameW, uniseg.StringWidth(p.Short))
	}
	nameW = max(min(nameW, t.width-colW*len(v.Lines)-1), 8)
	var head strings.Builder
	head.WriteString(strings.Repeat(" ", nameW))
	for _, l := range v.Lines {
		head.WriteString(fmt.Sprintf("%*d", colW, l.N))
	}
	t.writeLine(line{{head.String(), bold}})
	t.w.WriteByte('\n')
	for k, p := range v.Proposals {
		name := truncate(p.Short, nameW)
		l := line{{name + pad(uniseg.StringWidth(name), nameW), plain}}
		for _, c := range v.Matrix[k] {
			st := plain
			switch c.Class {
			case "crossed", "disputed":
				st = bold
			case "holds":
				if t.opts.Color {
					st = inserted // green; without colour it would be bracketed
				}
			case "not-addressed":
				st = faint
			}
			l = append(l, span{"  ", plain}, span{c.Mark, st})
		}
		t.writeLine(l)
		t.w.WriteByte('\n')
	}
}

// truncate cuts s to width display columns, ending in "…" when cut.
func truncate(s string, width int) string {
	if uniseg.StringWidth(s) <= width {
		return s
	}
	var b strings.Builder
	w := 0
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		cw := uniseg.StringWidth(g.Str())
		if w+cw > width-1 {
			break
		}
		b.WriteString(g.Str())
		w += cw
	}
	return b.String() + "…"
}
