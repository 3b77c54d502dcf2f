package render

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/redlines"
	"github.com/peacediff/peacediff/view"
)

// The layout of a strip chart, in view box units.
const (
	stripWidth  = 720 // the whole chart
	stripLabelX = 214 // right edge of the names
	stripX0     = 230 // start of the axis
	stripX1     = 700 // end of the axis
	stripTop    = 26  // the row of end labels
	stripRow    = 24  // one row: the stances, or a text
	stripBottom = 24  // the row of number ticks
	stripNameW  = 34  // names longer than this many characters are cut
)

// The colours of the marks: a mid blue for texts and a mid orange for the
// parties' stances, legible on the light and the dark background; text and
// guides use currentColor, so they follow the page's colour scheme.
const (
	stripPlace  = "#2f6fc6"
	stripStance = "#d2561b"
)

// SpectrumSVG writes the spectrum as HTML figures, one per term, each an
// inline SVG strip chart: the axis from one end of the scale to the other,
// the parties' stated stances as diamonds with dashed guides, and a row per
// text with a dot at its place (hollow dots for the drafters' variants of
// a disputed status). Each chart has role="img" and, as its text
// alternative, a title and a description that list every stance and
// place in words. Every text is escaped; the SVG uses presentation
// attributes only, so it passes a Content-Security-Policy that forbids
// inline styles. Element ids start with "sp-" and the term's key.
func SpectrumSVG(w io.Writer, s *redlines.Spectrum) error {
	b := &svgBuilder{}
	for _, a := range view.SpectrumView(s).Axes {
		stripChart(b, a)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// stripChart writes one term's figure.
func stripChart(b *svgBuilder, a view.Axis) {
	id := view.Anchor("sp-", a.Key)
	height := stripTop + stripRow*(1+len(a.Places)) + stripBottom
	b.open("figure", "class", "spectrum", "id", id)
	b.element("figcaption", a.Title)
	b.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", fmt.Sprintf("0 0 %d %d", stripWidth, height), "width", "100%",
		"role", "img", "aria-labelledby", id+"-t "+id+"-d", "font-family", "system-ui, sans-serif", "font-size", "12")
	b.element("title", a.Title, "id", id+"-t")
	b.element("desc", stripDesc(a), "id", id+"-d")
	b.element("text", a.Low, "x", strconv.Itoa(stripX0), "y", "14", "fill", "currentColor")
	b.element("text", a.High, "x", strconv.Itoa(stripX1), "y", "14", "fill", "currentColor", "text-anchor", "end")
	bottom := height - stripBottom
	// Guides: one per step of a scale, or at 0, 50% and 100% of a number.
	ticks := []float64{0, 0.5, 1}
	if n := len(a.Steps); n > 1 {
		ticks = ticks[:0]
		for i := range n {
			ticks = append(ticks, float64(i)/float64(n-1))
		}
	}
	for _, t := range ticks {
		x := stripX(t)
		b.empty("line", "x1", x, "y1", strconv.Itoa(stripTop), "x2", x, "y2", strconv.Itoa(bottom), "stroke", "currentColor", "stroke-opacity", "0.2")
		if len(a.Steps) == 0 {
			b.element("text", proposals.Thousands(int64(t*float64(a.Max))), "x", x, "y", strconv.Itoa(bottom+16), "fill", "currentColor", "text-anchor", "middle")
		}
	}
	landingBand(b, a.Axis, bottom)
	// The stances, with a dashed guide down through the texts.
	y := stripTop + stripRow/2
	stated := "stated positions"
	if len(a.Stances) == 0 {
		stated = "no stated position"
	}
	b.element("text", stated, "x", strconv.Itoa(stripLabelX), "y", strconv.Itoa(y+4), "fill", "currentColor", "text-anchor", "end", "font-style", "italic")
	for _, g := range stanceGroups(a.Axis) {
		x := stripX(g.at)
		b.empty("line", "x1", x, "y1", strconv.Itoa(y), "x2", x, "y2", strconv.Itoa(bottom), "stroke", stripStance, "stroke-dasharray", "4 3")
		b.open("g")
		b.element("title", g.title)
		b.empty("path", "d", fmt.Sprintf("M%s %dl6 6l-6 6l-6 -6z", x, y-6), "fill", stripStance)
		b.element("text", g.codes, "x", stripNum(stripXf(g.at)+9), "y", strconv.Itoa(y+4), "fill", "currentColor", "font-weight", "600")
		b.close("g")
	}
	for i, m := range a.Places {
		y := stripTop + stripRow*(i+1) + stripRow/2
		name := view.PlaceName(m)
		b.open("g")
		b.element("title", name+": "+view.PlaceWords(a.Axis, m))
		b.element("text", truncate(name, stripNameW), "x", strconv.Itoa(stripLabelX), "y", strconv.Itoa(y+4), "fill", "currentColor", "text-anchor", "end")
		b.empty("line", "x1", strconv.Itoa(stripX0), "y1", strconv.Itoa(y), "x2", strconv.Itoa(stripX1), "y2", strconv.Itoa(y), "stroke", "currentColor", "stroke-opacity", "0.45")
		if m.At != nil {
			b.empty("circle", "cx", stripX(*m.At), "cy", strconv.Itoa(y), "r", "6", "fill", stripPlace)
		}
		for _, v := range m.Variants {
			if v.At == nil {
				continue
			}
			b.empty("circle", "cx", stripX(*v.At), "cy", strconv.Itoa(y), "r", "5", "fill", "none", "stroke", stripPlace, "stroke-width", "2")
			b.element("text", v.Party, "x", stripX(*v.At), "y", strconv.Itoa(y-8), "fill", "currentColor", "font-size", "10", "text-anchor", "middle")
		}
		b.close("g")
	}
	b.close("svg")
	b.close("figure")
}

// stanceGroup is the stances at one place on an axis.
type stanceGroup struct {
	at           float64
	codes, title string
}

// stanceGroups gathers the stances by place, so that parties at the same
// value share one diamond and one label.
func stanceGroups(a *redlines.Axis) []stanceGroup {
	var out []stanceGroup
	for _, m := range a.Stances {
		if m.At == nil {
			continue
		}
		words := m.Who + " stated " + m.Label + " (" + m.Date + ")"
		i := slices.IndexFunc(out, func(g stanceGroup) bool { return g.at == *m.At })
		if i < 0 {
			out = append(out, stanceGroup{at: *m.At, codes: m.Who, title: words})
			continue
		}
		out[i].codes += ", " + m.Who
		out[i].title += "; " + words
	}
	return out
}

// stripDesc is the chart's text alternative: every stance and place in
// words.
func stripDesc(a view.Axis) string {
	var parts []string
	for _, m := range a.Stances {
		parts = append(parts, fmt.Sprintf("%s stated %s (%s).", m.Who, m.Label, m.Date))
	}
	for _, m := range a.Places {
		parts = append(parts, view.PlaceName(m)+": "+view.PlaceWords(a.Axis, m)+".")
	}
	if a.Silent != "" {
		parts = append(parts, a.Silent)
	}
	return a.Ends + ". " + strings.Join(parts, " ")
}

func stripXf(at float64) float64 { return stripX0 + at*(stripX1-stripX0) }

func stripX(at float64) string { return stripNum(stripXf(at)) }

// stripNum writes a coordinate with at most one decimal.
func stripNum(f float64) string { return strconv.FormatFloat(float64(int(f*10+0.5))/10, 'f', -1, 64) }
