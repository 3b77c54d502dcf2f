package main

import (
	"context"
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
// the change, an invalid edit shows the problem with its position, and the
// fix brings the page back.
func TestSiteServe(t *testing.T) {
	corpus := t.TempDir()
	src, err := os.ReadFile(filepath.Join("..", "..", "proposals", "corpus", "us-28-point-2025-11.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(corpus, "us-28-point-2025-11.yaml")
	if err := os.WriteFile(file, src, 0o644); err != nil {
		t.Fatal(err)
	}
	ios, _, _ := Test("")
	app := &app{ios: ios, corpusDir: corpus}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- runSiteServe(&siteServeOptions{app: app, addr: "127.0.0.1:0", ctx: ctx, ready: func(a string) { ready <- a }})
	}()
	var addr string
	select {
	case addr = <-ready:
	case err := <-done:
		t.Fatalf("serve stopped: %v", err)
	}
	page := "http://" + addr + "/p/us-28-point-2025-11.html"
	waitFor(t, page, "600,000 personnel")

	edit := strings.Replace(string(src), "personnel: 600000", "personnel: 650000", 1)
	if err := os.WriteFile(file, []byte(edit), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, page, "650,000 personnel")

	broken := strings.Replace(edit, "personnel: 650000", "troop_cap: 650000", 1)
	if err := os.WriteFile(file, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, page, `unknown field &#34;troop_cap&#34; in military.caps[0]; did you mean &#34;personnel&#34;?`)

	if err := os.WriteFile(file, []byte(edit), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, page, "650,000 personnel")
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve: %v", err)
	}
}

// waitFor polls url until its body contains want, for up to 20 seconds.
func waitFor(t *testing.T, url, want string) {
	t.Helper()
	var body string
	for range 200 {
		resp, err := http.Get(url)
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			body = string(b)
			if strings.Contains(body, want) {
				return
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%s never showed %q; last body:\n%.2000s", url, want, body)
}
