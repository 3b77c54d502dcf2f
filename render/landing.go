package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/redlines"
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
