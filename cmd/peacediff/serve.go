package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/signal"
	"time"

	"github.com/fsnotify/fsnotify"
	"github.com/peacediff/peacediff/internal/termsafe"
	"github.com/peacediff/peacediff/proposals"
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
	// limits, when set, replaces the default limits of the server.
	limits *serveLimits
}

func newSiteServeCmd(app *app, runF func(*siteServeOptions) error) *cobra.Command {
	opts := &siteServeOptions{app: app}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the site while you edit, rebuilding and reloading on every change",
		Long: `Serve builds the site in memory and serves it, by default on 127.0.0.1:8080
(loopback only, unless --addr says otherwise). It watches the corpus folder
(--corpus DIR) and rebuilds when a file changes; open pages reload by
themselves. When a file is invalid, the server keeps serving the last good
build, with a banner on every page listing the problems with file:line:col,
until they are fixed; files invalid from the start stop it with status 2.
It answers only requests addressed to its loopback address or to the host
of --addr, and watches the corpus folder again if it is moved or replaced.`,
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

func runSiteServe(opts *siteServeOptions) error {
	so, err := siteOptions("", opts.pairs)
	if err != nil {
		return err
	}
	limits := defaultServeLimits()
	if opts.limits != nil {
		limits = *opts.limits
	}
	stderr := opts.app.ios.ErrOut
	live := newLiveSite(limits.events)
	load := opts.app.corpusLoader()
	c, err := load()
	if err != nil {
		return err
	}
	current, err := site.New(c, so)
	if err != nil {
		return err
	}
	live.set(current, nil)
	// build works out the site of the files as they are now, keeping the
	// pages their change leaves as they were; the others are made as they
	// are asked for.
	build := func() {
		c, err := load()
		var next *site.Site
		if err == nil {
			next, err = current.Update(c)
		}
		if err != nil {
			problems := problemLines(err)
			live.set(nil, problems)
			fmt.Fprintln(stderr, "the files have problems; the pages keep the last good build, with a banner of them, until they are fixed:")
			for _, p := range problems {
				fmt.Fprintln(stderr, termsafe.String(p))
			}
			return
		}
		current = next
		live.set(current, nil)
		fmt.Fprintf(stderr, "rebuilt: %d files, each made when first asked for\n", len(current.Paths()))
	}

	var watch *corpusWatch
	var events <-chan fsnotify.Event
	var errs <-chan error
	var rewatch <-chan time.Time
	if opts.app.corpusDir != "" {
		watch, err = newCorpusWatch(opts.app.corpusDir, stderr)
		if err != nil {
			return err
		}
		defer watch.Close()
		events, errs = watch.w.Events, watch.w.Errors
		tick := time.NewTicker(limits.rewatch)
		defer tick.Stop()
		rewatch = tick.C
	}

	ln, err := net.Listen("tcp", opts.addr)
	if err != nil {
		return err
	}
	srv := newServer(guardHost(servedHosts(opts.addr, ln.Addr()), live), limits)
	srv.RegisterOnShutdown(live.close)
	go srv.Serve(ln)
	fmt.Fprintf(stderr, "serving http://%s/\n", ln.Addr())
	if opts.ready != nil {
		opts.ready(ln.Addr().String())
	}
	if watch == nil {
		fmt.Fprintln(stderr, "serving the built-in corpus; --corpus DIR watches a folder of your own")
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
			if watch.changed(ev) {
				debounce = time.After(100 * time.Millisecond)
			}
		case <-rewatch:
			if watch.check() {
				debounce = time.After(100 * time.Millisecond)
			}
		case err := <-errs:
			fmt.Fprintf(stderr, "watch: %s\n", termsafe.Text(err.Error()))
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				debounce = time.After(100 * time.Millisecond)
			}
		case <-debounce:
			build()
		}
	}
}

// problemLines lists the problems err holds, one a line.
func problemLines(err error) []string {
	var list proposals.ErrorList
	if !errors.As(err, &list) {
		return []string{err.Error()}
	}
	lines := make([]string, 0, len(list))
	for _, e := range list {
		lines = append(lines, e.Error())
	}
	return lines
}
