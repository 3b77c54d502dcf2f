package redlines

import (
	"errors"
	"fmt"
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
func (s *RuleSet) line(p proposals.Position) *Line {
	l := &Line{
		ID: p.ID, Party: p.Party, PartyName: s.partyName(p.Party), Date: string(p.Date), Title: p.Title,
		Statement: p.Statement, Confidence: string(p.Confidence), Note: p.Note,
		Reads: p.Reads.Text, Rule: p.Rule.Text, At: p.Pos.String(),
	}
	for _, src := range p.Sources {
		l.Sources = append(l.Sources, Source{
			Publisher: src.Publisher, Relays: src.Relays, Title: src.Title, URL: src.URL,
			Date: string(src.Date), Kind: string(src.Kind),
		})
	}
	return l
}

// witness describes a term that crosses a line.
func (s *RuleSet) witness(t Term) Witness {
	w := Witness{Term: t.Term, Points: proposals.SortLabels(t.Points)}
	switch t.Term {
	case "region":
		w.Key, w.Value, w.Label = t.Region, t.Status, s.label(proposals.ScaleRegionStatus, t.Status)
		if r := s.cat.Region(t.Region); r != nil {
			w.Name = r.Name
		}
		if len(t.RecognizedBy) > 0 {
			w.Detail = "recognised by " + strings.Join(t.RecognizedBy, ", ")
		}
	case "zone":
		w.Key, w.Value, w.Label = strings.Join(t.Regions, ", "), t.Kind, t.Kind+" zone"
		if t.Sovereign != "" {
			w.Detail = "territory of " + t.Sovereign
		}
	case "cap":
		w.Key, w.Name = t.Party, s.partyName(t.Party)
		w.Value, w.Label = strconv.Itoa(t.Personnel), thousands(t.Personnel)+" personnel"
		if t.ProposedBy != "" {
			w.Detail = "proposed by " + t.ProposedBy
		}
	case "weapons":
		w.Key, w.Name, w.Value = t.Party, s.partyName(t.Party), t.Kind
		w.Label = fmt.Sprintf("%s limited to %s %s", t.Kind, thousands(t.Limit), t.Unit)
		if t.Banned {
			w.Label = t.Kind + " banned"
		}
	case "foreign_troops":
		w.Key, w.Value, w.Label = t.Who+" in "+t.Host, t.Rule, s.label(proposals.ScaleForeignTroops, t.Rule)
	case "guarantee":
		w.Key, w.Name, w.Value, w.Label = t.Guarantor, s.partyName(t.Guarantor), t.Kind, t.Kind
	case "non_use_of_force":
		w.Value, w.Label = strconv.FormatBool(t.Value), "rejected"
		if t.Value {
			w.Label = "committed"
		}
	default: // line_of_contact, nato.*
		w.Value, w.Label = t.Rule, s.label(scaleOf(t.Term), t.Rule)
	}
	return w
}

// scaleOf names the scale of a term kind that has a rule.
func scaleOf(kind string) string {
	switch kind {
	case "line_of_contact":
		return proposals.ScaleLineOfContact
	case "nato.membership":
		return proposals.ScaleNATOMembership
	case "nato.enlargement":
		return proposals.ScaleNATOEnlargement
	}
	return proposals.ScaleForeignTroops
}

func (s *RuleSet) label(scale, slug string) string {
	if sc := s.cat.Scale(scale); sc != nil {
		if v := sc.Value(slug); v != nil {
			return v.Label
		}
	}
	return slug
}

func (s *RuleSet) partyName(code string) string {
	if p := s.cat.Party(code); p != nil {
		return p.Name
	}
	return code
}

// thousands writes n with commas between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}
