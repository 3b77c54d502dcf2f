package render

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/peacediff/peacediff/internal/browsertest"
)

// checkPages writes the HTML checks of the whole corpus and of the three
// texts of the issue, with the spectrum, to a folder and returns their
// paths.
func checkPages(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for name, ids := range map[string][]string{"check-all": nil, "check-three": acceptance} {
		var b bytes.Buffer
		if err := CheckHTML(&b, checkReport(t, ids), Options{}); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name+".html")
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// TestCheckHTMLChecks runs the Nu Html Checker and axe-core on the check
// pages, as TestHTMLNuChecker and TestHTMLAxe do on the reports, and opens
// them in Chromium: no console error (a CSP violation is one) and no
// request beyond the page.
func TestCheckHTMLChecks(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode")
	}
	pages := checkPages(t)
	t.Run("vnu", func(t *testing.T) {
		jar := browsertest.Tool(t, "VNU_JAR", "the Nu Html Checker")
		out, err := exec.Command("java", append([]string{"-jar", jar, "--errors-only", "--format", "json"}, pages...)...).CombinedOutput()
		var res struct {
			Messages []struct {
				Type, URL, Message string
				LastLine           int
			}
		}
		if jerr := json.Unmarshal(out, &res); jerr != nil {
			t.Fatalf("vnu: %v: %s", err, out)
		}
		for _, m := range res.Messages {
			t.Errorf("%s:%d: %s: %s", filepath.Base(m.URL), m.LastLine, m.Type, m.Message)
		}
	})
	t.Run("browser", func(t *testing.T) {
		axePath := browsertest.Tool(t, "AXE_CORE", "axe-core")
		axeJS, err := os.ReadFile(axePath)
		if err != nil {
			t.Fatal(err)
		}
		b := browsertest.New(t)
		for _, p := range pages {
			v := b.Open(t, "file://"+p, "")
			for _, e := range v.Errors {
				t.Errorf("%s: console: %s", filepath.Base(p), e)
			}
			for _, r := range v.Requests {
				t.Errorf("%s: network request: %s", filepath.Base(p), r)
			}
			for _, v := range b.Axe(t, "file://"+p, string(axeJS)) {
				msg := filepath.Base(p) + ": " + v.Impact + " " + v.ID + " (" + v.Help + ")"
				if v.Impact == "serious" || v.Impact == "critical" {
					t.Errorf("%s on %d elements", msg, v.Nodes)
				} else {
					t.Logf("%s on %d elements", msg, v.Nodes)
				}
			}
		}
	})
}
