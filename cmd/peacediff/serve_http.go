package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/peacediff/peacediff/site"
)

// serveLimits bounds what one client of site serve may hold, and how
// often the corpus folder is looked at.
type serveLimits struct {
	readHeader, read, write, idle time.Duration
	// events is how long one live-reload stream lasts; the page then
	// opens a new one.
	events         time.Duration
	maxHeaderBytes int
	// rewatch is how often the server checks that the folder it watches
	// is still the one at the corpus path.
	rewatch time.Duration
}

func defaultServeLimits() serveLimits {
	return serveLimits{
		readHeader:     5 * time.Second,
		read:           10 * time.Second,
		write:          30 * time.Second,
		idle:           60 * time.Second,
		events:         5 * time.Minute,
		maxHeaderBytes: 16 << 10,
		rewatch:        time.Second,
	}
}

// newServer returns a server of h within the limits l.
func newServer(h http.Handler, l serveLimits) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: l.readHeader,
		ReadTimeout:       l.read,
		WriteTimeout:      l.write,
		IdleTimeout:       l.idle,
		MaxHeaderBytes:    l.maxHeaderBytes,
	}
}

// servedHosts lists the Host headers the server answers: the loopback
// names with the port it listens on, and the host of --addr. Anything
// else is a page of another site reaching the server under its own name
// (DNS rebinding).
func servedHosts(addr string, bound net.Addr) map[string]bool {
	_, port, err := net.SplitHostPort(bound.String())
	if err != nil {
		return nil
	}
	names := []string{"127.0.0.1", "localhost", "::1"}
	if host, _, err := net.SplitHostPort(addr); err == nil && host != "" {
		names = append(names, host)
	}
	hosts := map[string]bool{}
	for _, n := range names {
		h := strings.ToLower(net.JoinHostPort(n, port))
		hosts[h] = true
		if port == "80" { // a browser leaves the default port out
			hosts[strings.TrimSuffix(h, ":80")] = true
		}
	}
	return hosts
}

// guardHost serves next only the requests whose Host is one of hosts; the
// others get 421 Misdirected Request and a short plain message.
func guardHost(hosts map[string]bool, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !hosts[strings.ToLower(r.Host)] {
			h := w.Header()
			h.Set("Content-Security-Policy", "default-src 'none'"+frameAncestors)
			h.Set("X-Content-Type-Options", "nosniff")
			h.Set("Referrer-Policy", "no-referrer")
			http.Error(w, "misdirected request: this server answers only to its loopback address", http.StatusMisdirectedRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// servedPage is a file of the site as it is served.
type servedPage struct {
	data        []byte
	contentType string
	policy      string // the Content-Security-Policy header
}

// pages are the files of a site to serve: the bytes of the one at a path,
// made when it is asked for, and whether the site has one there.
type pages interface {
	Page(path string) ([]byte, bool, error)
}

// liveSite is the site being served: the pages of the last good build,
// with a banner of the problems that stop the current files from
// building, and a channel closed at the next build.
type liveSite struct {
	events time.Duration // lifetime of one live-reload stream

	mu       sync.Mutex
	good     pages    // the last good build
	problems []string // what stops the files from building, if anything
	served   map[string]*servedPage
	making   map[string]*turn // per path, while a page is made or waited for there
	version  int
	rebuilt  chan struct{}

	closeOnce sync.Once
	closed    chan struct{} // closed when the server shuts down
}

// turn is held while the page at a path is made, by one request at a
// time; n counts the requests that hold it or wait for it.
type turn struct {
	held chan struct{}
	n    int
}

func newLiveSite(events time.Duration) *liveSite {
	return &liveSite{events: events, making: map[string]*turn{}, rebuilt: make(chan struct{}), closed: make(chan struct{})}
}

// close ends the live-reload streams.
func (s *liveSite) close() { s.closeOnce.Do(func() { close(s.closed) }) }

// frameAncestors is added to the policy of the pages: a page of the site
// is never shown in a frame of another.
const frameAncestors = "; frame-ancestors 'none'"

// set serves site, a new good build, or, when site is nil, the last good
// build with a banner of problems on every HTML page; every HTML page
// reloads itself at the next build.
func (s *liveSite) set(site pages, problems []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if site != nil {
		s.good = site
	}
	s.problems = problems
	s.served = map[string]*servedPage{}
	s.version++
	close(s.rebuilt)
	s.rebuilt = make(chan struct{})
}

// page returns the file at p as it is served, made the first time it is
// asked for in this build, and whether the site has one there. The pages
// at a path are made one at a time, whatever their build: a slow page
// asked for again after each of many edits is not made for all of them at
// once, and a request that ends while it waits for its turn makes nothing.
func (s *liveSite) page(ctx context.Context, p string) (*servedPage, bool, error) {
	s.mu.Lock()
	sp := s.served[p]
	t := s.making[p]
	if sp == nil && t == nil {
		t = &turn{held: make(chan struct{}, 1)}
		s.making[p] = t
	}
	if sp == nil {
		t.n++
	}
	s.mu.Unlock()
	if sp != nil {
		return sp, true, nil
	}
	defer func() {
		s.mu.Lock()
		if t.n--; t.n == 0 {
			delete(s.making, p)
		}
		s.mu.Unlock()
	}()
	select {
	case t.held <- struct{}{}:
		defer func() { <-t.held }()
	case <-ctx.Done():
		return nil, false, ctx.Err()
	}
	s.mu.Lock()
	good, problems, version, sp := s.good, s.problems, s.version, s.served[p]
	s.mu.Unlock()
	if sp != nil {
		return sp, true, nil
	}
	data, ok, err := good.Page(p)
	if !ok || err != nil {
		return nil, ok, err
	}
	sp = &servedPage{data: data, contentType: contentType(p)}
	if path.Ext(p) == ".html" {
		sp.data = site.WithBanner(site.WithReload(data), problems)
		if policy, ok := site.Policy(sp.data); ok {
			sp.policy = policy + frameAncestors
		}
	}
	s.mu.Lock()
	if s.version == version {
		s.served[p] = sp
	}
	s.mu.Unlock()
	return sp, true, nil
}

// policy is the Content-Security-Policy header of what is not a page of
// the site: the front page's.
func (s *liveSite) policy(ctx context.Context) string {
	if index, ok, err := s.page(ctx, "index.html"); ok && err == nil && index.policy != "" {
		return index.policy
	}
	return "default-src 'none'" + frameAncestors
}

func contentType(p string) string {
	switch path.Ext(p) {
	case ".html":
		return "text/html; charset=utf-8"
	case ".xml":
		return "application/xml"
	case ".svg":
		return "image/svg+xml"
	}
	return "text/plain; charset=utf-8"
}

// wait returns a channel closed at the next build, and the version of
// the current one.
func (s *liveSite) wait() (<-chan struct{}, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.rebuilt, s.version
}

func (s *liveSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
	p := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
	if p == "" || strings.HasSuffix(r.URL.Path, "/") {
		p = path.Join(p, "index.html")
	}
	page, ok, err := s.page(r.Context(), p)
	if r.Context().Err() != nil {
		return // the client is gone
	}
	if ok && err == nil && page.policy != "" {
		h.Set("Content-Security-Policy", page.policy)
	} else {
		h.Set("Content-Security-Policy", s.policy(r.Context()))
	}
	switch {
	case r.URL.Path == "/_events":
		s.stream(w, r)
	case !ok:
		http.NotFound(w, r)
	case err != nil:
		http.Error(w, "this page could not be made: "+err.Error(), http.StatusInternalServerError)
	default:
		h.Set("Content-Type", page.contentType)
		w.Write(page.data)
	}
}

// stream sends a server-sent event at each rebuild, for as long as the
// stream's lifetime: it has a write deadline of its own, past the
// server's WriteTimeout (net/http lifts the read deadline itself once the
// request is read), and the page's EventSource opens a new stream when it
// ends. A
// stream that comes back with the id of an older build is told of the
// new one at once.
func (s *liveSite) stream(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	end := time.Now().Add(s.events)
	if err := rc.SetWriteDeadline(end.Add(5 * time.Second)); err != nil {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	rebuilt, version := s.wait()
	fmt.Fprintf(w, "retry: 1000\nid: %d\n", version)
	if last := r.Header.Get("Last-Event-ID"); last != "" && last != fmt.Sprint(version) {
		io.WriteString(w, "data: rebuilt\n")
	}
	io.WriteString(w, "\n")
	if rc.Flush() != nil {
		return
	}
	lifetime := time.NewTimer(s.events)
	defer lifetime.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-s.closed:
			return
		case <-lifetime.C:
			return
		case <-rebuilt:
			rebuilt, version = s.wait()
			fmt.Fprintf(w, "id: %d\ndata: rebuilt\n\n", version)
			if rc.Flush() != nil {
				return
			}
		}
	}
}
