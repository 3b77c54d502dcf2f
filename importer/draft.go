package importer

import (
	"fmt"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// draft is an import under way: the points read, then aligned, ranked and
// read for terms, then written.
type draft struct {
	opts     Options
	format   Format
	markup   bool // the text marks its changes: bold, inserted or struck runs
	split    *split
	places   *places
	ranker   *Ranker
	points   []Point
	terms    termSet
	warnings []Warning
}

// read turns the split's points into the draft's, with their figures,
// regions and parties.
func (d *draft) read() {
	for _, p := range d.split.points {
		pt := Point{Label: p.label, Heading: p.heading, Section: p.section, Line: p.line, Given: p.given, src: p, body: p.body.trim()}
		pt.Text = collapse(pt.body.without(struck))
		if pt.Text == "" && !pt.body.has(struck) {
			pt.Text = pt.Heading // a point that is only a heading, over its sub-points
		}
		pt.Figures = figures(pt.Text)
		pt.places = d.places.find(pt.Text)
		pt.Regions = codes(pt.places, isRegion)
		pt.Parties = codes(pt.places, isParty)
		if pt.Text == "" && !pt.body.has(struck) {
			pt.State = proposals.StateUnknown
		}
		d.points = append(d.points, pt)
	}
}

// dropStruck leaves out, with a warning, the points a mark-up strikes
// whole that cannot be marked deleted: there is no text they were struck
// from, or it has no point of their label.
func (d *draft) dropStruck() {
	kept := d.points[:0]
	for _, p := range d.points {
		if p.body.only(struck) && p.State != proposals.StateDeleted {
			if d.opts.From != nil {
				d.warn(p.Line, "point %s is struck out, but %s has no point %s to delete: left out", p.Label, d.opts.From.Proposal.ID, p.Label)
			} else {
				d.warn(p.Line, "point %s is struck out: left out; give --from the text it marks up to mark it deleted", p.Label)
			}
			continue
		}
		kept = append(kept, p)
	}
	d.points = kept
}

// suggest ranks the topics for each point by its words and heading, and
// less by its section's heading and its sub-points' words.
func (d *draft) suggest() {
	children := map[*point][]*Point{}
	for i := range d.points {
		if par := d.points[i].src.parent; par != nil {
			children[par] = append(children[par], &d.points[i])
		}
	}
	for i := range d.points {
		p := &d.points[i]
		q := query{}
		d.ranker.addText(q, p.Text, 1)
		if p.Heading != p.Text {
			d.ranker.addText(q, p.Heading, headingWeight)
		}
		d.ranker.addText(q, p.Section, sectionWeight)
		for _, c := range children[p.src] {
			d.ranker.addText(q, c.Text, childWeight)
		}
		ranked := d.ranker.rank(q)
		p.Suggestions = ranked[:min(3, len(ranked))]
		if p.Topic == "" {
			p.Topic = "other"
			if len(p.Suggestions) > 0 {
				p.Topic = p.Suggestions[0].Topic
			}
		}
	}
}

func (d *draft) warn(line int, format string, args ...any) {
	d.warnings = append(d.warnings, Warning{Pos: proposals.Pos{File: d.opts.Name, Line: line}, Msg: fmt.Sprintf(format, args...)})
}

// collapse trims s and turns every run of white space into one space.
func collapse(s string) string { return strings.Join(strings.FieldsFunc(s, isSpace), " ") }
