package site

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/internal/browsertest"
)

// layoutPages are the pages of every type the width test opens: the
// index, a proposal, a comparison, a history, every section's matrix and
// "Where they stand", who gave what, the page about the data and the
// search page.
var layoutPages = []string{
	"index.html",
	"p/us-28-point-2025-11.html",
	"c/us-28-point-2025-11--e3-counterproposal-2025-11.html",
	"h/ukraine-us-20-point-2025-12.html",
	"m/territory.html", "m/military.html", "m/nato.html", "m/guarantees.html", "l.html",
	standingsPath, aboutPath, searchPath,
}

// layoutSettings are a phone, a tablet and a laptop, in light and dark,
// and the page printed.
var layoutSettings = []browsertest.Setting{
	{Width: 390, Scheme: "light", Media: "screen"},
	{Width: 390, Scheme: "dark", Media: "screen"},
	{Width: 768, Scheme: "light", Media: "screen"},
	{Width: 768, Scheme: "dark", Media: "screen"},
	{Width: 1280, Scheme: "light", Media: "screen"},
	{Width: 1280, Scheme: "dark", Media: "screen"},
	{Width: 768, Scheme: "light", Media: "print"},
}

// TestSiteLayoutInBrowser opens a page of every type in Chromium at 390,
// 768 and 1280 pixels, light and dark, and printed: no page is wider than
// its window (a wide table scrolls inside its own box), no word is broken
// inside itself across two lines, and at 1280 pixels every table of a
// matrix fits the screen without scrolling.
func TestSiteLayoutInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	b := browsertest.New(t)
	dir := writeSite(t, buildSite(t, Options{}))
	for _, p := range layoutPages {
		for _, s := range layoutSettings {
			t.Run(fmt.Sprintf("%s/%d-%s-%s", p, s.Width, s.Scheme, s.Media), func(t *testing.T) {
				l := b.Measure(t, "file://"+filepath.Join(dir, filepath.FromSlash(p)), s)
				if l.Words < 50 {
					t.Fatalf("only %d words measured", l.Words)
				}
				if l.ScrollWidth > l.InnerWidth {
					t.Errorf("the page is %d px wide in a window of %d px; too wide: %v", l.ScrollWidth, l.InnerWidth, l.Wide)
				}
				for _, w := range l.Broken {
					t.Errorf("word broken across lines: %s", w)
				}
				if s.Width >= 1280 && s.Media == "screen" && strings.HasPrefix(p, "m/") {
					for _, box := range l.Scrolled {
						t.Errorf("a matrix table scrolls sideways at %d px: %s", s.Width, box)
					}
				}
			})
		}
	}
}
