package site

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/internal/browsertest"
)

// TestSearchInBrowser opens the search page from file:// in Chromium and
// searches: "600,000" and "amnesty" find points, "xyzzy" none, with no
// console error (the script is allowed by its hash) and no request.
func TestSearchInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	b := browsertest.New(t)
	dir := writeSite(t, buildSite(t, Options{}))
	url := "file://" + filepath.Join(dir, searchPath)
	const read = `document.getElementById("count").textContent + " | " + Array.from(document.querySelectorAll("#results a")).map(a => a.textContent).join(" | ")`
	for _, tc := range []struct{ query, want string }{
		{"600,000", "US 28-point draft, point"},
		{"amnesty", "Minsk II"},
		{"xyzzy", ""},
	} {
		got, v := b.Type(t, url, "#q", tc.query, read)
		t.Logf("%s: %.120s", tc.query, got)
		for _, e := range v.Errors {
			t.Errorf("%s: %s", tc.query, e)
		}
		for _, r := range v.Requests {
			t.Errorf("%s: network request %s", tc.query, r)
		}
		if tc.want == "" {
			if !strings.HasPrefix(got, "0 points found") {
				t.Errorf("%q found %q, want nothing", tc.query, got)
			}
			continue
		}
		if strings.HasPrefix(got, "0 ") || !strings.Contains(got, tc.want) {
			t.Errorf("%q found %q, want a result from %s", tc.query, got, tc.want)
		}
	}
}
