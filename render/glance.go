package render

import (
	"math"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
)

// This file lays out a matrix to read at a glance: each cell of an
// ordered term is placed on the term's scale, in five steps from its
// lower end to its upper, shown by a shade and a bar of matching height.

// stepGlyphs are the bars of the five steps of a scale.
var stepGlyphs = [...]string{"", "▁", "▃", "▅", "▆", "█"}

// scaleSteps are, per row key, the step (1 to 5, 0 for none) of each cell
// of the report's enum terms that have an ordered scale.
func scaleSteps(r *compare.Report, cat *proposals.Catalog) map[string][]int {
	if cat == nil {
		return nil
	}
	out := map[string][]int{}
	for _, s := range r.Sections {
		for _, row := range s.Rows {
			scale := cat.Scale(row.Scale)
			if row.Kind != compare.TermRow || scale == nil {
				continue
			}
			top := -1
			for i, v := range scale.Values {
				if !v.OffScale {
					top = i
				}
			}
			if top <= 0 {
				continue
			}
			steps := make([]int, len(row.Cells))
			for k, c := range row.Cells {
				if c.Value != nil && c.Value.Rank != nil && c.State == compare.StatePresent {
					steps[k] = 1 + int(math.Round(4*float64(*c.Value.Rank)/float64(top)))
				}
			}
			out[row.Key] = steps
		}
	}
	return out
}

// scaleEnds names, per row key, the ends of the row's scale for the
// cells' titles: "1 toward Russia, 5 toward Ukraine".
func scaleEnds(r *compare.Report, cat *proposals.Catalog) map[string]string {
	out := map[string]string{}
	if cat == nil {
		return out
	}
	for _, s := range r.Sections {
		for _, row := range s.Rows {
			if scale := cat.Scale(row.Scale); scale != nil && row.Kind == compare.TermRow {
				out[row.Key] = "1 " + scale.Down + ", 5 " + scale.Up
			}
		}
	}
	return out
}
