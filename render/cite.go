package render

import (
	"strings"
)

// Citation is how a page of a site is cited and found.
type Citation struct {
	// URL is the page's address: absolute under the site's base URL, or
	// its path in the site.
	URL string
	// Canonical declares URL the page's canonical address, with Open
	// Graph and Twitter meta; set only when URL is absolute.
	Canonical bool
	// Version names the corpus the page was built from, by its content
	// ("corpus sha256:1a2b..."), never by a time.
	Version string
	// Data link the site's data files, relative to the page.
	Data []Link
}

// citeMeta is what a page shows and declares of its citation.
type citeMeta struct {
	URL, Text, BibTeX string
	Canonical         bool
	Data              []siteLink
}

// newCite lays out the citation of a page titled title, or nil.
func newCite(c *Citation, title string) *citeMeta {
	if c == nil {
		return nil
	}
	text := title + ". peacediff, " + c.Version + ". " + c.URL
	key := "peacediff-" + strings.Trim(strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return '-'
	}, strings.ToLower(strings.TrimSuffix(c.URL[strings.LastIndex(c.URL, "/")+1:], ".html"))), "-")
	bib := "@misc{" + key + ",\n  title = {" + bibEscape(title) + "},\n  howpublished = {\\url{" + bibEscape(c.URL) + "}},\n  note = {peacediff, " + bibEscape(c.Version) + "}\n}"
	return &citeMeta{URL: c.URL, Text: text, BibTeX: bib, Canonical: c.Canonical, Data: siteLinks(c.Data)}
}

// bibEscape escapes the characters BibTeX gives a meaning.
func bibEscape(s string) string {
	return strings.NewReplacer(`\`, `\textbackslash{}`, "{", `\{`, "}", `\}`, "&", `\&`, "%", `\%`, "$", `\$`, "#", `\#`, "_", `\_`).Replace(s)
}
