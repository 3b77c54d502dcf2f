package site

import (
	"strings"

	"github.com/peacediff/peacediff/render"
)

// cite is how the page at p is cited: under the base URL when there is
// one, which it then declares canonical.
func (b *builder) cite(p string) *render.Citation {
	c := &render.Citation{URL: p, Version: b.version, Data: []render.Link{
		{Href: rel(p, corpusJSONPath), Label: "the corpus (JSON)"},
		{Href: rel(p, provisionsCSVPath), Label: "every point (CSV)"},
		{Href: rel(p, termsCSVPath), Label: "every typed term (CSV)"},
		{Href: rel(p, feedPath), Label: "the texts by date (Atom feed)", Note: "feed"},
	}}
	if b.opts.BaseURL != "" {
		c.URL, c.Canonical = strings.TrimSuffix(b.opts.BaseURL, "/")+"/"+p, true
	}
	return c
}
