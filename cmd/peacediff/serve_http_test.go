package main

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/peacediff/peacediff/site"
)

// tinyPage is a page with a head as peacediff writes it.
const tinyPage = `<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-x&#39;">
<title>t</title>
</head>
<body>
<main>page</main>
</body>
</html>
`

// pagesOf is a site of pages made already, by path.
type pagesOf map[string][]byte

func (m pagesOf) Page(p string) ([]byte, bool, error) {
	data, ok := m[p]
	return data, ok, nil
}

// tinyServer serves a one-page site within limits l from a real listener
// on 127.0.0.1.
func tinyServer(t *testing.T, l serveLimits) (*liveSite, *httptest.Server) {
	t.Helper()
	live := newLiveSite(l.events)
	live.set(pagesOf{"index.html": []byte(tinyPage)}, nil)
	ts := httptest.NewUnstartedServer(nil)
	ts.Config = newServer(live, l)
	ts.Config.RegisterOnShutdown(live.close)
	ts.Start()
	t.Cleanup(ts.Close)
	return live, ts
}

// TestServedHosts: the Host headers answered are the loopback names and
// the host of --addr, with the port listened on.
func TestServedHosts(t *testing.T) {
	bound := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8080}
	for _, tc := range []struct {
		addr, host string
		ok         bool
	}{
		{"127.0.0.1:8080", "127.0.0.1:8080", true},
		{"127.0.0.1:8080", "localhost:8080", true},
		{"127.0.0.1:8080", "LocalHost:8080", true},
		{"127.0.0.1:8080", "[::1]:8080", true},
		{"127.0.0.1:0", "localhost:8080", true}, // the port bound, not asked
		{"example.lan:8080", "example.lan:8080", true},
		{"127.0.0.1:8080", "evil.example", false},
		{"127.0.0.1:8080", "evil.example:8080", false},
		{"127.0.0.1:8080", "localhost.evil.example:8080", false},
		{"127.0.0.1:8080", "127.0.0.1.nip.io:8080", false},
		{"127.0.0.1:8080", "localhost:9090", false},
		{"127.0.0.1:8080", "localhost", false}, // port 80 implied
		{"127.0.0.1:8080", "", false},
		{":8080", "192.168.1.5:8080", false},
		{"example.lan:8080", "other.lan:8080", false},
	} {
		h := guardHost(servedHosts(tc.addr, bound), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
		r := httptest.NewRequest("GET", "/index.html", nil)
		r.Host = tc.host
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if got := w.Code == http.StatusOK; got != tc.ok {
			t.Errorf("--addr %s, Host %q: status %d", tc.addr, tc.host, w.Code)
		}
	}
	port80 := servedHosts("127.0.0.1:80", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 80})
	for _, h := range []string{"localhost", "127.0.0.1", "[::1]", "localhost:80"} {
		if !port80[h] {
			t.Errorf("on port 80, Host %q refused", h)
		}
	}
}

// TestServeRefusesOtherHosts: a page of evil.example whose name now points
// to 127.0.0.1 (DNS rebinding) gets 421 and a short plain message, never
// the drafts; the same request under the loopback name gets the page.
func TestServeRefusesOtherHosts(t *testing.T) {
	addr, _ := startServe(t, "")
	for _, tc := range []struct {
		host string
		code int
	}{
		{"evil.example", http.StatusMisdirectedRequest},
		{"evil.example:" + portOf(addr), http.StatusMisdirectedRequest},
		{"localhost:" + portOf(addr), http.StatusOK},
	} {
		for _, p := range []string{"/", "/p/us-28-point-2025-11.html", "/_events"} {
			if p == "/_events" && tc.code == http.StatusOK {
				continue // a stream: TestServeHeaders reads it
			}
			req, err := http.NewRequest("GET", "http://"+addr+p, nil)
			if err != nil {
				t.Fatal(err)
			}
			req.Host = tc.host
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tc.code {
				t.Errorf("Host %s, %s: status %d, want %d", tc.host, p, resp.StatusCode, tc.code)
			}
			if tc.code != http.StatusOK {
				if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
					t.Errorf("Host %s, %s: Content-Type %q", tc.host, p, ct)
				}
				if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
					t.Errorf("Host %s, %s: no nosniff", tc.host, p)
				}
				if len(body) > 200 || strings.Contains(string(body), "<") {
					t.Errorf("Host %s, %s: body %q, want a short plain message", tc.host, p, body)
				}
			}
		}
	}
}

func portOf(addr string) string {
	_, port, _ := net.SplitHostPort(addr)
	return port
}

// TestServeHeaders: every response, pages, other files, a missing file
// and the live-reload stream, carries the policy of the page plus
// frame-ancestors 'none', nosniff and no-referrer.
func TestServeHeaders(t *testing.T) {
	addr, _ := startServe(t, "")
	for _, p := range []string{"/", "/p/us-28-point-2025-11.html", "/m/territory.html", "/" + site.Marker, "/nothing-here.html", "/_events"} {
		resp, err := http.Get("http://" + addr + p)
		if err != nil {
			t.Fatal(err)
		}
		var body []byte
		if p == "/_events" {
			body, _ = bufio.NewReader(resp.Body).ReadBytes('\n')
		} else {
			body, _ = io.ReadAll(resp.Body)
		}
		resp.Body.Close()
		h := resp.Header
		if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options %q", p, got)
		}
		if got := h.Get("Referrer-Policy"); got != "no-referrer" {
			t.Errorf("%s: Referrer-Policy %q", p, got)
		}
		csp := h.Get("Content-Security-Policy")
		if !strings.HasSuffix(csp, "; frame-ancestors 'none'") || !strings.HasPrefix(csp, "default-src 'none'") {
			t.Errorf("%s: Content-Security-Policy %q", p, csp)
		}
		if resp.StatusCode == http.StatusOK && strings.HasPrefix(h.Get("Content-Type"), "text/html") {
			declared, ok := site.Policy(body)
			if !ok || csp != declared+"; frame-ancestors 'none'" {
				t.Errorf("%s: header policy %q, the page declares %q", p, csp, declared)
			}
		}
	}
}

// fastLimits are timeouts small enough for a test to see them act.
func fastLimits() serveLimits {
	l := defaultServeLimits()
	l.readHeader, l.read, l.write, l.idle = 100*time.Millisecond, 200*time.Millisecond, 200*time.Millisecond, 100*time.Millisecond
	l.events = 1500 * time.Millisecond
	return l
}

// closedByServer reports whether the server closes conn, reading what it
// sends, within a few seconds.
func closedByServer(t *testing.T, conn net.Conn, r *bufio.Reader) bool {
	t.Helper()
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, err := io.Copy(io.Discard, r)
	var ne net.Error
	return err == nil || !(errors.As(err, &ne) && ne.Timeout())
}

// TestServeTimeouts: a connection left idle after a request, and one
// whose headers never end, are closed by the server.
func TestServeTimeouts(t *testing.T) {
	_, ts := tinyServer(t, fastLimits())
	host := ts.Listener.Addr().String()
	for _, tc := range []struct {
		name, send string
		response   bool
	}{
		{"idle after a request", "GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n", true},
		{"headers never ended", "GET / HTTP/1.1\r\nHost: " + host + "\r\nX-Slow: 1", false},
		{"nothing sent", "", false},
	} {
		conn, err := net.Dial("tcp", host)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(conn, tc.send)
		r := bufio.NewReader(conn)
		if tc.response {
			resp, err := http.ReadResponse(r, nil)
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK || resp.Close {
				t.Fatalf("%s: status %d, close %v: want a kept-alive 200", tc.name, resp.StatusCode, resp.Close)
			}
		}
		if !closedByServer(t, conn, r) {
			t.Errorf("%s: the connection is still open", tc.name)
		}
		conn.Close()
	}
}

// TestServeHeaderLimit: headers past the limit get 431, not the page.
func TestServeHeaderLimit(t *testing.T) {
	l := defaultServeLimits()
	_, ts := tinyServer(t, l)
	req, _ := http.NewRequest("GET", ts.URL+"/", nil)
	req.Header.Set("X-Big", strings.Repeat("a", 4*l.maxHeaderBytes))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("status %d, want 431", resp.StatusCode)
	}
}

// TestServeEventsOutliveTimeouts: the live-reload stream still tells of a
// rebuild after the server's read and write timeouts have passed, ends by
// itself at the end of its lifetime, and a page that comes back with the
// id of an older build is told at once.
func TestServeEventsOutliveTimeouts(t *testing.T) {
	l := fastLimits()
	live, ts := tinyServer(t, l)
	resp, err := http.Get(ts.URL + "/_events")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	r := bufio.NewReader(resp.Body)
	first := readEvent(t, r)
	if !strings.Contains(first, "id: 1\n") || strings.Contains(first, "data:") {
		t.Fatalf("first event %q, want the id of build 1 and no data", first)
	}
	time.Sleep(2 * max(l.read, l.write))
	live.set(pagesOf{"index.html": []byte(tinyPage)}, nil)
	if ev := readEvent(t, r); !strings.Contains(ev, "data: rebuilt") || !strings.Contains(ev, "id: 2\n") {
		t.Fatalf("after a rebuild, event %q", ev)
	}
	done := make(chan error, 1)
	go func() {
		_, err := io.Copy(io.Discard, r)
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("the stream ended with %v", err)
		}
	case <-time.After(l.events + 5*time.Second):
		t.Fatal("the stream outlived its lifetime")
	}

	req, _ := http.NewRequest("GET", ts.URL+"/_events", nil)
	req.Header.Set("Last-Event-ID", "1")
	again, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Body.Close()
	if ev := readEvent(t, bufio.NewReader(again.Body)); !strings.Contains(ev, "data: rebuilt") {
		t.Errorf("back with the id of build 1 at build 2: event %q, want a rebuild", ev)
	}
}

// readEvent reads one server-sent event, up to its blank line.
func readEvent(t *testing.T, r *bufio.Reader) string {
	t.Helper()
	var b strings.Builder
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			t.Fatalf("reading an event: %v (read %q)", err, b.String())
		}
		if line == "\n" {
			return b.String()
		}
		b.WriteString(line)
	}
}

// startServe runs site serve on 127.0.0.1:0 over corpus (none: the
// built-in one) until the test ends, and returns its address and stderr.
func startServe(t testing.TB, corpus string) (string, *lockedBuffer) {
	t.Helper()
	return serveApp(t, &app{corpusDir: corpus})
}

// serveApp runs site serve of app on 127.0.0.1:0 until the test ends, and
// returns its address and stderr.
func serveApp(t testing.TB, app *app) (string, *lockedBuffer) {
	t.Helper()
	stderr := &lockedBuffer{}
	ios, _, _ := Test("")
	ios.ErrOut = stderr
	app.ios = ios
	l := defaultServeLimits()
	l.rewatch = 50 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- runSiteServe(&siteServeOptions{app: app, addr: "127.0.0.1:0", ctx: ctx, limits: &l, ready: func(a string) { ready <- a }})
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	select {
	case addr := <-ready:
		return addr, stderr
	case err := <-done:
		done <- err
		t.Fatalf("serve stopped: %v\n%s", err, stderr.String())
	}
	return "", nil
}

// slowPages makes a page only when told to, and counts the pages it makes
// at once.
type slowPages struct {
	started chan string   // a path, when a page starts being made
	release chan struct{} // lets one page be made
	mu      sync.Mutex
	now     int
	most    int
	made    int
}

func (sp *slowPages) Page(p string) ([]byte, bool, error) {
	sp.mu.Lock()
	sp.now++
	sp.most = max(sp.most, sp.now)
	sp.made++
	sp.mu.Unlock()
	sp.started <- p
	<-sp.release
	sp.mu.Lock()
	sp.now--
	sp.mu.Unlock()
	return []byte("made"), true, nil
}

// TestServeOneMakeAtATime: a page still being made for one build is not
// made at the same time for the next; the request of the next waits for
// its turn, and a request that ends while it waits makes nothing.
func TestServeOneMakeAtATime(t *testing.T) {
	pages := &slowPages{started: make(chan string), release: make(chan struct{})}
	live := newLiveSite(time.Minute)
	live.set(pages, nil)
	waiting := func(n int) {
		for {
			live.mu.Lock()
			tn := live.making["slow.txt"]
			there := tn != nil && tn.n == n
			live.mu.Unlock()
			if there {
				return
			}
			time.Sleep(time.Millisecond)
		}
	}
	results := make(chan error, 3)
	ask := func(ctx context.Context) {
		_, _, err := live.page(ctx, "slow.txt")
		results <- err
	}
	go ask(context.Background())
	<-pages.started
	live.set(pages, nil) // the next build
	go ask(context.Background())
	waiting(2)
	gone, cancel := context.WithCancel(context.Background())
	go ask(gone)
	waiting(3)
	cancel()
	if err := <-results; !errors.Is(err, context.Canceled) {
		t.Errorf("a request that ended while it waited: %v", err)
	}
	pages.release <- struct{}{}
	if err := <-results; err != nil {
		t.Fatal(err)
	}
	<-pages.started
	pages.release <- struct{}{}
	if err := <-results; err != nil {
		t.Fatal(err)
	}
	if pages.most != 1 || pages.made != 2 {
		t.Errorf("%d pages made, at most %d at once; want 2, one at a time", pages.made, pages.most)
	}
	if len(live.making) != 0 {
		t.Errorf("%d turns left", len(live.making))
	}
}
