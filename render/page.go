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
}

// navLink is a relative link of the site navigation.
type navLink struct {
	Href  template.URL
	Label string
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
	for _, l := range nav {
		m.Nav = append(m.Nav, navLink{Href: template.URL(l.Href), Label: l.Label})
	}
	return m
}

// HashSource is a Content-Security-Policy source expression that allows
// exactly text: "'sha256-...'".
func HashSource(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}
