package site

import (
	"bytes"
	"path"
	"testing"
)

// TestSiteCitation: every page tells how to cite it, with the corpus's
// content hash and no time; with a base URL it declares its canonical
// address and Open Graph and Twitter meta, and without one it does not.
func TestSiteCitation(t *testing.T) {
	c := testCorpus(t)
	version := func() (string, error) { return (&memo{}).next(c).version(c) }
	v, err := version()
	if err != nil {
		t.Fatal(err)
	}
	c.Files[0].Proposal.Summary += " Changed."
	if v2, _ := version(); v2 == v {
		t.Errorf("a changed corpus keeps its version %s", v)
	}
	for _, base := range []string{"", "https://example.org/peace/"} {
		for _, p := range buildSite(t, Options{BaseURL: base}) {
			if path.Ext(p.Path) != ".html" {
				continue
			}
			for _, want := range []string{`<h2 id="cite">Cite this page</h2>`, "peacediff, corpus sha256:", "@misc{peacediff-"} {
				if !bytes.Contains(p.Data, []byte(want)) {
					t.Errorf("%s (base %q) lacks %s", p.Path, base, want)
				}
			}
			canonical := []byte(`<link rel="canonical" href="` + base + p.Path + `">`)
			if bytes.Contains(p.Data, canonical) != (base != "") || (base == "") == bytes.Contains(p.Data, []byte(`property="og:url"`)) {
				t.Errorf("%s (base %q): canonical link and Open Graph meta present %v, want %v", p.Path, base, !(base == ""), base != "")
			}
		}
	}
}
