package render

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/peacediff/peacediff/proposals"
	"github.com/rivo/uniseg"
)

// ListEntry is one proposal in a listing; the JSON form of `peacediff list`.
type ListEntry struct {
	ID         string   `json:"id"`
	Date       string   `json:"date"`
	Status     string   `json:"status"`
	Points     int      `json:"points"`
	Provisions int      `json:"provisions"`
	Sources    int      `json:"sources"`
	Title      string   `json:"title"`
	Short      string   `json:"short"`
	Proposers  []string `json:"proposers"`
	Supersedes []string `json:"supersedes,omitempty"`
	// Package is the id of the package of documents the text belongs to.
	Package string `json:"package,omitempty"`
	File    string `json:"file"`
}

// PackageEntry is a package of documents negotiated as one, with the ids
// of its members in the corpus and what of it was never reported.
type PackageEntry struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	Date       string   `json:"date"`
	Members    []string `json:"members"`
	Unreported []string `json:"unreported,omitempty"`
}

// Packages lists the packages of a corpus's timeline in date order.
func Packages(c *proposals.Corpus) []PackageEntry {
	if c.Timeline == nil {
		return nil
	}
	out := make([]PackageEntry, 0, len(c.Timeline.Packages))
	for _, p := range c.Timeline.Packages {
		out = append(out, PackageEntry{ID: p.ID, Title: p.Title, Date: string(p.Date), Members: p.Members, Unreported: p.Unreported})
	}
	slices.SortStableFunc(out, func(a, b PackageEntry) int {
		return cmp.Or(strings.Compare(a.Date, b.Date), strings.Compare(a.ID, b.ID))
	})
	return out
}

// Entries lists the proposals of a corpus in its order (by date, then id).
func Entries(c *proposals.Corpus) []ListEntry {
	out := make([]ListEntry, len(c.Files))
	for i, f := range c.Files {
		p := f.Proposal
		e := ListEntry{
			ID: p.ID, Date: string(p.Date), Status: string(p.Status), Points: p.PointCount,
			Provisions: len(p.Provisions), Sources: len(p.Sources), Title: p.Title, Short: p.Short,
			Proposers: p.Proposers, File: f.Name,
		}
		for _, s := range p.Supersedes {
			e.Supersedes = append(e.Supersedes, s.ID)
		}
		if p.Package != nil {
			e.Package = p.Package.ID
		}
		out[i] = e
	}
	return out
}

// ListJSON writes the entries as a JSON array.
func ListJSON(w io.Writer, entries []ListEntry) error { return writeJSON(w, entries) }

// ListText writes the entries as a table: id, date, status, points and
// title. When the terminal is too narrow for the title beside the rest, the
// title goes on its own line below, indented. The packages follow, each
// with its members.
func ListText(w io.Writer, entries []ListEntry, packages []PackageEntry, opts Options) error {
	bw := bufio.NewWriter(w)
	idW, statusW := len("ID"), len("STATUS")
	for _, e := range entries {
		idW = max(idW, uniseg.StringWidth(e.ID))
		statusW = max(statusW, len(e.Status))
	}
	row := func(id, date, status, points string) string {
		return fmt.Sprintf("%-*s  %-10s  %-*s  %6s", idW, id, date, statusW, status, points)
	}
	head := row("ID", "DATE", "STATUS", "POINTS")
	titleW := opts.width() - uniseg.StringWidth(head) - 2
	beside := titleW >= 24
	if beside {
		head += "  TITLE"
	}
	fmt.Fprintln(bw, head)
	for _, e := range entries {
		r := row(e.ID, e.Date, e.Status, fmt.Sprint(e.Points))
		if beside {
			fmt.Fprintln(bw, r+"  "+strings.TrimRight(wrapText(e.Title, titleW, strings.Repeat(" ", uniseg.StringWidth(r)+2)), " "))
			continue
		}
		fmt.Fprintln(bw, r)
		fmt.Fprintln(bw, "    "+wrapText(e.Title, opts.width()-4, "    "))
	}
	if len(packages) > 0 {
		fmt.Fprintln(bw, "\nPACKAGES (documents negotiated as one set)")
	}
	for _, p := range packages {
		fmt.Fprintln(bw, "\n"+wrapText(p.Date+"  "+p.Title, opts.width(), "  "))
		for _, m := range p.Members {
			fmt.Fprintln(bw, "  "+m)
		}
		for _, u := range p.Unreported {
			fmt.Fprintln(bw, "  "+wrapText("not reported: "+u, opts.width()-2, "    "))
		}
	}
	return bw.Flush()
}

// wrapText wraps plain text to width, joining the lines with a newline and
// indent.
func wrapText(text string, width int, indent string) string {
	var b strings.Builder
	for i, l := range wrap([]span{{text, plain}}, width, false) {
		if i > 0 {
			b.WriteString("\n" + indent)
		}
		for _, s := range l {
			b.WriteString(s.text)
		}
	}
	return b.String()
}

// ListMarkdown writes the entries as a Markdown table.
func ListMarkdown(w io.Writer, entries []ListEntry, packages []PackageEntry) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "| id | date | status | points | title |")
	fmt.Fprintln(bw, "|---|---|---|---:|---|")
	for _, e := range entries {
		fmt.Fprintf(bw, "| `%s` | %s | %s | %d | %s |\n", mdEscape(e.ID), mdEscape(e.Date), mdEscape(e.Status), e.Points, mdEscape(e.Title))
	}
	if len(packages) > 0 {
		fmt.Fprintln(bw, "\n## Packages\n\nDocuments negotiated as one set.")
	}
	for _, p := range packages {
		fmt.Fprintf(bw, "\n**%s** (%s)\n\n", mdEscape(p.Title), mdEscape(p.Date))
		for _, m := range p.Members {
			fmt.Fprintf(bw, "- `%s`\n", mdEscape(m))
		}
		for _, u := range p.Unreported {
			fmt.Fprintf(bw, "- not reported: %s\n", mdEscape(u))
		}
	}
	return bw.Flush()
}

// ListHTML writes the entries as a self-contained HTML page with a table.
func ListHTML(w io.Writer, entries []ListEntry) error {
	return templates().ExecuteTemplate(w, "list.html.tmpl", struct {
		pageMeta
		Entries []ListEntry
	}{newMeta("Proposals", nil), entries})
}
