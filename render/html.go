package render

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/view"
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
	return templates().ExecuteTemplate(w, "report.html.tmpl", newHTMLPage(r, opts))
}

// htmlPage is the data of a report page.
type htmlPage struct {
	pageMeta
	Maps      []htmlMap
	Proposals []htmlProposal
	Counted   string
	Counts    []string
	Details   []view.Detail
	Moves     []moveGroup
	Columns   []string
	// Many is set when there are too many columns for a table to reflow
	// on a narrow screen: it scrolls in its box instead.
	Many   bool
	Glance bool
	Silent []Link
	// Heads head the columns: each text's name, date and page.
	Heads    []htmlHead
	Sections []reportSection
	Sources  []htmlSource
	Notes    []view.Note
	Legend   string
}

type htmlHead struct {
	Label, Date string
	Href        template.URL
}

type htmlProposal struct {
	Short, Title, ID, Date, Status, Summary, Role string
	Points, Sources                               int
	// Href links to the proposal's page on a site.
	Href template.URL
}

// htmlMap is the inline SVG map of one proposal.
type htmlMap struct {
	Caption string
	SVG     template.HTML
}

type htmlSection struct {
	Key, Title string
	Rows       []htmlRow
}

// reportSection is a section of a report page.
type reportSection struct {
	Key, Title string
	// Bands are the section's tables: one with every column, or, at a
	// glance, the columns of a long series in bands of a screen's width.
	Bands []htmlBand
}

// htmlBand is one table of a section: some of its columns, and the rows
// that say something in them.
type htmlBand struct {
	// ID labels the table; Caption names its section, or the dates of
	// its columns when the section has more than one band.
	ID, Caption string
	Heads       []htmlHead
	Rows        []htmlRow
}

type htmlRow struct {
	Anchor, Class, Mark, ChangeName, Group, Label string
	Cells                                         []htmlCell
}

type htmlCell struct {
	// Column names the cell's proposal, for a table reflowed on a narrow
	// screen.
	Column string
	// Step is the cell's place on its term's scale, 1 to 5, or 0; Glyph
	// shows it as a bar, StepWords in words.
	Step                                     int
	Glyph, StepWords                         string
	Point, State, Points, Confidence, Change string
	Note                                     int
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

// newHTMLPage lays out a report page; opts.Nav and opts.Links, when set,
// place it in a site.
func newHTMLPage(r *compare.Report, opts Options) *htmlPage {
	v := view.Compare(r, view.Options{All: true})
	p := &htmlPage{pageMeta: newMeta(v.Title, opts.Nav), Legend: legendWords(v.Legend), Counted: v.Counted, Counts: v.Against, Details: v.Details, Moves: groupMoves(v.Moves), Notes: v.Notes}
	if v.NoDifferences {
		p.Counted += " No differences."
	}
	if opts.Title != "" {
		p.Title = opts.Title
	}
	p.sitePlace(opts)
	for _, h := range v.Heads {
		role := ""
		if h.Baseline {
			role = "baseline"
		}
		p.Proposals = append(p.Proposals, htmlProposal{
			Short: h.Short, Title: h.Title, ID: h.ID, Date: h.Date, Status: h.Status,
			Summary: h.Summary, Points: h.Points, Sources: h.Sources, Role: role, Href: opts.link(h.ID),
		})
		p.Columns = append(p.Columns, h.Short)
		p.Heads = append(p.Heads, htmlHead{Label: h.Short, Date: h.Date, Href: opts.link(h.ID)})
	}
	p.Many = len(p.Columns) > 3
	var steps map[string][]int
	var ends map[string]string
	if opts.Glance {
		p.Glance, p.Proposals, p.Counts, p.Silent = true, nil, nil, opts.Silent
		steps, ends = scaleSteps(r, opts.Catalog), scaleEnds(r, opts.Catalog)
	} else {
		p.Maps = reportMaps(r, opts.Catalog)
	}
	for _, sec := range v.Sections {
		var rows []htmlRow
		for _, row := range sec.Rows {
			hr := htmlRow{
				Anchor: row.Anchor, Class: row.Change.String(), Mark: view.ChangeMark(row.Change),
				ChangeName: row.Change.String(), Group: row.Group, Label: row.Label,
			}
			for i, c := range row.Cells {
				hc := htmlCellOf(c)
				if i < len(p.Columns) {
					hc.Column = p.Columns[i]
				}
				if s := steps[row.Key]; i < len(s) && s[i] > 0 {
					hc.Step, hc.Glyph = s[i], stepGlyphs[s[i]]
					hc.StepWords = fmt.Sprintf("step %d of 5 (%s)", s[i], ends[row.Key])
				}
				hr.Cells = append(hr.Cells, hc)
			}
			rows = append(rows, hr)
		}
		hs := reportSection{Key: sec.Key, Title: sec.Title, Bands: []htmlBand{{ID: "s-" + sec.Key, Caption: sec.Title, Heads: p.Heads, Rows: rows}}}
		if opts.Glance {
			hs.Bands = glanceBands(sec.Key, sec.Title, p.Heads, rows)
		}
		p.Sections = append(p.Sections, hs)
	}
	p.Sources = htmlSources(v.Sources)
	return p
}

// moveGroup is what moved in one section.
type moveGroup struct {
	Section string
	Moves   []view.Move
}

// groupMoves groups the moves by section, in their order.
func groupMoves(moves []view.Move) []moveGroup {
	var out []moveGroup
	for _, m := range moves {
		if n := len(out); n == 0 || out[n-1].Section != m.Section {
			out = append(out, moveGroup{Section: m.Section})
		}
		out[len(out)-1].Moves = append(out[len(out)-1].Moves, m)
	}
	return out
}

// htmlCellOf lays out a cell for the page's templates.
func htmlCellOf(c view.Cell) htmlCell {
	hc := htmlCell{Point: c.Point, State: c.State, Confidence: c.Confidence.Words(), Change: c.Change, Variants: c.Variants, Note: c.Note}
	hc.Points = strings.Join(c.Points, ", ")
	for _, b := range c.Body {
		switch b.Style {
		case view.Inserted:
			hc.Parts = append(hc.Parts, htmlPart{Op: "ins", Text: b.Text})
		case view.Deleted:
			hc.Parts = append(hc.Parts, htmlPart{Op: "del", Text: b.Text})
		case view.Aside:
			hc.Parts = append(hc.Parts, htmlPart{Text: " " + b.Text})
		default:
			hc.Parts = append(hc.Parts, htmlPart{Text: b.Text})
		}
	}
	for _, n := range c.Refs.Numbers {
		hc.Refs = append(hc.Refs, htmlRef{N: n, Anchor: fmt.Sprintf("src-%d", n)})
	}
	return hc
}

// htmlSources lays out the numbered sources.
func htmlSources(sources []view.Source) []htmlSource {
	out := make([]htmlSource, len(sources))
	for i, s := range sources {
		out[i] = htmlSource{
			Anchor: fmt.Sprintf("src-%d", s.N), Proposal: s.Proposal, Publisher: s.Publisher,
			Relays: s.Relays, Kind: s.Kind, Date: s.Date, Title: s.Title, URL: safeURL(s.URL),
		}
	}
	return out
}

// legendWords writes a legend in one line: "= same, ~ changed, ...".
func legendWords(entries []view.LegendEntry) string {
	parts := make([]string, len(entries))
	for i, e := range entries {
		parts[i] = e.Mark + " " + e.Words
	}
	return strings.Join(parts, ", ") + "."
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
