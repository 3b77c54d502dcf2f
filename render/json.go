package render

import (
	"encoding/json"
	"io"

	"github.com/peacediff/peacediff/compare"
)

// JSON writes the report as indented JSON, the form documented in
// docs/json.md and versioned by [compare.SchemaVersion].
func JSON(w io.Writer, r *compare.Report) error { return writeJSON(w, r) }

// writeJSON writes v as JSON indented by two spaces, without escaping
// HTML characters.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
