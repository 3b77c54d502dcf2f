package view

import (
	"strconv"
	"strings"

	"github.com/peacediff/peacediff/compare"
)

// ChangeMark is the one-character mark of a change, which reads without
// colour: = same, ≈ edited (same value or wording, other fields
// changed), ~ changed, + added, - removed or deleted, » moved to
// another track, ? wording unknown, ! disputed.
func ChangeMark(k compare.ChangeKind) string {
	switch k {
	case compare.Same:
		return "="
	case compare.Edited:
		return "≈"
	case compare.Moved, compare.Changed:
		return "~"
	case compare.Added:
		return "+"
	case compare.Removed, compare.Deleted:
		return "-"
	case compare.Elsewhere:
		return "»"
	case compare.Unknown:
		return "?"
	case compare.Disputed:
		return "!"
	}
	return " "
}

// Confidence is how well a cell's facts are attested, as a reader is told.
type Confidence int

// The confidences a cell is marked with; confirmed facts are not marked.
const (
	Confirmed Confidence = iota
	// OneSource: one independent origin (*).
	OneSource
	// Reading: the editors' reading of the words reported (°).
	Reading
)

// ConfidenceOf maps a proposal's confidence to what a cell is marked with.
func ConfidenceOf(c string) Confidence {
	switch c {
	case "single-source":
		return OneSource
	case "inferred":
		return Reading
	}
	return Confirmed
}

// Mark is the symbol of a confidence: "*", [ReadingMark] or "".
func (c Confidence) Mark() string { return [...]string{"", "*", ReadingMark}[c] }

// Words names a confidence: "one source", "our reading" or "".
func (c Confidence) Words() string { return [...]string{"", "one source", "our reading"}[c] }

// LegendEntry explains one mark.
type LegendEntry struct{ Mark, Words string }

// CompareLegend lists the marks of a comparison that used holds, in the
// order a legend gives them; nil used lists them all.
func CompareLegend(used map[string]bool) []LegendEntry {
	all := []LegendEntry{
		{"=", "same"}, {"≈", "same value or wording, other fields changed"}, {"~", "changed"}, {"+", "added"}, {"-", "removed or deleted"},
		{"»", "moved to another track"}, {"?", "wording unknown"}, {"!", "disputed"},
		{"*", "one independent source"}, {ReadingMark, readingWords},
	}
	if used == nil {
		return all
	}
	var out []LegendEntry
	for _, e := range all {
		if used[e.Mark] {
			out = append(out, e)
		}
	}
	return out
}

// Refs is the sources a cell cites: their footnote numbers, every one of
// them, so that each source a reader is shown is listed and numbered.
type Refs struct {
	Numbers []int
}

// Words writes refs as "[1,4]", or "" for none.
func (r Refs) Words() string {
	if len(r.Numbers) == 0 {
		return ""
	}
	nums := make([]string, len(r.Numbers))
	for i, n := range r.Numbers {
		nums[i] = strconv.Itoa(n)
	}
	return "[" + strings.Join(nums, ",") + "]"
}

// Count writes n and a noun, in the plural unless n is 1: "1 point",
// "3 sources".
func Count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
