package site

import (
	"bytes"
	"html"

	"github.com/peacediff/peacediff/render"
)

// reloadScript reloads the page when the server that serves it sends an
// event: a rebuild after a proposal file changed.
const reloadScript = `new EventSource("/_events").onmessage = function () { location.reload(); };`

// WithReload returns an HTML page that reloads itself when the server
// that serves it sends an event on /_events: the reload script goes at the
// end of the head, and the page's Content-Security-Policy allows it by its
// hash, with connections to the serving host. A page without a head, or
// whose policy is not where peacediff puts it, is returned unchanged. A
// site is built without the script; a server adds it as it serves.
func WithReload(page []byte) []byte {
	const cspStart = `<meta http-equiv="Content-Security-Policy" content="`
	i := bytes.Index(page, []byte(cspStart))
	if i < 0 {
		return page
	}
	i += len(cspStart)
	j := bytes.IndexByte(page[i:], '"')
	head := bytes.Index(page, []byte("</head>"))
	if j < 0 || head < i+j {
		return page
	}
	j += i
	extra := html.EscapeString("; script-src " + render.HashSource(reloadScript) + "; connect-src 'self'")
	var b bytes.Buffer
	b.Grow(len(page) + len(extra) + len(reloadScript) + 20)
	b.Write(page[:j])
	b.WriteString(extra)
	b.Write(page[j:head])
	b.WriteString("<script>" + reloadScript + "</script>\n")
	b.Write(page[head:])
	return b.Bytes()
}
