package view

import (
	"fmt"
	"math"
	"strings"

	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/redlines"
)

// GaugeCells is the width of the gauge of a number axis: 0, 10%, ... 100%.
const GaugeCells = 11

// Spectrum is what a reader is told of the spectrum: for each ordered
// term, the parties' stances and the texts' places in words.
type Spectrum struct {
	Axes []Axis
}

// Axis is one ordered term.
type Axis struct {
	// Axis is the model, for a chart to draw.
	*redlines.Axis
	// Ends names the two ends: "Russian de jure → Ukrainian (7 steps)",
	// "0 → 1,000,000 personnel".
	Ends string
	// Low and High label the ends of a chart.
	Low, High string
	// Rows are the stances, then the places.
	Rows []AxisRow
	// Silent says how many texts do not address the term and how many
	// address it in unreported words, or "".
	Silent string
}

// AxisRow is a stance or a place on an axis.
type AxisRow struct {
	// Name is "RU stated, 2024-06-14" for a stance, the text's short name
	// (with the side whose figure it is) for a place.
	Name string
	// Gauge draws the place: a cell per step, ◆ for a stance, ● for a
	// text.
	Gauge string
	// Words is the value and, for a place, where it falls against the
	// stances.
	Words  string
	Stance bool
	// At is the place, from 0 to 1; nil when it has none.
	At *float64
}

// SpectrumView makes the view of a spectrum.
func SpectrumView(s *redlines.Spectrum) *Spectrum {
	v := &Spectrum{}
	for _, a := range s.Axes {
		va := Axis{Axis: a, Ends: axisEnds(a), Low: "0", High: proposals.Thousands(int64(a.Max)) + " " + a.Unit}
		if len(a.Steps) > 0 {
			va.Low, va.High = a.Steps[0].Label, a.Steps[len(a.Steps)-1].Label
		}
		for _, m := range a.Stances {
			va.Rows = append(va.Rows, AxisRow{Name: m.Who + " stated, " + m.Date, Gauge: Gauge(a, m.At, "◆"), Words: m.Label, Stance: true, At: m.At})
		}
		for _, m := range a.Places {
			va.Rows = append(va.Rows, AxisRow{Name: PlaceName(m), Gauge: Gauge(a, m.At, "●"), Words: PlaceWords(a, m), At: m.At})
		}
		var silent []string
		if n := len(a.Silent); n > 0 {
			silent = append(silent, fmt.Sprintf("Not addressed by %s.", Count(n, "text")))
		}
		if n := len(a.Unknown); n > 0 {
			silent = append(silent, fmt.Sprintf("Unknown in %s: addressed in words that were never reported.", Count(n, "text")))
		}
		va.Silent = strings.Join(silent, " ")
		v.Axes = append(v.Axes, va)
	}
	return v
}

// axisEnds names the two ends of an axis.
func axisEnds(a *redlines.Axis) string {
	if len(a.Steps) > 0 {
		return fmt.Sprintf("%s → %s (%d steps)", a.Steps[0].Label, a.Steps[len(a.Steps)-1].Label, len(a.Steps))
	}
	return fmt.Sprintf("0 → %s %s", proposals.Thousands(int64(a.Max)), a.Unit)
}

// PlaceName labels a text's place, with the side whose figure it is when
// the text records each side's.
func PlaceName(m redlines.Mark) string {
	if m.ProposedBy != "" {
		return m.Name + " (" + m.ProposedBy + ")"
	}
	return m.Name
}

// PlaceWords is a place's value and where it falls against the stances:
// "Russian de facto; between RU and UA".
func PlaceWords(a *redlines.Axis, m redlines.Mark) string {
	s := m.Label
	if m.Applies != "" && m.Applies != "always" {
		s += ", in " + m.Applies
	}
	if m.Reading {
		s += " (our reading)"
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
			return proposals.Thousands(d) + " below "
		}
		return proposals.Thousands(d) + " above "
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

// GaugeWidth is the number of cells of an axis's gauge.
func GaugeWidth(a *redlines.Axis) int {
	if len(a.Steps) > 0 {
		return len(a.Steps)
	}
	return GaugeCells
}

// Gauge draws a place on an axis: one cell per step of a scale, or eleven
// cells from 0 to the axis's maximum, the place marked with mark. A value
// without a place gives a gauge of dots only.
func Gauge(a *redlines.Axis, at *float64, mark string) string {
	n := GaugeWidth(a)
	cells := make([]string, n)
	for i := range cells {
		cells[i] = "·"
	}
	if at != nil {
		cells[int(math.Round(*at*float64(n-1)))] = mark
	}
	return strings.Join(cells, "")
}
