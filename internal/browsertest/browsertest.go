// Package browsertest opens pages in a real headless Chromium for tests: it
// records console errors, failed CSP checks and every network request, and
// takes screenshots. It is used only by tests.
package browsertest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Browser is a headless Chromium for one test.
type Browser struct {
	ctx context.Context
}

// New starts Chromium, or skips the test: with -short (the quick run of
// the README), or when Chromium is not installed and the test is not
// running in CI (CI=true), where its absence is a failure.
func New(t *testing.T) *Browser {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: skipping the browser test (CI runs it)")
	}
	path := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium is not installed; .ci/run installs it with apt-get install -y chromium")
		}
		t.Skip("chromium is not installed: skipping the browser test (apt-get install -y chromium)")
	}
	opts := append(slices.Clone(chromedp.DefaultExecAllocatorOptions[:]),
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 30*time.Minute)
	t.Cleanup(func() { cancelTimeout(); cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return &Browser{ctx: ctx}
}

// Visit is what happened while a page loaded.
type Visit struct {
	// Errors are console errors, uncaught exceptions and log entries of
	// level error (such as Content-Security-Policy violations).
	Errors []string
	// Requests are the URLs the page asked for beyond its own.
	Requests []string
	// Dialogs are the messages of any alert, confirm or prompt.
	Dialogs []string
}

// Open loads url in a new tab, waits for it, runs the actions then, if
// any, records what happened, and, when shot is not empty, saves a
// full-page PNG screenshot there.
func (b *Browser) Open(t *testing.T, url, shot string, then ...chromedp.Action[chromedp.Void]) Visit {
	t.Helper()
	ctx, cancel := chromedp.NewContext(b.ctx)
	defer cancel()
	ctx, cancelPage := context.WithTimeout(ctx, 2*time.Minute)
	defer cancelPage()
	var mu sync.Mutex
	var v Visit
	err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
				var parts []string
				for _, a := range e.Args {
					parts = append(parts, string(a.Value))
				}
				v.Errors = append(v.Errors, "console: "+strings.Join(parts, " "))
			}
		case *runtime.EventExceptionThrown:
			v.Errors = append(v.Errors, "exception: "+e.ExceptionDetails.Text)
		case *log.EventEntryAdded:
			if e.Entry.Level == log.EntryLevelError {
				v.Errors = append(v.Errors, fmt.Sprintf("log (%s): %s", e.Entry.Source, e.Entry.Text))
			}
		case *network.EventRequestWillBeSent:
			if u := e.Request.URL; u != url && !strings.HasPrefix(u, url+"#") {
				v.Requests = append(v.Requests, u)
			}
		case *page.EventJavascriptDialogOpening:
			v.Dialogs = append(v.Dialogs, e.Message)
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	})
	if err != nil {
		t.Fatalf("listen: %v", err)
	}
	if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, runtime.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, page.Enable, page.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady("body"), chromedp.Sleep(300*time.Millisecond)); err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
	if len(then) > 0 {
		if err := chromedp.Do(ctx, then...); err != nil {
			t.Fatalf("on %s: %v", url, err)
		}
	}
	if shot != "" {
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", url, err)
		}
		if err := os.WriteFile(shot, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	return v
}

// Violation is one accessibility rule that axe-core found broken.
type Violation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  int    `json:"nodes"`
}

// Axe loads url and runs axe-core (the script axeJS, the contents of
// axe.min.js) on it through the DevTools protocol, which the page's
// Content-Security-Policy does not govern, and returns the violations.
func (b *Browser) Axe(t *testing.T, url, axeJS string) []Violation {
	t.Helper()
	ctx, cancel := chromedp.NewContext(b.ctx)
	defer cancel()
	ctx, cancelPage := context.WithTimeout(ctx, 2*time.Minute)
	defer cancelPage()
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady("body")); err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](axeJS)); err != nil {
		t.Fatalf("load axe-core: %v", err)
	}
	const run = `axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations.map(v => ({id: v.id, impact: v.impact || "", help: v.help, nodes: v.nodes.length})))`
	vs, err := chromedp.Run(ctx, chromedp.Evaluate[[]Violation](run, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("run axe-core on %s: %v", url, err)
	}
	return vs
}

// Tool returns the path in the environment variable name, or skips the
// test (fails it in CI) when it is not set.
func Tool(t *testing.T, name, what string) string {
	t.Helper()
	p := os.Getenv(name)
	if p == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set: .ci/run installs %s and sets it", name, what)
		}
		t.Skipf("%s is not set: skipping the check with %s", name, what)
	}
	return p
}
