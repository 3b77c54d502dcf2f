// Package termsafe makes text from files, paths and git safe to print on a
// terminal. A terminal obeys the control characters in what it prints: an
// escape sequence in a proposal's title can set the window title, make a
// link point elsewhere (OSC 8), move the cursor to overwrite a line already
// printed, or ask the terminal to type a reply into the shell (a device
// status query, a DCS request). Bidirectional overrides reorder what a
// reader sees.
//
// Every such character is shown visibly instead, in the notation of Go
// string literals, so that a reader sees that it is there:
//
//   - C0 controls and DEL as \xNN (ESC is \x1b, BEL \x07), but tab, line
//     feed and carriage return as \t, \n and \r;
//   - C1 controls (U+0080 to U+009F) as \uNNNN (CSI is \u009b);
//   - the bidirectional formatting characters (the embeddings, overrides
//     and isolates U+202A to U+202E and U+2066 to U+2069, and the marks
//     U+200E, U+200F and U+061C) as \uNNNN;
//   - each byte that is not part of valid UTF-8 as \xNN, so that a
//     terminal that reads bytes as Latin-1 never sees an 8-bit control.
//
// A backslash is left as it is: the result is for reading, not for
// decoding, and "\x1b" typed in a text reads the same as an escaped ESC.
// The result holds only printable characters (and, from [Text], tabs and
// line feeds), so escaping it again changes nothing.
package termsafe

import (
	"io"
	"strings"
	"unicode/utf8"
)

// String returns s safe to print on one line: every control character,
// tabs and line breaks included, is escaped. It is for values that must
// stay on their line: file names, ids, completion candidates (where a tab
// or a line break would start another field or candidate).
func String(s string) string { return escape(s, false) }

// Text returns s safe to print as text of several lines: line feeds and
// tabs are kept, every other control character (the carriage return too,
// which would let a line overwrite itself) is escaped.
func Text(s string) string { return escape(s, true) }

// mustEscape reports whether the rune r is escaped (tabs and line feeds by
// [String] only).
func mustEscape(r rune) bool {
	switch {
	case r < 0x20 || r == 0x7f:
		return true
	case r < 0x80:
		return false
	case r <= 0x9f:
		return true
	}
	switch r {
	case '\u061c', '\u200e', '\u200f',
		'\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
		'\u2066', '\u2067', '\u2068', '\u2069':
		return true
	}
	return false
}

// clean reports whether s needs no escaping, without allocating.
func clean(s string, keepLines bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if (c < 0x20 || c == 0x7f) && !(keepLines && (c == '\n' || c == '\t')) {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || mustEscape(r) {
			return false
		}
		i += size
	}
	return true
}

func escape(s string, keepLines bool) string {
	if clean(s, keepLines) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			hex(&b, `\x`, rune(s[i]), 2)
		case keepLines && (r == '\n' || r == '\t'):
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x80 && mustEscape(r):
			hex(&b, `\x`, r, 2)
		case mustEscape(r):
			hex(&b, `\u`, r, 4)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// hex writes prefix and r as n lowercase hexadecimal digits.
func hex(b *strings.Builder, prefix string, r rune, n int) {
	b.WriteString(prefix)
	for shift := 4 * (n - 1); shift >= 0; shift -= 4 {
		b.WriteByte("0123456789abcdef"[r>>shift&0xf])
	}
}

// Writer applies [Text] to a stream: what is written to it reaches the
// underlying writer with every control character but tabs and line feeds
// escaped. A rune split across two writes is escaped whole; call
// [Writer.Flush] at the end for what is left of an incomplete one.
type Writer struct {
	w    io.Writer
	tail []byte // the start of a rune that the next write may complete
}

// NewWriter returns a Writer that writes to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Write escapes p and writes it. It returns len(p) when the underlying
// writer took everything.
func (w *Writer) Write(p []byte) (int, error) {
	data := p
	if len(w.tail) > 0 {
		data = append(w.tail, p...)
		w.tail = nil
	}
	// Keep back an incomplete rune at the end.
	if cut := incompleteTail(data); cut < len(data) {
		w.tail = append([]byte(nil), data[cut:]...)
		data = data[:cut]
	}
	if _, err := io.WriteString(w.w, Text(string(data))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes what is left of an incomplete rune, escaped.
func (w *Writer) Flush() error {
	if len(w.tail) == 0 {
		return nil
	}
	_, err := io.WriteString(w.w, Text(string(w.tail)))
	w.tail = nil
	return err
}

// incompleteTail returns where an incomplete but possibly valid UTF-8
// sequence at the end of p starts, or len(p).
func incompleteTail(p []byte) int {
	for i := len(p) - 1; i >= 0 && i >= len(p)-utf8.UTFMax+1; i-- {
		c := p[i]
		if c < 0x80 {
			return len(p)
		}
		if utf8.RuneStart(c) {
			if !utf8.FullRune(p[i:]) {
				return i
			}
			return len(p)
		}
	}
	return len(p)
}
