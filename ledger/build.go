package ledger

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
	"github.com/peacediff/peacediff/redlines"
)

// Options select what a ledger holds.
type Options struct {
	// Deleted adds, to each step, the points the later text drops.
	Deleted bool
}

// Build computes the ledger of the lineages of the texts named by ids, or
// of every lineage of the corpus when ids is empty, their moves read
// against the lines of set: what their rules forbid, or else the stances
// they state. A lineage is every text joined to another by supersedes,
// either way; a text that revises or answers none and that none revises
// or answers has no lineage, and naming it is an error. The same input
// gives the same ledger.
func Build(c *proposals.Corpus, ids []string, set *redlines.RuleSet, opts Options) (*Ledger, error) {
	g := newGraph(c)
	land, err := set.LandingZones(c.Files, redlines.All, "")
	if err != nil {
		return nil, err
	}
	g.lines, g.bounds = set.Lines(), newBounds(land)
	var comps [][]*proposals.File
	if len(ids) == 0 {
		comps = g.components()
	} else {
		seen := map[string]bool{}
		for _, id := range ids {
			f := c.Get(id)
			if f == nil {
				return nil, fmt.Errorf("no text %q in the corpus%s", id, proposals.DidYouMean(id, c.IDs()))
			}
			comp := g.component(f)
			if len(comp) < 2 {
				return nil, fmt.Errorf("%s has no lineage: it revises or answers no text of the corpus, and none revises or answers it", id)
			}
			if !seen[comp[0].Proposal.ID] {
				seen[comp[0].Proposal.ID] = true
				comps = append(comps, comp)
			}
		}
	}
	l := &Ledger{SchemaVersion: SchemaVersion, Kind: "ledger", Deleted: opts.Deleted}
	for _, comp := range comps {
		lin, err := g.lineage(comp, opts)
		if err != nil {
			return nil, err
		}
		l.Lineages = append(l.Lineages, lin)
	}
	return l, nil
}

// Lineages returns the texts of every lineage of the corpus, each by
// date, in the order of the lineages of the ledger [Build] makes with no
// ids: what that ledger holds, without the comparisons of its steps.
func Lineages(c *proposals.Corpus) [][]*proposals.File { return newGraph(c).components() }

// graph is the supersedes graph of a corpus, both ways.
type graph struct {
	c        *proposals.Corpus
	parents  map[string][]proposals.Lineage // text -> the texts it supersedes, in the corpus
	children map[string][]*proposals.File   // text -> the texts that supersede it
	lines    []redlines.Line
	bounds   bounds
}

func newGraph(c *proposals.Corpus) *graph {
	g := &graph{c: c, parents: map[string][]proposals.Lineage{}, children: map[string][]*proposals.File{}}
	for _, f := range c.Files {
		for _, s := range f.Proposal.Supersedes {
			if c.Get(s.ID) == nil {
				continue
			}
			g.parents[f.Proposal.ID] = append(g.parents[f.Proposal.ID], s)
			g.children[s.ID] = append(g.children[s.ID], f)
		}
	}
	return g
}

// byDate orders texts by date, then id.
func byDate(a, b *proposals.File) int {
	return cmp.Or(cmp.Compare(a.Proposal.Date, b.Proposal.Date), cmp.Compare(a.Proposal.ID, b.Proposal.ID))
}

// component returns the texts joined to f by supersedes, either way, by
// date.
func (g *graph) component(f *proposals.File) []*proposals.File {
	seen := map[string]bool{f.Proposal.ID: true}
	out := []*proposals.File{f}
	for i := 0; i < len(out); i++ {
		id := out[i].Proposal.ID
		next := slices.Clone(g.children[id])
		for _, s := range g.parents[id] {
			next = append(next, g.c.Get(s.ID))
		}
		for _, n := range next {
			if !seen[n.Proposal.ID] {
				seen[n.Proposal.ID] = true
				out = append(out, n)
			}
		}
	}
	slices.SortFunc(out, byDate)
	return out
}

// components returns every component of two texts or more, by the date
// of its first text.
func (g *graph) components() [][]*proposals.File {
	seen := map[string]bool{}
	var out [][]*proposals.File
	files := slices.Clone(g.c.Files)
	slices.SortFunc(files, byDate)
	for _, f := range files {
		if seen[f.Proposal.ID] {
			continue
		}
		comp := g.component(f)
		for _, x := range comp {
			seen[x.Proposal.ID] = true
		}
		if len(comp) > 1 {
			out = append(out, comp)
		}
	}
	slices.SortStableFunc(out, func(a, b []*proposals.File) int { return byDate(a[0], b[0]) })
	return out
}

// descendants returns the texts that supersede f, directly or through
// others, by date.
func (g *graph) descendants(f *proposals.File) []*proposals.File {
	seen := map[string]bool{}
	var out []*proposals.File
	queue := []string{f.Proposal.ID}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		for _, ch := range g.children[id] {
			if !seen[ch.Proposal.ID] {
				seen[ch.Proposal.ID] = true
				out = append(out, ch)
				queue = append(queue, ch.Proposal.ID)
			}
		}
	}
	slices.SortFunc(out, byDate)
	return out
}

func text(f *proposals.File) Text {
	p := f.Proposal
	return Text{ID: p.ID, Short: p.Short, Date: string(p.Date), Proposers: slices.Clone(p.Proposers)}
}

// lineage builds the steps of one component and sums them per party.
func (g *graph) lineage(comp []*proposals.File, opts Options) (*Lineage, error) {
	lin := &Lineage{}
	for _, f := range comp {
		lin.Texts = append(lin.Texts, text(f))
	}
	for _, f := range comp {
		for _, s := range g.parents[f.Proposal.ID] {
			st, err := g.step(g.c.Get(s.ID), f, string(s.Relation), opts)
			if err != nil {
				return nil, err
			}
			lin.Steps = append(lin.Steps, st)
		}
	}
	slices.SortStableFunc(lin.Steps, func(a, b *Step) int {
		return cmp.Or(cmp.Compare(a.To.Date, b.To.Date), cmp.Compare(a.To.ID, b.To.ID), cmp.Compare(a.From.Date, b.From.Date), cmp.Compare(a.From.ID, b.From.ID))
	})
	lin.Parties = summarize(g.c.Catalog, lin.Steps)
	return lin, nil
}

// step compares from, to and the texts descending from to in one report
// against from, so that the later texts' cells tell what became of each
// move and each dropped point.
func (g *graph) step(from, to *proposals.File, relation string, opts Options) (*Step, error) {
	later := g.descendants(to)
	files := append([]*proposals.File{from, to}, later...)
	r, err := compare.Compare(g.c, files, compare.Options{TermsOnly: !opts.Deleted})
	if err != nil {
		return nil, err
	}
	st := &Step{From: text(from), To: text(to), Relation: relation, ProposedBy: slices.Clone(to.Proposal.Proposers), Moves: []*Move{}}
	for _, sec := range r.Sections {
		for _, row := range sec.Rows {
			switch row.Kind {
			case compare.TermRow:
				g.termStep(st, row, later, string(to.Proposal.Date))
			case compare.PointRow:
				if opts.Deleted {
					pointStep(st, row, later)
				}
			}
		}
	}
	return st, nil
}

// termStep adds a term row's move, or its unknown, to the step.
func (g *graph) termStep(st *Step, row *compare.Row, later []*proposals.File, date string) {
	a, z := &row.Cells[0], &row.Cells[1]
	name := TermName{Key: row.Key, Group: row.Group, Label: row.Label}
	ch := z.Change
	if ch == nil {
		return
	}
	switch ch.Kind {
	case compare.Unknown:
		st.Unknown = append(st.Unknown, name)
		return
	case compare.Removed:
		st.NoLonger = append(st.NoLonger, Stated{TermName: name, Value: value(a, row.Type)})
		return
	case compare.Added:
		st.Newly = append(st.Newly, Stated{TermName: name, Value: value(z, row.Type)})
		return
	case compare.Disputed:
		if sp := g.split(name, row, a, z); sp != nil {
			st.Split = append(st.Split, sp)
		}
		return
	}
	noCap := row.Type == proposals.Number && ch.Kind == compare.Changed && ch.Basis == "" &&
		a.Value != nil && z.Value != nil && a.Value.Limit+z.Value.Limit == string(proposals.LimitNone)
	if ch.Move == nil && ch.Delta == nil && !noCap {
		if ch.Kind == compare.Changed && ch.Basis == "" {
			st.Changed = append(st.Changed, &Change{TermName: name, From: value(a, row.Type), To: value(z, row.Type)})
		}
		return
	}
	m := &Move{TermName: name, From: value(a, row.Type), To: value(z, row.Type), Reading: a.Reading || z.Reading}
	var x, y float64
	switch {
	case ch.Move != nil:
		m.Scale, m.Steps, m.Direction = row.Scale, ch.Move.Steps, ch.Move.Direction
		x, y = float64(*a.Value.Rank), float64(*z.Value.Rank)
	case noCap:
		// A figure against no cap at all: no size, but a direction.
		m.Unit = cmp.Or(a.Value.Unit, z.Value.Unit)
		x, _ = position(a, row.Type)
		y, _ = position(z, row.Type)
	default:
		m.By, m.Percent, m.Unit = ch.Delta.By, ch.Delta.Percent, z.Value.Unit
		x, y = float64(ch.Delta.From), float64(ch.Delta.To)
	}
	m.Parties = g.towards(row, x, y, date)
	for k, f := range later {
		c := &row.Cells[k+2]
		n, ok := position(c, row.Type)
		if !ok || n == y || (n-y)*(x-y) <= 0 {
			continue
		}
		m.TakenBack = &TakeBack{Text: text(f), Value: value(c, row.Type), Full: abs(n-y) >= abs(x-y)}
		break
	}
	st.Moves = append(st.Moves, m)
}

// split measures each drafter's value of a term disputed in cell z from
// the value of cell a; nil when a states no value.
func (g *graph) split(name TermName, row *compare.Row, a, z *compare.Cell) *Split {
	if a.Value == nil || a.State != compare.StatePresent {
		return nil
	}
	sp := &Split{TermName: name, From: value(a, row.Type)}
	scale := g.c.Catalog.Scale(row.Scale)
	for _, v := range z.Variants {
		vm := VariantMove{Party: v.Party, Label: v.Text}
		if scale != nil && a.Value.Rank != nil {
			for i, sv := range scale.Values {
				if sv.Label != v.Text || sv.OffScale {
					continue
				}
				rank, _ := scale.Rank(scale.Values[i].Slug)
				vm.Placed, vm.Steps = true, rank-*a.Value.Rank
				switch {
				case vm.Steps > 0:
					vm.Direction = scale.Up
				case vm.Steps < 0:
					vm.Direction = scale.Down
				}
			}
		}
		sp.Variants = append(sp.Variants, vm)
	}
	return sp
}

// position is where a cell's value lies: its rank on the scale, or its
// number; false when the cell is not stated, unknown, disputed or has no
// place.
func position(c *compare.Cell, typ proposals.ValueType) (float64, bool) {
	if c.State != compare.StatePresent || c.Value == nil {
		return 0, false
	}
	switch {
	case typ == proposals.Number && c.Value.Limit == string(proposals.LimitNone):
		return noCapAt, true
	case typ == proposals.Number && c.Value.Limit == "":
		return float64(c.Value.Number), true
	case typ == proposals.Enum && c.Value.Rank != nil:
		return float64(*c.Value.Rank), true
	}
	return 0, false
}

// noCapAt is where "no cap" lies among the figures of a cap: beyond any.
const noCapAt = 1e15

func abs(x float64) float64 { return max(x, -x) }

// value describes a cell's value.
func value(c *compare.Cell, typ proposals.ValueType) Value {
	v := Value{Points: c.Points, Reading: c.Reading}
	if c.Value == nil {
		return v
	}
	v.Label = c.Value.Words(typ)
	switch {
	case typ == proposals.Number && c.Value.Limit != "":
		v.Value = c.Value.Limit // "none": no figure
	case typ == proposals.Number:
		v.Value = strconv.FormatInt(c.Value.Number, 10)
	default:
		v.Value = c.Value.Enum
	}
	return v
}

// pointStep adds a point row's drop, if the later text drops it, with
// the first later text that has it again.
func pointStep(st *Step, row *compare.Row, later []*proposals.File) {
	z := row.Cells[1]
	if z.Change == nil {
		return
	}
	how := ""
	switch z.Change.Kind {
	case compare.Deleted:
		how = "deleted"
	case compare.Elsewhere:
		how = "moved-elsewhere"
	case compare.Removed:
		how = "left-out"
	default:
		return
	}
	d := &Drop{Topic: row.Topic, Label: row.Label, Point: row.Cells[0].Point, How: how}
	for k, f := range later {
		switch c := row.Cells[k+2]; c.State {
		case compare.StatePresent, compare.StateDisputed, compare.StateUnknown:
			d.RestoredBy = &Restore{Text: text(f), Point: c.Point}
		}
		if d.RestoredBy != nil {
			break
		}
	}
	st.Dropped = append(st.Dropped, d)
}
