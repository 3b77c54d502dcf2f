package main

import (
	"bytes"
	"io"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/site"
)

// TestServeMatchesBuild edits the files of a served corpus, one change
// after another: after each, every page served is, byte for byte, the
// page of a fresh site build of the files (with the reload script), and
// a page the build no longer has is not found. After an
// invalid edit, every page is the last good build's with the banner of
// the problems, until the files are fixed.
func TestServeMatchesBuild(t *testing.T) {
	const us, e3, china, jeddah = "us-28-point-2025-11", "e3-counterproposal-2025-11", "china-position-2023-02", "us-ukraine-jeddah-2025-03"
	dir := t.TempDir()
	ios, _, errOut := Test("")
	if code := run([]string{"corpus", "export", dir}, ios); code != 0 {
		t.Fatalf("corpus export: exit %d: %s", code, errOut)
	}
	replace := func(name, old, new string) func(t *testing.T) {
		return func(t *testing.T) {
			p := filepath.Join(dir, name+".yaml")
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(data, []byte(old)) {
				t.Fatalf("%s has no %q", name, old)
			}
			if err := os.WriteFile(p, bytes.Replace(data, []byte(old), []byte(new), 1), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	steps := []struct {
		name string
		edit func(t *testing.T)
	}{
		{"the words of a point another text keeps", replace(us, "sovereignty is to be reaffirmed.", "sovereignty is to be affirmed again.")},
		{"what a text answers", replace(china, "\nlanguage: zh", "\nsupersedes:\n  - id: ukraine-peace-formula-2022-11\n    relation: answers\nlanguage: zh")},
		{"an id", func(t *testing.T) {
			replace(e3, "\nid: "+e3, "\nid: e3-renamed-2025-11")(t)
			if err := os.Rename(filepath.Join(dir, e3+".yaml"), filepath.Join(dir, "e3-renamed-2025-11.yaml")); err != nil {
				t.Fatal(err)
			}
		}},
		{"a text removed", func(t *testing.T) {
			if err := os.Remove(filepath.Join(dir, jeddah+".yaml")); err != nil {
				t.Fatal(err)
			}
		}},
		{"an invalid edit", replace(us, "personnel: 600000", "troop_cap: 600000")},
		{"fixed", replace(us, "troop_cap: 600000", "personnel: 600000")},
	}
	addr, _ := serveApp(t, &app{corpusDir: dir, noBuiltin: true})
	base := "http://" + addr + "/"
	good := buildPages(t, dir)
	served := servedPages(t, good, nil)
	for _, step := range steps {
		step.edit(t)
		cat, err := proposals.DefaultCatalog()
		if err != nil {
			t.Fatal(err)
		}
		var problems []string
		if _, err := proposals.LoadDir(dir, cat, 0); err != nil {
			problems = problemLines(err)
		} else {
			good = buildPages(t, dir)
		}
		want := servedPages(t, good, problems)
		waitPage(t, base+"index.html", want["index.html"])
		for p, data := range want {
			if got := get(t, base+p); !bytes.Equal(got, data) {
				t.Errorf("%s: %s is not the page of a fresh build%s", step.name, p, map[bool]string{true: " with the banner"}[problems != nil])
			}
		}
		for p := range served {
			if _, ok := want[p]; !ok {
				if resp, err := http.Get(base + p); err != nil || resp.StatusCode != http.StatusNotFound {
					t.Errorf("%s: %s is served, and no longer built", step.name, p)
				}
			}
		}
		served = want
	}
}

// buildPages builds the site of the files of dir alone, as `peacediff
// --corpus DIR --no-builtin site build` does before it writes the files,
// and returns them by path.
func buildPages(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	c, err := (&app{corpusDir: dir, noBuiltin: true}).corpus()
	if err != nil {
		t.Fatal(err)
	}
	built, err := site.Build(c, site.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string][]byte{}
	for _, p := range built {
		pages[p.Path] = p.Data
	}
	return pages
}

// servedPages returns the pages as site serve serves them: the HTML pages
// with the reload script, and the banner of problems when there are any.
func servedPages(t *testing.T, pages map[string][]byte, problems []string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for p, data := range pages {
		if path.Ext(p) == ".html" {
			data = site.WithBanner(site.WithReload(data), problems)
		}
		out[p] = data
	}
	return out
}

// get returns the body of url.
func get(t *testing.T, url string) []byte {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return body
}

// waitPage polls url until its body is want, for up to a minute.
func waitPage(t *testing.T, url string, want []byte) {
	t.Helper()
	var body []byte
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if body = get(t, url); bytes.Equal(body, want) {
			return
		}
	}
	t.Fatalf("%s never became the page of a fresh build; it is:\n%.2000s", url, strings.TrimSpace(string(body)))
}
