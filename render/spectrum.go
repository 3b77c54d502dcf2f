package render

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/peacediff/peacediff/redlines"
	"github.com/rivo/uniseg"
)

// This file decides the words of the spectrum and lays it out as a table
// for a terminal and in Markdown; spectrum_svg.go draws it.

// numberCells is the width of the gauge of a number axis: 0, 10%, ... 100%.
const numberCells = 11

// SpectrumText writes the spectrum as a table per term: the parties'
// stated stances, then each text that addresses the term, each with a
// gauge that marks its place on the scale (● for a text, ◆ for a stance),
// its value in words and where it falls against the stances.
func SpectrumText(w io.Writer, s *redlines.Spectrum, opts Options) error {
	t := &textWriter{w: bufio.NewWriter(w), opts: opts, width: opts.width()}
	spectrumText(t, s)
	return t.w.Flush()
}

func spectrumText(t *textWriter, s *redlines.Spectrum) {
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
		t.writeLine(line{{"  " + axisEnds(a), faint}})
		t.w.WriteByte('\n')
		nameW := 8
		for _, m := range a.Places {
			nameW = max(nameW, uniseg.StringWidth(placeName(m)))
		}
		for _, m := range a.Stances {
			nameW = max(nameW, uniseg.StringWidth(stanceName(m)))
		}
		nameW = min(nameW, t.width/3)
		gw := gaugeWidth(a)
		row := func(name, gauge, words string, st style) {
			name = truncate(name, nameW)
			prefix := "  " + name + pad(uniseg.StringWidth(name), nameW) + "  "
			t.w.WriteString(prefix)
			t.writeLine(line{{gauge, st}})
			rest := wrap([]span{{words, plain}}, max(t.width-uniseg.StringWidth(prefix)-gw-2, 16), t.opts.Color)
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
		for _, m := range a.Stances {
			row(stanceName(m), gauge(a, m.At, "◆"), m.Label, faint)
		}
		for _, m := range a.Places {
			row(placeName(m), gauge(a, m.At, "●"), placeWords(a, m), plain)
		}
		if n := len(a.Silent); n > 0 {
			t.writeLine(line{{fmt.Sprintf("  Not addressed by %s.", plural(n, "text")), faint}})
			t.w.WriteByte('\n')
		}
	}
}

// axisEnds names the two ends of an axis: "Russian de jure → Ukrainian".
func axisEnds(a *redlines.Axis) string {
	if len(a.Steps) > 0 {
		return fmt.Sprintf("%s → %s (%d steps)", a.Steps[0].Label, a.Steps[len(a.Steps)-1].Label, len(a.Steps))
	}
	return fmt.Sprintf("0 → %s %s", thousands(int64(a.Max)), a.Unit)
}

// stanceName labels a stance: "RU stated, 2024-06-14".
func stanceName(m redlines.Mark) string { return m.Who + " stated, " + m.Date }

// placeName labels a text's place, with the side whose figure it is when
// the text records each side's.
func placeName(m redlines.Mark) string {
	if m.ProposedBy != "" {
		return m.Name + " (" + m.ProposedBy + ")"
	}
	return m.Name
}

// placeWords is a place's value and where it falls against the stances:
// "Russian de facto; between RU and UA".
func placeWords(a *redlines.Axis, m redlines.Mark) string {
	s := m.Label
	if m.Applies != "" && m.Applies != "always" {
		s += ", in " + m.Applies
	}
	if m.At == nil {
		var parts []string
		for _, v := range m.Variants {
			parts = append(parts, v.Party+" "+v.Label)
		}
		if len(parts) > 0 {
			s += ": " + strings.Join(parts, "; ")
		}
		return s
	}
	if rel := relationWords(a, m); rel != "" {
		s += "; " + rel
	}
	return s
}

// relationWords says where a place falls against the stances: "at UA",
// "between RU and UA", "1 step from RU toward Ukrainian", "200,000 below
// UA"; empty when no party stated a stance on the term.
func relationWords(a *redlines.Axis, m redlines.Mark) string {
	and := func(codes []string) string { return strings.Join(codes, " and ") }
	switch {
	case len(m.Beside) > 0:
		return "at " + and(m.Beside)
	case len(m.Below) > 0 && len(m.Above) > 0:
		return "between " + and(m.Below) + " and " + and(m.Above)
	case len(m.Below) > 0:
		return distanceWords(a, stanceAt(a, m.Below[0]), *m.At) + and(m.Below) + toward(a, true)
	case len(m.Above) > 0:
		return distanceWords(a, stanceAt(a, m.Above[0]), *m.At) + and(m.Above) + toward(a, false)
	}
	return ""
}

// distanceWords is how far a place is from a stance: "2 steps from ",
// "200,000 below ".
func distanceWords(a *redlines.Axis, from, to float64) string {
	if len(a.Steps) == 0 {
		d := int64(math.Round(math.Abs(to-from) * float64(a.Max)))
		if to < from {
			return thousands(d) + " below "
		}
		return thousands(d) + " above "
	}
	n := int(math.Round(math.Abs(to-from) * float64(len(a.Steps)-1)))
	if n == 1 {
		return "1 step from "
	}
	return fmt.Sprintf("%d steps from ", n)
}

// toward names the end of a scale a place lies toward: " toward
// Ukrainian"; empty for a number.
func toward(a *redlines.Axis, up bool) string {
	if len(a.Steps) == 0 {
		return ""
	}
	if up {
		return " toward " + a.Steps[len(a.Steps)-1].Label
	}
	return " toward " + a.Steps[0].Label
}

// stanceAt returns the place of a party's stance on an axis.
func stanceAt(a *redlines.Axis, party string) float64 {
	for _, m := range a.Stances {
		if m.Who == party && m.At != nil {
			return *m.At
		}
	}
	return 0
}

func gaugeWidth(a *redlines.Axis) int {
	if len(a.Steps) > 0 {
		return len(a.Steps)
	}
	return numberCells
}

// gauge draws a place on an axis: one cell per step of a scale, or eleven
// cells from 0 to the axis's maximum, the place marked with mark. A value
// without a place gives a gauge of dots only.
func gauge(a *redlines.Axis, at *float64, mark string) string {
	n := gaugeWidth(a)
	cells := make([]string, n)
	for i := range cells {
		cells[i] = "·"
	}
	if at != nil {
		cells[int(math.Round(*at*float64(n-1)))] = mark
	}
	return strings.Join(cells, "")
}

// SpectrumMarkdown writes the spectrum as a Markdown table per term.
func SpectrumMarkdown(w io.Writer, s *redlines.Spectrum) error {
	bw := bufio.NewWriter(w)
	spectrumMarkdown(bw, s)
	return bw.Flush()
}

func spectrumMarkdown(w *bufio.Writer, s *redlines.Spectrum) {
	w.WriteString("## Where they stand\n\n")
	if len(s.Axes) == 0 {
		w.WriteString("No text addresses an ordered term.\n\n")
		return
	}
	for _, a := range s.Axes {
		fmt.Fprintf(w, "### %s\n\n%s\n\n", mdEscape(a.Title), mdEscape(axisEnds(a)))
		w.WriteString("| | place | value |\n|---|---|---|\n")
		for _, m := range a.Stances {
			fmt.Fprintf(w, "| *%s* | `%s` | %s |\n", mdEscape(stanceName(m)), gauge(a, m.At, "◆"), mdEscape(m.Label))
		}
		for _, m := range a.Places {
			fmt.Fprintf(w, "| %s | `%s` | %s |\n", mdEscape(placeName(m)), gauge(a, m.At, "●"), mdEscape(placeWords(a, m)))
		}
		w.WriteByte('\n')
		if n := len(a.Silent); n > 0 {
			fmt.Fprintf(w, "Not addressed by %s.\n\n", plural(n, "text"))
		}
	}
}
