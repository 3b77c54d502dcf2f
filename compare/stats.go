package compare

// summarize counts the changes of a report: every cell of every proposal,
// and every row by section.
func summarize(r *Report) Summary {
	s := Summary{ByProposal: make([]ProposalCounts, len(r.Proposals))}
	for k, h := range r.Proposals {
		s.ByProposal[k].ID = h.ID
		s.ByProposal[k].Details = len(h.Changes)
		if len(h.Changes) > 0 {
			s.Differs = true
		}
	}
	for _, sec := range r.Sections {
		sc := SectionCounts{Key: sec.Key}
		for _, row := range sec.Rows {
			if row.Kind == TermRow {
				s.Terms++
			} else {
				s.Points++
			}
			sc.Add(row.Change)
			for k, c := range row.Cells {
				kind := Same
				if c.Change != nil {
					kind = c.Change.Kind
				}
				if row.Kind == TermRow {
					s.ByProposal[k].Terms.Add(kind)
				} else {
					s.ByProposal[k].Points.Add(kind)
				}
				if kind != Same {
					s.Differs = true
				}
			}
		}
		s.BySection = append(s.BySection, sc)
	}
	return s
}
