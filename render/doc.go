// Package render lays out what the comparison found: side-by-side text for
// a terminal, Markdown, self-contained HTML, JSON, and SVG maps of the
// territorial terms ([MapSVG]). Renderers read a [compare.Report] (or, for
// listings, the proposals) and compute no differences of their own. The
// JSON form is the stable, versioned contract; the human formats may
// change between versions.
package render
