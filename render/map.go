package render

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/view"
)

// This file decides what a map shows; map_svg.go draws it and
// map_style.go holds its colours and patterns.

// MapOptions control a map. The zero value draws the country the report
// names regions of, with unprefixed ids and no outlines.
type MapOptions struct {
	// IDPrefix goes before every id the SVG defines (the regions, which
	// are otherwise their ISO codes such as "UA-14", and the patterns), so
	// that several maps inlined in one HTML page keep their ids unique.
	// Characters other than ASCII letters, digits, "-" and "_" become "-".
	IDPrefix string
	// OutlineChanges outlines, when k > 0, the regions whose status
	// differs from the reference cell's: the first proposal's, or the
	// previous one's in a history.
	OutlineChanges bool
	// Country is the code of the country to draw; empty means the country
	// with a map whose regions the report names most, or else the
	// catalogue's only map.
	Country string
}

// ErrNoMap is returned when the catalogue has no map to draw.
var ErrNoMap = errors.New("no boundary map in the catalogue")

// notAddressed is the status slug of a region the text gives no status.
const notAddressed = ""

// unknownStatus stands for a region a text addresses in words that were
// never reported (unknown_terms).
const unknownStatus = "(unknown)"

// MapSVG writes the map of proposal k of r: every region of the country
// filled, and hatched, by the status the proposal gives it in the rows
// of kind region (the status facet) (a region without such a row, or
// whose cell is empty, is drawn as not addressed, never as Ukrainian),
// with a legend, a <title> per region (name, status, points, note), the
// boundaries' credit in <metadata> and in small print, and role="img"
// with an aria-label that lists the regions by status. Cities (Kyiv,
// Sevastopol) are drawn after, and over, the regions around them.
//
// The output is a standalone SVG document that is also valid inlined in
// HTML5: no XML declaration, no <style>, no script and nothing loaded.
// It has a viewBox and no width or height, so it takes the width of its
// container. Every text is escaped. r must hold every region row: build it
// without the Sections, Topics or OnlyChanges filters of
// [compare.Options] (or with Sections including "territory").
func MapSVG(w io.Writer, cat *proposals.Catalog, r *compare.Report, k int, opts MapOptions) error {
	if k < 0 || k >= len(r.Proposals) {
		return fmt.Errorf("map: no proposal %d in a report of %d", k, len(r.Proposals))
	}
	v, err := newMapView(cat, r, k, opts)
	if err != nil {
		return err
	}
	return v.write(w)
}

// mapView is what one map shows, decided before it is drawn.
type mapView struct {
	prefix   string
	m        *proposals.Map
	heading  string // the visible title line
	title    string // the SVG's <title>
	label    string // aria-label: the whole map in words
	regions  []mapRegion
	legend   []legendItem
	outlined int    // number of regions outlined as changed
	against  string // the proposal they are measured against
	notes    []string
	readings int // number of regions whose status is our reading
}

// mapRegion is one region as drawn.
type mapRegion struct {
	code, path, title string
	style             statusStyle
	changed           bool
	// reading is true when the status is the editors' reading of the text.
	reading bool
}

// legendItem is one status shown, with its number of regions.
type legendItem struct {
	style statusStyle
	text  string
}

func newMapView(cat *proposals.Catalog, r *compare.Report, k int, opts MapOptions) (*mapView, error) {
	rows := regionRows(r)
	m, err := chooseMap(cat, rows, opts.Country)
	if err != nil {
		return nil, err
	}
	h := r.Proposals[k]
	country := m.Country
	if p := cat.Party(country); p != nil {
		country = p.Name
	}
	v := &mapView{prefix: safeID(opts.IDPrefix), m: m}
	v.heading = h.Short + " · " + h.Date
	v.title = fmt.Sprintf("%s, %s: the regions of %s", h.Short, h.Date, country)
	ref := -1
	if opts.OutlineChanges && k > 0 {
		ref = r.Against(k)
		v.against = r.Proposals[ref].Short
	}
	styles := newStyles(cat)
	others := othersRow(r)
	byStatus := make(map[string][]string)
	var changed []string
	for _, shape := range m.Regions {
		reg := mapRegion{code: shape.Code, path: shape.Path}
		name := regionName(cat, shape.Code)
		row := rows[shape.Code]
		var cell, refCell *compare.Cell
		if row != nil {
			cell = &row.status.Cells[k]
			if ref >= 0 {
				refCell = &row.status.Cells[ref]
			}
		} else if others != nil && !others.Cells[k].Reading {
			// A region the texts do not name takes the status they state
			// for the regions they do not name; a reading gives none.
			cell = &others.Cells[k]
			if ref >= 0 {
				refCell = &others.Cells[ref]
			}
		}
		slug := cellStatus(cell)
		reg.style = styles.of(slug)
		words := regionWords(row, k, reg.style.label)
		if row == nil && slug != notAddressed {
			words = reg.style.label + ", as every region the text does not name"
			if len(cell.Points) > 0 {
				words += "; points " + strings.Join(cell.Points, ", ")
			}
		}
		reg.title = name + " (" + shape.Code + "): " + words
		if ref >= 0 && cell != nil && !sameStatus(cell, refCell) {
			reg.changed = true
			changed = append(changed, name)
			reg.title += "; changed from " + styles.of(cellStatus(refCell)).label + " in " + v.against
		}
		if cell != nil && cell.Reading && slug != notAddressed {
			reg.reading = true
			v.readings++
			reg.title += " (our reading)"
		}
		if cell != nil && cell.Note != "" {
			reg.title += ". " + strings.Join(strings.Fields(cell.Note), " ")
		}
		byStatus[slug] = append(byStatus[slug], name)
		v.regions = append(v.regions, reg)
	}
	// Cities are drawn last, over the regions around them.
	slices.SortStableFunc(v.regions, func(a, b mapRegion) int {
		return cmp.Compare(b2i(isCity(cat, a.code)), b2i(isCity(cat, b.code)))
	})
	var parts []string
	for _, st := range styles.order(byStatus) {
		names := byStatus[st.slug]
		text := fmt.Sprintf("%s (%d)", st.label, len(names))
		part := upperFirst(st.label) + ": " + strings.Join(names, ", ")
		if st.slug == notAddressed {
			text = fmt.Sprintf("not addressed by the text (%d)", len(names))
			part = fmt.Sprintf("Not addressed by the text: %d regions", len(names))
			if len(names) < len(m.Regions) {
				part = fmt.Sprintf("Not addressed by the text: the %d other regions", len(names))
			}
		}
		v.legend = append(v.legend, legendItem{style: st, text: text})
		parts = append(parts, part)
	}
	v.label = fmt.Sprintf("Map of the regions of %s in %s, %s. %s.", country, h.Short, h.Date, strings.Join(parts, ". "))
	if v.readings > 0 {
		v.label += fmt.Sprintf(" Dashed border: %s rests on our reading of the text.", view.Count(v.readings, "region's status"))
	}
	if v.outlined = len(changed); v.outlined > 0 {
		v.label += fmt.Sprintf(" Outlined, the regions whose status differs from %s: %s.", v.against, strings.Join(changed, ", "))
	}
	for code, row := range rows {
		if m.Region(code) == nil {
			st := styles.of(cellStatus(&row.status.Cells[k]))
			if st.slug != notAddressed {
				v.notes = append(v.notes, fmt.Sprintf("Not on this map: %s (%s), %s.", regionName(cat, code), code, st.label))
			}
		}
	}
	slices.Sort(v.notes)
	for _, n := range v.notes {
		v.label += " " + n
	}
	return v, nil
}

// othersRow is the row of the status texts give the regions they do not
// name, or nil.
func othersRow(r *compare.Report) *compare.Row {
	for _, sec := range r.Sections {
		for _, row := range sec.Rows {
			if row.Term != nil && row.Term.Kind == "others" && len(row.Cells) == len(r.Proposals) {
				return row
			}
		}
	}
	return nil
}
