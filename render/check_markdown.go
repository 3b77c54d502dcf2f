package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/peacediff/peacediff/redlines"
)

// CheckMarkdown writes the check as GitHub-flavoured Markdown: the lines
// in a numbered table with their statements, the matrix of texts against
// lines, the texts that cross each line with their points, the sources as
// numbered links, and the spectrum when the report has one. Every text
// from a data file is escaped.
func CheckMarkdown(w io.Writer, r *redlines.Report) error {
	bw := bufio.NewWriter(w)
	line := func(s string) { bw.WriteString(s + "\n") }
	line("## Red lines")
	line("")
	line(checkCounts(r))
	line("")
	line("| # | party | date | line | confidence |")
	line("|---|---|---|---|---|")
	notes := newLineNotes(r)
	for i, l := range r.Lines {
		var refs []string
		for _, n := range notes.refs(l) {
			refs = append(refs, "\\["+n+"\\]")
		}
		line(fmt.Sprintf("| %d | %s | %s | **%s** %s %s | %s |", i+1, mdEscape(l.Party), mdEscape(l.Date),
			mdEscape(l.Title), mdEscape(l.Statement), strings.Join(refs, " "), mdEscape(l.Confidence)))
	}
	line("")
	head, rule := "| text |", "|---|"
	for i := range r.Lines {
		head += fmt.Sprintf(" %d |", i+1)
		rule += "---|"
	}
	line(head)
	line(rule)
	for k, p := range r.Proposals {
		row := "| " + mdEscape(p.Short) + " |"
		for _, l := range r.Lines {
			row += " " + verdictMark(l.Cells[k].Verdict) + " |"
		}
		line(row)
	}
	line("")
	line(checkLegend)
	line("")
	line("### Crossed")
	line("")
	for i, l := range r.Lines {
		var who []string
		for k, c := range l.Cells {
			if c.Verdict == redlines.Crossed {
				who = append(who, mdEscape(r.Proposals[k].Short)+" ("+mdEscape(crossingWords(c))+")")
			}
		}
		if len(who) == 0 {
			who = []string{"none of these texts"}
		}
		line(fmt.Sprintf("- **%d. %s**: %s", i+1, mdEscape(lineHeading(l)), strings.Join(who, "; ")))
	}
	line("")
	line("### Sources")
	line("")
	for i, s := range notes.order {
		name := s.Publisher
		if s.Relays != "" {
			name += ", relaying " + s.Relays
		}
		date := ""
		if s.Date != "" {
			date = ", " + s.Date
		}
		line(fmt.Sprintf("%d. [%s](<%s>) (%s%s)", i+1, mdEscape(name), mdURL(s.URL), mdEscape(s.Kind), mdEscape(date)))
	}
	line("")
	if r.Spectrum != nil {
		spectrumMarkdown(bw, r.Spectrum)
	}
	return bw.Flush()
}
