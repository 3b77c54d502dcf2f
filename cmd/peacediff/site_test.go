package main

import (
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runSelf runs this test binary as peacediff (see TestMain).
func runSelf(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "PEACEDIFF_AS_MAIN=1")
	return cmd
}

// TestSiteBuildKilled kills site build at several moments: the folder always
// holds a whole site, the old one or the new one, never a part.
func TestSiteBuildKilled(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	if out, err := runSelf("site", "build", "-o", dir).CombinedOutput(); err != nil {
		t.Fatalf("first build: %v\n%s", err, out)
	}
	want := listFiles(t, dir)
	for _, delay := range []time.Duration{0, 2 * time.Millisecond, 5 * time.Millisecond, 10 * time.Millisecond, 20 * time.Millisecond, 40 * time.Millisecond, 80 * time.Millisecond, 160 * time.Millisecond} {
		cmd := runSelf("site", "build", "-o", dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		got := listFiles(t, dir)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("killed after %v: the folder holds %d files, want the whole site of %d", delay, len(got), len(want))
		}
	}
	// A later build cleans up what the killed ones left beside the folder.
	if out, err := runSelf("site", "build", "-o", dir).CombinedOutput(); err != nil {
		t.Fatalf("last build: %v\n%s", err, out)
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), ".public.building-*"))
	if len(left) != 0 {
		t.Errorf("temporary folders left behind: %v", left)
	}
}

func listFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			files = append(files, rel)
		}
		return nil
	})
	return files
}

// TestSiteServe edits a proposal while the site is served: the page shows
// the change. TestServeBanner breaks and fixes it.
func TestSiteServe(t *testing.T) {
	corpus := t.TempDir()
	file := usCorpus(t, corpus, "600000")
	addr, _ := startServe(t, corpus)
	page := "http://" + addr + "/p/us-28-point-2025-11.html"
	waitFor(t, page, "600,000 personnel")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	edit := strings.Replace(string(src), "personnel: 600000", "personnel: 650000", 1)
	if err := os.WriteFile(file, []byte(edit), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, page, "650,000 personnel")
}

// waitFor polls url until its body contains want, for up to 20 seconds,
// and returns the body.
func waitFor(t *testing.T, url, want string) string {
	t.Helper()
	return poll(t, url, want, true)
}

// waitForNot polls url until its body lacks unwanted, for up to 20
// seconds.
func waitForNot(t *testing.T, url, unwanted string) {
	t.Helper()
	poll(t, url, unwanted, false)
}

func poll(t *testing.T, url, s string, want bool) string {
	t.Helper()
	var body string
	for range 200 {
		resp, err := http.Get(url)
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			body = string(b)
			if resp.StatusCode == http.StatusOK && strings.Contains(body, s) == want {
				return body
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	if want {
		t.Fatalf("%s never showed %q; last body:\n%.2000s", url, s, body)
	}
	t.Fatalf("%s still shows %q; last body:\n%.2000s", url, s, body)
	return ""
}
