package main

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/peacediff/peacediff/internal/browsertest"
)

// usCorpus writes the US 28-point plan, with personnel as the cap of the
// Ukrainian army, into a new folder dir, and returns the file's path.
func usCorpus(t *testing.T, dir string, personnel string) string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "..", "proposals", "corpus", "us-28-point-2025-11.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "us-28-point-2025-11.yaml")
	data := strings.Replace(string(src), "personnel: 600000", "personnel: "+personnel, 1)
	if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

// TestServeRewatch replaces the corpus folder, or removes it and makes it
// again, while the site is served: the new folder's files are served, an
// edit in it is seen (the watch follows the path, not the old folder),
// and stderr says the folder is watched again.
func TestServeRewatch(t *testing.T) {
	for _, tc := range []struct {
		name    string
		replace func(t *testing.T, corpus string)
	}{
		{"moved away and replaced", func(t *testing.T, corpus string) {
			fresh := filepath.Join(filepath.Dir(corpus), "new")
			usCorpus(t, fresh, "650000")
			if err := os.Rename(corpus, corpus+".old"); err != nil {
				t.Fatal(err)
			}
			if err := os.Rename(fresh, corpus); err != nil {
				t.Fatal(err)
			}
		}},
		{"removed and made again", func(t *testing.T, corpus string) {
			if err := os.RemoveAll(corpus); err != nil {
				t.Fatal(err)
			}
			usCorpus(t, corpus, "650000")
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			corpus := filepath.Join(t.TempDir(), "corpus")
			usCorpus(t, corpus, "600000")
			addr, stderr := startServe(t, corpus)
			page := "http://" + addr + "/p/us-28-point-2025-11.html"
			waitFor(t, page, "600,000 personnel")
			tc.replace(t, corpus)
			waitFor(t, page, "650,000 personnel")
			usCorpus(t, corpus, "700000")
			waitFor(t, page, "700,000 personnel")
			if !strings.Contains(stderr.String(), "watch: watching "+corpus+" again") {
				t.Errorf("stderr does not say the folder is watched again:\n%s", stderr.String())
			}
		})
	}
}

// TestServeBanner breaks a file while the site is served: every page
// keeps the last good build and opens with a banner naming the problem at
// file:line:col, escaped; the fix removes the banner.
func TestServeBanner(t *testing.T) {
	corpus := t.TempDir()
	file := usCorpus(t, corpus, "650000")
	addr, stderr := startServe(t, corpus)
	page := "http://" + addr + "/p/us-28-point-2025-11.html"
	index := "http://" + addr + "/"
	waitFor(t, page, "650,000 personnel")

	good, _ := os.ReadFile(file)
	broken := strings.Replace(string(good), "personnel: 650000", "troop_cap: 650000", 1)
	if err := os.WriteFile(file, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	problem := regexp.MustCompile(`<li><code>[^<]*us-28-point-2025-11\.yaml:\d+:\d+: unknown field &#34;troop_cap&#34; in military\.caps\[0\]; did you mean &#34;personnel&#34;\?</code></li>`)
	for _, u := range []string{page, index} {
		body := waitFor(t, u, `class="live-problems"`)
		if !problem.MatchString(body) {
			t.Errorf("%s: the banner does not name the problem at file:line:col:\n%.3000s", u, body)
		}
	}
	if body := waitFor(t, page, `class="live-problems"`); !strings.Contains(body, "650,000 personnel") {
		t.Error("with a banner, the page is not the last good build")
	}
	if !strings.Contains(stderr.String(), "unknown field") {
		t.Errorf("stderr does not list the problem:\n%s", stderr.String())
	}

	if err := os.WriteFile(file, good, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, u := range []string{page, index} {
		waitForNot(t, u, `class="live-problems"`)
	}
}

// TestServeFirstBuildFails: files invalid from the start stop site serve
// with status 2 and the problems at file:line:col.
func TestServeFirstBuildFails(t *testing.T) {
	corpus := t.TempDir()
	file := usCorpus(t, corpus, "650000")
	good, _ := os.ReadFile(file)
	os.WriteFile(file, []byte(strings.Replace(string(good), "personnel: 650000", "troop_cap: 650000", 1)), 0o644)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "site", "serve", "--corpus", corpus, "--addr", "127.0.0.1:0")
	cmd.Env = append(os.Environ(), "PEACEDIFF_AS_MAIN=1")
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitTrouble {
		t.Fatalf("site serve: %v, want exit status 2\n%s", err, out)
	}
	if !regexp.MustCompile(`us-28-point-2025-11\.yaml:\d+:\d+: unknown field "troop_cap"`).Match(out) {
		t.Errorf("no problem at file:line:col in:\n%s", out)
	}
	if strings.Contains(string(out), "serving http") {
		t.Errorf("it served:\n%s", out)
	}
}

// TestServeInBrowser opens a served page with a banner in Chromium: the
// policy of the header and of the page allow its stylesheet and its
// reload script (no console error, a CSP violation being one), and it
// asks only for its live-reload stream.
func TestServeInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	b := browsertest.New(t)
	corpus := t.TempDir()
	file := usCorpus(t, corpus, "650000")
	addr, _ := startServe(t, corpus)
	page := "http://" + addr + "/p/us-28-point-2025-11.html"
	waitFor(t, page, "650,000 personnel")
	good, _ := os.ReadFile(file)
	os.WriteFile(file, []byte(strings.Replace(string(good), "personnel: 650000", "troop_cap: 650000", 1)), 0o644)
	waitFor(t, page, `class="live-problems"`)
	v := b.Open(t, page, "")
	for _, e := range v.Errors {
		t.Errorf("console: %s", e)
	}
	for _, r := range v.Requests {
		if r != "http://"+addr+"/_events" {
			t.Errorf("request %s", r)
		}
	}
}
