package render

import (
	"crypto/sha256"
	"encoding/base64"
	"html/template"
	"strings"
)

// pageMeta is what every HTML page carries: its title, the inline
// stylesheet, the Content-Security-Policy and the site navigation.
type pageMeta struct {
	Title string
	CSS   template.CSS
	CSP   string
	Nav   []navLink
	// Crumbs are the breadcrumbs; the last is the page itself.
	Crumbs []navLink
	// Cite is how the page is cited, or nil.
	Cite *citeMeta
}

// navLink is a relative link of the site navigation.
type navLink struct {
	Href    template.URL
	Label   string
	Current bool
}

// sitePlace sets the navigation and breadcrumbs of opts on the page.
func (m *pageMeta) sitePlace(opts Options) {
	m.Crumbs = navLinks(opts.Crumbs)
	m.Cite = newCite(opts.Cite, m.Title)
}

func navLinks(links []Link) []navLink {
	var out []navLink
	for _, l := range links {
		out = append(out, navLink{Href: template.URL(l.Href), Label: l.Label, Current: l.Current})
	}
	return out
}

// newMeta returns the page metadata: the embedded stylesheet, allowed by
// its hash in a policy that allows nothing else.
func newMeta(title string, nav []Link) pageMeta {
	css, err := assets.ReadFile("static/report.css")
	if err != nil {
		panic(err)
	}
	policy := []string{"default-src 'none'", "style-src " + HashSource(string(css)), "img-src 'none'", "base-uri 'none'", "form-action 'none'"}
	m := pageMeta{Title: title, CSS: template.CSS(css), CSP: strings.Join(policy, "; ")}
	m.Nav = navLinks(nav)
	return m
}

// HashSource is a Content-Security-Policy source expression that allows
// exactly text: "'sha256-...'".
func HashSource(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}
