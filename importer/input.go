package importer

import (
	"bytes"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/peacediff/peacediff/proposals"
)

// Format is the kind of text given to [Import].
type Format string

// The formats of input. The zero value, FormatAuto, tells them apart by
// the file name's extension and then by the content.
const (
	FormatAuto     Format = ""
	FormatText     Format = "text"     // plain text, a PDF turned to text included
	FormatMarkdown Format = "markdown" // Markdown: bold and ~~struck~~ runs are a mark-up
	FormatHTML     Format = "html"     // HTML: bold, <ins>, <del> and struck runs are a mark-up
)

// Formats lists the formats an input can be given in.
func Formats() []string { return []string{"text", "markdown", "html"} }

// line is one line of the input with its mark-up read.
type line struct {
	num     int  // line in the input, from 1
	indent  int  // columns of indentation; for HTML, four per list level
	text    rich // the line's text without mark-up, trimmed; empty for a blank line
	heading bool // a heading: Markdown's #, HTML's h1 to h6
}

// checkText returns the input as text with line ends normalised, or an
// error with the position of what makes it unusable: nothing but space,
// UTF-16, invalid UTF-8, NUL or other control bytes of a binary file.
func checkText(name string, data []byte) (string, error) {
	var errs proposals.ErrorList
	at := proposals.Pos{File: name, Line: 1, Col: 1}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		errs.Add(at, "empty input: expected the text of a proposal")
		return "", errs.Err()
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}) || bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		errs.Add(at, "input is UTF-16: expected UTF-8 text (convert it, e.g. with iconv -f UTF-16 -t UTF-8)")
		return "", errs.Err()
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			errs.Add(posAt(name, data, i), "invalid UTF-8: expected UTF-8 text (convert it first, e.g. with iconv -f CP1251 -t UTF-8)")
			return "", errs.Err()
		case r == 0:
			errs.Add(posAt(name, data, i), "NUL byte: a binary file? expected text")
			return "", errs.Err()
		case r < 0x20 && !strings.ContainsRune("\t\n\r\f\v", r), r == 0x7f:
			errs.Add(posAt(name, data, i), "control character U+%04X: a binary file? expected text", r)
			return "", errs.Err()
		}
		i += size
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	return strings.ReplaceAll(text, "\r", "\n"), nil
}

// posAt is the position of byte off of data.
func posAt(name string, data []byte, off int) proposals.Pos {
	line := 1 + bytes.Count(data[:off], []byte{'\n'})
	col := off - bytes.LastIndexByte(data[:off], '\n')
	return proposals.Pos{File: name, Line: line, Col: col}
}

// detect tells the format of a text from its file name, then its content.
func detect(name, text string) Format {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".md", ".markdown":
		return FormatMarkdown
	case ".txt", ".text":
		return FormatText
	}
	head := strings.ToLower(strings.TrimSpace(text[:min(len(text), 4096)]))
	for _, tag := range []string{"<!doctype html", "<html", "<body", "<p>", "<p ", "<ol", "<ul", "<li>", "<div", "<h1", "<h2", "<table"} {
		if strings.HasPrefix(head, tag) || strings.Contains(head, "\n"+tag) {
			return FormatHTML
		}
	}
	for _, l := range strings.Split(text[:min(len(text), 65536)], "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "# ") || strings.HasPrefix(l, "## ") || strings.HasPrefix(l, "### ") ||
			strings.Contains(l, "**") || strings.Contains(l, "~~") || strings.Contains(l, "](") {
			return FormatMarkdown
		}
	}
	return FormatText
}

// textLines reads plain text: each line as it stands, no mark-up. A line
// of nothing but a page number, as a PDF turned to text has, is dropped.
func textLines(text string) []line {
	src := strings.Split(text, "\n")
	lines := make([]line, 0, len(src))
	for i, l := range src {
		l = strings.ReplaceAll(l, "\f", "")
		if isPageNumber(l) {
			l = ""
		}
		lines = append(lines, line{num: i + 1, indent: indentOf(l), text: rich{{l, plain}}.trim()})
	}
	return lines
}

// indentOf counts the columns of a line's indentation, a tab as four.
func indentOf(l string) int {
	n := 0
	for _, c := range l {
		switch {
		case c == '\t':
			n += 4
		case isSpace(c):
			n++
		default:
			return n
		}
	}
	return n
}

// isPageNumber reports a line of nothing but a number, maybe between
// dashes or after "Page": the page numbers of a PDF turned to text.
func isPageNumber(l string) bool {
	l = strings.TrimSpace(l)
	l = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(l, "Page "), "page "))
	l = strings.Trim(l, "-–— ")
	if l == "" || len(l) > 4 {
		return false
	}
	for _, c := range l {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
