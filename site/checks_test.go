package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/internal/browsertest"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/render"
)

// htmlPages writes the HTML reports of the seed comparisons and every page
// of the site to a folder, and returns their paths.
func htmlPages(t *testing.T) []string {
	t.Helper()
	paths := sitePages(t)
	c := testCorpus(t)
	dir := t.TempDir()
	for i, ids := range [][]string{
		{"us-28-point-2025-11", "e3-counterproposal-2025-11"},
		{"us-28-point-2025-11", "e3-counterproposal-2025-11", "ukraine-us-20-point-2025-12"},
	} {
		var files []*proposals.File
		for _, id := range ids {
			files = append(files, c.Get(id))
		}
		r, err := compare.Compare(c, files, compare.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := render.HTML(&b, r, render.Options{Catalog: c.Catalog}); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, fmt.Sprintf("report-%d.html", i))
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// TestHTMLNuChecker runs the Nu Html Checker (vnu.jar, from the npm package
// vnu-jar; VNU_JAR names it) on the HTML reports: no error allowed.
func TestHTMLNuChecker(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode")
	}
	jar := browsertest.Tool(t, "VNU_JAR", "the Nu Html Checker")
	args := append([]string{"-jar", jar, "--errors-only", "--format", "json"}, htmlPages(t)...)
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
		t.Errorf("%s:%d: %s: %s", m.URL[strings.LastIndex(m.URL, "/")+1:], m.LastLine, m.Type, m.Message)
	}
}

// TestHTMLAxe runs axe-core (AXE_CORE names axe.min.js) on the HTML reports
// in Chromium: no serious or critical violation allowed.
func TestHTMLAxe(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode")
	}
	axePath := browsertest.Tool(t, "AXE_CORE", "axe-core")
	axeJS, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatal(err)
	}
	b := browsertest.New(t)
	for _, p := range htmlPages(t) {
		for _, v := range b.Axe(t, "file://"+p, string(axeJS)) {
			msg := filepath.Base(p) + ": " + v.Impact + " " + v.ID + " (" + v.Help + ")"
			if v.Impact == "serious" || v.Impact == "critical" {
				t.Errorf("%s on %d elements", msg, v.Nodes)
			} else {
				t.Logf("%s on %d elements", msg, v.Nodes)
			}
		}
	}
}

func sitePages(t *testing.T) []string {
	t.Helper()
	pages := buildSite(t, Options{})
	dir := writeSite(t, pages)
	var paths []string
	for _, p := range pages {
		if filepath.Ext(p.Path) == ".html" {
			paths = append(paths, filepath.Join(dir, filepath.FromSlash(p.Path)))
		}
	}
	// The served site's banner of problems, on the last good index page.
	var index []byte
	for _, pg := range pages {
		if pg.Path == "index.html" {
			index = pg.Data
		}
	}
	p := filepath.Join(dir, "problems.html")
	if err := os.WriteFile(p, WithBanner(index, []string{"corpus/x.yaml:3:5: unknown field \"troop_cap\""}), 0o644); err != nil {
		t.Fatal(err)
	}
	return append(paths, p)
}

func testCorpus(t *testing.T) *proposals.Corpus {
	t.Helper()
	c, err := proposals.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return c
}
