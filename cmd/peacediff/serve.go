package main

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
	"github.com/peacediff/peacediff/internal/termsafe"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/render"
	"github.com/peacediff/peacediff/site"
	"github.com/spf13/cobra"
)

type siteServeOptions struct {
	app   *app
	addr  string
	pairs []string
	// ready, when set, receives the address the server listens on.
	ready func(addr string)
	// ctx ends the server; the command's own ends on interrupt.
	ctx context.Context
}

func newSiteServeCmd(app *app, runF func(*siteServeOptions) error) *cobra.Command {
	opts := &siteServeOptions{app: app}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the site while you edit, rebuilding and reloading on every change",
		Long: `Serve builds the site in memory and serves it, by default on 127.0.0.1:8080
(loopback only, unless --addr says otherwise). It watches the corpus folder
(--corpus DIR) and rebuilds when a file changes; open pages reload by
themselves. When a file is invalid, the pages show the problems with
file:line:col instead of stopping the server.`,
		Example: `  peacediff site serve --corpus ./proposals
  peacediff site serve --corpus ./proposals --addr 127.0.0.1:9000`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt)
			defer stop()
			if opts.ctx == nil {
				opts.ctx = ctx
			}
			return runSiteServe(opts)
		},
	}
	cmd.Flags().StringVar(&opts.addr, "addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	cmd.Flags().StringArrayVar(&opts.pairs, "pair", nil, "also compare `A:B` (ids)")
	return cmd
}

// liveSite is the site being served: the pages of the last build, or the
// problems that stopped it, and the clients waiting for the next build.
type liveSite struct {
	mu      sync.Mutex
	pages   map[string][]byte
	problem []byte // a page listing the problems, when the build failed
	version int
	waiters []chan struct{}
}

// set serves pages, or the page of the problems that stopped a build;
// every HTML page reloads itself at the next build.
func (s *liveSite) set(pages []site.Page, problem []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if problem == nil {
		s.pages = make(map[string][]byte, len(pages))
		for _, p := range pages {
			data := p.Data
			if path.Ext(p.Path) == ".html" {
				data = site.WithReload(data)
			}
			s.pages[p.Path] = data
		}
	} else {
		problem = site.WithReload(problem)
	}
	s.problem = problem
	s.version++
	for _, w := range s.waiters {
		close(w)
	}
	s.waiters = nil
}

// wait returns a channel closed at the next build.
func (s *liveSite) wait() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	ch := make(chan struct{})
	s.waiters = append(s.waiters, ch)
	return ch
}

func (s *liveSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/_events" {
		s.events(w, r)
		return
	}
	p := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
	if p == "" || strings.HasSuffix(r.URL.Path, "/") {
		p = path.Join(p, "index.html")
	}
	s.mu.Lock()
	data, ok := s.pages[p]
	problem := s.problem
	s.mu.Unlock()
	w.Header().Set("Cache-Control", "no-store")
	if problem != nil && strings.HasSuffix(p, ".html") {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(problem)
		return
	}
	if !ok {
		http.NotFound(w, r)
		return
	}
	switch path.Ext(p) {
	case ".html":
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
	case ".xml":
		w.Header().Set("Content-Type", "application/xml")
	case ".svg":
		w.Header().Set("Content-Type", "image/svg+xml")
	default:
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	}
	w.Write(data)
}

// events sends a server-sent event at each rebuild.
func (s *liveSite) events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	io.WriteString(w, ": connected\n\n")
	flusher.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-s.wait():
			io.WriteString(w, "data: rebuilt\n\n")
			flusher.Flush()
		}
	}
}

func runSiteServe(opts *siteServeOptions) error {
	so, err := siteOptions("", opts.pairs)
	if err != nil {
		return err
	}
	live := &liveSite{}
	build := func() string {
		pages, problem := buildLive(opts.app, so)
		live.set(pages, problem)
		if problem != nil {
			return "the files have problems; the pages show them until they are fixed"
		}
		return fmt.Sprintf("rebuilt %d files", len(pages))
	}
	build()

	ln, err := net.Listen("tcp", opts.addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: live, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	fmt.Fprintf(opts.app.ios.ErrOut, "serving http://%s/\n", ln.Addr())
	if opts.ready != nil {
		opts.ready(ln.Addr().String())
	}

	var events <-chan fsnotify.Event
	var errs <-chan error
	if opts.app.corpusDir != "" {
		watcher, err := fsnotify.NewWatcher()
		if err != nil {
			return err
		}
		defer watcher.Close()
		if err := watcher.Add(opts.app.corpusDir); err != nil {
			return err
		}
		events, errs = watcher.Events, watcher.Errors
	} else {
		fmt.Fprintln(opts.app.ios.ErrOut, "serving the built-in corpus; --corpus DIR watches a folder of your own")
	}
	// Edits come in bursts (an editor writes, renames, chmods): rebuild
	// once the folder has been quiet for a moment.
	var debounce <-chan time.Time
	for {
		select {
		case <-opts.ctx.Done():
			shutdown, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			srv.Shutdown(shutdown)
			return nil
		case ev := <-events:
			if strings.HasSuffix(ev.Name, ".yaml") {
				debounce = time.After(100 * time.Millisecond)
			}
		case err := <-errs:
			fmt.Fprintf(opts.app.ios.ErrOut, "watch: %s\n", termsafe.Text(err.Error()))
		case <-debounce:
			fmt.Fprintln(opts.app.ios.ErrOut, build())
		}
	}
}

// buildLive builds the site, or a page that lists the problems found.
func buildLive(app *app, so site.Options) ([]site.Page, []byte) {
	c, err := app.corpus()
	if err == nil {
		var pages []site.Page
		pages, err = site.Build(c, so)
		if err == nil {
			return pages, nil
		}
	}
	var lines []string
	var list proposals.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			lines = append(lines, e.Error())
		}
	} else {
		lines = []string{err.Error()}
	}
	var b strings.Builder
	if err := render.Problems(&b, lines); err != nil {
		return nil, []byte(template.HTMLEscapeString(strings.Join(lines, "\n")))
	}
	return nil, []byte(b.String())
}
