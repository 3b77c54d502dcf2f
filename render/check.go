package render

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/redlines"
	"github.com/rivo/uniseg"
)

// This file lays out the red-line check for a terminal and as JSON, and
// decides the words every format shows for a verdict; check_markdown.go and
// check_html.go lay out the other formats, spectrum.go the spectrum.

// verdictMark is the one-character mark of a verdict, which reads without
// colour.
func verdictMark(v redlines.Verdict) string {
	switch v {
	case redlines.Crossed:
		return "✗"
	case redlines.Holds:
		return "✓"
	}
	return "·"
}

// checkLegend explains the marks.
const checkLegend = "✗ crossed  ✓ holds  · not addressed"

// checkCounts sums up a report in one sentence.
func checkCounts(r *redlines.Report) string {
	s := r.Summary
	return fmt.Sprintf("%s against %s: %d crossed, %d hold, %d not addressed.",
		plural(s.Proposals, "text"), plural(s.Lines, "red line"), s.Crossed, s.Holds, s.NotAddressed)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// lineHeading names a line: "UA · No recognition of occupied land".
func lineHeading(l *redlines.LineCheck) string { return l.Party + " · " + l.Title }

// witnessWords describes a term that crosses a line: "Autonomous Republic
// of Crimea (UA-43): Russian de facto, recognised by US (21.a)".
func witnessWords(w redlines.Witness) string {
	s := w.Label
	if w.Name != "" {
		s = w.Name + ": " + s
	}
	if w.Detail != "" {
		s += ", " + w.Detail
	}
	if len(w.Points) > 0 {
		s += " (" + strings.Join(w.Points, ", ") + ")"
	}
	return s
}

// crossingWords is what a crossed cell says: each crossing term.
func crossingWords(c redlines.Cell) string {
	parts := make([]string, len(c.Crossing))
	for i, w := range c.Crossing {
		parts[i] = witnessWords(w)
	}
	return strings.Join(parts, "; ")
}

// lineSourceWords describes a line's source as sourceWords does a
// proposal's.
func lineSourceWords(s redlines.Source) string {
	return sourceWords(compare.Source{Publisher: s.Publisher, Relays: s.Relays, URL: s.URL, Date: s.Date, Kind: s.Kind})
}

// lineNotes numbers the sources of a report's lines, each URL once, in
// the order the lines cite them.
type lineNotes struct {
	num   map[string]int
	order []redlines.Source
}

func newLineNotes(r *redlines.Report) *lineNotes {
	n := &lineNotes{num: map[string]int{}}
	for _, l := range r.Lines {
		for _, s := range l.Sources {
			if _, ok := n.num[s.URL]; !ok {
				n.order = append(n.order, s)
				n.num[s.URL] = len(n.order)
			}
		}
	}
	return n
}

// refs returns the numbers of a line's sources.
func (n *lineNotes) refs(l *redlines.LineCheck) []string {
	out := make([]string, len(l.Sources))
	for i, s := range l.Sources {
		out[i] = strconv.Itoa(n.num[s.URL])
	}
	return out
}

// CheckJSON writes the check as indented JSON, versioned by
// [redlines.SchemaVersion].
func CheckJSON(w io.Writer, r *redlines.Report) error { return writeJSON(w, r) }

// CheckText writes the check for a terminal: the lines numbered, the
// matrix of texts against lines marked ✗ ✓ ·, then each line with its
// statement, the texts that cross it and the points and terms that do, and
// the sources; the spectrum follows when the report has one. The layout
// fits opts.Width; colour only with opts.Color.
func CheckText(w io.Writer, r *redlines.Report, opts Options) error {
	t := &textWriter{w: bufio.NewWriter(w), opts: opts, width: opts.width()}
	t.println(checkCounts(r))
	t.w.WriteByte('\n')
	t.writeLine(line{{"RED LINES", bold}})
	t.w.WriteByte('\n')
	for i, l := range r.Lines {
		t.hanging(fmt.Sprintf("%3d  ", i+1), fmt.Sprintf("%-6s %s  %s", l.Party, l.Date, l.Title))
	}
	t.w.WriteByte('\n')
	checkMatrix(t, r)
	t.println(checkLegend)
	t.w.WriteByte('\n')
	notes := newLineNotes(r)
	for i, l := range r.Lines {
		t.writeLine(line{{fmt.Sprintf("%d. %s", i+1, lineHeading(l)), bold}, {"  " + l.ID, faint}})
		t.w.WriteByte('\n')
		t.hanging("   ", fmt.Sprintf("%s, %s: %s [%s]%s", l.PartyName, l.Date, l.Statement, strings.Join(notes.refs(l), ","), confidenceMark(l.Confidence)))
		if l.Crossed == 0 {
			t.hanging("   ", "Crossed by none of these texts.")
		}
		for k, c := range l.Cells {
			if c.Verdict == redlines.Crossed {
				t.hanging("   ✗ ", r.Proposals[k].Short+": "+crossingWords(c))
			}
		}
		t.w.WriteByte('\n')
	}
	t.writeLine(line{{"SOURCES", bold}})
	t.w.WriteByte('\n')
	for i, s := range notes.order {
		t.hanging(fmt.Sprintf("[%d] ", i+1), lineSourceWords(s))
	}
	if r.Spectrum != nil {
		t.w.WriteByte('\n')
		spectrumText(t, r.Spectrum)
	}
	return t.w.Flush()
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
func checkMatrix(t *textWriter, r *redlines.Report) {
	const colW = 3
	nameW := 4
	for _, p := range r.Proposals {
		nameW = max(nameW, uniseg.StringWidth(p.Short))
	}
	nameW = max(min(nameW, t.width-colW*len(r.Lines)-1), 8)
	var head strings.Builder
	head.WriteString(strings.Repeat(" ", nameW))
	for i := range r.Lines {
		head.WriteString(fmt.Sprintf("%*d", colW, i+1))
	}
	t.writeLine(line{{head.String(), bold}})
	t.w.WriteByte('\n')
	for k, p := range r.Proposals {
		name := truncate(p.Short, nameW)
		l := line{{name + pad(uniseg.StringWidth(name), nameW), plain}}
		for _, ln := range r.Lines {
			v := ln.Cells[k].Verdict
			st := plain
			switch v {
			case redlines.Crossed:
				st = bold
			case redlines.Holds:
				if t.opts.Color {
					st = inserted // green; without colour it would be bracketed
				}
			case redlines.NotAddressed:
				st = faint
			}
			l = append(l, span{"  ", plain}, span{verdictMark(v), st})
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
