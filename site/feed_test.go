package site

import (
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/peacediff/peacediff/internal/browsertest"
)

// TestFeedAtomSchema checks the site's feed, with and without a base URL,
// against the RELAX NG grammar of RFC 4287 (testdata/atom.rnc, checked by
// the jing inside the Nu Html Checker's jar; VNU_JAR names it), and a feed
// broken on purpose fails it.
func TestFeedAtomSchema(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode")
	}
	jar := browsertest.Tool(t, "VNU_JAR", "the Nu Html Checker")
	jing := func(feed []byte) ([]byte, error) {
		p := filepath.Join(t.TempDir(), "feed.xml")
		if err := os.WriteFile(p, feed, 0o644); err != nil {
			t.Fatal(err)
		}
		return exec.Command("java", "-cp", jar, "nu.validator.vendor.thaiopensource.relaxng.util.Driver", "-c", filepath.Join("testdata", "atom.rnc"), p).CombinedOutput()
	}
	for _, opts := range []Options{{}, {BaseURL: "https://example.org/peace/"}} {
		var feed []byte
		for _, p := range buildSite(t, opts) {
			if p.Path == feedPath {
				feed = p.Data
			}
		}
		if out, err := jing(feed); err != nil {
			t.Errorf("base URL %q: the feed is not valid Atom: %v\n%s", opts.BaseURL, err, out)
		}
		checkAtomRules(t, feed)
	}
	broken := []byte(`<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><updated>2025-11-20</updated></feed>`)
	if out, err := jing(broken); err == nil {
		t.Errorf("a feed with no id and a bare date passed the grammar:\n%s", out)
	}
}

// checkAtomRules checks the rules of RFC 4287 that its grammar leaves to
// Schematron: a feed with no author has one in every entry (4.1.1); an
// entry with no content has a link of rel "alternate" (4.1.2); and no two
// alternate links of a feed or entry share a type and a language.
func checkAtomRules(t *testing.T, feed []byte) {
	t.Helper()
	type link struct {
		Rel      string `xml:"rel,attr"`
		Type     string `xml:"type,attr"`
		HrefLang string `xml:"hreflang,attr"`
	}
	var f struct {
		Authors []string `xml:"author>name"`
		Links   []link   `xml:"link"`
		Entries []struct {
			ID      string    `xml:"id"`
			Authors []string  `xml:"author>name"`
			Content *struct{} `xml:"content"`
			Links   []link    `xml:"link"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(feed, &f); err != nil {
		t.Fatal(err)
	}
	alternates := func(about string, links []link) int {
		seen, n := map[[2]string]bool{}, 0
		for _, l := range links {
			if l.Rel != "" && l.Rel != "alternate" {
				continue
			}
			n++
			k := [2]string{l.Type, l.HrefLang}
			if seen[k] {
				t.Errorf("%s: two alternate links of type %q and language %q", about, l.Type, l.HrefLang)
			}
			seen[k] = true
		}
		return n
	}
	alternates("the feed", f.Links)
	for _, e := range f.Entries {
		if len(f.Authors) == 0 && len(e.Authors) == 0 {
			t.Errorf("entry %s: no author, and the feed has none", e.ID)
		}
		if n := alternates("entry "+e.ID, e.Links); e.Content == nil && n == 0 {
			t.Errorf("entry %s: no content and no alternate link", e.ID)
		}
	}
}
