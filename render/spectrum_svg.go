package render

import (
	"fmt"
	"html"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/peacediff/peacediff/redlines"
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
	var b strings.Builder
	for _, a := range s.Axes {
		stripChart(&b, a)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// stripChart writes one term's figure.
func stripChart(b *strings.Builder, a *redlines.Axis) {
	id := stripID(a.Key)
	height := stripTop + stripRow*(1+len(a.Places)) + stripBottom
	esc := html.EscapeString
	fmt.Fprintf(b, "<figure class=\"spectrum\" id=\"%s\">\n<figcaption>%s</figcaption>\n", id, esc(a.Title))
	fmt.Fprintf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-labelledby=\"%s-t %s-d\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n",
		stripWidth, height, id, id)
	fmt.Fprintf(b, "<title id=\"%s-t\">%s</title>\n<desc id=\"%s-d\">%s</desc>\n", id, esc(a.Title), id, esc(stripDesc(a)))
	low, high := "0", thousands(int64(a.Max))+" "+a.Unit
	if len(a.Steps) > 0 {
		low, high = a.Steps[0].Label, a.Steps[len(a.Steps)-1].Label
	}
	fmt.Fprintf(b, "<text x=\"%d\" y=\"14\" fill=\"currentColor\">%s</text>\n", stripX0, esc(low))
	fmt.Fprintf(b, "<text x=\"%d\" y=\"14\" fill=\"currentColor\" text-anchor=\"end\">%s</text>\n", stripX1, esc(high))
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
		fmt.Fprintf(b, "<line x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%d\" stroke=\"currentColor\" stroke-opacity=\"0.2\"/>\n", x, stripTop, x, bottom)
		if len(a.Steps) == 0 {
			fmt.Fprintf(b, "<text x=\"%s\" y=\"%d\" fill=\"currentColor\" text-anchor=\"middle\">%s</text>\n", x, bottom+16, thousands(int64(t*float64(a.Max))))
		}
	}
	// The stances, with a dashed guide down through the texts.
	y := stripTop + stripRow/2
	stated := "stated positions"
	if len(a.Stances) == 0 {
		stated = "no stated position"
	}
	fmt.Fprintf(b, "<text x=\"%d\" y=\"%d\" fill=\"currentColor\" text-anchor=\"end\" font-style=\"italic\">%s</text>\n", stripLabelX, y+4, stated)
	for _, g := range stanceGroups(a) {
		x := stripX(g.at)
		fmt.Fprintf(b, "<line x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%d\" stroke=\"%s\" stroke-dasharray=\"4 3\"/>\n", x, y, x, bottom, stripStance)
		fmt.Fprintf(b, "<g><title>%s</title><path d=\"M%s %dl6 6l-6 6l-6 -6z\" fill=\"%s\"/>", esc(g.title), x, y-6, stripStance)
		fmt.Fprintf(b, "<text x=\"%s\" y=\"%d\" fill=\"currentColor\" font-weight=\"600\">%s</text></g>\n", stripNum(stripXf(g.at)+9), y+4, esc(g.codes))
	}
	for i, m := range a.Places {
		y := stripTop + stripRow*(i+1) + stripRow/2
		fmt.Fprintf(b, "<g><title>%s</title>\n", esc(placeName(m)+": "+placeWords(a, m)))
		fmt.Fprintf(b, "<text x=\"%d\" y=\"%d\" fill=\"currentColor\" text-anchor=\"end\">%s</text>\n", stripLabelX, y+4, esc(truncate(placeName(m), stripNameW)))
		fmt.Fprintf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"currentColor\" stroke-opacity=\"0.45\"/>\n", stripX0, y, stripX1, y)
		if m.At != nil {
			fmt.Fprintf(b, "<circle cx=\"%s\" cy=\"%d\" r=\"6\" fill=\"%s\"/>\n", stripX(*m.At), y, stripPlace)
		}
		for _, v := range m.Variants {
			if v.At == nil {
				continue
			}
			fmt.Fprintf(b, "<circle cx=\"%s\" cy=\"%d\" r=\"5\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>\n", stripX(*v.At), y, stripPlace)
			fmt.Fprintf(b, "<text x=\"%s\" y=\"%d\" fill=\"currentColor\" font-size=\"10\" text-anchor=\"middle\">%s</text>\n", stripX(*v.At), y-8, esc(v.Party))
		}
		b.WriteString("</g>\n")
	}
	b.WriteString("</svg>\n</figure>\n")
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
func stripDesc(a *redlines.Axis) string {
	var parts []string
	for _, m := range a.Stances {
		parts = append(parts, fmt.Sprintf("%s stated %s (%s).", m.Who, m.Label, m.Date))
	}
	for _, m := range a.Places {
		parts = append(parts, placeName(m)+": "+placeWords(a, m)+".")
	}
	if n := len(a.Silent); n > 0 {
		parts = append(parts, "Not addressed by "+plural(n, "text")+".")
	}
	return axisEnds(a) + ". " + strings.Join(parts, " ")
}

func stripXf(at float64) float64 { return stripX0 + at*(stripX1-stripX0) }

func stripX(at float64) string { return stripNum(stripXf(at)) }

// stripNum writes a coordinate with at most one decimal.
func stripNum(f float64) string { return strconv.FormatFloat(float64(int(f*10+0.5))/10, 'f', -1, 64) }

// stripID turns a term's key into an element id: "sp-region-UA-14".
func stripID(key string) string { return anchor("sp-", key) }
