package render

import (
	"bytes"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	goldenfile "github.com/peacediff/peacediff/internal/golden"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/internal/htmlcheck"
	"github.com/peacediff/peacediff/proposals"
	"github.com/rivo/uniseg"
)

var update = flag.Bool("update", false, "rewrite golden files")

// seed is a comparison the tests render: ids of the fixture corpus
// (testdata/fixtures, purpose-built texts that hold every kind of term and
// state) or, with corpus, of the embedded corpus.
type seed struct {
	name   string
	corpus bool
	ids    []string
	opts   compare.Options
}

// seeds are the comparisons the golden files hold: the fixtures in every
// format, and one pair of the real corpus as an end-to-end check.
var seeds = []seed{
	{"fixture-ab", false, []string{"draft-a", "draft-b"}, compare.Options{}},
	{"fixture-all", false, []string{"draft-a", "reply-c", "demand-d", "draft-b"}, compare.Options{}},
	{"fixture-history", false, []string{"draft-b"}, compare.Options{AgainstPrevious: true}},
	{"fixture-military", false, []string{"draft-a", "draft-b"}, compare.Options{Sections: []string{"military"}, OnlyChanges: true}},
	{"us-e3", true, []string{"us-28-point-2025-11", "e3-counterproposal-2025-11"}, compare.Options{}},
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

// corpusOf is the corpus a seed's ids belong to.
func corpusOf(t *testing.T, s seed) *proposals.Corpus {
	t.Helper()
	if s.corpus {
		return testCorpus(t)
	}
	return fixtureCorpus(t)
}

// fixtureCorpus loads testdata/fixtures.
func fixtureCorpus(t *testing.T) *proposals.Corpus {
	t.Helper()
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	c, err := proposals.LoadDir(filepath.Join("testdata", "fixtures"), cat, 0)
	if err != nil {
		t.Fatal(err)
	}
	return c
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
	for _, s := range seeds {
		c := corpusOf(t, s)
		for _, f := range formats {
			if s.corpus && f.ext == "wide.txt" {
				continue
			}
			name := s.name + "." + f.ext
			t.Run(name, func(t *testing.T) {
				goldenTwice(t, name, func(b *bytes.Buffer) error { return f.render(b, seedReport(t, c, s.ids, s.opts)) })
			})
		}
	}
}

// TestShowGolden renders each fixture alone, as peacediff show does.
func TestShowGolden(t *testing.T) {
	c := fixtureCorpus(t)
	for _, id := range []string{"draft-a", "draft-b"} {
		t.Run(id, func(t *testing.T) {
			goldenTwice(t, "show-"+id+".txt", func(b *bytes.Buffer) error {
				return Show(b, seedReport(t, c, []string{id}, compare.Options{}), Options{Width: 80, All: true})
			})
		})
	}
}

// goldenTwice renders twice, checks that both give the same bytes, and
// compares them with the golden file testdata/golden/name.
func goldenTwice(t *testing.T, name string, render func(*bytes.Buffer) error) {
	t.Helper()
	var first, second bytes.Buffer
	if err := render(&first); err != nil {
		t.Fatal(err)
	}
	if err := render(&second); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Fatalf("two renderings of %s differ", name)
	}
	golden(t, filepath.Join("testdata", "golden", name), first.Bytes())
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	goldenfile.Check(t, *update, path, got)
}

// TestTextWidth: no line of the text output is wider than the width asked
// for, and without colour there is no escape byte.
func TestTextWidth(t *testing.T) {
	for _, width := range []int{40, 60, 80, 120, 200} {
		for _, s := range seeds {
			c := corpusOf(t, s)
			var b bytes.Buffer
			if err := Text(&b, seedReport(t, c, s.ids, s.opts), Options{Width: width, All: true}); err != nil {
				t.Fatal(err)
			}
			if bytes.IndexByte(b.Bytes(), 0x1b) >= 0 {
				t.Errorf("%s at %d columns: escape byte without colour", s.name, width)
			}
			for i, l := range strings.Split(b.String(), "\n") {
				if w := uniseg.StringWidth(l); w > width && !onlyURL(l) {
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

// onlyURL reports whether a line holds one URL and spaces: the one kind
// of line allowed wider than the width, since a URL is never broken.
func onlyURL(l string) bool {
	f := strings.Fields(l)
	return len(f) == 1 && isURL(f[0])
}
