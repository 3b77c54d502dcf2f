package site

import (
	"bytes"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/internal/browsertest"
	"golang.org/x/net/html"
)

func buildSite(t *testing.T, opts Options) []Page {
	t.Helper()
	pages, err := Build(testCorpus(t), opts)
	if err != nil {
		t.Fatal(err)
	}
	return pages
}

// TestSiteDeterministic: two builds give the same files, byte for byte.
func TestSiteDeterministic(t *testing.T) {
	a := buildSite(t, Options{BaseURL: "https://example.org/peace/"})
	b := buildSite(t, Options{BaseURL: "https://example.org/peace/"})
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for i := range a {
		if a[i].Path != b[i].Path || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Errorf("%s differs between two builds", a[i].Path)
		}
	}
}

// TestSitePages: the pages the site promises are there, and sitemap.xml
// only with a base URL.
func TestSitePages(t *testing.T) {
	have := map[string]bool{}
	for _, p := range buildSite(t, Options{Pairs: [][2]string{{"minsk-ii-2015-02", "us-28-point-2025-11"}}}) {
		have[p.Path] = true
	}
	for _, want := range []string{
		"index.html", Marker,
		"p/us-28-point-2025-11.html", "p/minsk-ii-2015-02.html",
		"c/us-28-point-2025-11--e3-counterproposal-2025-11.html",       // answers
		"c/us-28-point-2025-11--us-ukraine-geneva-2025-11.html",        // revises
		"c/e3-counterproposal-2025-11--us-ukraine-geneva-2025-11.html", // same month
		"c/minsk-ii-2015-02--us-28-point-2025-11.html",                 // asked for
		"m/territory.html", "m/military.html", "m/nato.html", "m/guarantees.html",
		"h/ukraine-us-20-point-2025-12.html",
	} {
		if !have[want] {
			t.Errorf("no %s in the site", want)
		}
	}
	if have["sitemap.xml"] {
		t.Errorf("sitemap.xml without a base URL")
	}
	withBase := buildSite(t, Options{BaseURL: "https://example.org/peace"})
	for _, p := range withBase {
		if p.Path == "sitemap.xml" && !bytes.Contains(p.Data, []byte("<loc>https://example.org/peace/p/us-28-point-2025-11.html</loc>")) {
			t.Errorf("sitemap.xml lacks the proposal pages:\n%s", p.Data)
		}
	}
	if _, err := Build(testCorpus(t), Options{Pairs: [][2]string{{"nope", "us-28-point-2025-11"}}}); err == nil {
		t.Errorf("a pair with an unknown id built without error")
	}
}

// TestSiteLinks crawls the site: every internal link and anchor has a
// target, and every link is relative or http(s).
func TestSiteLinks(t *testing.T) {
	pages := buildSite(t, Options{})
	ids := map[string]map[string]bool{}
	files := map[string]bool{}
	for _, p := range pages {
		files[p.Path] = true
	}
	links := map[string][]string{}
	for _, p := range pages {
		if path.Ext(p.Path) != ".html" {
			continue
		}
		ids[p.Path] = map[string]bool{}
		z := html.NewTokenizer(bytes.NewReader(p.Data))
		for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
			tok := z.Token()
			for _, a := range tok.Attr {
				switch a.Key {
				case "id":
					ids[p.Path][a.Val] = true
				case "href", "src":
					links[p.Path] = append(links[p.Path], a.Val)
				}
			}
		}
	}
	checked := 0
	for from, hrefs := range links {
		for _, href := range hrefs {
			u, err := url.Parse(href)
			if err != nil {
				t.Errorf("%s: bad link %q", from, href)
				continue
			}
			if u.Scheme == "http" || u.Scheme == "https" {
				continue
			}
			if u.Scheme != "" || u.Host != "" || strings.HasPrefix(u.Path, "/") {
				t.Errorf("%s: link %q is not relative", from, href)
				continue
			}
			target := from
			if u.Path != "" {
				target = path.Join(path.Dir(from), u.Path)
			}
			anchors, ok := ids[target]
			if !ok && files[target] {
				checked++
				continue
			}
			if !ok {
				t.Errorf("%s: link %q: no page %s", from, href, target)
				continue
			}
			if u.Fragment != "" && u.Fragment != "top" && u.Fragment != "only-changes" && !anchors[u.Fragment] {
				t.Errorf("%s: link %q: no id %q in %s", from, href, u.Fragment, target)
			}
			checked++
		}
	}
	if checked < 1000 {
		t.Errorf("only %d internal links checked; the crawl missed pages", checked)
	}
}

// writeSite writes the site to a folder for the browser and the checkers.
func writeSite(t *testing.T, pages []Page) string {
	t.Helper()
	dir := t.TempDir()
	for _, p := range pages {
		f := filepath.Join(dir, filepath.FromSlash(p.Path))
		os.MkdirAll(filepath.Dir(f), 0o755)
		if err := os.WriteFile(f, p.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestSiteInBrowser loads every page of the site from file://: no console
// error (a CSP violation is one), no request; screenshots of four.
func TestSiteInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	b := browsertest.New(t)
	pages := buildSite(t, Options{})
	dir := writeSite(t, pages)
	shots := filepath.Join("testdata", "screenshots")
	os.MkdirAll(shots, 0o755)
	shoot := map[string]bool{"index.html": true, "c/us-28-point-2025-11--e3-counterproposal-2025-11.html": true, "p/ukraine-us-20-point-2025-12.html": true, "m/territory.html": true}
	for _, page := range pages {
		p := page.Path
		if path.Ext(p) != ".html" {
			continue
		}
		shot := ""
		if shoot[p] {
			shot = filepath.Join(shots, "site-"+strings.ReplaceAll(p, "/", "-")+".png")
		}
		v := b.Open(t, "file://"+filepath.Join(dir, p), shot)
		for _, e := range v.Errors {
			t.Errorf("%s: %s", p, e)
		}
		for _, r := range v.Requests {
			t.Errorf("%s: network request %s", p, r)
		}
	}
}
