package render

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/internal/htmlcheck"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/redlines"
	"golang.org/x/net/html"
)

// checkReport checks texts of the corpus (all of them when ids is empty)
// against the built-in lines, with the spectrum.
func checkReport(t *testing.T, ids []string) *redlines.Report {
	t.Helper()
	c := testCorpus(t)
	ps, err := redlines.Embedded(c.Catalog)
	if err != nil {
		t.Fatal(err)
	}
	return checkOf(t, c, ps, ids)
}

// fixtureCheck checks the fixture texts against the fixture lines
// (testdata/fixtures/lines), with the spectrum.
func fixtureCheck(t *testing.T) *redlines.Report {
	t.Helper()
	c := fixtureCorpus(t)
	ps, err := redlines.LoadDir(filepath.Join("testdata", "fixtures", "lines"), c.Catalog)
	if err != nil {
		t.Fatal(err)
	}
	return checkOf(t, c, ps, nil)
}

// checkOf checks the texts ids of c (all of them when ids is empty)
// against the lines ps, with the spectrum.
func checkOf(t *testing.T, c *proposals.Corpus, ps []redlines.Line, ids []string) *redlines.Report {
	t.Helper()
	files := c.Files
	if len(ids) > 0 {
		files = nil
		for _, id := range ids {
			files = append(files, c.Get(id))
		}
	}
	set, err := redlines.Compile(c.Catalog, ps)
	if err != nil {
		t.Fatal(err)
	}
	r, err := set.Check(files, redlines.AtDate)
	if err != nil {
		t.Fatal(err)
	}
	r.Spectrum = redlines.Place(c.Catalog, files, set.Lines())
	return r
}

// acceptance are the three texts the issue names.
var acceptance = []string{"us-28-point-2025-11", "e3-counterproposal-2025-11", "ukraine-us-20-point-2025-12"}

// checkFormats are the check's renderers, by golden file extension.
var checkFormats = []struct {
	ext    string
	render func(*bytes.Buffer, *redlines.Report) error
}{
	{"txt", func(b *bytes.Buffer, r *redlines.Report) error { return CheckText(b, r, Options{Width: 80}) }},
	{"md", func(b *bytes.Buffer, r *redlines.Report) error { return CheckMarkdown(b, r) }},
	{"json", func(b *bytes.Buffer, r *redlines.Report) error { return CheckJSON(b, r) }},
	{"svg", func(b *bytes.Buffer, r *redlines.Report) error { return SpectrumSVG(b, r.Spectrum) }},
}

// TestCheckGolden renders the check of the three texts in every format but
// HTML (whose bytes follow the shared stylesheet; TestCheckHTML checks its
// structure), twice, and compares the bytes with the golden files.
func TestCheckGolden(t *testing.T) {
	cases := []struct {
		name   string
		report func(t *testing.T) *redlines.Report
	}{
		{"check-fixture", fixtureCheck},
		{"check-three", func(t *testing.T) *redlines.Report { return checkReport(t, acceptance) }},
	}
	for _, c := range cases {
		for _, f := range checkFormats {
			if c.name == "check-three" && f.ext != "txt" {
				continue // the real corpus: one end-to-end check is enough
			}
			t.Run(c.name+"."+f.ext, func(t *testing.T) {
				goldenTwice(t, c.name+"."+f.ext, func(b *bytes.Buffer) error { return f.render(b, c.report(t)) })
			})
		}
	}
}

// TestCheckText checks the facts a reader looks for in the text output.
func TestCheckText(t *testing.T) {
	var b bytes.Buffer
	if err := CheckText(&b, checkReport(t, acceptance), Options{Width: 80}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"3 texts against 22 red lines",
		"US 28-point …  ✗  ✗  ✗",
		"✗ US 28-point draft: Autonomous Republic of Crimea (UA-43): Russian de facto,",
		"✗ 20-point framework: Donetsk Oblast (UA-14): frozen on the line of contact,",
		"WHERE THEY STAND",
		"US 28-point draft          ······●····  600,000 personnel; 200,000 below UA",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q", want)
		}
	}
	for i, l := range strings.Split(out, "\n") {
		if w := len([]rune(l)); w > 80 && !onlyURL(l) {
			t.Errorf("line %d is %d wide: %q", i+1, w, l)
		}
	}
}

// TestCheckHTML checks the page's structure: a strict policy and no inline
// style (which the policy would block), each chart an image with a text
// alternative it points to, and unique ids.
func TestCheckHTML(t *testing.T) {
	var b bytes.Buffer
	if err := CheckHTML(&b, checkReport(t, nil), Options{}); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]int{}
	var svgs []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				switch a.Key {
				case "id":
					ids[a.Val]++
				case "style":
					t.Errorf("<%s> has an inline style: the policy blocks it", n.Data)
				}
			}
			if n.Data == "svg" {
				svgs = append(svgs, n)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for id, n := range ids {
		if n > 1 {
			t.Errorf("id %q used %d times", id, n)
		}
	}
	if len(svgs) < 10 {
		t.Errorf("%d charts, want one per term", len(svgs))
	}
	for _, s := range svgs {
		attr := map[string]string{}
		for _, a := range s.Attr {
			attr[a.Key] = a.Val
		}
		if attr["role"] != "img" {
			t.Errorf("chart without role=img: %v", attr)
		}
		for _, ref := range strings.Fields(attr["aria-labelledby"]) {
			if ids[ref] != 1 {
				t.Errorf("chart points to %q, which is not an id of the page", ref)
			}
		}
		if len(strings.Fields(attr["aria-labelledby"])) != 2 {
			t.Errorf("chart labelled by %q, want a title and a description", attr["aria-labelledby"])
		}
	}
	page := b.String()
	for _, want := range []string{"Content-Security-Policy", "default-src", `<td class="crossed" data-label=`, `id="line-ua-no-recognition"`, "Where they stand"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

// TestCheckEscaping: text from a positions file or a proposal cannot
// become markup in HTML, SVG or Markdown.
func TestCheckEscaping(t *testing.T) {
	evil := `<script>alert(1)</script><img src=x onerror=alert(2)> | **bold** [link](javascript:alert(3))`
	at := 0.5
	r := &redlines.Report{SchemaVersion: 1, Kind: "check",
		Proposals: []redlines.Proposal{{ID: "a", Short: evil, Title: evil}},
		Lines: []*redlines.LineCheck{{ID: "x", Party: evil, Title: evil, Statement: evil, Note: evil, Rule: evil, Reads: evil,
			Sources: []redlines.Source{{Publisher: evil, URL: "javascript:alert(4)", Kind: "blog"}},
			Cells:   []redlines.Cell{{Verdict: redlines.Crossed, Points: []string{evil}, Crossing: []redlines.Witness{{Term: "region", Key: evil, Name: evil, Label: evil, Points: []string{evil}}}}},
		}},
		Summary: redlines.Summary{Lines: 1, Proposals: 1, Tally: redlines.Tally{Crossed: 1}, ByProposal: []redlines.Counts{{ID: "a", Tally: redlines.Tally{Crossed: 1}}}},
		Spectrum: &redlines.Spectrum{Axes: []*redlines.Axis{{Key: evil, Title: evil, Steps: []redlines.Step{{Slug: "a", Label: evil}, {Slug: "b", Label: evil}},
			Stances: []redlines.Mark{{Who: evil, Label: evil, At: &at}},
			Places:  []redlines.Mark{{Who: "a", Name: evil, Label: evil, At: &at, Beside: []string{evil}}},
		}}},
	}
	var h bytes.Buffer
	if err := CheckHTML(&h, r, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, bad := range htmlcheck.ActiveMarkup(h.Bytes()) {
		t.Errorf("HTML has active markup: %s", bad)
	}
	if !bytes.Contains(h.Bytes(), []byte("&lt;script&gt;")) {
		t.Errorf("HTML lost the escaped text")
	}
	var m bytes.Buffer
	if err := CheckMarkdown(&m, r); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script>", "<img", "](javascript:", "**bold**"} {
		if bytes.Contains(m.Bytes(), []byte(bad)) {
			t.Errorf("Markdown contains %q", bad)
		}
	}
}

// TestCheckEmpty: every renderer accepts a report without lines and a
// spectrum without terms.
func TestCheckEmpty(t *testing.T) {
	r := &redlines.Report{SchemaVersion: 1, Kind: "check", Proposals: []redlines.Proposal{{ID: "a", Short: "A"}},
		Summary: redlines.Summary{Proposals: 1, ByProposal: []redlines.Counts{{ID: "a"}}}, Spectrum: &redlines.Spectrum{}}
	for _, f := range checkFormats {
		var b bytes.Buffer
		if err := f.render(&b, r); err != nil {
			t.Errorf("%s: %v", f.ext, err)
		}
	}
	var b bytes.Buffer
	if err := CheckHTML(&b, r, Options{}); err != nil {
		t.Errorf("html: %v", err)
	}
	if err := SpectrumText(&b, r.Spectrum, Options{}); err != nil {
		t.Errorf("spectrum text: %v", err)
	}
}
