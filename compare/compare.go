package compare

import (
	"cmp"
	"errors"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/peacediff/peacediff/proposals"
)

// Options select what a report holds. The zero value compares everything
// against the first proposal.
type Options struct {
	// Sections keeps only these sections (keys such as "territory",
	// "nato"); empty keeps all. Sections, Topics and TermsOnly leave out
	// the details of the texts ([Header.Changes]).
	Sections []string
	// Topics keeps only the point rows of these topics, and no term rows;
	// empty keeps all.
	Topics []string
	// TermsOnly keeps only the typed terms: the matrix of a section.
	TermsOnly bool
	// OnlyChanges drops the rows in which no cell differs. The summary
	// still counts them.
	OnlyChanges bool
	// AgainstPrevious measures each proposal against the one before it
	// instead of the first: a history.
	AgainstPrevious bool
	// AgainstPredecessor measures each proposal against the first text it
	// revises or answers among files, instead of the first: a matrix of
	// many texts. It is ignored with AgainstPrevious.
	AgainstPredecessor bool
}

// ErrNoProposals is returned when there is nothing to compare.
var ErrNoProposals = errors.New("nothing to compare: give at least one proposal")

// Compare builds the report of files, the first being the baseline. The
// corpus supplies the catalogue and the texts that kept points refer to.
// Compare never fails on valid input; the same input gives the same
// report.
func Compare(c *proposals.Corpus, files []*proposals.File, opts Options) (*Report, error) {
	if len(files) == 0 {
		return nil, ErrNoProposals
	}
	b := &builder{corpus: c, cat: c.Catalog, files: files, opts: opts}
	r := &Report{SchemaVersion: SchemaVersion, Kind: "compare"}
	switch {
	case opts.AgainstPrevious:
		r.Kind, r.Reference = "history", Previous
	case opts.AgainstPredecessor:
		r.Reference, r.References = Predecessor, predecessors(files)
	}
	for _, f := range files {
		h := b.header(f)
		r.Proposals = append(r.Proposals, h)
		index := make(map[string]int, len(h.Sources))
		for i, s := range h.Sources {
			index[s.ID] = i
		}
		b.sourceIndex = append(b.sourceIndex, index)
		domains := map[string]bool{}
		for _, k := range proposals.TermKinds() {
			if slices.Contains(f.Proposal.UnknownTerms, k.Area()) {
				domains[k.Section] = true
			}
		}
		for _, pr := range f.Proposal.Provisions {
			if pr.State == proposals.StateUnknown && pr.Topic == "other" {
				// A point of unknown wording and unknown subject could be
				// any point another text has.
				domains[anyDomain] = true
			}
		}
		b.unknownDomains = append(b.unknownDomains, domains)
	}
	b.report = r
	// A report narrowed to some rows leaves out the details of the texts,
	// which belong to no section.
	// Two different texts (other ids) differ, even when every term and
	// point is the same.
	whole, otherText := len(opts.Sections) == 0 && len(opts.Topics) == 0 && !opts.TermsOnly, false
	for k := 1; k < len(files) && whole; k++ {
		if b.sameText(k) {
			r.Proposals[k].Changes = headerChanges(files[r.Against(k)].Proposal, files[k].Proposal)
		} else {
			otherText = true
		}
	}
	sections := make(map[string]*Section)
	section := func(key string) *Section {
		s := sections[key]
		if s == nil {
			title := key
			if i := b.cat.DomainIndex(key); i >= 0 {
				title = b.cat.Domains[i].Title
			}
			s = &Section{Key: key, Title: title}
			sections[key] = s
		}
		return s
	}
	if len(opts.Topics) == 0 {
		for _, row := range b.termRows() {
			section(row.section).Rows = append(section(row.section).Rows, row.Row)
		}
	}
	var points []*Row
	if !opts.TermsOnly {
		points = b.pointRows()
	}
	for _, row := range points {
		if len(opts.Topics) > 0 && !slices.Contains(opts.Topics, row.Topic) {
			continue
		}
		key := "general"
		if t := b.cat.Topic(row.Topic); t != nil {
			key = t.Domain
		}
		section(key).Rows = append(section(key).Rows, row)
	}
	for _, d := range b.cat.Domains {
		if s := sections[d.Slug]; s != nil && (len(opts.Sections) == 0 || slices.Contains(opts.Sections, d.Slug)) {
			r.Sections = append(r.Sections, s)
		}
	}
	r.Summary = summarize(r)
	r.Summary.Differs = r.Summary.Differs || otherText
	if opts.OnlyChanges {
		for _, s := range r.Sections {
			s.Rows = slices.DeleteFunc(s.Rows, func(row *Row) bool { return row.Change == Same })
		}
		r.Sections = slices.DeleteFunc(r.Sections, func(s *Section) bool { return len(s.Rows) == 0 })
	}
	return r, nil
}

// anyDomain stands for every domain in builder.unknownDomains.
const anyDomain = "*"

type builder struct {
	corpus *proposals.Corpus
	cat    *proposals.Catalog
	files  []*proposals.File
	opts   Options
	report *Report
	// sourceIndex maps, per proposal, a source id to its index in the
	// header's sources.
	sourceIndex []map[string]int
	// unknownDomains are, per proposal, the domains of the areas its
	// unknown_terms name, and anyDomain when it has a point whose wording
	// and subject are both unknown.
	unknownDomains []map[string]bool
}

// reference returns the column cell k is measured against.
func (b *builder) reference(k int) int { return b.report.Against(k) }

type sectionRow struct {
	*Row
	section string
	order   string
}

// termRows builds a row per term key that any proposal addresses, sorted by
// section order and then by the term's order.
func (b *builder) termRows() []sectionRow {
	byKey := make(map[string]*sectionRow)
	var rows []*sectionRow
	for k, f := range b.files {
		for _, t := range extractTerms(f.Proposal, b.cat) {
			sr := byKey[t.key]
			if sr == nil {
				sr = &sectionRow{
					Row: &Row{
						Key: "term:" + t.key, Kind: TermRow, Term: &t.ref, Group: t.group, Label: t.facet.Label,
						Type: t.facet.Type, Scale: t.facet.Scale, Cells: make([]Cell, len(b.files)),
					},
					section: t.section, order: t.order,
				}
				byKey[t.key] = sr
				rows = append(rows, sr)
			}
			v := t.facet.Value
			sr.Cells[k] = Cell{
				State: t.state, Value: &v, Points: t.points, Note: t.note, Variants: t.varnts, Reading: t.reading,
				Sources: b.pointSources(k, t.points), Confidence: b.weakest(k, t.points),
			}
		}
	}
	slices.SortFunc(rows, func(x, y *sectionRow) int {
		return cmp.Or(cmp.Compare(b.cat.DomainIndex(x.section), b.cat.DomainIndex(y.section)), cmp.Compare(x.order, y.order), cmp.Compare(x.Key, y.Key))
	})
	// A region a text does not name takes the status the text states for
	// every region it does not name; a reading of the text gives none.
	if others := byKey["territory.others"]; others != nil {
		for _, sr := range rows {
			if sr.Term.Kind != "region" || sr.Term.Facet != "" {
				continue
			}
			for k := range sr.Cells {
				if o := others.Cells[k]; sr.Cells[k].Value == nil && o.Value != nil && !o.Reading {
					sr.Cells[k] = o
					sr.Cells[k].Note = strings.TrimSpace("Not named; the status the text states for every region it does not name. " + o.Note)
				}
			}
		}
	}
	// A term a text leaves out is unknown, not unaddressed, where the text
	// addresses its kind in words that were never reported.
	for _, sr := range rows {
		kind := proposals.TermKindNamed(sr.Term.Kind)
		for k := range sr.Cells {
			if sr.Cells[k].Value == nil && proposals.AddressedUnknown(b.files[k].Proposal, kind) {
				sr.Cells[k].State = StateUnknown
			}
		}
	}
	out := make([]sectionRow, len(rows))
	for i, sr := range rows {
		for k := 1; k < len(sr.Cells); k++ {
			ref, cur := &sr.Cells[b.reference(k)], &sr.Cells[k]
			cur.Change = termChange(ref, cur, sr.Type, b.cat.Scale(sr.Scale))
			if ref.Value != nil && cur.Value != nil && b.sameText(k) {
				cur.Change.edit(termFields(ref, cur))
			}
		}
		sr.Change = rowChange(sr.Cells)
		out[i] = *sr
	}
	return out
}

// pointRows aligns the provisions of every proposal and builds a row per
// aligned group.
func (b *builder) pointRows() []*Row {
	a := &aligner{n: len(b.files)}
	for k, f := range b.files {
		provs := make([]slot, len(f.Proposal.Provisions))
		for i := range f.Proposal.Provisions {
			pr := &f.Proposal.Provisions[i]
			provs[i] = slot{prov: pr, text: b.corpus.Text(f, pr)}
		}
		a.add(k, provs)
	}
	rows := make([]*Row, len(a.rows))
	seen := make(map[string]int)
	for i, ar := range a.rows {
		rep := ar.rep().prov
		key := "point:" + rep.Topic + ":" + rep.Point
		if n := seen[key]; n > 0 {
			key += "#" + strconv.Itoa(n+1)
		}
		seen[key]++
		label := rep.Topic
		if t := b.cat.Topic(rep.Topic); t != nil {
			label = t.Title
		}
		rows[i] = &Row{Key: key, Kind: PointRow, Label: label, Topic: rep.Topic, Strategy: ar.strategy, Order: i + 1, Cells: make([]Cell, len(b.files))}
	}
	// The cells of the rows, and their word diffs, are computed on all
	// processors, each with its own memory of diffs; the rows do not depend
	// on one another, so the result is the same.
	workers := min(runtime.GOMAXPROCS(0), max(len(rows)/64, 1))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			diffs := make(map[[2]string]*WordDiff)
			for i := w; i < len(rows); i += workers {
				b.fillPointRow(rows[i], a.rows[i], diffs)
			}
		})
	}
	wg.Wait()
	return rows
}

// fillPointRow fills the cells of an aligned row and measures their
// changes, remembering word diffs in diffs when the row has more than two
// cells (a pair of texts can then recur in a row).
func (b *builder) fillPointRow(row *Row, ar *pointRow, diffs map[[2]string]*WordDiff) {
	domain := "general"
	if t := b.cat.Topic(row.Topic); t != nil {
		domain = t.Domain
	}
	for k, s := range ar.slots {
		switch {
		case s != nil:
			row.Cells[k] = b.pointCell(k, s)
		case b.unknownDomains[k][domain] || b.unknownDomains[k][anyDomain]:
			// The text addresses the domain in unreported words: what it
			// says on this point is unknown, not absent.
			row.Cells[k].State = StateUnknown
		}
	}
	diff := func(x, y string) *WordDiff {
		if len(row.Cells) == 2 {
			// One diff a row: nothing to remember.
			wd := DiffWords(x, y)
			return &wd
		}
		key := [2]string{x, y}
		if wd, ok := diffs[key]; ok {
			return wd
		}
		wd := DiffWords(x, y)
		diffs[key] = &wd
		return &wd
	}
	for k := 1; k < len(row.Cells); k++ {
		ref := b.reference(k)
		row.Cells[k].Change = pointChange(&row.Cells[ref], &row.Cells[k], diff)
		if ar.slots[ref] != nil && ar.slots[k] != nil && b.sameText(k) {
			row.Cells[k].Change.edit(provisionChanges(ar.slots[ref].prov, ar.slots[k].prov))
		}
	}
	row.Change = rowChange(row.Cells)
}

func (b *builder) pointCell(k int, s *slot) Cell {
	pr := s.prov
	c := Cell{
		Point: pr.Point, Heading: pr.Heading, Text: s.text, Confidence: string(pr.Confidence), Note: pr.Note,
		Sources: b.sourceIndexes(k, pr.Sources),
	}
	switch pr.State.Or() {
	case proposals.StatePresent:
		c.State = StatePresent
	case proposals.StateKept:
		c.State, c.Kept = StatePresent, true
	case proposals.StateDeleted:
		c.State = StateDeleted
	case proposals.StateMoved:
		c.State = StateMoved
	case proposals.StateUnknown:
		c.State = StateUnknown
	case proposals.StateDisputed:
		c.State = StateDisputed
		var srcs []string
		for _, v := range pr.Variants {
			c.Variants = append(c.Variants, Variant{Party: v.Party, Text: v.Text})
			srcs = append(srcs, v.Sources...)
		}
		c.Sources = sortedInts(append(c.Sources, b.sourceIndexes(k, srcs)...))
	}
	return c
}

// sourceIndexes maps source ids of proposal k to indexes of its header's
// sources.
func (b *builder) sourceIndexes(k int, ids []string) []int {
	out := make([]int, 0, len(ids))
	for _, id := range ids {
		if i, ok := b.sourceIndex[k][id]; ok {
			out = append(out, i)
		}
	}
	return sortedInts(out)
}

// pointSources returns the sources of the points a term of proposal k
// names.
func (b *builder) pointSources(k int, points []string) []int {
	var ids []string
	for _, label := range points {
		if pr := b.files[k].Provision(label); pr != nil {
			ids = append(ids, pr.Sources...)
		}
	}
	return b.sourceIndexes(k, ids)
}

// weakest returns the lowest confidence among the points of proposal k.
func (b *builder) weakest(k int, points []string) string {
	rank := map[proposals.Confidence]int{proposals.ConfidenceConfirmed: 1, proposals.ConfidenceSingleSource: 2, proposals.ConfidenceInferred: 3}
	var worst proposals.Confidence
	for _, label := range points {
		if pr := b.files[k].Provision(label); pr != nil && rank[pr.Confidence] > rank[worst] {
			worst = pr.Confidence
		}
	}
	return string(worst)
}

func sortedInts(s []int) []int {
	slices.Sort(s)
	return slices.Compact(s)
}
