package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	stdhtml "html"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/internal/browsertest"
	"github.com/peacediff/peacediff/internal/htmlcheck"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/render"
)

// vectors are script-injection strings from the OWASP filter-evasion list.
func vectors(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile("testdata/xss/vectors.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	if len(out) < 50 {
		t.Fatalf("%d vectors, want at least 50", len(out))
	}
	return out
}

// q quotes a string for YAML (JSON strings are YAML).
func q(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// xssProposal writes a valid proposal with the vectors in every text field:
// title, short label, summary, notes, source publisher, title and relays,
// headings, texts, notes and variants of points, and notes of terms.
func xssProposal(id string, supersedes string, v []string) string {
	at := func(i int) string { return v[i%len(v)] }
	var b strings.Builder
	fmt.Fprintf(&b, "id: %s\ntitle: %s\nshort: %s\nproposers: [US]\ndate: 2030-01-15\nstatus: reported\n", id, q(at(0)+" title"), q(at(1)))
	if supersedes != "" {
		fmt.Fprintf(&b, "supersedes:\n  - id: %s\n    relation: revises\n", supersedes)
	}
	fmt.Fprintf(&b, "point_count: %d\nsummary: %s\nnotes: %s\nsources:\n", len(v), q(at(2)), q(at(3)))
	for i := range v {
		fmt.Fprintf(&b, "  - id: s%d\n    publisher: %s\n    relays: %s\n    title: %s\n    url: https://example.org/s%d?q=%d\n    kind: newspaper\n", i, q(at(i)), q(at(i+1)), q(at(i+2)), i, i)
	}
	fmt.Fprintf(&b, "territory:\n  regions:\n    - region: UA-14\n      status: negotiable\n      points: [\"1\"]\n      note: %s\n", q(at(4)))
	fmt.Fprintf(&b, "military:\n  caps:\n    - party: UA\n      personnel: %d\n      applies: always\n      points: [\"2\"]\n      note: %s\n", 600000+len(id), q(at(5)))
	b.WriteString("provisions:\n")
	for i := range v {
		fmt.Fprintf(&b, "  - point: \"%d\"\n    topic: other\n    heading: %s\n", i+1, q(at(i+6)))
		if i%7 == 3 {
			fmt.Fprintf(&b, "    state: disputed\n    variants:\n      - party: US\n        text: %s\n      - party: UA\n        text: %s\n", q(at(i)), q(at(i+1)))
		} else {
			fmt.Fprintf(&b, "    text: %s\n", q(at(i)+" "+at(i+len(id))))
		}
		fmt.Fprintf(&b, "    note: %s\n    sources: [s%d]\n    confidence: single-source\n", q(at(i+2)), i)
	}
	return b.String()
}

// xssCorpus is a folder with two proposals full of injection vectors, the
// second revising the first.
func xssCorpus(t *testing.T) *proposals.Corpus {
	t.Helper()
	v := vectors(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "xss-a.yaml"), []byte(xssProposal("xss-a", "", v)), 0o644)
	os.WriteFile(filepath.Join(dir, "xss-b.yaml"), []byte(xssProposal("xss-b", "xss-a", v)), 0o644)
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	c, err := proposals.LoadDir(dir, cat, 0)
	if err != nil {
		t.Fatalf("the injection corpus does not load: %v", err)
	}
	return c
}

// TestInjectionEscaped builds the site and the reports of a corpus whose
// every text field holds script-injection vectors: no page has active markup.
func TestInjectionEscaped(t *testing.T) {
	c := xssCorpus(t)
	pages, err := Build(c, Options{Pairs: [][2]string{{"xss-b", "xss-a"}}})
	if err != nil {
		t.Fatal(err)
	}
	r, err := compare.Compare(c, c.Files, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var report bytes.Buffer
	if err := render.HTML(&report, r, render.Options{All: true}); err != nil {
		t.Fatal(err)
	}
	pages = append(pages, Page{Path: "report.html", Data: report.Bytes()})
	for _, p := range pages {
		if path.Ext(p.Path) != ".html" {
			continue
		}
		data := p.Data
		if p.Path == searchPath {
			data = withoutSearchScripts(t, data)
		}
		for _, bad := range htmlcheck.ActiveMarkup(data) {
			t.Errorf("%s: active markup: %s", p.Path, bad)
		}
	}
	var md bytes.Buffer
	if err := render.Markdown(&md, r, render.Options{All: true}); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script", "<img", "<svg", "<iframe", "](javascript:", "<a "} {
		if bytes.Contains(bytes.ToLower(md.Bytes()), []byte(bad)) {
			t.Errorf("Markdown holds %q", bad)
		}
	}
}

// TestInjectionURLsRefused: every URL that is not plain http or https is
// refused by validation, with its position.
func TestInjectionURLsRefused(t *testing.T) {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	urls := []string{
		"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "jav\tascript:alert(1)",
		"data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", "file:///etc/passwd", "//xss.example/x.js",
		"/relative", "https://example.org/\"><script>alert(1)</script>", "https://example.org/a b",
		"http://", "ftp://example.org/x", "https:javascript:alert(1)", "mailto:x@example.org",
	}
	for _, u := range urls {
		doc := strings.Replace(xssProposal("xss-a", "", []string{"x"}), "url: https://example.org/s0?q=0", "url: "+q(u), 1)
		_, err := proposals.ParseAndValidate("xss-a.yaml", []byte(doc), cat)
		if err == nil || !strings.Contains(err.Error(), "url") || !strings.Contains(err.Error(), "xss-a.yaml:") {
			t.Errorf("url %q: validation = %v, want a positioned refusal", u, err)
		}
	}
}

// TestInjectionInBrowser opens every page of the injection site in Chromium:
// no dialog, no console error, no request.
func TestInjectionInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	b := browsertest.New(t)
	pages, err := Build(xssCorpus(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := writeSite(t, pages)
	for _, p := range pages {
		if path.Ext(p.Path) != ".html" {
			continue
		}
		v := b.Open(t, "file://"+filepath.Join(dir, p.Path), "")
		for _, d := range v.Dialogs {
			t.Errorf("%s: a dialog opened: %q", p.Path, d)
		}
		for _, e := range v.Errors {
			t.Errorf("%s: %s", p.Path, e)
		}
		for _, r := range v.Requests {
			t.Errorf("%s: network request %s", p.Path, r)
		}
	}
}

// withoutSearchScripts checks the two scripts of the search page and
// returns the page without them: the index, a JSON data block with no
// "<" in it (so no text can close it), and the script, allowed by its
// hash in the page's Content-Security-Policy.
func withoutSearchScripts(t *testing.T, page []byte) []byte {
	t.Helper()
	s := string(page)
	const dataOpen, open, end = `<script type="application/json" id="search-data">`, "<script>", "</script>"
	i := strings.Index(s, dataOpen)
	j := strings.Index(s[i+1:], end) + i + 1
	if i < 0 || strings.Contains(s[i+len(dataOpen):j], "<") {
		t.Fatalf("the search index is not a closed JSON block")
	}
	s = s[:i] + s[j+len(end):]
	i = strings.Index(s, open)
	j = strings.Index(s[i+1:], end) + i + 1
	if i < 0 || !strings.Contains(stdhtml.UnescapeString(s[:i]), "script-src "+render.HashSource(s[i+len(open):j])+";") {
		t.Fatalf("the search script is not allowed by its hash")
	}
	return []byte(s[:i] + s[j+len(end):])
}
