package proposals

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// limitsHead is the start of a valid file; the cases add to it.
const limitsHead = `id: big
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
`

// emptyProvisions is a file of n provisions that each lack every field.
func emptyProvisions(n int) []byte {
	return []byte(limitsHead + "provisions:\n" + strings.Repeat("  - {}\n", n))
}

// TestErrorsCapped: a file with millions of problems lists the first
// MaxErrors and counts the rest, instead of building every message.
func TestErrorsCapped(t *testing.T) {
	cat := testCatalog(t)
	// Every empty provision has the same problems: count them on a few.
	_, err := ParseAndValidate("big.yaml", emptyProvisions(4), cat)
	var few ErrorList
	if !errors.As(err, &few) {
		t.Fatalf("ParseAndValidate = %v, want an ErrorList", err)
	}
	perPoint := (len(few) - 1) / 4 // one problem is the point count
	for _, n := range []int{10, 1000, 100000} {
		_, err := ParseAndValidate("big.yaml", emptyProvisions(n), cat)
		var list ErrorList
		if !errors.As(err, &list) {
			t.Fatalf("%d provisions: %v, want an ErrorList", n, err)
		}
		total := n*perPoint + 1
		if got := list.Count(); got != total {
			t.Errorf("%d provisions: Count() = %d, want %d", n, got, total)
		}
		if total <= MaxErrors {
			if len(list) != total {
				t.Errorf("%d provisions: %d entries, want all %d", n, len(list), total)
			}
			continue
		}
		if len(list) != MaxErrors+1 {
			t.Errorf("%d provisions: %d entries, want %d and a summary", n, len(list), MaxErrors)
		}
		last := list[len(list)-1]
		want := fmt.Sprintf("big.yaml: and %d more problems in this file (the first %d are listed)", total-MaxErrors, MaxErrors)
		if last.Error() != want {
			t.Errorf("%d provisions: last entry %q, want %q", n, last.Error(), want)
		}
		for _, e := range list[:MaxErrors] {
			if !e.Pos.IsValid() {
				t.Errorf("%d provisions: %q has no line", n, e.Error())
				break
			}
		}
	}
}

// TestErrorsCappedPerFile: problems of several files merged into one list
// are capped file by file, and the counts of capped lists add up.
func TestErrorsCappedPerFile(t *testing.T) {
	const n = 2*MaxErrors + 7
	var l ErrorList
	for _, name := range []string{"b.yaml", "a.yaml"} {
		// The problems of a file in two lists, each capped, as Parse and
		// Validate return them.
		for half := range 2 {
			var one ErrorList
			for i := range n {
				one.add(Pos{File: name, Line: 2*i + half + 1}, "problem %d", i)
			}
			l = append(l, one.Err().(ErrorList)...)
		}
	}
	got := l.Err().(ErrorList)
	if c := got.Count(); c != 2*2*n {
		t.Errorf("Count() = %d, want %d", c, 2*2*n)
	}
	if len(got) != 2*(MaxErrors+1) {
		t.Fatalf("%d entries, want %d", len(got), 2*(MaxErrors+1))
	}
	for _, i := range []int{MaxErrors, len(got) - 1} {
		if e := got[i]; e.more == 0 || e.Pos.Line != 0 {
			t.Errorf("entry %d = %v, want the summary of its file", i, e)
		}
	}
	if got[0].Pos.File != "a.yaml" || got[MaxErrors].Pos.File != "a.yaml" {
		t.Errorf("a.yaml's problems do not come first, its summary last")
	}
}

// TestErrorsCappedDraft: a draft with more to-dos than are listed is still
// a draft (OnlyTodos), its last entry counting to-dos; a mistake among the
// problems not listed makes it a file with mistakes.
func TestErrorsCappedDraft(t *testing.T) {
	const n = MaxErrors + 5
	for _, tc := range []struct {
		name    string
		mistake bool // the last problem is a mistake
		want    string
	}{
		{"only to-dos", false, "d.yaml: and 5 more to-dos in this file (the first 100 are listed)"},
		{"a mistake after them", true, "d.yaml: and 5 more problems in this file (the first 100 are listed)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var l ErrorList
			for i := range n {
				l = append(l, &Error{Pos: Pos{File: "d.yaml", Line: i + 1}, Msg: "to-do", Todo: !tc.mistake || i < n-1})
			}
			err := l.Err()
			if got := OnlyTodos(err); got == tc.mistake {
				t.Errorf("OnlyTodos = %v, want %v", got, !tc.mistake)
			}
			got := err.(ErrorList)
			if last := got[len(got)-1].Error(); last != tc.want {
				t.Errorf("last entry %q, want %q", last, tc.want)
			}
			if got.Count() != n {
				t.Errorf("Count() = %d, want %d", got.Count(), n)
			}
		})
	}
}

// TestDraftOfManyTodos: a draft of more to-dos than are listed is a draft.
func TestDraftOfManyTodos(t *testing.T) {
	var b strings.Builder
	b.WriteString(limitsHead)
	const n = MaxErrors + 50
	for i := range n - 1 {
		fmt.Fprintf(&b, "  - id: s%d\n    publisher: \"TODO: who\"\n    url: https://example.org/%d\n    kind: agency\n", i, i)
	}
	b.WriteString("provisions:\n  - point: \"1\"\n    topic: armed-forces-size\n    text: \"TODO: the text\"\n    sources: [src]\n    confidence: single-source\n")
	_, err := ParseAndValidate("big.yaml", []byte(b.String()), testCatalog(t))
	if !OnlyTodos(err) {
		t.Fatalf("OnlyTodos = false for %v", err)
	}
	if l := err.(ErrorList); l.Count() != n || len(l) != MaxErrors+1 {
		t.Errorf("%d entries counting %d, want %d counting %d", len(l), l.Count(), MaxErrors+1, n)
	}
}

// aliasFan is a file of width provisions that are one anchored
// provision, whose sources are one anchored list of width ids: a few
// kilobytes, width*width values once expanded.
func aliasFan(width int) []byte {
	var b strings.Builder
	b.WriteString(limitsHead)
	b.WriteString("s: &s [" + strings.TrimSuffix(strings.Repeat("src, ", width), ", ") + "]\n")
	b.WriteString("p: &p {point: \"1\", topic: armed-forces-size, text: T., confidence: single-source, sources: *s}\n")
	b.WriteString("provisions: [" + strings.TrimSuffix(strings.Repeat("*p, ", width), ", ") + "]\n")
	return []byte(b.String())
}

// denseValues is a file of about size bytes whose provision lists n
// sources.
func denseValues(n, size int) []byte {
	head := limitsHead + "provisions:\n  - point: \"1\"\n    topic: armed-forces-size\n    text: T.\n    confidence: single-source\n    sources: [" + strings.Repeat("a,", n) + "src]\n"
	return []byte(head + strings.Repeat("#\n", max(0, (size-len(head))/2)))
}

// TestValueBudget: the values a file may hold, aliases expanded, scale
// with its size, so that an alias fan of a few kilobytes, or a list of
// tiny values, stops with a clear error, and a large file is read.
func TestValueBudget(t *testing.T) {
	tests := []struct {
		name    string
		data    []byte
		wantErr string // "" for no budget error
	}{
		{"alias fan of a million values", aliasFan(1000), "document too complex: more than 66700 values once aliases are expanded, the most for a file of 9317 bytes (one per 8 bytes, and 65536)"},
		{"150,000 values in 300 KB", denseValues(150000, 300000), "document too complex: more than"},
		{"150,000 values in 1 MB", denseValues(150000, 1000000), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("big.yaml", tc.data)
			var list ErrorList
			errors.As(err, &list)
			msg := list.Lines()
			if tc.wantErr == "" {
				if strings.Contains(msg, "too complex") {
					t.Errorf("Parse = %v, want no budget error", err)
				}
				return
			}
			if !strings.Contains(msg, tc.wantErr) {
				t.Errorf("Parse = %v, want %q", err, tc.wantErr)
			}
		})
	}
}

// TestFormatBudget: fmt lays out the values of a file within the same
// budget: an alias fan and a list of tiny values stop with a clear error,
// a large file of many keys is formatted.
func TestFormatBudget(t *testing.T) {
	var keys strings.Builder
	keys.WriteString(limitsHead)
	for i := range 20000 {
		fmt.Fprintf(&keys, "k%d: v\n", i)
	}
	tests := []struct {
		name    string
		data    []byte
		wantErr string
	}{
		{"alias fan of a million values", aliasFan(1000), "big.yaml: document too complex to format: more than"},
		{"20,000 keys", []byte(keys.String()), ""},
		{"150,000 values in 300 KB", denseValues(150000, 300000), "big.yaml: document too complex to format: more than"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Format("big.yaml", tc.data)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("Format = %v", err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Errorf("Format = %v, want %q", err, tc.wantErr)
			}
		})
	}
}

// TestIDLength: an id of MaxIDLength characters is taken, one more is
// refused.
func TestIDLength(t *testing.T) {
	cat := testCatalog(t)
	for _, n := range []int{MaxIDLength, MaxIDLength + 1} {
		id := strings.Repeat("a", n)
		_, err := ParseAndValidate(id+".yaml", []byte(strings.Replace(limitsHead, "id: big", "id: "+id, 1)+"provisions: []\n"), cat)
		tooLong := err != nil && strings.Contains(err.Error(), fmt.Sprintf("%s.yaml:1:5: id %q: %d characters, expected at most %d", id, id, n, MaxIDLength))
		if tooLong != (n > MaxIDLength) {
			t.Errorf("id of %d characters: %v", n, err)
		}
	}
}
