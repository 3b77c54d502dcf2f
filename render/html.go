package render

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
)

//go:embed templates/*.tmpl static/*.css
var assets embed.FS

// templates parses the embedded templates; they are part of the binary,
// so a failure is a programming error.
func templates() *template.Template {
	return template.Must(template.New("").ParseFS(assets, "templates/*.tmpl"))
}

// HTML writes a report as one self-contained page: inline CSS allowed by
// hash in a strict Content-Security-Policy, no script, nothing loaded from
// the network, light and dark colours, a print stylesheet, a table per
// section with caption and header scopes, an anchor per row, change marks
// in words as well as colour, <ins> and <del> for changed words, and the
// sources as a numbered list of links. Every text is escaped by
// html/template.
func HTML(w io.Writer, r *compare.Report, opts Options) error {
	return templates().ExecuteTemplate(w, "report.html.tmpl", newHTMLPage(r, opts, nil, false))
}

type htmlPage struct {
	pageMeta
	Maps      []htmlMap
	Proposals []htmlProposal
	Counted   string
	Counts    []string
	Moves     []htmlMove
	Columns   []string
	Sections  []htmlSection
	Sources   []htmlSource
	Legend    string
}

type htmlProposal struct {
	Short, Title, ID, Date, Status, Summary, Role string
	Points, Sources                               int
	// Href links to the proposal's page on a site.
	Href template.URL
}

type htmlMove struct{ Anchor, Text string }

// htmlMap is the inline SVG map of one proposal.
type htmlMap struct {
	Caption string
	SVG     template.HTML
}

type htmlSection struct {
	Key, Title string
	Rows       []htmlRow
}

type htmlRow struct {
	Anchor, Class, Mark, ChangeName, Group, Label string
	Cells                                         []htmlCell
}

type htmlCell struct {
	Point, State, Points, Confidence, Change string
	Parts                                    []htmlPart
	Variants                                 []compare.Variant
	Refs                                     []htmlRef
}

type htmlPart struct{ Op, Text string }

type htmlRef struct {
	N      int
	Anchor string
}

type htmlSource struct {
	Anchor, Proposal, Publisher, Relays, Kind, Date, Title string
	URL                                                    template.URL
}

func newHTMLPage(r *compare.Report, opts Options, nav []navLink, live bool) *htmlPage {
	p := &htmlPage{Legend: legend + ". * one source, ** our reading."}
	notes := newFootnotes(r)
	var names []string
	for k, h := range r.Proposals {
		names = append(names, h.Short)
		role := ""
		if k == 0 && len(r.Proposals) > 1 {
			role = "baseline"
		}
		p.Proposals = append(p.Proposals, htmlProposal{
			Short: h.Short, Title: h.Title, ID: h.ID, Date: h.Date, Status: strings.ReplaceAll(h.Status, "-", " "),
			Summary: h.Summary, Points: h.PointCount, Sources: len(h.Sources), Role: role,
		})
	}
	p.Columns = names
	sep := " vs "
	if r.Kind == "history" {
		sep = " → "
	}
	p.pageMeta = newMeta(strings.Join(names, sep), nav, live)
	p.Maps = reportMaps(r, opts.Catalog)
	s := r.Summary
	p.Counted = fmt.Sprintf("%d terms and %d points compared.", s.Terms, s.Points)
	if !s.Differs && len(r.Proposals) > 1 {
		p.Counted += " No differences."
	}
	for k := 1; k < len(r.Proposals); k++ {
		against := r.Proposals[0].Short
		if r.Kind == "history" {
			against = r.Proposals[k-1].Short
		}
		c := s.ByProposal[k]
		p.Counts = append(p.Counts, fmt.Sprintf("%s against %s: terms %s; points %s.", r.Proposals[k].Short, against, countsWords(c.Terms), countsWords(c.Points)))
	}
	anchors := make(map[string]int)
	for _, sec := range r.Sections {
		hs := htmlSection{Key: sec.Key, Title: sec.Title}
		for _, row := range sec.Rows {
			id := anchor("r-", row.Key)
			if n := anchors[id]; n > 0 {
				anchors[id]++
				id = fmt.Sprintf("%s-%d", id, n+1)
			} else {
				anchors[id] = 1
			}
			hr := htmlRow{
				Anchor: id, Class: row.Change.String(), Mark: markOf(row.Change),
				ChangeName: row.Change.String(), Group: row.Group, Label: row.Label,
			}
			if row.Kind == compare.PointRow {
				hr.Label = pointLabel(row)
			}
			for k := range row.Cells {
				hr.Cells = append(hr.Cells, htmlCellOf(row, k, notes))
			}
			if row.Kind == compare.TermRow && len(p.Moves) < 3 && row.Change == compare.Changed {
				if m := moveWords(r, row); m != "" {
					p.Moves = append(p.Moves, htmlMove{Anchor: hr.Anchor, Text: m})
				}
			}
			hs.Rows = append(hs.Rows, hr)
		}
		p.Sections = append(p.Sections, hs)
	}
	for i, ref := range notes.order {
		src := r.Proposals[ref.proposal].Sources[ref.source]
		p.Sources = append(p.Sources, htmlSource{
			Anchor: fmt.Sprintf("src-%d", i+1), Proposal: r.Proposals[ref.proposal].Short, Publisher: src.Publisher,
			Relays: src.Relays, Kind: src.Kind, Date: src.Date, Title: src.Title, URL: safeURL(src.URL),
		})
	}
	return p
}

func htmlCellOf(row *compare.Row, k int, notes *footnotes) htmlCell {
	c := &row.Cells[k]
	hc := htmlCell{Point: c.Point, Confidence: confidenceWords(c)}
	if row.Kind == compare.TermRow {
		if c.Value == nil {
			hc.State = valueWords(row, c)
		} else {
			hc.Parts = []htmlPart{{Text: valueWords(row, c)}}
			hc.Points = strings.Join(c.Points, ", ")
		}
		if c.Change != nil && c.Change.Kind != compare.Same {
			hc.Change = changeWords(c)
		}
	} else {
		switch {
		case c.State == compare.StateDisputed:
			if c.Text != "" {
				hc.Parts = []htmlPart{{Text: c.Text + " "}}
			}
			hc.State = "Disputed:"
			hc.Variants = c.Variants
		case stateWords(c) != "":
			hc.State = stateWords(c)
		case c.Kept:
			hc.Parts = []htmlPart{{Text: c.Text + " "}, {Text: "(kept)"}}
		case c.Change != nil && c.Change.Words != nil && c.Change.Words.Class != compare.Rewritten:
			for _, seg := range c.Change.Words.Segments {
				op := ""
				switch seg.Op {
				case compare.Insert:
					op = "ins"
				case compare.Delete:
					op = "del"
				}
				hc.Parts = append(hc.Parts, htmlPart{Op: op, Text: seg.Text})
			}
		case c.Change != nil && c.Change.Words != nil:
			hc.Parts = []htmlPart{{Text: c.Text + " "}, {Text: "(rewritten)"}}
		default:
			hc.Parts = []htmlPart{{Text: c.Text}}
		}
	}
	for _, s := range c.Sources {
		n := notes.number(k, s)
		hc.Refs = append(hc.Refs, htmlRef{N: n, Anchor: fmt.Sprintf("src-%d", n)})
	}
	return hc
}

// confidenceWords names a weak confidence in words.
func confidenceWords(c *compare.Cell) string {
	if c.Value == nil && c.Point == "" {
		return ""
	}
	switch c.Confidence {
	case "single-source":
		return "one source"
	case "inferred":
		return "our reading"
	}
	return ""
}

// moveWords sums up a changed term in one line for the page's summary.
func moveWords(r *compare.Report, row *compare.Row) string {
	last := &row.Cells[len(row.Cells)-1]
	first := &row.Cells[0]
	if last.Change == nil || last.Change.Kind != compare.Changed {
		return ""
	}
	s := rowLabel(row) + ": " + valueWords(row, first) + " → " + valueWords(row, last)
	if w := changeWords(last); w != "" {
		s += " (" + w + ")"
	}
	return s
}

// anchor turns a key into an HTML id that starts with prefix.
func anchor(prefix, key string) string {
	var b strings.Builder
	b.WriteString(prefix)
	for _, r := range key {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	return b.String()
}

// safeURL passes an http or https URL through as a link target, and
// anything else as an inert fragment. The loader already refuses other
// schemes; this keeps the page safe for reports built by other means.
func safeURL(u string) template.URL {
	lower := strings.ToLower(u)
	if strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://") {
		return template.URL(u)
	}
	return "#invalid-url"
}

// reportMaps draws the map of every proposal of a report that has
// territorial terms, the regions whose status changed outlined; none when
// there is no catalogue, no region, or no boundary map.
func reportMaps(r *compare.Report, cat *proposals.Catalog) []htmlMap {
	if cat == nil || len(regionRows(r)) == 0 && othersRow(r) == nil {
		return nil
	}
	var maps []htmlMap
	for k, h := range r.Proposals {
		var b strings.Builder
		opts := MapOptions{IDPrefix: fmt.Sprintf("map%d-", k), OutlineChanges: k > 0}
		if err := MapSVG(&b, cat, r, k, opts); err != nil {
			return nil
		}
		// MapSVG escapes every text it writes.
		maps = append(maps, htmlMap{Caption: h.Short, SVG: template.HTML(b.String())})
	}
	return maps
}
