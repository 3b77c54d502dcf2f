package site

import (
	"bytes"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/internal/htmlcheck"
	"github.com/peacediff/peacediff/render"
)

func indexPage(t *testing.T) []byte {
	t.Helper()
	for _, p := range buildSite(t, Options{}) {
		if p.Path == "index.html" {
			return p.Data
		}
	}
	t.Fatal("no index.html")
	return nil
}

// TestWithBanner: the banner opens the body, names each problem escaped,
// and the page's one style-src allows its stylesheet; the rest of the
// page is unchanged.
func TestWithBanner(t *testing.T) {
	page := indexPage(t)
	problem := `x.yaml:3:5: unknown field "<script>alert(1)</script>"`
	got := WithBanner(page, []string{problem, "y.yaml:1:1: bad"})
	for _, want := range []string{
		`<div class="live-problems" role="alert">`,
		`<li><code>x.yaml:3:5: unknown field &#34;&lt;script&gt;alert(1)&lt;/script&gt;&#34;</code></li>`,
		`<li><code>y.yaml:1:1: bad</code></li>`,
	} {
		if !bytes.Contains(got, []byte(want)) {
			t.Errorf("no %s in the page", want)
		}
	}
	if bad := htmlcheck.ActiveMarkup(got); len(bad) != 0 {
		t.Errorf("active markup: %v", bad)
	}
	policy, ok := Policy(got)
	if !ok {
		t.Fatal("no policy in the page")
	}
	if n := strings.Count(policy, "style-src"); n != 1 {
		t.Errorf("%d style-src directives in %q, want 1", n, policy)
	}
	if !strings.Contains(policy, render.HashSource(bannerCSS)) {
		t.Errorf("policy %q does not allow the banner's stylesheet", policy)
	}
	body := bytes.Index(got, []byte("<body"))
	if banner := bytes.Index(got, []byte(`<div class="live-problems"`)); banner < body {
		t.Errorf("banner at %d, before the body at %d", banner, body)
	}
	if !bytes.Equal(WithBanner(page, nil), page) {
		t.Error("no problems: the page changed")
	}
	if odd := []byte("<html><body>no head</body></html>"); !bytes.Equal(WithBanner(odd, []string{"x"}), odd) {
		t.Error("a page without peacediff's head changed")
	}
}

// TestWithReloadPolicy: the reload script is allowed by a script-src and
// connections to the server by connect-src, added once each.
func TestWithReloadPolicy(t *testing.T) {
	page := WithBanner(WithReload(indexPage(t)), []string{"x.yaml:1:1: bad"})
	policy, ok := Policy(page)
	if !ok {
		t.Fatal("no policy in the page")
	}
	for _, want := range []string{"default-src 'none'", "script-src " + render.HashSource(reloadScript), "connect-src 'self'", render.HashSource(bannerCSS)} {
		if !strings.Contains(policy, want) {
			t.Errorf("policy %q lacks %s", policy, want)
		}
	}
	for _, d := range []string{"script-src", "connect-src", "style-src"} {
		if n := strings.Count(policy, d); n != 1 {
			t.Errorf("%d %s in %q, want 1", n, d, policy)
		}
	}
	if !bytes.Contains(page, []byte("<script>"+reloadScript+"</script>")) {
		t.Error("no reload script")
	}
}
