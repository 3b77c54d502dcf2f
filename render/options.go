package render

import "github.com/peacediff/peacediff/proposals"

// Options control the layout of the human formats. The zero value is 80
// columns without colour, unchanged rows folded.
type Options struct {
	// Width is the width of text output in display columns; 0 means 80.
	Width int
	// Color allows ANSI colour in text output.
	Color bool
	// All shows unchanged rows instead of folding them into a count.
	All bool
	// Catalog, when set, lets HTML reports draw the map of each proposal's
	// territorial terms from the catalogue's boundary maps.
	Catalog *proposals.Catalog
}

func (o Options) width() int {
	if o.Width <= 0 {
		return 80
	}
	return max(o.Width, 40)
}

// WithAll returns a copy of o that shows unchanged rows.
func (o Options) WithAll() Options {
	o.All = true
	return o
}
