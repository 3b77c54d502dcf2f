package site

import (
	"bytes"
	"path"
	"strings"
	"testing"
)

// TestSiteNavigation: every page but the marker carries the site's
// navigation, with the page's own entry marked; comparisons, histories,
// matrices and proposals carry breadcrumbs; a proposal's page links its
// comparisons, its history, its row of red lines and the texts around it.
func TestSiteNavigation(t *testing.T) {
	pages := buildSite(t, Options{})
	byPath := map[string][]byte{}
	for _, p := range pages {
		byPath[p.Path] = p.Data
	}
	for _, p := range pages {
		if path.Ext(p.Path) != ".html" {
			continue
		}
		for _, want := range []string{`<nav class="site" aria-label="Site">`, `>Timeline</a>`, `>Matrix</a>`, `>Where they stand</a>`, `>About the data</a>`} {
			if !bytes.Contains(p.Data, []byte(want)) {
				t.Errorf("%s lacks %s", p.Path, want)
			}
		}
		crumbs := bytes.Contains(p.Data, []byte(`<nav class="crumbs" aria-label="Breadcrumb">`))
		if want := strings.Contains("cphm", p.Path[:1]) && strings.Contains(p.Path, "/"); crumbs != want {
			t.Errorf("%s: breadcrumbs %v, want %v", p.Path, crumbs, want)
		}
	}
	for p, current := range map[string]string{"index.html": "Timeline", "m/nato.html": "Matrix", "w.html": "Where they stand", "about.html": "About the data"} {
		if !bytes.Contains(byPath[p], []byte(`aria-current="page">`+current+`</a>`)) {
			t.Errorf("%s does not mark %q as the current page", p, current)
		}
	}
	us := string(byPath["p/us-28-point-2025-11.html"])
	for _, want := range []string{
		`href="../c/us-28-point-2025-11--e3-counterproposal-2025-11.html"`,
		`Answered by <a href="../p/e3-counterproposal-2025-11.html">E3 counter-proposal</a>`,
		`href="../w.html#text-us-28-point-2025-11"`,
	} {
		if !strings.Contains(us, want) {
			t.Errorf("the page of the 28-point draft lacks %s", want)
		}
	}
	twenty := string(byPath["p/ukraine-us-20-point-2025-12.html"])
	for _, want := range []string{`href="../h/ukraine-us-20-point-2025-12.html"`, `Revises <a href=`} {
		if !strings.Contains(twenty, want) {
			t.Errorf("the page of the 20-point framework lacks %s", want)
		}
	}
	// The timeline groups the documents of a package, links each member's
	// package from its row, and lists the rounds that produced no text,
	// each with its sources.
	index := string(byPath["index.html"])
	for _, want := range []string{
		`<h3 id="package-us-ukraine-framework-2025-12">`,
		`<li><a href="p/us-ukraine-bilateral-guarantee-2025-12.html">`,
		`(reported, text not known)`,
		`core document of <a href="#package-us-ukraine-framework-2025-12">`,
		`<h2 id="rounds">Rounds without a text</h2>`,
	} {
		if !strings.Contains(index, want) {
			t.Errorf("the index lacks %s", want)
		}
	}
	// The matrix names the texts silent on its section instead of giving
	// each a column of dots, and keeps a text whose words are unknown.
	military := string(byPath["m/military.html"])
	for _, want := range []string{`which the table leaves out: <a href="../p/china-position-2023-02.html">`, `<a href="../p/us-ukraine-geneva-2025-11.html">`} {
		if !strings.Contains(military, want) {
			t.Errorf("the military matrix lacks %s", want)
		}
	}
	if strings.Contains(military, `<th scope="col"><a href="../p/china-position-2023-02.html">`) {
		t.Errorf("the military matrix gives a column to China's paper, which says nothing on forces")
	}
	c := string(byPath["c/us-28-point-2025-11--e3-counterproposal-2025-11.html"])
	if !strings.Contains(c, `<li><a href="../p/us-28-point-2025-11.html">US 28-point draft</a></li>`) || !strings.Contains(c, `<span aria-current="page">US 28-point draft vs E3 counter-proposal</span>`) {
		t.Errorf("the comparison's breadcrumbs do not lead back through its first text")
	}
}
