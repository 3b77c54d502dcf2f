package render

import (
	"crypto/sha256"
	"encoding/base64"
	"html/template"
	"strings"
)

// pageMeta is what every HTML page carries: its title, the inline
// stylesheet, the Content-Security-Policy, the site navigation and, when a
// page is served for live editing, the small script that reloads it.
type pageMeta struct {
	Title  string
	CSS    template.CSS
	CSP    string
	Nav    []navLink
	Script template.JS
}

// navLink is a relative link of the site navigation.
type navLink struct {
	Href  template.URL
	Label string
}

// reloadScript reloads the page when the server that serves it sends an
// event: a rebuild after a proposal file changed.
const reloadScript = `new EventSource("/_events").onmessage = function () { location.reload(); };`

// newMeta returns the page metadata: the embedded stylesheet, allowed by
// its hash in a policy that allows nothing else, and, with live, the reload
// script, also allowed by hash, with connections to the serving host.
func newMeta(title string, nav []navLink, live bool) pageMeta {
	css, err := assets.ReadFile("static/report.css")
	if err != nil {
		panic(err)
	}
	policy := []string{"default-src 'none'", "style-src " + hashSource(string(css)), "img-src 'none'", "base-uri 'none'", "form-action 'none'"}
	m := pageMeta{Title: title, CSS: template.CSS(css), Nav: nav}
	if live {
		m.Script = template.JS(reloadScript)
		policy = append(policy, "script-src "+hashSource(reloadScript), "connect-src 'self'")
	}
	m.CSP = strings.Join(policy, "; ")
	return m
}

// hashSource is a CSP source expression that allows exactly text.
func hashSource(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}
