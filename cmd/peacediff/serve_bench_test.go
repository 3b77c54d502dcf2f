package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/peacediff/peacediff/internal/gen"
)

// BenchmarkServeEdit serves a generated corpus of 200 texts (a chain of
// drafts, each revising the one before) and times one edit: from the
// write of a text's file to its page served with the change, the quiet
// time the server waits for after a change included.
//
//	go test ./cmd/peacediff -run '^$' -bench ServeEdit -benchtime 10x -count 6 | benchstat -
func BenchmarkServeEdit(b *testing.B) {
	dir := b.TempDir()
	files := gen.Many(200, gen.Options{Points: 28, Seed: 1})
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.Name()), f.Data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	addr, _ := serveApp(b, &app{corpusDir: dir, noBuiltin: true})
	const k = 100
	edited := files[k-1]
	page := "http://" + addr + "/p/" + edited.ID + ".html"
	title := []byte(fmt.Sprintf("title: Synthetic negotiating text, draft %d\n", k))
	if !bytes.Contains(edited.Data, title) {
		b.Fatalf("%s has no line %q", edited.Name(), title)
	}
	waitServed(b, page, fmt.Sprintf("draft %d", k))
	n := 0
	for b.Loop() {
		n++
		mark := fmt.Sprintf("(edit %d)", n)
		data := bytes.Replace(edited.Data, title, fmt.Appendf(nil, "title: Synthetic negotiating text, draft %d %s\n", k, mark), 1)
		if err := os.WriteFile(filepath.Join(dir, edited.Name()), data, 0o644); err != nil {
			b.Fatal(err)
		}
		waitServed(b, page, mark)
	}
}

// waitServed polls url until its body holds want, for up to ten minutes.
func waitServed(b *testing.B, url, want string) {
	b.Helper()
	for deadline := time.Now().Add(10 * time.Minute); time.Now().Before(deadline); time.Sleep(2 * time.Millisecond) {
		resp, err := http.Get(url)
		if err != nil {
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK && bytes.Contains(body, []byte(want)) {
			return
		}
	}
	b.Fatalf("%s never showed %q", url, want)
}
