package render

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/internal/htmlcheck"
	"github.com/peacediff/peacediff/proposals"
	"github.com/rivo/uniseg"
)

var update = flag.Bool("update", false, "rewrite golden files")

// seeds are the comparisons the golden files hold.
var seeds = []struct {
	name string
	ids  []string
	opts compare.Options
}{
	{"us-e3", []string{"us-28-point-2025-11", "e3-counterproposal-2025-11"}, compare.Options{}},
	{"us-geneva", []string{"us-28-point-2025-11", "us-ukraine-geneva-2025-11"}, compare.Options{}},
	{"three-way-military", []string{"us-28-point-2025-11", "e3-counterproposal-2025-11", "ukraine-us-20-point-2025-12"}, compare.Options{Sections: []string{"military", "nato"}}},
	{"history-20-point", []string{"ukraine-us-20-point-2025-12"}, compare.Options{AgainstPrevious: true}},
}

// formats are the renderers under test, by golden file extension.
var formats = []struct {
	ext    string
	render func(*bytes.Buffer, *compare.Report) error
}{
	{"txt", func(b *bytes.Buffer, r *compare.Report) error {
		return Text(b, r, Options{Width: 80, FoldHint: "--all shows them"})
	}},
	{"wide.txt", func(b *bytes.Buffer, r *compare.Report) error {
		return Text(b, r, Options{Width: 200, All: true, FoldHint: "--all shows them"})
	}},
	{"md", func(b *bytes.Buffer, r *compare.Report) error { return Markdown(b, r, Options{}) }},
	{"html", func(b *bytes.Buffer, r *compare.Report) error { return HTML(b, r, Options{}) }},
	{"json", func(b *bytes.Buffer, r *compare.Report) error { return JSON(b, r) }},
}

func seedReport(t *testing.T, c *proposals.Corpus, ids []string, opts compare.Options) *compare.Report {
	t.Helper()
	var files []*proposals.File
	for _, id := range ids {
		f := c.Get(id)
		if f == nil {
			t.Fatalf("no proposal %s", id)
		}
		files = append(files, f)
	}
	var r *compare.Report
	var err error
	if opts.AgainstPrevious {
		r, err = compare.History(c, files[0], opts)
	} else {
		r, err = compare.Compare(c, files, opts)
	}
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func testCorpus(t *testing.T) *proposals.Corpus {
	t.Helper()
	c, err := proposals.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestGolden renders the seed comparisons in every format, twice, and
// compares the bytes with the golden files (go test -update rewrites them).
func TestGolden(t *testing.T) {
	c := testCorpus(t)
	for _, s := range seeds {
		for _, f := range formats {
			name := s.name + "." + f.ext
			t.Run(name, func(t *testing.T) {
				var first, second bytes.Buffer
				if err := f.render(&first, seedReport(t, c, s.ids, s.opts)); err != nil {
					t.Fatal(err)
				}
				if err := f.render(&second, seedReport(t, c, s.ids, s.opts)); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(first.Bytes(), second.Bytes()) {
					t.Fatalf("two renderings of %s differ", name)
				}
				golden(t, filepath.Join("testdata", "golden", name), first.Bytes())
			})
		}
	}
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./render -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./render -update rewrites it; review with git diff):\n%s", path, firstDiff(string(got), string(want)))
	}
}

// firstDiff shows the first line that differs.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n  got:  %s\n  want: %s", i+1, gl, wl)
		}
	}
	return ""
}

// TestTextWidth: no line of the text output is wider than the width asked
// for, and without colour there is no escape byte.
func TestTextWidth(t *testing.T) {
	c := testCorpus(t)
	for _, width := range []int{40, 60, 80, 120, 200} {
		for _, s := range seeds {
			var b bytes.Buffer
			if err := Text(&b, seedReport(t, c, s.ids, s.opts), Options{Width: width, All: true}); err != nil {
				t.Fatal(err)
			}
			if bytes.IndexByte(b.Bytes(), 0x1b) >= 0 {
				t.Errorf("%s at %d columns: escape byte without colour", s.name, width)
			}
			for i, l := range strings.Split(b.String(), "\n") {
				if w := uniseg.StringWidth(l); w > width {
					t.Errorf("%s at %d columns: line %d is %d wide: %q", s.name, width, i+1, w, l)
				}
			}
		}
	}
}

// TestEmptyReport: every renderer accepts a comparison with no rows.
func TestEmptyReport(t *testing.T) {
	r := &compare.Report{SchemaVersion: compare.SchemaVersion, Kind: "compare",
		Proposals: []compare.Header{{ID: "a", Title: "A", Short: "A"}, {ID: "b", Title: "B", Short: "B"}},
		Summary:   compare.Summary{ByProposal: make([]compare.ProposalCounts, 2)}}
	for _, f := range formats {
		var b bytes.Buffer
		if err := f.render(&b, r); err != nil {
			t.Errorf("%s: %v", f.ext, err)
		}
		if b.Len() == 0 {
			t.Errorf("%s: empty output", f.ext)
		}
	}
}

// TestMarkdownFitsAComment: the changes between the US draft and the E3
// mark-up fit one GitHub comment (65,536 characters).
func TestMarkdownFitsAComment(t *testing.T) {
	c := testCorpus(t)
	r := seedReport(t, c, []string{"us-28-point-2025-11", "e3-counterproposal-2025-11"}, compare.Options{OnlyChanges: true})
	var b bytes.Buffer
	if err := Markdown(&b, r, Options{}); err != nil {
		t.Fatal(err)
	}
	if n := len([]rune(b.String())); n >= 65536 {
		t.Errorf("Markdown of the changes is %d characters, want under 65,536", n)
	}
}

// TestEscaping: text from a proposal file cannot become markup in HTML or
// Markdown.
func TestEscaping(t *testing.T) {
	evil := `<script>alert(1)</script><img src=x onerror=alert(2)> | **bold** [link](javascript:alert(3))`
	r := &compare.Report{SchemaVersion: 1, Kind: "compare",
		Proposals: []compare.Header{
			{ID: "a", Title: evil, Short: evil, Summary: evil, Sources: []compare.Source{{ID: "s", Publisher: evil, URL: "javascript:alert(4)", Kind: "blog"}}},
			{ID: "b", Title: "B", Short: "B"},
		},
		Sections: []*compare.Section{{Key: "general", Title: evil, Rows: []*compare.Row{{
			Key: "point:x:1", Kind: compare.PointRow, Label: evil, Change: compare.Changed,
			Cells: []compare.Cell{{State: compare.StatePresent, Point: "1", Text: evil, Sources: []int{0}}, {State: compare.StatePresent, Point: "1", Text: evil + " x",
				Change: &compare.Change{Kind: compare.Changed, Words: &compare.WordDiff{Segments: []compare.Segment{{Op: compare.Equal, Text: evil}, {Op: compare.Insert, Text: " <b>x</b>"}}}}}},
		}}}},
		Summary: compare.Summary{ByProposal: make([]compare.ProposalCounts, 2)},
	}
	var h bytes.Buffer
	if err := HTML(&h, r, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, bad := range htmlcheck.ActiveMarkup(h.Bytes()) {
		t.Errorf("HTML has active markup: %s", bad)
	}
	if !bytes.Contains(h.Bytes(), []byte("&lt;script&gt;")) {
		t.Errorf("HTML lost the escaped text")
	}
	var m bytes.Buffer
	if err := Markdown(&m, r, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script>", "<img", "](javascript:", "**bold**", "<b>"} {
		if bytes.Contains(m.Bytes(), []byte(bad)) {
			t.Errorf("Markdown contains %q", bad)
		}
	}
}

// TestJSONParallelSameBytes: the sections encoded apart and joined give
// the bytes of one encoder.
func TestJSONParallelSameBytes(t *testing.T) {
	c := testCorpus(t)
	for _, s := range seeds {
		r := seedReport(t, c, s.ids, s.opts)
		var joined, plain bytes.Buffer
		if err := JSON(&joined, r); err != nil {
			t.Fatal(err)
		}
		if err := writeJSON(&plain, r); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(joined.Bytes(), plain.Bytes()) {
			t.Errorf("%s: parallel JSON differs from one encoder's:\n%s", s.name, firstDiff(joined.String(), plain.String()))
		}
	}
}
