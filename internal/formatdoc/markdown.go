package formatdoc

import (
	"fmt"
	"strings"
	"unicode"
)

// doc accumulates the Markdown of the document line by line.
type doc struct{ b strings.Builder }

// line writes one line; with args, format is a fmt format.
func (d *doc) line(format string, args ...any) {
	if len(args) > 0 {
		format = fmt.Sprintf(format, args...)
	}
	d.b.WriteString(format)
	d.b.WriteByte('\n')
}

// heading writes a heading of level n and the blank line after it.
func (d *doc) heading(n int, title string) {
	d.line("%s %s", strings.Repeat("#", n), title)
	d.line("")
}

// table writes a table with its header and a blank line after it; every
// cell is already Markdown and is made safe for a cell by [cell].
func (d *doc) table(header []string, rows [][]string) {
	d.row(header)
	sep := make([]string, len(header))
	for i := range sep {
		sep[i] = "---"
	}
	d.row(sep)
	for _, r := range rows {
		d.row(r)
	}
	d.line("")
}

// row writes one line of a table.
func (d *doc) row(cells []string) {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = cell(c)
	}
	d.line("| %s |", strings.Join(out, " | "))
}

// cell makes Markdown fit in one table cell: its pipes escaped (GitHub
// reads \| as a pipe in a cell, code spans included) and its line breaks
// made spaces.
func cell(md string) string {
	md = strings.ReplaceAll(md, "|", `\|`)
	return strings.Join(strings.Fields(md), " ")
}

// text escapes s, plain text, for Markdown: characters that would start
// emphasis, a link, code, HTML or an entity are backslash-escaped.
func text(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>&~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// code returns s as a code span, with as many backticks around it as it
// needs (a span cannot escape a backtick inside it).
func code(s string) string {
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}

// codes joins the code spans of values with commas.
func codes(values []string) string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = code(v)
	}
	return strings.Join(out, ", ")
}

// link is a link to the heading whose text is title, by the anchor GitHub
// gives it.
func link(label, title string) string { return "[" + label + "](#" + anchor(title) + ")" }

// anchor is the id GitHub gives a heading: its text lowercased, spaces as
// hyphens, punctuation but hyphens and underscores left out.
func anchor(title string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(title) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}
