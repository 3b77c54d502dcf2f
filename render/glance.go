package render

import (
	"fmt"
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

// bandColumns is the most columns a band of a matrix holds: seven texts
// and the terms fit a 1280-pixel screen without breaking a word.
const bandColumns = 7

// glanceBands lays a section's rows out in bands of at most bandColumns
// columns, as even as they can be, in date order, so that a long series
// of texts reads without scrolling sideways. A band holds the rows that
// say something in its columns (a row of "not addressed" only is left
// out of it); a row's anchor goes with its first band.
func glanceBands(key, title string, heads []htmlHead, rows []htmlRow) []htmlBand {
	n := len(heads)
	k := max(1, (n+bandColumns-1)/bandColumns)
	if k == 1 {
		return []htmlBand{{ID: "s-" + key, Caption: title, Heads: heads, Rows: rows}}
	}
	placed := make([]bool, len(rows))
	var bands []htmlBand
	for b, lo := 0, 0; b < k; b++ {
		hi := lo + n/k
		if b < n%k {
			hi++
		}
		band := htmlBand{
			ID:      fmt.Sprintf("s-%s-%d", key, b+1),
			Caption: fmt.Sprintf("Texts of %s to %s (%d of %d)", heads[lo].Date, heads[hi-1].Date, b+1, k),
			Heads:   heads[lo:hi],
		}
		for i, row := range rows {
			if !speaks(row.Cells[lo:hi]) && (placed[i] || b < k-1) {
				continue
			}
			part := row
			part.Cells = row.Cells[lo:hi]
			if placed[i] {
				part.Anchor = ""
			}
			placed[i] = true
			band.Rows = append(band.Rows, part)
		}
		bands = append(bands, band)
		lo = hi
	}
	return bands
}

// speaks reports whether any of the cells is other than not addressed.
func speaks(cells []htmlCell) bool {
	for _, c := range cells {
		if c.State != "not addressed" {
			return true
		}
	}
	return false
}
