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

// mapFiles writes the seed maps as SVG files and inlined, side by side,
// in one HTML page, and returns the page and the files.
func mapFiles(t *testing.T) (page string, svgs []string) {
	t.Helper()
	dir := t.TempDir()
	var body bytes.Buffer
	for i, s := range mapSeeds {
		c := corpusOf(t, s.seed)
		r := seedReport(t, c, s.ids, s.opts)
		svg := renderMap(t, c.Catalog, r, s.k, MapOptions{OutlineChanges: true})
		p := filepath.Join(dir, s.name+".svg")
		if err := os.WriteFile(p, svg, 0o644); err != nil {
			t.Fatal(err)
		}
		svgs = append(svgs, p)
		body.WriteString("<figure>\n")
		body.Write(renderMap(t, c.Catalog, r, s.k, MapOptions{OutlineChanges: true, IDPrefix: s.name + "-" + string(rune('a'+i)) + "-"}))
		body.WriteString("</figure>\n")
	}
	html := "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Maps</title></head>\n<body>\n<main>\n" +
		body.String() + "</main>\n</body>\n</html>\n"
	page = filepath.Join(dir, "maps.html")
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	return page, svgs
}

// TestMapNuChecker: the maps inlined in an HTML page pass the Nu Html
// Checker, and the standalone files its SVG check.
func TestMapNuChecker(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode")
	}
	jar := browsertest.Tool(t, "VNU_JAR", "the Nu Html Checker")
	page, svgs := mapFiles(t)
	args := append([]string{"-jar", jar, "--errors-only", "--format", "json", "--also-check-svg"}, append([]string{page}, svgs...)...)
	out, err := exec.Command("java", args...).CombinedOutput()
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
}

// TestMapInBrowser opens the maps inlined in an HTML page in headless
// Chromium: no console error, no request, and no serious accessibility
// violation (axe-core, when AXE_CORE names it). The standalone files are
// checked by the Nu Html Checker.
func TestMapInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	b := browsertest.New(t)
	page, _ := mapFiles(t)
	v := b.Open(t, "file://"+page, "")
	for _, e := range v.Errors {
		t.Errorf("console: %s", e)
	}
	for _, r := range v.Requests {
		t.Errorf("network request: %s", r)
	}
	if os.Getenv("AXE_CORE") == "" && os.Getenv("CI") != "true" {
		return
	}
	axeJS, err := os.ReadFile(browsertest.Tool(t, "AXE_CORE", "axe-core"))
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range b.Axe(t, "file://"+page, string(axeJS)) {
		if v.Impact == "serious" || v.Impact == "critical" {
			t.Errorf("%s %s (%s) on %d elements", v.Impact, v.ID, v.Help, v.Nodes)
		} else {
			t.Logf("%s %s (%s) on %d elements", v.Impact, v.ID, v.Help, v.Nodes)
		}
	}
}
