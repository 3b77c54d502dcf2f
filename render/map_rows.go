package render

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
)

// This file reads the regions' statuses out of a report for map.go.

// regionRow holds the rows of one region: its status and who recognises it.
type regionRow struct {
	status, recognized *compare.Row
}

// regionRows finds the rows of the regions' statuses, by region code.
func regionRows(r *compare.Report) map[string]*regionRow {
	rows := make(map[string]*regionRow)
	get := func(code string) *regionRow {
		if rows[code] == nil {
			rows[code] = &regionRow{}
		}
		return rows[code]
	}
	for _, sec := range r.Sections {
		for _, row := range sec.Rows {
			if row.Term == nil || row.Term.Kind != "region" || len(row.Cells) != len(r.Proposals) {
				continue
			}
			switch row.Term.Facet {
			case "recognized_by":
				get(row.Term.Subject).recognized = row
			case "":
				get(row.Term.Subject).status = row
			}
		}
	}
	for code, row := range rows {
		if row.status == nil {
			delete(rows, code)
		}
	}
	return rows
}

// chooseMap picks the map to draw (see [MapOptions.Country]).
func chooseMap(cat *proposals.Catalog, rows map[string]*regionRow, country string) (*proposals.Map, error) {
	if country != "" {
		if m := cat.Map(country); m != nil {
			return m, nil
		}
		return nil, fmt.Errorf("%w for %s", ErrNoMap, country)
	}
	count := make(map[string]int)
	for code := range rows {
		if m := cat.Map(regionCountry(cat, code)); m != nil {
			count[m.Country]++
		}
	}
	best := ""
	for c, n := range count {
		if n > count[best] || (n == count[best] && c < best) {
			best = c
		}
	}
	switch {
	case best != "":
		return cat.Map(best), nil
	case len(cat.Maps) == 1:
		return &cat.Maps[0], nil
	}
	return nil, ErrNoMap
}

// regionCountry is the country of a region: the catalogue's, or else the
// first part of its code.
func regionCountry(cat *proposals.Catalog, code string) string {
	if reg := cat.Region(code); reg != nil {
		return reg.Country
	}
	country, _, _ := strings.Cut(code, "-")
	return country
}

// regionName is the catalogue's name of a region, or else its code.
func regionName(cat *proposals.Catalog, code string) string {
	if reg := cat.Region(code); reg != nil {
		return reg.Name
	}
	return code
}

// isCity reports whether a region is a city, to be drawn over others.
func isCity(cat *proposals.Catalog, code string) bool {
	reg := cat.Region(code)
	return reg != nil && strings.Contains(reg.Type, "city")
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// cellStatus is the status slug of a cell, or notAddressed.
func cellStatus(c *compare.Cell) string {
	if c != nil && c.State == compare.StateUnknown {
		return unknownStatus
	}
	if c == nil || c.Value == nil || c.State == compare.StateNotAddressed {
		return notAddressed
	}
	return c.Value.Enum
}

// sameStatus reports whether two cells give a region the same status,
// with the same parties' positions when it is disputed; a nil cell (a
// region no text names) is not addressed. A status that is not known is
// never outlined as changed.
func sameStatus(a, b *compare.Cell) bool {
	if cellStatus(a) == unknownStatus || cellStatus(b) == unknownStatus {
		return true
	}
	return cellStatus(a) == cellStatus(b) && slices.Equal(variants(a), variants(b))
}

// variants are a cell's drafters' positions; none for no cell.
func variants(c *compare.Cell) []compare.Variant {
	if c == nil {
		return nil
	}
	return c.Variants
}

// regionWords describes a region's status in proposal k: the status, the
// drafters' positions, who recognises it and the points.
func regionWords(row *regionRow, k int, label string) string {
	if row != nil && cellStatus(&row.status.Cells[k]) == unknownStatus {
		return "in the text, but its wording was not reported"
	}
	if row == nil || cellStatus(&row.status.Cells[k]) == notAddressed {
		return "not addressed by the text"
	}
	c := &row.status.Cells[k]
	s := label
	if len(c.Variants) > 0 {
		var vs []string
		for _, va := range c.Variants {
			vs = append(vs, va.Party+": "+va.Text)
		}
		s += " (" + strings.Join(vs, "; ") + ")"
	}
	if row.recognized != nil {
		if rc := row.recognized.Cells[k]; rc.Value != nil && len(rc.Value.Set) > 0 {
			s += "; recognised by " + strings.Join(rc.Value.Set, ", ")
		}
	}
	if len(c.Points) == 1 {
		s += "; point " + c.Points[0]
	} else if len(c.Points) > 1 {
		s += "; points " + strings.Join(c.Points, ", ")
	}
	return s
}

// upperFirst capitalises the first letter of s.
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// safeID keeps ASCII letters, digits, "-" and "_" and turns the rest into "-".
func safeID(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			return r
		}
		return '-'
	}, s)
}
