package render

import (
	"strings"

	"github.com/peacediff/peacediff/internal/termsafe"
	"github.com/rivo/uniseg"
)

// style is how a span of text is shown: plainly, or marked as inserted,
// deleted, emphasised or faint. Without colour, inserted and deleted text
// is bracketed so that it reads in any terminal.
type style int

const (
	plain style = iota
	inserted
	deleted
	bold
	faint
)

// span is a run of text in one style.
type span struct {
	text  string
	style style
}

// line is a line of spans.
type line []span

// width returns the display width of a line as it will be printed.
func (l line) width(color bool) int {
	n := 0
	for _, s := range l {
		n += uniseg.StringWidth(s.text)
		if !color {
			n += len(bracketOpen(s.style)) + len(bracketClose(s.style))
		}
	}
	return n
}

func bracketOpen(s style) string {
	switch s {
	case inserted:
		return "{+"
	case deleted:
		return "[-"
	}
	return ""
}

func bracketClose(s style) string {
	switch s {
	case inserted:
		return "+}"
	case deleted:
		return "-]"
	}
	return ""
}

// wrap breaks spans into lines no wider than width display columns,
// at spaces where it can and inside a word (after a comma, or between
// grapheme clusters) where a word is wider than a line; a URL is never
// broken, and stands alone on a line wider than width when it must. Wide characters (CJK, emoji) count
// two columns. Without colour the brackets of inserted and deleted text
// count too.
func wrap(spans []span, width int, color bool) []line {
	width = max(width, 4)
	var lines []line
	var cur line
	curW := 0
	flush := func() {
		// Trim trailing spaces.
		for len(cur) > 0 {
			last := &cur[len(cur)-1]
			t := strings.TrimRight(last.text, " ")
			if t != "" {
				last.text = t
				break
			}
			cur = cur[:len(cur)-1] // nothing left: no empty brackets either
		}
		lines = append(lines, cur)
		cur, curW = nil, 0
	}
	add := func(text string, st style) {
		if n := len(cur); n > 0 && cur[n-1].style == st {
			cur[n-1].text += text
			return
		}
		cur = append(cur, span{text, st})
	}
	for _, sp := range spans {
		brackets := 0
		if !color {
			brackets = len(bracketOpen(sp.style)) + len(bracketClose(sp.style))
		}
		// opening reports the width of the brackets a word adds when it
		// starts a new piece of its span on the current line.
		opening := func() int {
			if n := len(cur); n > 0 && cur[n-1].style == sp.style {
				return 0
			}
			return brackets
		}
		for _, word := range splitWords(sp.text) {
			if word == "\n" {
				flush()
				continue
			}
			if color {
				// Colour text reaches the terminal as it is: its control
				// characters are shown here, before the word is measured.
				word = termsafe.String(word)
			}
			w := uniseg.StringWidth(word)
			need := w + opening()
			if word == " " {
				if curW == 0 {
					continue
				}
				if curW+1 > width {
					flush()
					continue
				}
			} else if curW+need > width && curW > 0 {
				flush()
				need = w + opening()
			}
			if isURL(word) && curW+need > width {
				// A URL is never broken: it gets a line of its own, wider
				// than the width when it must be.
				add(word, sp.style)
				curW += need
				continue
			}
			for curW+need > width && w > 0 {
				// The word alone is too wide: cut it by graphemes.
				head, rest := cutWord(word, width-curW-(need-w))
				if head == "" {
					break
				}
				add(head, sp.style)
				flush()
				word, w = rest, uniseg.StringWidth(rest)
				need = w + opening()
			}
			add(word, sp.style)
			curW += need
		}
	}
	if len(cur) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// splitWords splits text into words, single spaces and newlines.
func splitWords(text string) []string {
	var out []string
	start := 0
	for i, r := range text {
		if r == ' ' || r == '\n' || r == '\t' {
			if i > start {
				out = append(out, text[start:i])
			}
			if r == '\n' {
				out = append(out, "\n")
			} else {
				out = append(out, " ")
			}
			start = i + 1
		}
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	return out
}

// isURL reports whether a word is a web address, which wrap never breaks.
func isURL(word string) bool {
	return strings.HasPrefix(word, "https://") || strings.HasPrefix(word, "http://")
}

// cutWord cuts a word too wide for a line: after its last comma that
// fits, so that a list of numbers breaks between numbers, or else where
// cutWidth cuts it.
func cutWord(s string, w int) (head, rest string) {
	head, rest = cutWidth(s, w)
	if i := strings.LastIndexByte(head, ','); i > 0 && rest != "" {
		return s[:i+1], s[i+1:]
	}
	return head, rest
}

// cutWidth returns the longest prefix of s no wider than w columns (at
// least one grapheme when w > 0) and the rest.
func cutWidth(s string, w int) (head, rest string) {
	if w <= 0 {
		return "", s
	}
	g := uniseg.NewGraphemes(s)
	n, end := 0, 0
	for g.Next() {
		gw := g.Width()
		if n+gw > w && end > 0 {
			break
		}
		n += gw
		_, end = g.Positions()
	}
	return s[:end], s[end:]
}

// pad returns spaces to fill a line of width w to n columns.
func pad(w, n int) string {
	if w >= n {
		return ""
	}
	return strings.Repeat(" ", n-w)
}
