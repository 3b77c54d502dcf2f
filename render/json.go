package render

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"sync"

	"github.com/peacediff/peacediff/compare"
)

// JSON writes the report as indented JSON, the form documented in
// docs/json.md and versioned by [compare.SchemaVersion]. The sections are
// encoded on all processors and joined in order: the bytes are those of one
// encoder, only sooner.
func JSON(w io.Writer, r *compare.Report) error {
	if len(r.Sections) < 2 {
		return writeJSON(w, r)
	}
	parts := make([][]byte, len(r.Sections))
	errs := make([]error, len(r.Sections))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(r.Sections)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				parts[i], errs[i] = encodeJSON(r.Sections[i], "    ")
			}
		}()
	}
	for i := range r.Sections {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	shell := *r
	shell.Sections = nil
	head, err := encodeJSON(&shell, "")
	if err != nil {
		return err
	}
	const hole = "\n  \"sections\": null,\n"
	i := bytes.Index(head, []byte(hole))
	if i < 0 {
		return writeJSON(w, r)
	}
	out := bufio.NewWriter(w)
	out.Write(head[:i])
	out.WriteString("\n  \"sections\": [\n")
	for k, p := range parts {
		out.WriteString("    ")
		out.Write(p)
		if k < len(parts)-1 {
			out.WriteByte(',')
		}
		out.WriteByte('\n')
	}
	out.WriteString("  ],\n")
	out.Write(head[i+len(hole):])
	out.WriteByte('\n')
	return out.Flush()
}

// encodeJSON encodes v indented by two spaces after prefix, without
// escaping HTML characters and without a final newline.
func encodeJSON(v any, prefix string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
