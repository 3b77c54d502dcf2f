package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/internal/htmlcheck"
	"github.com/peacediff/peacediff/proposals"
	"github.com/rivo/uniseg"
)

// fuzzReport is a small report whose texts are all s.
func fuzzReport(s, t string) *compare.Report {
	wd := compare.DiffWords(s, t)
	return &compare.Report{SchemaVersion: 1, Kind: "compare",
		Proposals: []compare.Header{
			{ID: "a", Title: s, Short: s, Summary: s, Date: s, Status: s, Sources: []compare.Source{{ID: "s", Publisher: s, Relays: t, URL: "https://example.org/" + s, Kind: s, Title: t}}},
			{ID: "b", Title: t, Short: t, Summary: t},
		},
		Sections: []*compare.Section{{Key: "territory", Title: s, Rows: []*compare.Row{
			{Key: "term:x", Kind: compare.TermRow, Group: s, Label: t, Type: proposals.Enum, Change: compare.Changed, Cells: []compare.Cell{
				{State: compare.StatePresent, Value: &proposals.Value{Enum: s, Label: s}, Points: []string{s}, Sources: []int{0}, Note: s},
				{State: compare.StateDisputed, Value: &proposals.Value{Enum: t, Label: t}, Variants: []compare.Variant{{Party: s, Text: t}},
					Change: &compare.Change{Kind: compare.Changed, Move: &compare.Move{From: s, To: t, Steps: 1, Direction: s}}},
			}},
			{Key: "point:" + s, Kind: compare.PointRow, Label: s, Topic: t, Change: compare.Changed, Cells: []compare.Cell{
				{State: compare.StatePresent, Point: s, Heading: t, Text: s, Sources: []int{0}, Confidence: "single-source"},
				{State: compare.StatePresent, Point: t, Text: t, Change: &compare.Change{Kind: compare.Changed, Words: &wd}},
			}},
		}}},
		Summary: compare.Summary{ByProposal: make([]compare.ProposalCounts, 2)},
	}
}

// FuzzRender renders reports made of arbitrary text in every format: no
// panic, no active markup and no "<" from the input unescaped in HTML, no
// text line wider than asked.
func FuzzRender(f *testing.F) {
	f.Add("<script>alert(1)</script>", "A pact of Russia, Ukraine and NATO.")
	f.Add("乌克兰 保持 和平时期 的 军队 🇺🇦", "Україна зберігає армію")
	f.Add("\x1b[31mred\x1b[0m", "a\tb\nc")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, s, u string) {
		r := fuzzReport(s, u)
		var h bytes.Buffer
		if err := HTML(&h, r, Options{All: true}); err != nil {
			t.Fatal(err)
		}
		if bad := htmlcheck.ActiveMarkup(h.Bytes()); len(bad) > 0 {
			t.Fatalf("active markup %v from %q, %q", bad, s, u)
		}
		if strings.Contains(s+u, "<") && bytes.Contains(h.Bytes(), []byte(s)) && strings.Contains(s, "<") {
			t.Fatalf("input with < appears unescaped: %q", s)
		}
		var m, j bytes.Buffer
		if err := Markdown(&m, r, Options{All: true}); err != nil {
			t.Fatal(err)
		}
		if err := JSON(&j, r); err != nil {
			t.Fatal(err)
		}
		for _, width := range []int{40, 80} {
			var b bytes.Buffer
			if err := Text(&b, r, Options{Width: width, All: true}); err != nil {
				t.Fatal(err)
			}
			for _, l := range strings.Split(b.String(), "\n") {
				if w := uniseg.StringWidth(l); w > width && !strings.ContainsAny(s+u, "\x1b\t\r\v\f\u0085\u2028\u2029") && !strings.Contains(l, "http") {
					t.Fatalf("line %d wide at width %d: %q", w, width, l)
				}
			}
		}
	})
}
