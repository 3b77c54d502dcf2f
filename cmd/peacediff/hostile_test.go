package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// validDoc is a small valid proposal that the hostile cases break.
const validDoc = `id: hostile
title: Test
short: T
proposers: [US]
date: 2030-01-15
status: reported
point_count: 1
summary: A test.
sources:
  - id: src
    publisher: Agency
    url: https://example.org/a
    kind: agency
provisions:
  - point: "1"
    topic: armed-forces-size
    text: Forces are capped.
    sources: [src]
    confidence: single-source
`

func replace(old, new string) []byte { return []byte(strings.Replace(validDoc, old, new, 1)) }

func billionLaughs() []byte {
	var b strings.Builder
	b.WriteString("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n")
	prev := "a"
	for _, n := range []string{"b", "c", "d", "e", "f", "g", "h", "i"} {
		b.WriteString(n + ": &" + n + " [")
		for i := range 9 {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString("*" + prev)
		}
		b.WriteString("]\n")
		prev = n
	}
	return []byte(strings.Replace(validDoc, "title: Test", b.String()+"title: *i", 1))
}

// hostileCases are inputs that must be refused with exit status 2, a
// message (with file:line:col where a position exists), no panic and no
// output file.
func hostileCases() []struct {
	name string
	data []byte
	want string // a regexp the messages must match
} {
	big := bytes.Repeat([]byte("# padding\n"), 10<<20)
	deep := strings.Repeat("[", 100000) + strings.Repeat("]", 100000)
	return []struct {
		name string
		data []byte
		want string
	}{
		{"alias bomb", billionLaughs(), `hostile\.yaml:11:8: title: expected a string, found a list`},
		{"file of 100 MiB", big, `hostile\.yaml: file larger than the limit of 10485760 bytes`},
		{"invalid UTF-8", replace("Test", "T\xffst"), `hostile\.yaml:2:9: invalid UTF-8`},
		{"UTF-16 byte-order mark", append([]byte{0xFF, 0xFE}, []byte("i\x00d\x00")...), `hostile\.yaml:1:1: file is UTF-16: expected UTF-8`},
		{"NUL byte", replace("Test", "Te\x00st"), `hostile\.yaml:2:10: NUL byte`},
		{"duplicate keys", replace("short: T", "short: T\nshort: U"), `hostile\.yaml:4:1: duplicate field "short"`},
		{"two documents", append([]byte(validDoc), []byte("---\nid: second\n")...), `hostile\.yaml:\d+:1: a second YAML document`},
		{"tabs for indentation", replace("  - id: src", "\t- id: src"), `hostile\.yaml:10:1: YAML syntax: .*indent with spaces, not tabs`},
		{"empty file", nil, `hostile\.yaml:1:1: empty file`},
		{"only comments", []byte("# nothing\n# here\n"), `hostile\.yaml:1:1: no document`},
		{"only spaces", []byte("   \n\n  \n"), `hostile\.yaml:1:1: empty file`},
		{"a list at the top", []byte("- a\n- b\n"), `hostile\.yaml:1:1: the document: expected a mapping, found a list`},
		{"a scalar at the top", []byte("hello\n"), `hostile\.yaml:1:1: the document: expected a mapping`},
		{"wrong type: id", replace("id: hostile", "id: [hostile]"), `hostile\.yaml:1:5: id: expected a string, found a list`},
		{"wrong type: sources", replace("sources:\n  - id: src\n    publisher: Agency\n    url: https://example.org/a\n    kind: agency", "sources: 3"), `hostile\.yaml:9:10: sources: expected a list, found number 3`},
		{"wrong type: provision", replace("  - point: \"1\"", "  - 7\n  - point: \"1\""), `hostile\.yaml:15:5: provisions\[0\]: expected a mapping, found number 7`},
		{"wrong type: point_count", replace("point_count: 1", "point_count: one"), `hostile\.yaml:7:14: point_count: expected an integer`},
		{"wrong type: confidence", replace("confidence: single-source", "confidence: {a: b}"), `hostile\.yaml:19:17: provisions\[0\]\.confidence: expected a string, found a mapping`},
		{"wrong type: term", replace("provisions:", "military: [1, 2]\nprovisions:"), `hostile\.yaml:14:11: military: expected a mapping, found a list`},
		{"wrong type: cap", replace("provisions:", "military:\n  caps:\n    - party: UA\n      personnel: true\n      applies: always\n      points: [\"1\"]\nprovisions:"), `personnel: expected an integer, found boolean true`},
		{"huge number", replace("point_count: 1", "point_count: 99999999999999999999999"), `hostile\.yaml:7:14: point_count: integer 99999999999999999999999 out of range`},
		{"negative number", replace("point_count: 1", "point_count: -1"), `hostile\.yaml:7:14: point_count: expected a number of points, found -1`},
		{"negative cap", replace("provisions:", "military:\n  caps:\n    - party: UA\n      personnel: -600000\n      applies: always\n      points: [\"1\"]\nprovisions:"), `personnel: expected a positive number, found -600000`},
		{"float cap", replace("provisions:", "military:\n  caps:\n    - party: UA\n      personnel: 6.5e5\n      applies: always\n      points: [\"1\"]\nprovisions:"), `personnel: expected an integer, found number 6.5e5`},
		{"impossible date", replace("date: 2030-01-15", "date: 2030-02-30"), `hostile\.yaml:5:7: date "2030-02-30": expected a real date`},
		{"date in words", replace("date: 2030-01-15", "date: yesterday"), `hostile\.yaml:5:7: date "yesterday"`},
		{"year 99999", replace("date: 2030-01-15", "date: 99999-01-01"), `hostile\.yaml:5:7: date "99999-01-01"`},
		{"javascript URL", replace("url: https://example.org/a", "url: javascript:alert(1)"), `hostile\.yaml:12:10: sources\[0\]: url "javascript:alert\(1\)": expected an http or https URL`},
		{"data URL", replace("url: https://example.org/a", "url: \"data:text/html;base64,PHNjcmlwdD4=\""), `hostile\.yaml:12:10: .*expected an http or https URL`},
		{"vbscript URL", replace("url: https://example.org/a", "url: vbscript:msgbox"), `expected an http or https URL`},
		{"file URL", replace("url: https://example.org/a", "url: file:///etc/passwd"), `expected an http or https URL`},
		{"URL with quotes", replace("url: https://example.org/a", "url: 'https://example.org/\"><script>alert(1)</script>'"), `contains spaces, quotes or angle brackets`},
		{"URL without host", replace("url: https://example.org/a", "url: https:///path"), `no host`},
		{"id with ../", replace("id: hostile", "id: ../../etc/passwd"), `hostile\.yaml:1:5: id "\.\./\.\./etc/passwd": expected a lowercase slug`},
		{"id with /", replace("id: hostile", "id: a/b"), `hostile\.yaml:1:5: id "a/b": expected a lowercase slug`},
		{"point label with /", replace(`point: "1"`, `point: "../1"`), `expected a label of letters and digits`},
		{"source id with <", replace("  - id: src", "  - id: <src>"), `hostile\.yaml:10:9: sources\[0\]: id "<src>": expected a lowercase slug`},
		{"deep nesting", []byte("id: " + deep + "\n"), `hostile\.yaml: YAML syntax: exceeded max depth of 10000`},
		{"unknown field", replace("short: T", "shrot: T"), `unknown field "shrot" in the document; did you mean "short"\?`},
		{"a key that is a list", replace("short: T", "[a]: T"), `hostile\.yaml:3:1: the document: expected a field name, found a list`},
		{"anchor on a field", replace("short: T", "short: &x T\nsummary2: *x"), `unknown field "summary2"`},
		{"invalid escape", replace("short: T", `short: "\q"`), `hostile\.yaml:3:\d*:? ?YAML syntax`},
		{"unclosed quote", replace("short: T", `short: "T`), `YAML syntax`},
		{"control characters", replace("short: T", "short: \"T\x07\""), `YAML syntax|control`},
		{"byte-order mark of UTF-8 then garbage", append([]byte{0xEF, 0xBB, 0xBF}, 0xC3, 0x28), `invalid UTF-8`},
	}
}

// TestHostile runs each hostile input through the real command line: exit
// status 2, the expected message, and no output file written.
func TestHostile(t *testing.T) {
	dir := t.TempDir()
	cases := hostileCases()
	if len(cases) < 40 {
		t.Fatalf("%d hostile cases, want at least 40", len(cases))
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := filepath.Join(dir, "hostile.yaml")
			if err := os.WriteFile(in, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "out.html")
			for _, args := range [][]string{
				{"validate", "hostile.yaml"},
				{"compare", "hostile.yaml", "us-28-point-2025-11", "--format", "html", "-o", out},
				{"show", "hostile.yaml", "-o", out},
			} {
				ios, stdout, stderr := Test("")
				wd, _ := os.Getwd()
				os.Chdir(dir)
				code := run(args, ios)
				os.Chdir(wd)
				if code != exitTrouble {
					t.Errorf("%v: exit %d, want 2; stderr:\n%s", args, code, stderr)
				}
				if ok, _ := regexp.MatchString(tc.want, stderr.String()); !ok {
					t.Errorf("%v: stderr does not match %q:\n%s", args, tc.want, truncate(stderr.String()))
				}
				if args[0] == "validate" && stdout.Len() > 0 {
					t.Errorf("%v: output on stdout: %s", args, truncate(stdout.String()))
				}
				if _, err := os.Stat(out); err == nil {
					t.Errorf("%v: wrote %s", args, out)
					os.Remove(out)
				}
			}
		})
	}
}

func truncate(s string) string {
	if len(s) > 600 {
		return s[:600] + "..."
	}
	return s
}
