package render

import (
	"fmt"
	"io"
	"math"
	"strconv"
)

// The layout of a map, in view box units (the map is about 1000 wide).
const (
	mapHeadingHeight = 50  // the heading line above the map
	mapLegendRow     = 36  // one line of the legend
	mapPad           = 16  // the margin of the legend and the credit
	mapFontSize      = 24  // the legend's text
	mapSwatch        = 52  // a legend swatch and the space after it
	mapStroke        = 1.2 // the regions' borders
	mapOutline       = 4   // the outline of a changed region, inside its halo
)

// write draws the map as SVG: the heading, the map, the legend below it
// and the credit.
func (v *mapView) write(w io.Writer) error {
	width, mapH := v.m.Size()
	legendY := mapHeadingHeight + mapH + mapPad + 18
	lines := len(v.legend) + len(v.notes)
	if v.outlined > 0 {
		lines++
	}
	if v.readings > 0 {
		lines++
	}
	creditY := legendY + float64(lines)*mapLegendRow + 6
	b := &svgBuilder{}
	b.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 "+num(width)+" "+num(creditY+mapPad),
		"role", "img", "aria-label", v.label, "font-family", "system-ui, sans-serif")
	b.element("title", v.title)
	b.element("metadata", v.m.Credit)
	b.open("defs")
	for _, it := range v.legend {
		if it.style.hatch.kind != "" {
			writePattern(b, v.patternID(it.style), it.style)
		}
	}
	b.close("defs")
	b.element("text", v.heading, "x", num(mapPad), "y", "34", "font-size", "30", "font-weight", "600", "fill", "currentColor")
	b.open("g", "transform", "translate(0 "+num(mapHeadingHeight)+")")
	v.writeRegions(b)
	b.close("g")
	v.writeLegend(b, legendY)
	b.element("text", v.m.Credit, "x", num(width-mapPad), "y", num(creditY), "font-size", "16", "text-anchor", "end", "fill", "currentColor")
	b.close("svg")
	_, err := io.WriteString(w, b.String())
	return err
}

// writeRegions draws the regions, then the outlines of the changed ones.
func (v *mapView) writeRegions(b *svgBuilder) {
	b.open("g", "stroke", inkColour, "stroke-width", num(mapStroke), "stroke-linejoin", "round", "fill-rule", "evenodd")
	for _, r := range v.regions {
		attrs := []string{"id", v.prefix + safeID(r.code), "d", r.path, "fill", v.fill(r.style)}
		if r.reading {
			attrs = append(attrs, "stroke-dasharray", "8 5", "stroke-width", num(mapOutline-1))
		}
		b.start("path", attrs)
		b.WriteByte('>')
		b.element("title", r.title)
		b.close("path")
	}
	b.close("g")
	if v.outlined == 0 {
		return
	}
	// Every halo first, so that none covers a neighbour's outline. The
	// outlines let the pointer through to the regions and their titles.
	b.open("g", "fill", "none", "stroke-linejoin", "round", "pointer-events", "none")
	for _, stroke := range [][2]string{{haloColour, num(mapOutline + 4)}, {inkColour, num(mapOutline)}} {
		for _, r := range v.regions {
			if r.changed {
				b.empty("path", "d", r.path, "stroke", stroke[0], "stroke-width", stroke[1])
			}
		}
	}
	b.close("g")
}

// writeLegend writes a line per status with its swatch, a line for the
// outlines and the notes, from the baseline y down.
func (v *mapView) writeLegend(b *svgBuilder, y float64) {
	b.open("g", "font-size", num(mapFontSize), "fill", "currentColor")
	text := func(s string, x float64) {
		b.element("text", s, "x", num(x), "y", num(y))
		y += mapLegendRow
	}
	for _, it := range v.legend {
		b.empty("rect", "x", num(mapPad), "y", num(y-19), "width", "40", "height", "24",
			"fill", v.fill(it.style), "stroke", inkColour, "stroke-width", num(mapStroke))
		text(it.text, mapPad+mapSwatch)
	}
	if v.readings > 0 {
		b.empty("rect", "x", num(mapPad), "y", num(y-19), "width", "40", "height", "24",
			"fill", "none", "stroke", inkColour, "stroke-width", num(mapOutline-1), "stroke-dasharray", "8 5")
		text(fmt.Sprintf("dashed border: our reading of the text (%d)", v.readings), mapPad+mapSwatch)
	}
	if v.outlined > 0 {
		for _, stroke := range [][2]string{{haloColour, num(mapOutline + 4)}, {inkColour, num(mapOutline)}} {
			b.empty("rect", "x", num(mapPad+2), "y", num(y-17), "width", "36", "height", "20",
				"fill", "none", "stroke", stroke[0], "stroke-width", stroke[1])
		}
		text(fmt.Sprintf("outlined: status differs from %s (%d)", v.against, v.outlined), mapPad+mapSwatch)
	}
	for _, n := range v.notes {
		text(n, mapPad)
	}
	b.close("g")
}

// patternID is the id of the hatching of a status.
func (v *mapView) patternID(st statusStyle) string {
	return v.prefix + "pattern-" + safeID(st.slug)
}

// fill is the fill of a status: its pattern, or its colour when plain.
func (v *mapView) fill(st statusStyle) string {
	if st.hatch.kind == "" {
		return st.fill
	}
	return "url(#" + v.patternID(st) + ")"
}

// writePattern defines the hatching of a status over its colour.
func writePattern(b *svgBuilder, id string, st statusStyle) {
	s, h := st.hatch.step, st.hatch.step/2
	attrs := []string{"id", id, "width", num(s), "height", num(s), "patternUnits", "userSpaceOnUse"}
	switch st.hatch.kind {
	case "diagonal", "cross":
		attrs = append(attrs, "patternTransform", "rotate(45)")
	case "antidiagonal":
		attrs = append(attrs, "patternTransform", "rotate(-45)")
	}
	b.open("pattern", attrs...)
	b.empty("rect", "width", num(s), "height", num(s), "fill", st.fill)
	vertical := "M" + num(h) + " 0V" + num(s)
	horizontal := "M0 " + num(h) + "H" + num(s)
	var d string
	switch st.hatch.kind {
	case "diagonal", "antidiagonal", "vertical":
		d = vertical
	case "horizontal":
		d = horizontal
	case "cross", "grid":
		d = vertical + horizontal
	case "dots":
		b.empty("circle", "cx", num(h), "cy", num(h), "r", num(st.hatch.width), "fill", inkColour)
	}
	if d != "" {
		b.empty("path", "d", d, "stroke", inkColour, "stroke-width", num(st.hatch.width))
	}
	b.close("pattern")
}

// num writes a number of the layout, rounded to a tenth.
func num(f float64) string {
	return strconv.FormatFloat(math.Round(f*10)/10, 'f', -1, 64)
}
