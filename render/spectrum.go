package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/peacediff/peacediff/redlines"
	"github.com/peacediff/peacediff/view"
	"github.com/rivo/uniseg"
)

// This file lays out the spectrum as a table for a terminal and in
// Markdown; spectrum_svg.go draws it, and package view words it.

// SpectrumText writes the spectrum as a table per term: the parties'
// stated stances, then each text that addresses the term, each with a
// gauge that marks its place on the scale (● for a text, ◆ for a stance),
// its value in words and where it falls against the stances.
func SpectrumText(w io.Writer, s *redlines.Spectrum, opts Options) error {
	t := &textWriter{w: bufio.NewWriter(w), opts: opts, width: opts.width()}
	t.spectrum(view.SpectrumView(s))
	return t.w.Flush()
}

func (t *textWriter) spectrum(s *view.Spectrum) {
	t.writeLine(line{{"WHERE THEY STAND", bold}})
	t.w.WriteByte('\n')
	if len(s.Axes) == 0 {
		t.println("No text addresses an ordered term.")
		return
	}
	for _, a := range s.Axes {
		t.w.WriteByte('\n')
		t.writeLine(line{{a.Title, bold}})
		t.w.WriteByte('\n')
		t.writeLine(line{{"  " + a.Ends, faint}})
		t.w.WriteByte('\n')
		nameW := 8
		for _, r := range a.Rows {
			nameW = max(nameW, uniseg.StringWidth(r.Name))
		}
		nameW = min(nameW, t.width/3)
		gw := view.GaugeWidth(a.Axis)
		for _, r := range a.Rows {
			st := plain
			if r.Stance {
				st = faint
			}
			name := truncate(r.Name, nameW)
			prefix := "  " + name + pad(uniseg.StringWidth(name), nameW) + "  "
			t.writeLine(line{{prefix, plain}, {r.Gauge, st}})
			rest := wrap([]span{{r.Words, plain}}, max(t.width-uniseg.StringWidth(prefix)-gw-2, 16), t.opts.Color)
			indent := strings.Repeat(" ", uniseg.StringWidth(prefix)+gw+2)
			for i, l := range rest {
				if i == 0 {
					t.w.WriteString("  ")
				} else {
					t.w.WriteString(indent)
				}
				t.writeLine(l)
				t.w.WriteByte('\n')
			}
		}
		t.landingRow(a, nameW)
		if a.Silent != "" {
			t.indented("  ", []span{{a.Silent, faint}})
		}
	}
}

func spectrumMarkdown(w *bufio.Writer, s *view.Spectrum) {
	w.WriteString("## Where they stand\n\n")
	if len(s.Axes) == 0 {
		w.WriteString("No text addresses an ordered term.\n\n")
		return
	}
	for _, a := range s.Axes {
		fmt.Fprintf(w, "### %s\n\n%s\n\n", mdEscape(a.Title), mdEscape(a.Ends))
		w.WriteString("| | place | value |\n|---|---|---|\n")
		for _, r := range a.Rows {
			name := mdEscape(r.Name)
			if r.Stance {
				name = "*" + name + "*"
			}
			fmt.Fprintf(w, "| %s | `%s` | %s |\n", name, r.Gauge, mdEscape(r.Words))
		}
		w.WriteByte('\n')
		if a.Silent != "" {
			fmt.Fprintf(w, "%s\n\n", a.Silent)
		}
	}
}
