package proposals

import (
	"bytes"
	"strings"
	"testing"
)

// TestFormatRoundTrip: files that fmt dropped a comment of, refused, or
// changed for other YAML readers: each is formatted, keeps every comment
// and every value, keeps its line endings and byte-order mark, and
// formatting again changes nothing.
func TestFormatRoundTrip(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		contains []string // in the output
		absent   []string // not in the output
	}{
		{"comment on the document end marker", "id: x # c\n... # after the document\n", []string{"# c", "# after the document"}, nil},
		{"comment after the document end marker", "id: x\n...\n# after the end\n", []string{"# after the end"}, nil},
		{"comment inside an empty list", "id: x\nlist: [\n  # nothing yet\n]\n", []string{"# nothing yet"}, nil},
		{"comment inside an empty mapping", "id: x\nmap: { # nothing yet\n}\n", []string{"# nothing yet"}, nil},
		{"comment above an empty list item", "id: x\nlist:\n# c\n-\n  # d\n-\n", []string{"# c", "# d"}, nil},
		{"comment after an empty mapping", "id: x\nmap: {} # none\nlist: [] # none either\n", []string{"map: {} # none\n", "list: [] # none either\n"}, nil},
		{"comment on a key whose list goes on one line", "id: x\nproposers: # who\n  - US\n", []string{"# who"}, nil},
		{"comment above a ? key's value", "id: x\n? key\n# before the value\n: value # on the value\n", []string{"# before the value", "# on the value"}, nil},
		{"comment on a ? key", "id: x\n? # on the key\n  key\n: value\n", []string{"# on the key"}, nil},
		{"comment on an empty ? key", "id: x\n? # on the key\n: value\n", []string{"# on the key"}, nil},
		{"comment between empty ? keys", "id: x\n?\n# between\n?\n", []string{"# between"}, nil},
		{"comment ending like a folded block", "# note: >-\nid: x\ntitle: " + strings.Repeat("word ", 30) + "end\n", []string{"# note: >-"}, nil},
		{"line comment ending like a folded block", "id: x\nsources: # kinds: >-\n  - id: src\n    publisher: " + strings.Repeat("word ", 20) + "end\n", []string{"# kinds: >-"}, nil},
		{"a string starting with a line break", "id: x\nsummary: \"\\nstarts on the second line\"\n", nil, nil},
		{"a string starting with spaces and a break", "id: x\nsummary: \"  \\n  indented\\n\"\n", nil, nil},
		{"not a number", "id: x\nv: .nan\nw: [.NaN, -.inf]\n", nil, nil},
		{"sexagesimal for YAML 1.1", "id: x\nt: \"1:20\"\nu: \"-190:20:30.15\"\n", []string{`"1:20"`, `"-190:20:30.15"`}, nil},
		{"booleans for YAML 1.1", "id: x\na: 'yes'\nb: \"No\"\nc: \"on\"\nd: \"OFF\"\ne: \"y\"\nf: \"n\"\n\"on\": key\n", []string{`"yes"`, `"No"`, `"on"`, `"OFF"`, `"y"`, `"n"`, `"on": key`}, nil},
		{"integers YAML 1.2 reads otherwise", "id: x\na: 0777\nb: 0b101\nc: 1_000\nd: 0x1F\ne: +12\n", []string{"a: 0777\n", "b: 0b101\n", "c: 1_000\n", "d: 31\n", "e: 12\n"}, nil},
		{"merge and value keys for YAML 1.1", "id: x\na: \"=\"\nb: \"<<\"\n", []string{`"="`, `"<<"`}, nil},
		{"floats for YAML 1.1", "id: x\na: \"._5\"\nb: \"1_0.5\"\nc: \"1_0.\"\n", []string{`a: "._5"`, `b: "1_0.5"`, `c: "1_0."`}, nil},
		{"timestamps for YAML 1.1", "id: x\na: \"2001-12-14 21:59:43.10 -5\"\n", []string{`"2001-12-14 21:59:43.10 -5"`}, nil},
		{"CRLF line endings", "id: x\r\ntitle: T # c\r\nprovisions:\r\n  - text: |\r\n      two\r\n      lines\r\n", []string{"id: x\r\n", "# c\r\n", "      two\r\n"}, []string{"x\n"}},
		{"lone CR line endings", "id: x\rtitle: T # c\r# d\r", []string{"id: x\r", "# c\r", "# d\r"}, []string{"\n"}},
		{"CRLF and a byte-order mark", "\xef\xbb\xbftitle: T\r\nid: x # c\r\n", []string{"\xef\xbb\xbfid: x # c\r\ntitle: T\r\n"}, []string{"T\n"}},
		{"byte-order mark", "\xef\xbb\xbfid: x\ntitle: T\n", []string{"\xef\xbb\xbfid: x\n"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := Format("f.yaml", []byte(tc.in))
			if err != nil {
				t.Fatalf("Format = %v", err)
			}
			for _, c := range commentsOf(tc.in) {
				if got, want := bytes.Count(out, []byte(c)), strings.Count(tc.in, c); got != want {
					t.Errorf("comment %q %d times, want %d:\n%s", c, got, want, out)
				}
			}
			for _, s := range tc.contains {
				if !bytes.Contains(out, []byte(s)) {
					t.Errorf("output lacks %q:\n%q", s, out)
				}
			}
			for _, s := range tc.absent {
				if bytes.Contains(out, []byte(s)) {
					t.Errorf("output has %q:\n%q", s, out)
				}
			}
			vc := newValueChecker("f.yaml", len(tc.in))
			plainIn, _ := plainText([]byte(tc.in))
			plainOut, _ := plainText(out)
			in, _ := parseDoc("f.yaml", plainIn)
			got, _ := parseDoc("f.yaml", plainOut)
			a, _ := vc.digest(in)
			b, _ := vc.digest(got)
			if a != b {
				t.Errorf("values changed:\n%s", out)
			}
			again, err := Format("f.yaml", out)
			if err != nil || !bytes.Equal(again, out) {
				t.Errorf("formatting again changes it (%v):\n%q\n%q", err, out, again)
			}
		})
	}
}

// commentsOf lists the comments of a test input: the text from " #" or a
// line's "#" to the end of the line (the inputs hold no "#" elsewhere).
func commentsOf(s string) []string {
	var out []string
	for _, l := range strings.Split(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n"), "\n") {
		if i := strings.Index(l, "#"); i >= 0 {
			out = append(out, l[i:])
		}
	}
	return out
}
