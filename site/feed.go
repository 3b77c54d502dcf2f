package site

import (
	"bytes"
	"encoding/xml"
	"slices"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// feedPath is the Atom feed of the texts.
const feedPath = "feed.xml"

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
}

type atomEntry struct {
	ID      string   `xml:"id"`
	Title   string   `xml:"title"`
	Updated string   `xml:"updated"`
	Link    atomLink `xml:"link"`
	Summary string   `xml:"summary"`
}

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Author  string      `xml:"author>name"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

// atomTime is a text's date as an Atom date: midnight UTC of the day, or
// of the first of the month or year when that is all the date says. It
// comes from the corpus, never from the time of the build.
func atomTime(d proposals.Date) string {
	s := string(d)
	switch len(s) {
	case 4:
		s += "-01-01"
	case 7:
		s += "-01"
	}
	return s + "T00:00:00Z"
}

// feed is the Atom feed of the texts, newest first: what each revises
// or answers, and its summary. Its ids are the pages' URLs under the base
// URL, or tag URIs by the texts' ids without one.
func (b *builder) feed() ([]byte, error) {
	base := strings.TrimSuffix(b.opts.BaseURL, "/") + "/"
	id := func(p string) string {
		if b.opts.BaseURL == "" {
			return "tag:peacediff.invalid,2015:" + p
		}
		return base + p
	}
	f := atomFeed{ID: id(feedPath), Title: "Peace proposals compared", Author: "peacediff", Links: []atomLink{{Href: feedPath, Rel: "self", Type: "application/atom+xml"}, {Href: "index.html"}}}
	if b.opts.BaseURL != "" {
		f.Links = []atomLink{{Href: base + feedPath, Rel: "self", Type: "application/atom+xml"}, {Href: base + "index.html"}}
	}
	files := slices.Clone(b.c.Files)
	slices.SortStableFunc(files, func(x, y *proposals.File) int {
		return strings.Compare(string(y.Proposal.Date), string(x.Proposal.Date))
	})
	for _, file := range files {
		pr := file.Proposal
		p := proposalPath(pr.ID)
		var lineage []string
		for _, s := range pr.Supersedes {
			label := s.ID
			if g := b.c.Get(s.ID); g != nil {
				label = g.Proposal.Short
			}
			verb := "Answers "
			if s.Relation == "revises" {
				verb = "Revises "
			}
			lineage = append(lineage, verb+label+".")
		}
		e := atomEntry{ID: id(p), Title: pr.Short + ": " + pr.Title, Updated: atomTime(pr.Date), Link: atomLink{Href: p}, Summary: strings.TrimSpace(strings.Join(lineage, " ") + " " + pr.Summary)}
		if b.opts.BaseURL != "" {
			e.Link.Href = base + p
		}
		if e.Updated > f.Updated {
			f.Updated = e.Updated
		}
		f.Entries = append(f.Entries, e)
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	buf.WriteString("\n")
	return buf.Bytes(), nil
}
