package site

import (
	"bytes"
	"html"
	"strings"

	"github.com/peacediff/peacediff/render"
)

// reloadScript reloads the page when the server that serves it sends an
// event: a rebuild after a proposal file changed.
const reloadScript = `new EventSource("/_events").onmessage = function () { location.reload(); };`

// bannerCSS styles the banner of the problems that stopped a rebuild.
const bannerCSS = `.live-problems { position: sticky; top: 0; z-index: 10; margin: -1.5rem -1.5rem 1rem; padding: 0.75rem 1.5rem; border-bottom: 3px solid #8b1a1a; background: #fbe3e3; color: #1b1b1b; }
.live-problems p { margin: 0 0 0.25rem; font-weight: 700; }
.live-problems ul { margin: 0; padding-left: 1.25rem; }
.live-problems code { white-space: pre-wrap; overflow-wrap: anywhere; }`

// cspStart opens the policy peacediff puts in the head of every page.
const cspStart = `<meta http-equiv="Content-Security-Policy" content="`

// WithReload returns an HTML page that reloads itself when the server
// that serves it sends an event on /_events: the reload script goes at the
// end of the head, and the page's Content-Security-Policy allows it by its
// hash, with connections to the serving host. A page without a head, or
// whose policy is not where peacediff puts it, is returned unchanged. A
// site is built without the script; a server adds it as it serves.
func WithReload(page []byte) []byte {
	return edit(page, map[string]string{
		"script-src":  render.HashSource(reloadScript),
		"connect-src": "'self'",
	}, "<script>"+reloadScript+"</script>\n", "")
}

// WithBanner returns an HTML page that opens with a banner listing
// problems, the ones that stop the files from building; the page is the
// last good build of the site. Each problem is escaped. The banner's
// stylesheet goes at the end of the head, allowed by its hash in the
// page's Content-Security-Policy. Without problems, or on a page whose
// head, body or policy is not where peacediff puts them, the page is
// returned unchanged.
func WithBanner(page []byte, problems []string) []byte {
	if len(problems) == 0 {
		return page
	}
	var b strings.Builder
	b.WriteString("\n<div class=\"live-problems\" role=\"alert\">\n<p>The files have problems; this is the last good build, shown until they are fixed:</p>\n<ul>\n")
	for _, p := range problems {
		b.WriteString("<li><code>" + html.EscapeString(p) + "</code></li>\n")
	}
	b.WriteString("</ul>\n</div>")
	return edit(page, map[string]string{"style-src": render.HashSource(bannerCSS)}, "<style>"+bannerCSS+"</style>\n", b.String())
}

// Policy returns the Content-Security-Policy an HTML page declares in its
// head, unescaped, and whether it declares one where peacediff puts it.
func Policy(page []byte) (string, bool) {
	i, j, ok := policySpan(page)
	if !ok {
		return "", false
	}
	return html.UnescapeString(string(page[i:j])), true
}

// policySpan returns where the content of the page's policy starts and
// ends, if the policy is in the head.
func policySpan(page []byte) (int, int, bool) {
	i := bytes.Index(page, []byte(cspStart))
	if i < 0 {
		return 0, 0, false
	}
	i += len(cspStart)
	j := bytes.IndexByte(page[i:], '"')
	head := bytes.Index(page, []byte("</head>"))
	if j < 0 || head < i+j {
		return 0, 0, false
	}
	return i, i + j, true
}

// edit adds sources to directives of the page's policy (a directive not
// there yet is added), head at the end of the head, and body at the start
// of the body. A page it cannot edit so is returned unchanged.
func edit(page []byte, sources map[string]string, head, body string) []byte {
	i, j, ok := policySpan(page)
	if !ok {
		return page
	}
	h := bytes.Index(page, []byte("</head>"))
	bodyAt := h
	if body != "" {
		k := bytes.Index(page[h:], []byte("<body"))
		if k < 0 {
			return page
		}
		end := bytes.IndexByte(page[h+k:], '>')
		if end < 0 {
			return page
		}
		bodyAt = h + k + end + 1
	}
	policy := html.EscapeString(addSources(html.UnescapeString(string(page[i:j])), sources))
	var b bytes.Buffer
	b.Grow(len(page) + len(policy) + len(head) + len(body))
	b.Write(page[:i])
	b.WriteString(policy)
	b.Write(page[j:h])
	b.WriteString(head)
	b.Write(page[h:bodyAt])
	b.WriteString(body)
	b.Write(page[bodyAt:])
	return b.Bytes()
}

// addSources adds a source to directives of policy, in a fixed order; a
// directive the policy lacks is appended. A second directive of the same
// name would be ignored by browsers, so sources join the first one.
func addSources(policy string, sources map[string]string) string {
	dirs := strings.Split(policy, ";")
	for i := range dirs {
		dirs[i] = strings.TrimSpace(dirs[i])
	}
	for _, name := range []string{"style-src", "script-src", "connect-src"} {
		src, ok := sources[name]
		if !ok {
			continue
		}
		found := false
		for i, d := range dirs {
			if d == name || strings.HasPrefix(d, name+" ") {
				dirs[i] = d + " " + src
				found = true
				break
			}
		}
		if !found {
			dirs = append(dirs, name+" "+src)
		}
	}
	return strings.Join(dirs, "; ")
}
