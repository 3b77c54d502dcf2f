package render

import (
	"cmp"
	"math"
	"slices"

	"github.com/peacediff/peacediff/proposals"
)

// statusStyle is how a region status is drawn: a fill colour and, for
// print and for readers who do not tell the colours apart, a hatching.
type statusStyle struct {
	slug, label string
	fill        string
	hatch       hatch
	rank        int // place in the legend
}

// hatch is a pattern drawn over the fill in dark ink.
type hatch struct {
	kind  string  // "", "diagonal", "antidiagonal", "cross", "horizontal", "vertical", "grid" or "dots"
	step  float64 // distance between lines or dots, in map units
	width float64 // line width, or dot radius
}

// The fills are light enough to stand out on a dark page and carry the
// dark ink of the strokes and hatching (contrast above 3:1 with both); on
// a light page the dark strokes part them from the background.
const (
	inkColour  = "#262626"
	haloColour = "#ffffff"
)

// scaleStyles returns the styles of the steps of the region-status scale,
// from the Russian end to the Ukrainian one: red through amber to blue,
// each with its own hatching.
func scaleStyles() [7]statusStyle {
	return [...]statusStyle{
		{fill: "#d9534f", hatch: hatch{"cross", 9, 1.3}},         // Russian de jure
		{fill: "#ef8a62", hatch: hatch{"diagonal", 9, 2.2}},      // Russian de facto
		{fill: "#f6c66b", hatch: hatch{"horizontal", 8, 1.6}},    // frozen on the line of contact
		{fill: "#e3dc95", hatch: hatch{"dots", 10, 1.8}},         // demilitarised zone
		{fill: "#b9a6d6", hatch: hatch{"antidiagonal", 11, 1.5}}, // negotiable
		{fill: "#92c5de", hatch: hatch{"vertical", 11, 1.3}},     // special status in Ukraine
		{fill: "#4f8fcf"}, // Ukrainian: plain
	}
}

// styles gives each status of the catalogue's region-status scale its style.
type styles struct {
	scale *proposals.Scale
}

func newStyles(cat *proposals.Catalog) styles {
	return styles{scale: cat.Scale(proposals.ScaleRegionStatus)}
}

// of returns the style of a status slug. A scale of another length than
// the palette's spreads its steps over the palette.
func (s styles) of(slug string) statusStyle {
	switch slug {
	case notAddressed:
		return statusStyle{slug: notAddressed, label: "not addressed", fill: "#d4d4d4", rank: math.MaxInt}
	case unknownStatus:
		return statusStyle{slug: unknownStatus, label: "wording not reported", fill: "#eeeeee", hatch: hatch{"dots", 7, 1.2}, rank: math.MaxInt - 2}
	}
	// Off the scale, or unknown: pink with a grid.
	st := statusStyle{fill: "#e7a6c8", hatch: hatch{"grid", 10, 1.3}, label: slug, rank: math.MaxInt - 1}
	if s.scale == nil {
		return withSlug(st, slug)
	}
	var steps []string
	for _, v := range s.scale.Values {
		if !v.OffScale {
			steps = append(steps, v.Slug)
		}
	}
	if i := slices.Index(steps, slug); i >= 0 {
		palette := scaleStyles()
		j := i
		if n := len(steps); n > 1 && n != len(palette) {
			j = int(math.Round(float64(i) * float64(len(palette)-1) / float64(n-1)))
		}
		st = palette[min(j, len(palette)-1)]
	}
	if v := s.scale.Value(slug); v != nil {
		st.label = v.Label
		st.rank = slices.IndexFunc(s.scale.Values, func(sv proposals.ScaleValue) bool { return sv.Slug == slug })
	}
	return withSlug(st, slug)
}

func withSlug(st statusStyle, slug string) statusStyle {
	st.slug = slug
	return st
}

// order returns the styles of the statuses used, in the order of the
// scale, off-scale values after it and "not addressed" last.
func (s styles) order(used map[string][]string) []statusStyle {
	var out []statusStyle
	for slug := range used {
		out = append(out, s.of(slug))
	}
	slices.SortFunc(out, func(a, b statusStyle) int {
		return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.slug, b.slug))
	})
	return out
}
