package site

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/proposals"
)

// The data files of a site, linked from every page.
const (
	corpusJSONPath    = "data/corpus.json"
	provisionsCSVPath = "data/provisions.csv"
	termsCSVPath      = "data/terms.csv"
)

// corpusJSON is the corpus as JSON.
func (b *builder) corpusJSON() ([]byte, error) {
	doc := struct {
		Version   string                `json:"version"`
		Proposals []*proposals.Proposal `json:"proposals"`
	}{Version: b.version}
	for _, f := range b.c.Files {
		doc.Proposals = append(doc.Proposals, f.Proposal)
	}
	js, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(js, '\n'), nil
}

// provisionsCSV is the provisions of the corpus as CSV, one row each, with
// the URLs of their sources.
func (b *builder) provisionsCSV() ([]byte, error) {
	rows := [][]string{{"proposal", "date", "point", "topic", "heading", "state", "confidence", "text", "note", "sources"}}
	for _, f := range b.c.Files {
		pr := f.Proposal
		for _, p := range pr.Provisions {
			state := string(p.State)
			if state == "" {
				state = "present"
			}
			rows = append(rows, []string{pr.ID, string(pr.Date), p.Point, p.Topic, p.Heading, state, string(p.Confidence), p.Text, p.Note, sourceURLs(pr, p.Sources)})
		}
	}
	return csvOf(rows)
}

// termsCSV is the typed terms of the corpus as CSV, one row each, with
// the URLs of their sources, from the matrix of every text's terms.
func (b *builder) termsCSV() ([]byte, error) {
	terms, err := compare.Compare(b.c, b.c.Files, compare.Options{TermsOnly: true})
	if err != nil {
		return nil, err
	}
	rows := [][]string{{"proposal", "date", "section", "term", "group", "label", "state", "value", "points", "our_reading", "confidence", "sources"}}
	for _, s := range terms.Sections {
		for _, row := range s.Rows {
			for k, c := range row.Cells {
				if c.State == compare.StateNotAddressed {
					continue
				}
				h := terms.Proposals[k]
				value := ""
				if c.Value != nil {
					value = c.Value.Words(row.Type)
				}
				reading := "no"
				if c.Reading {
					reading = "yes"
				}
				var urls []string
				for _, i := range c.Sources {
					urls = append(urls, h.Sources[i].URL)
				}
				rows = append(rows, []string{h.ID, h.Date, s.Key, row.Key, row.Group, row.Label, c.State.String(), value, strings.Join(c.Points, " "), reading, c.Confidence, strings.Join(urls, " ")})
			}
		}
	}
	return csvOf(rows)
}

// sourceURLs are the URLs of the sources ids of pr, space-separated.
func sourceURLs(pr *proposals.Proposal, ids []string) string {
	var urls []string
	for _, id := range ids {
		for _, s := range pr.Sources {
			if s.ID == id {
				urls = append(urls, s.URL)
			}
		}
	}
	return strings.Join(urls, " ")
}

// csvOf is a CSV file of rows, the first its header.
func csvOf(rows [][]string) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.WriteAll(rows); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
