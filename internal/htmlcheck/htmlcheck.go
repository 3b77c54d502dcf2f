// Package htmlcheck finds, for tests, what in an HTML document could run
// or load something.
package htmlcheck

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// ActiveMarkup lists what in an HTML document could run or load: script,
// iframe, object, embed and img elements, event-handler attributes, and
// URLs that are not http(s), fragments or relative.
func ActiveMarkup(doc []byte) []string {
	var found []string
	z := html.NewTokenizer(bytes.NewReader(doc))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return found
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		switch tok.Data {
		case "script", "iframe", "object", "embed", "img", "base", "form":
			found = append(found, "<"+tok.Data+">")
		case "link":
			if !canonical(tok) {
				found = append(found, "<link>")
			}
		}
		for _, a := range tok.Attr {
			key := strings.ToLower(a.Key)
			val := strings.ToLower(strings.TrimSpace(a.Val))
			if strings.HasPrefix(key, "on") {
				found = append(found, "attribute "+a.Key)
			}
			if (key == "href" || key == "src" || key == "action" || key == "xlink:href") &&
				strings.Contains(val, ":") && !strings.HasPrefix(val, "http://") && !strings.HasPrefix(val, "https://") {
				found = append(found, key+"="+a.Val)
			}
		}
	}
}

// canonical reports whether tok is a <link rel="canonical" href="..."> and
// nothing else: a page naming its own address, which loads nothing.
func canonical(tok html.Token) bool {
	rel := false
	for _, a := range tok.Attr {
		switch {
		case a.Key == "rel" && a.Val == "canonical":
			rel = true
		case a.Key != "href":
			return false
		}
	}
	return rel
}
