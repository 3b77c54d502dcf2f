package compare

import "github.com/peacediff/peacediff/proposals"

// header describes proposal f for the report: its details, its package
// and its sources.
func (b *builder) header(f *proposals.File) Header {
	p := f.Proposal
	h := Header{
		ID: p.ID, Title: p.Title, Short: p.Short, Date: string(p.Date), Status: string(p.Status),
		Proposers: p.Proposers, Summary: p.Summary, Notes: p.Notes, PointCount: p.PointCount,
	}
	for _, s := range p.Supersedes {
		h.Supersedes = append(h.Supersedes, s.ID)
	}
	if p.Package != nil && b.corpus != nil && b.corpus.Timeline != nil {
		if pk := b.corpus.Timeline.Package(p.Package.ID); pk != nil {
			h.Package = &Package{ID: pk.ID, Title: pk.Title, Role: string(p.Package.Role), Members: pk.Members, Unreported: pk.Unreported}
		}
	}
	for _, s := range p.Sources {
		h.Sources = append(h.Sources, Source{
			ID: s.ID, Publisher: s.Publisher, Relays: s.Relays, Title: s.Title,
			URL: s.URL, Date: string(s.Date), Kind: string(s.Kind),
		})
	}
	return h
}

// sameText reports whether proposal k is a version of the same text as its
// reference (the same id): only then are its details, and the other fields
// of its points and terms, compared. Two different texts differ in every
// detail, and a point one keeps word for word from the other is the same
// point, not an edited one.
func (b *builder) sameText(k int) bool {
	return b.files[b.reference(k)].Proposal.ID == b.files[k].Proposal.ID
}
