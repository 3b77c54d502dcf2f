package termsafe

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestString(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "minsk-ii-2015-02.yaml", "minsk-ii-2015-02.yaml"},
		{"non-ASCII letters", "Київ, Донецьк — 600 000", "Київ, Донецьк — 600 000"},
		{"title setting", "\x1b]0;pwned\a", `\x1b]0;pwned\x07`},
		{"OSC 8 hyperlink", "\x1b]8;;https://evil.example/\x1b\\https://gov.ua\x1b]8;;\x1b\\", `\x1b]8;;https://evil.example/\x1b\https://gov.ua\x1b]8;;\x1b\`},
		{"cursor up and erase", "ok\x1b[1A\x1b[2K", `ok\x1b[1A\x1b[2K`},
		{"device status query", "\x1b[6n", `\x1b[6n`},
		{"DCS query", "\x1bP+q544e\x1b\\", `\x1bP+q544e\x1b\`},
		{"carriage return", "safe\rfake", `safe\rfake`},
		{"tab and newline", "a\tb\nc", `a\tb\nc`},
		{"NUL and DEL", "a\x00b\x7f", `a\x00b\x7f`},
		{"C1 CSI", "a\u009b6n", `a\u009b6n`},
		{"C1 OSC and ST", "\u009d0;x\u009c", `\u009d0;x\u009c`},
		{"next line", "a\u0085b", `a\u0085b`},
		{"bidi override", "abc\u202eevil\u202c", `abc\u202eevil\u202c`},
		{"bidi isolates", "\u2066\u2067\u2068\u2069", `\u2066\u2067\u2068\u2069`},
		{"bidi marks", "\u200e\u200f\u061c", `\u200e\u200f\u061c`},
		{"invalid UTF-8", "a\xffb\xc3", `a\xffb\xc3`},
		{"8-bit CSI byte", "\x9b6n", `\x9b6n`},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := String(tc.in); got != tc.want {
				t.Errorf("String(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"keeps lines and tabs", "a\tb\nc\n", "a\tb\nc\n"},
		{"escapes the rest", "a\r\x1b[2Jb\u202e\n", "a\\r\\x1b[2Jb\\u202e\n"},
		{"CRLF", "a\r\nb", "a\\r\nb"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Text(tc.in); got != tc.want {
				t.Errorf("Text(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestSafe checks the promise on every byte and on the runes that need it:
// the result is valid UTF-8 with no control character but those kept, and
// escaping again changes nothing.
func TestSafe(t *testing.T) {
	var in strings.Builder
	for b := range 256 {
		in.WriteByte(byte(b))
	}
	for r := rune(0); r < 0x3000; r++ {
		in.WriteRune(r)
	}
	s := in.String()
	for name, f := range map[string]func(string) string{"String": String, "Text": Text} {
		out := f(s)
		if !utf8.ValidString(out) {
			t.Errorf("%s: result is not valid UTF-8", name)
		}
		for _, r := range out {
			if mustEscape(r) && !(name == "Text" && (r == '\n' || r == '\t')) {
				t.Errorf("%s: %U left in the result", name, r)
			}
		}
		if again := f(out); again != out {
			t.Errorf("%s is not idempotent", name)
		}
	}
}

func TestWriter(t *testing.T) {
	in := "a\x1b]0;t\a\n\u202eКиїв\xff\n"
	// Write one byte at a time: runes split across writes come out whole.
	var buf bytes.Buffer
	w := NewWriter(&buf)
	for i := range len(in) {
		if _, err := w.Write([]byte{in[i]}); err != nil {
			t.Fatal(err)
		}
	}
	w.Write([]byte{0xd0}) // half a rune at the end
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), Text(in)+`\xd0`; got != want {
		t.Errorf("Writer wrote %q, want %q", got, want)
	}
}

func TestWriterReportsInput(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf)
	n, err := w.Write([]byte("\x1bab\xd0"))
	if n != 4 || err != nil {
		t.Errorf("Write = %d, %v; want 4, nil", n, err)
	}
}

func BenchmarkString(b *testing.B) {
	clean := strings.Repeat("Forces are capped at 600,000 personnel. ", 100)
	dirty := strings.Repeat("Forces \x1b[2J are capped\u202e. ", 100)
	b.Run("clean", func(b *testing.B) {
		for b.Loop() {
			String(clean)
		}
	})
	b.Run("dirty", func(b *testing.B) {
		for b.Loop() {
			String(dirty)
		}
	})
}
