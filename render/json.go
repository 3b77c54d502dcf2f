package render

import (
	"bufio"
	"io"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	jsonv1 "github.com/go-json-experiment/json/v1"

	"github.com/peacediff/peacediff/compare"
)

// JSON writes the report as indented JSON, the form documented in
// docs/json.md and versioned by [compare.SchemaVersion].
func JSON(w io.Writer, r *compare.Report) error { return writeJSON(w, r) }

// jsonOptions give the bytes encoding/json's Encoder writes with
// SetIndent("", "  ") and SetEscapeHTML(false), written in one pass: the
// standard library marshals compactly and then re-indents the whole
// document, which cost as much again as the encoding itself.
var jsonOptions = jsonv2.JoinOptions(
	jsonv1.DefaultOptionsV1(),
	jsontext.WithIndent("  "),
	jsontext.EscapeForHTML(false),
)

// writeJSON writes v as JSON indented by two spaces, without escaping
// HTML characters, and a final newline.
func writeJSON(w io.Writer, v any) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := jsonv2.MarshalWrite(bw, v, jsonOptions); err != nil {
		return err
	}
	if err := bw.WriteByte('\n'); err != nil {
		return err
	}
	return bw.Flush()
}
