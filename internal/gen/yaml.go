package gen

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// The files are written by hand, in the layout of peacediff fmt: keys in
// the order of the format, two spaces of indentation, lists of plain values
// in brackets, text longer than 80 characters as a folded block wrapped at
// 88 columns, and a blank line before each part of the file. Writing by
// hand keeps the package free of the YAML library, which belongs to
// proposals, and costs little at 10,000 points.

const (
	foldAbove = 80 // longer text is written as a folded block
)

// mapping writes the keys of one YAML mapping.
type mapping struct {
	b      *bytes.Buffer
	indent int  // the column of the keys
	dash   bool // the mapping is a list item whose first key follows "- "
}

// prefix returns what goes before the next key.
func (m *mapping) prefix() string {
	if m.dash {
		m.dash = false
		return strings.Repeat(" ", m.indent-2) + "- "
	}
	return strings.Repeat(" ", m.indent)
}

// str writes a string value, if not empty: plain, quoted where YAML needs
// it, or folded when long.
func (m *mapping) str(key, value string) {
	if value == "" {
		return
	}
	p := m.prefix()
	if len(value) > foldAbove {
		m.b.WriteString(p + key + ": >-\n")
		for _, l := range proposals.WrapText(strings.Repeat(" ", m.indent+2), value, proposals.FormatWidth) {
			m.b.WriteString(l + "\n")
		}
		return
	}
	m.b.WriteString(p + key + ": " + scalar(value) + "\n")
}

// raw writes a value as it is: numbers, booleans and dates.
func (m *mapping) raw(key, value string) { m.b.WriteString(m.prefix() + key + ": " + value + "\n") }

// flow writes a list of plain values in brackets, if not empty.
func (m *mapping) flow(key string, items []string) {
	if len(items) == 0 {
		return
	}
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = scalar(s)
	}
	m.b.WriteString(m.prefix() + key + ": [" + strings.Join(q, ", ") + "]\n")
}

// sub opens a nested mapping under key.
func (m *mapping) sub(key string) *mapping {
	m.b.WriteString(m.prefix() + key + ":\n")
	return &mapping{b: m.b, indent: m.indent + 2}
}

// seq opens a list of mappings under key; item starts each entry.
func (m *mapping) seq(key string) *list {
	m.b.WriteString(m.prefix() + key + ":\n")
	return &list{b: m.b, indent: m.indent + 4}
}

// list is a list of mappings.
type list struct {
	b      *bytes.Buffer
	indent int
}

// item starts the next entry of the list.
func (l *list) item() *mapping { return &mapping{b: l.b, indent: l.indent, dash: true} }

// scalar returns s as a plain scalar, or double-quoted when YAML would read
// the plain form as another type or another text.
func scalar(s string) string {
	if needsQuotes(s) {
		return strconv.Quote(s)
	}
	return s
}

func needsQuotes(s string) bool {
	if s == "" || s != strings.TrimSpace(s) {
		return true
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return true
	}
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~":
		return true
	}
	if strings.ContainsAny(s[:1], "-?:,[]{}#&*!|>'\"%@`") {
		return true
	}
	return strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") ||
		strings.ContainsAny(s, "\"\\\t\n")
}
