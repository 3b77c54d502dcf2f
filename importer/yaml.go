package importer

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/peacediff/peacediff/proposals"
)

// writer builds a YAML document line by line. Values are written quoted
// and [proposals.Format] then gives the file its canonical layout,
// keeping the comments.
type writer struct {
	b strings.Builder
}

// comment writes text as comment lines at indent, wrapped at the width
// of the format.
func (w *writer) comment(indent int, text string) {
	text = collapse(text)
	if text == "" {
		return
	}
	for _, l := range proposals.WrapText(strings.Repeat(" ", indent)+"# ", text, proposals.FormatWidth) {
		w.b.WriteString(strings.TrimRight(l, " ") + "\n")
	}
}

// review writes a "# review:" comment: what the import inferred.
func (w *writer) review(indent int, format string, args ...any) {
	w.comment(indent, "review: "+fmt.Sprintf(format, args...))
}

// key writes "key: value", the value already written as YAML, or "key:"
// to open a mapping or a list when value is "".
func (w *writer) key(indent int, key, value string) {
	w.b.WriteString(strings.Repeat(" ", indent) + key + ":")
	if value != "" {
		w.b.WriteString(" " + value)
	}
	w.b.WriteByte('\n')
}

// item writes the first key of a list item: "- key: value".
func (w *writer) item(indent int, key, value string) {
	w.key(indent, "- "+key, value)
}

// quote writes s as a double-quoted YAML string: backslash, quote, and
// every character YAML would read as a line break or cannot print
// escaped.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, c := range s {
		switch {
		case c == '\\' || c == '"':
			b.WriteByte('\\')
			b.WriteRune(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		case c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff || !unicode.IsPrint(c) && c != ' ' && c != '\u00a0':
			if c > 0xffff {
				fmt.Fprintf(&b, `\U%08x`, c)
			} else {
				fmt.Fprintf(&b, `\u%04x`, c)
			}
		default:
			b.WriteRune(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// list writes strings as a flow list of quoted values.
func list(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = quote(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

func itoa(n int) string { return strconv.Itoa(n) }

// todo writes a to-do value: what is left to do.
func todo(what string) string { return quote(proposals.TodoPrefix + " " + what) }
