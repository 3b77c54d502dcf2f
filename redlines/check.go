package redlines

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// ErrNoProposals is returned when there is nothing to check.
var ErrNoProposals = errors.New("nothing to check: give at least one proposal")

// Check evaluates every line of the set against every file, in the order
// given. It fails only when a rule cannot be evaluated (a [proposals.ErrorList]
// at the rule's place); the same input gives the same report.
func (s *RuleSet) Check(files []*proposals.File) (*Report, error) {
	if len(files) == 0 {
		return nil, ErrNoProposals
	}
	r := &Report{SchemaVersion: SchemaVersion, Kind: "check"}
	views := make([]*View, len(files))
	for i, f := range files {
		p := f.Proposal
		r.Proposals = append(r.Proposals, Proposal{
			ID: p.ID, Title: p.Title, Short: p.Short, Date: string(p.Date), Status: string(p.Status),
			Proposers: slices.Clone(p.Proposers),
		})
		views[i] = NewView(p, s.cat)
		r.Summary.ByProposal = append(r.Summary.ByProposal, Counts{ID: p.ID})
	}
	var errs proposals.ErrorList
	for _, ru := range s.lines {
		line := s.line(ru.pos)
		for i, v := range views {
			read, crossing, err := ru.verdictOf(files[i].Proposal.ID, v)
			if err != nil {
				errs = append(errs, err.(proposals.ErrorList)...)
				line.Cells = append(line.Cells, Cell{})
				continue
			}
			c := Cell{Read: len(read)}
			counts := &r.Summary.ByProposal[i]
			switch {
			case len(read) == 0:
				c.Verdict = NotAddressed
				counts.NotAddressed++
				r.Summary.NotAddressed++
			case len(crossing) == 0:
				c.Verdict = Holds
				counts.Holds++
				r.Summary.Holds++
			default:
				c.Verdict = Crossed
				counts.Crossed++
				r.Summary.Crossed++
				line.Crossed++
				for _, t := range crossing {
					c.Crossing = append(c.Crossing, s.witness(t))
					c.Points = append(c.Points, t.Points...)
				}
				c.Points = proposals.SortLabels(c.Points)
			}
			line.Cells = append(line.Cells, c)
		}
		r.Lines = append(r.Lines, line)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	r.Summary.Lines, r.Summary.Proposals = len(r.Lines), len(r.Proposals)
	r.Summary.AnyCrossed = r.Summary.Crossed > 0
	return r, nil
}

// line describes a position as a line of the report, without cells.
func (s *RuleSet) line(p Line) *LineCheck {
	l := &LineCheck{
		ID: p.ID, Party: p.Party, PartyName: s.cat.PartyName(p.Party), Date: string(p.Date), Title: p.Title,
		Statement: p.Statement, Confidence: string(p.Confidence), Note: p.Note,
		Reads: p.Reads.Text, Rule: p.Rule.Text, At: p.At.String(),
	}
	for _, src := range p.Sources {
		l.Sources = append(l.Sources, Source{
			Publisher: src.Publisher, Relays: src.Relays, Title: src.Title, URL: src.URL,
			Date: string(src.Date), Kind: string(src.Kind),
		})
	}
	return l
}

// witness describes a term that crosses a line, in the words of its
// facets: the main one's value, the others as detail.
func (s *RuleSet) witness(t *Term) Witness {
	src := t.src
	w := Witness{Term: t.Kind, Key: src.Subject, Name: src.Group, Points: proposals.SortLabels(t.Points)}
	if len(src.Facets) == 0 {
		return w
	}
	main := src.Facets[0]
	w.Label = main.Value.Words(main.Type)
	switch main.Type {
	case proposals.Number:
		w.Value = strconv.FormatInt(main.Value.Number, 10)
	case proposals.Bool:
		w.Value = strconv.FormatBool(main.Value.Bool)
	default:
		w.Value = main.Value.Enum
	}
	if w.Name == "" {
		w.Name = main.Label
	}
	var detail []string
	for _, f := range src.Facets[1:] {
		detail = append(detail, f.Label+" "+f.Value.Words(f.Type))
	}
	w.Detail = strings.Join(detail, ", ")
	return w
}
