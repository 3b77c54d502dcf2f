package view

// Source is one numbered source of a report, as its list of sources shows
// it.
type Source struct {
	// N is its footnote number, from 1.
	N int
	// Proposal is the short name of the proposal that cites it first;
	// empty for the sources of red lines.
	Proposal                             string
	Publisher, Relays, Kind, Date, Title string
	URL                                  string
}

// Words describes a source in one line: publisher, what it relays, kind,
// date, URL.
func (s Source) Words() string {
	b := s.Publisher
	if s.Relays != "" {
		b += ", relaying " + s.Relays
	}
	return b + " (" + s.Meta() + ") " + s.URL
}

// Name is the publisher and what it relays: "LIGA.net, relaying Axios".
func (s Source) Name() string {
	if s.Relays != "" {
		return s.Publisher + ", relaying " + s.Relays
	}
	return s.Publisher
}

// Meta is the kind and date: "newspaper, 2025-11-21".
func (s Source) Meta() string {
	if s.Date != "" {
		return s.Kind + ", " + s.Date
	}
	return s.Kind
}

// notes numbers sources in the order they are first shown; a source cited
// twice (the same URL) has one number.
type notes struct {
	num   map[string]int
	order []Source
}

func newNotes() *notes { return &notes{num: map[string]int{}} }

// number returns the footnote number of s, giving it the next one on first
// use.
func (n *notes) number(s Source) int {
	if k, ok := n.num[s.URL]; ok {
		return k
	}
	s.N = len(n.order) + 1
	n.order = append(n.order, s)
	n.num[s.URL] = s.N
	return s.N
}
