package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/peacediff/peacediff/redlines"
	"github.com/peacediff/peacediff/view"
)

// CheckMarkdown writes the check as GitHub-flavoured Markdown: the lines
// in a numbered table with their statements, the matrix of texts against
// lines, the texts that cross each line with their points, the sources as
// numbered links, and the spectrum when the report has one. Every text
// from a data file is escaped.
func CheckMarkdown(w io.Writer, r *redlines.Report) error {
	v := view.CheckView(r)
	bw := bufio.NewWriter(w)
	line := func(s string) { bw.WriteString(s + "\n") }
	line("## Red lines")
	line("")
	line(v.Counts)
	line("")
	line("| # | party | date | line | confidence |")
	line("|---|---|---|---|---|")
	for _, l := range v.Lines {
		var refs []string
		for _, n := range l.Refs {
			refs = append(refs, fmt.Sprintf("\\[%d\\]", n))
		}
		line(fmt.Sprintf("| %d | %s | %s | **%s** %s %s | %s |", l.N, mdEscape(l.Party), mdEscape(l.Date),
			mdEscape(l.Title), mdEscape(l.Statement), strings.Join(refs, " "), mdEscape(l.Confidence)))
	}
	line("")
	head, rule := "| text |", "|---|"
	for _, l := range v.Lines {
		head += fmt.Sprintf(" %d |", l.N)
		rule += "---|"
	}
	line(head)
	line(rule)
	for k, p := range v.Proposals {
		row := "| " + mdEscape(p.Short) + " |"
		for _, c := range v.Matrix[k] {
			mark := c.Mark
			if c.Reading {
				mark += view.ReadingMark
			}
			row += " " + mark + " |"
		}
		line(row)
	}
	line("")
	line(legendLine(v.Legend))
	line("")
	line("### Crossed")
	line("")
	for _, l := range v.Lines {
		var who []string
		for _, c := range l.Crossings {
			who = append(who, mdEscape(c.Short)+" ("+mdEscape(c.Words)+")")
		}
		if len(who) == 0 {
			who = []string{"none of these texts"}
		}
		line(fmt.Sprintf("- **%d. %s**: %s", l.N, mdEscape(l.Heading), strings.Join(who, "; ")))
		for _, c := range l.Disputes {
			line(fmt.Sprintf("  - disputed in %s: %s", mdEscape(c.Short), mdEscape(c.Words)))
		}
		for _, c := range l.Unknowns {
			line(fmt.Sprintf("  - unknown for %s: %s", mdEscape(c.Short), mdEscape(c.Words)))
		}
		for _, c := range l.NotJudged {
			line(fmt.Sprintf("  - not judged for %s: %s", mdEscape(c.Short), mdEscape(c.Words)))
		}
	}
	line("")
	line("### Sources")
	line("")
	for _, s := range v.Sources {
		line(fmt.Sprintf("%d. [%s](<%s>) (%s)", s.N, mdEscape(s.Name()), mdURL(s.URL), mdEscape(s.Meta())))
	}
	line("")
	if v.Spectrum != nil {
		spectrumMarkdown(bw, v.Spectrum)
	}
	return bw.Flush()
}
