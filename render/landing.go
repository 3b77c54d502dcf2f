package render

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/redlines"
	"github.com/peacediff/peacediff/view"
	"github.com/rivo/uniseg"
)

// This file lays out the landing zones of `peacediff check --landing-zone`
// for a terminal and as JSON.

// LandingJSON writes the landing zones as indented JSON, versioned by
// [redlines.SchemaVersion].
func LandingJSON(w io.Writer, l *redlines.Landing) error { return writeJSON(w, l) }

// LandingText writes, for each ordered term, the values no line in force
// forbids (or "no overlap"), a table of each value and the lines that
// forbid it, and the lines that bound the zone. The layout fits
// opts.Width.
func LandingText(w io.Writer, l *redlines.Landing, opts Options) error {
	t := &textWriter{w: bufio.NewWriter(w), opts: opts, width: opts.width()}
	t.writeLine(line{{"LANDING ZONES", bold}})
	t.w.WriteByte('\n')
	t.w.WriteByte('\n')
	switch {
	case l.Date != "":
		t.println("The values no party's red line held on " + l.Date + " forbids, found by evaluating each rule on texts that hold only the term.")
	case l.Lines == "all":
		t.println("The values no party's red line, of any date, forbids, found by evaluating each rule on texts that hold only the term.")
	default:
		t.println("The values no party's red line in force today forbids, found by evaluating each rule on texts that hold only the term.")
	}
	t.println("Each text holds the term alone: a region's status recognised by no state, a cap that always applies; a rule that also looks at other terms sees none of them, as noted at the line.")
	if len(l.Zones) == 0 {
		t.println("No text addresses an ordered term.")
	}
	for _, z := range l.Zones {
		t.w.WriteByte('\n')
		t.writeLine(line{{z.Title, bold}})
		t.w.WriteByte('\n')
		t.hanging("  ", landingWords(z))
		if z.Scale != "" {
			labelW := 8
			for _, v := range z.Values {
				labelW = max(labelW, uniseg.StringWidth(v.Label))
			}
			labelW = min(labelW, t.width/2)
			for _, v := range z.Values {
				mark, what := "✓ ", "open"
				switch {
				case len(v.ForbiddenBy) > 0:
					mark, what = "✗ ", "forbidden by "+strings.Join(v.ForbiddenBy, ", ")
				case len(v.UnknownBy) > 0:
					mark, what = "? ", "unknown for "+strings.Join(v.UnknownBy, ", ")
				}
				label := truncate(v.Label, labelW)
				t.hanging("  "+mark+label+pad(uniseg.StringWidth(label), labelW)+"  ", what)
			}
		}
		for _, b := range z.Bounds {
			s := fmt.Sprintf("%s (%s): %s", b.Line, b.Party, b.Title)
			if z.Scale == "" {
				s += "; forbids " + strings.Join(b.Forbids, ", ")
			}
			if len(b.Reads) > 0 {
				s += "; its rule also reads " + strings.Join(b.Reads, ", ") + ", which these texts leave out"
			}
			t.hanging("  · ", s+".")
		}
	}
	return t.w.Flush()
}

// landingWords says where a zone is: "open: frozen on the line of contact
// to Ukrainian" or "no overlap: ...".
func landingWords(z *redlines.Zone) string {
	var lines []string
	for _, b := range z.Bounds {
		lines = append(lines, b.Line)
	}
	if !z.Overlap {
		return "No overlap: each value is forbidden by at least one of " + strings.Join(lines, ", ") + "."
	}
	if z.Scale != "" {
		var open []string
		for _, v := range z.Values {
			if len(v.ForbiddenBy) == 0 {
				open = append(open, v.Label)
			}
		}
		return "Forbidden by no line: " + strings.Join(open, "; ") + "."
	}
	var parts []string
	switch {
	case !z.Figures:
	case z.Max > 0:
		parts = append(parts, fmt.Sprintf("a cap of %s to %s %s", proposals.Thousands(int64(z.Min)), proposals.Thousands(int64(z.Max)), z.Unit))
	case z.Min > 0:
		parts = append(parts, fmt.Sprintf("a cap of %s %s or more", proposals.Thousands(int64(z.Min)), z.Unit))
	default:
		parts = append(parts, "a cap of any figure")
	}
	if z.NoCap.Open {
		parts = append(parts, "no cap at all")
	}
	return "Forbidden by no line: " + strings.Join(parts, "; ") + "."
}

// landingOpen reports, for each cell of the axis's gauge (a step of its
// scale, or a tenth of its range of figures), whether no line forbids it.
func landingOpen(a *redlines.Axis) []bool {
	z := a.Landing
	n := view.GaugeWidth(a)
	open := make([]bool, n)
	for i := range open {
		if len(a.Steps) > 0 {
			for _, v := range z.Values {
				if v.Slug == a.Steps[i].Slug {
					open[i] = len(v.ForbiddenBy) == 0
				}
			}
			continue
		}
		fig := i * a.Max / max(n-1, 1)
		open[i] = z.Figures && fig >= z.Min && (z.Max == 0 || fig <= z.Max)
	}
	return open
}

// landingRow writes the landing zone of an axis as a row of the spectrum:
// ▬ for each value no line forbids.
func (t *textWriter) landingRow(a view.Axis, nameW int) {
	if a.Landing == nil {
		return
	}
	cells := make([]string, 0, view.GaugeWidth(a.Axis))
	for _, o := range landingOpen(a.Axis) {
		if o {
			cells = append(cells, "▬")
		} else {
			cells = append(cells, "·")
		}
	}
	name := truncate("landing zone", nameW)
	prefix := "  " + name + pad(uniseg.StringWidth(name), nameW) + "  " + strings.Join(cells, "") + "  "
	t.hanging(prefix, "By today's lines: "+landingWords(a.Landing))
}

// landingBand draws the landing zone of an axis on its strip chart: a
// pale band over each value no line forbids, from the top row to bottom.
func landingBand(b *svgBuilder, a *redlines.Axis, bottom int) {
	if a.Landing == nil {
		return
	}
	z := a.Landing
	b.open("g")
	b.element("title", "Landing zone: "+landingWords(z))
	if len(a.Steps) == 0 {
		// A number: the open range of figures, exactly, up to the axis's end.
		if z.Figures && a.Max > 0 && z.Min < a.Max {
			x0, x1 := stripXf(float64(z.Min)/float64(a.Max)), float64(stripX1)
			if z.Max > 0 {
				x1 = stripXf(min(float64(z.Max)/float64(a.Max), 1))
			}
			b.empty("rect", "x", stripNum(x0), "y", strconv.Itoa(stripTop), "width", stripNum(x1-x0),
				"height", strconv.Itoa(bottom-stripTop), "fill", stripLanding, "fill-opacity", "0.18")
		}
		b.close("g")
		return
	}
	open := landingOpen(a)
	half := (stripX1 - stripX0) / float64(2*max(len(open)-1, 1))
	for i, o := range open {
		if !o {
			continue
		}
		x := stripXf(float64(i) / float64(max(len(open)-1, 1)))
		x0, x1 := max(x-half, stripX0), min(x+half, stripX1)
		b.empty("rect", "x", stripNum(x0), "y", strconv.Itoa(stripTop), "width", stripNum(x1-x0),
			"height", strconv.Itoa(bottom-stripTop), "fill", stripLanding, "fill-opacity", "0.18")
	}
	b.close("g")
}

// stripLanding is the colour of the landing zone's band: a mid green.
const stripLanding = "#2e8b57"
