package render

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/internal/browsertest"
)

// TestHTMLInBrowser opens the HTML reports of the seed comparisons in
// headless Chromium: no console error (a CSP violation is one), no request
// beyond the page itself, and a screenshot in testdata/screenshots.
func TestHTMLInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	b := browsertest.New(t)
	c := testCorpus(t)
	shots := filepath.Join("testdata", "screenshots")
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cases := []struct {
		name string
		ids  []string
	}{
		{"us-e3", []string{"us-28-point-2025-11", "e3-counterproposal-2025-11"}},
		{"three-way", []string{"us-28-point-2025-11", "e3-counterproposal-2025-11", "ukraine-us-20-point-2025-12"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := HTML(&out, seedReport(t, c, tc.ids, compare.Options{}), Options{}); err != nil {
				t.Fatal(err)
			}
			page := filepath.Join(dir, tc.name+".html")
			if err := os.WriteFile(page, out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			abs, _ := filepath.Abs(page)
			v := b.Open(t, "file://"+abs, filepath.Join(shots, tc.name+".png"))
			for _, e := range v.Errors {
				t.Errorf("console: %s", e)
			}
			for _, r := range v.Requests {
				t.Errorf("network request: %s", r)
			}
			for _, d := range v.Dialogs {
				t.Errorf("dialog: %s", d)
			}
		})
	}
}
