package site

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"

	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/render"
)

// corpusVersion names a corpus by its content: the SHA-256 of its
// proposals and catalogue as JSON, so that the same corpus always has the
// same name and a changed one another, whenever it is built.
func corpusVersion(c *proposals.Corpus) (string, error) {
	h := sha256.New()
	enc := json.NewEncoder(h)
	if err := enc.Encode(c.Catalog); err != nil {
		return "", err
	}
	for _, f := range c.Files {
		if err := enc.Encode(f.Proposal); err != nil {
			return "", err
		}
	}
	return "corpus sha256:" + hex.EncodeToString(h.Sum(nil))[:16], nil
}

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
