package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/peacediff/peacediff/ledger"
)

// This file lays out the ledger of a lineage (`peacediff ledger`) for a
// terminal, in Markdown and as JSON; package ledger words it.

// LedgerJSON writes the ledger as indented JSON, versioned by
// [ledger.SchemaVersion].
func LedgerJSON(w io.Writer, l *ledger.Ledger) error { return writeJSON(w, l) }

// LedgerText writes the ledger for a terminal: for each lineage its
// texts, each step with the terms that moved (from, to, how far, for whom,
// and what took the move back), the terms unknown at one end, the points
// dropped when asked for, and who gave what. The layout fits opts.Width.
func LedgerText(w io.Writer, l *ledger.Ledger, opts Options) error {
	t := &textWriter{w: bufio.NewWriter(w), opts: opts, width: opts.width()}
	t.writeLine(line{{"WHO GAVE WHAT", bold}})
	t.w.WriteByte('\n')
	if len(l.Lineages) == 0 {
		t.println("No lineage: no text revises or answers another.")
	}
	for i, lin := range l.Lineages {
		t.w.WriteByte('\n')
		t.writeLine(line{{fmt.Sprintf("LINEAGE %d", i+1), bold}})
		t.w.WriteByte('\n')
		t.println(lin.Counts() + ".")
		for _, x := range lin.Texts {
			t.hanging("  "+x.Date+"  ", x.Short+"  "+x.ID)
		}
		for _, s := range lin.Steps {
			t.w.WriteByte('\n')
			t.hanging("", s.Heading())
			t.ledgerStep(s, l.Deleted)
		}
		t.w.WriteByte('\n')
		if len(lin.Parties) == 0 {
			t.println(noParties)
		}
		for _, p := range lin.Parties {
			t.writeLine(line{{p.Name + " (" + p.Party + ")", bold}})
			t.w.WriteByte('\n')
			for _, g := range partyGroups(p) {
				t.hanging("  ", fmt.Sprintf("%s: %d", g.name, len(g.entries)))
				for _, e := range g.entries {
					t.hanging("    - ", e.Words())
				}
			}
		}
	}
	t.w.WriteByte('\n')
	t.println(ledgerNote)
	return t.w.Flush()
}

// noParties stands for the summary of a lineage in which no move went
// toward or away from a line a party held at the time.
const noParties = "No move went toward or away from a line a party held at the time."

// ledgerNote says how the ledger judges directions.
const ledgerNote = "A move goes toward a party when it leaves, or comes nearer to leaving, the values its red lines held at the later text's date forbid (found from the rules), and away when it enters or goes deeper; where the party's lines forbid no value of the term, by the distance to the stance it stated. \"Stated later\" marks a line first held after the text. " + ledger.ReadingMark + " marks the editors' reading of a text. A term unknown at either end of a step is never a move."

func (t *textWriter) ledgerStep(s *ledger.Step, deleted bool) {
	if len(s.Moves) == 0 {
		t.hanging("  ", "No term moved on its scale.")
	}
	for _, m := range s.Moves {
		t.hanging("  ", m.Words())
		t.hanging("    ", m.From.Words()+" → "+m.To.Words()+": "+m.Size())
		for _, p := range m.Parties {
			t.hanging("    ", p.Words())
		}
		if m.TakenBack != nil {
			t.hanging("    ↩ ", m.TakenBack.Words())
		}
	}
	for _, sp := range s.Split {
		t.hanging("  ! ", "Disputed in the later text, not a move: "+sp.Words()+".")
	}
	changed, noLonger, newly, unknown := allWords(s.Changed), allWords(s.NoLonger), allWords(s.Newly), allWords(s.Unknown)
	for _, l := range []struct {
		mark, what string
		names      []string
	}{
		{"  ~ ", "Changed off the scales, not a move", changed},
		{"  - ", "No longer addressed, not a move", noLonger},
		{"  + ", "Newly addressed, not a move", newly},
		{"  ? ", "Unknown at one end, not counted", unknown},
	} {
		if len(l.names) > 0 {
			t.hanging(l.mark, listed(l.what, l.names))
		}
	}
	if deleted {
		if len(s.Dropped) == 0 {
			t.hanging("  ", "No point dropped.")
		}
		for _, d := range s.Dropped {
			t.hanging("  ✗ ", d.Words())
		}
	}
}

// allWords is the words of each item of a step's list.
func allWords[T interface{ Words() string }](items []T) []string {
	out := make([]string, len(items))
	for i, x := range items {
		out[i] = x.Words()
	}
	return out
}

// shown is how many terms of a list of a step the text names.
const shown = 6

// listed writes a list of terms in a sentence, the first few named.
func listed(what string, names []string) string {
	n := len(names)
	if n > shown {
		names = append(names[:shown:shown], fmt.Sprintf("and %d more (--format json lists them)", len(names)-shown))
	}
	return fmt.Sprintf("%s (%d): %s.", what, n, strings.Join(names, "; "))
}

type partyGroup struct {
	name    string
	entries []ledger.Entry
}

func partyGroups(p ledger.PartySummary) []partyGroup {
	return []partyGroup{{"gained", p.Gained}, {"gave up", p.GaveUp}, {"got back", p.GotBack}, {"gained, then lost again", p.LostAgain}}
}

// LedgerMarkdown writes the ledger as GitHub-flavoured Markdown: a section
// per lineage, a table of moves per step, and who gave what. Every text
// from a data file is escaped.
func LedgerMarkdown(w io.Writer, l *ledger.Ledger) error {
	bw := bufio.NewWriter(w)
	out := func(s string) { bw.WriteString(s + "\n") }
	out("## Who gave what")
	for i, lin := range l.Lineages {
		out("")
		out(fmt.Sprintf("### Lineage %d", i+1))
		out("")
		out(mdEscape(lin.Counts()) + ".")
		out("")
		for _, x := range lin.Texts {
			out(fmt.Sprintf("- %s %s (`%s`)", mdEscape(x.Date), mdEscape(x.Short), x.ID))
		}
		for _, s := range lin.Steps {
			out("")
			out("#### " + mdEscape(s.Heading()))
			out("")
			if len(s.Moves) == 0 {
				out("No term moved on its scale.")
			} else {
				out("| term | from | to | size | for each party | taken back |")
				out("|---|---|---|---|---|---|")
				for _, m := range s.Moves {
					var parties []string
					for _, p := range m.Parties {
						parties = append(parties, mdEscape(p.Words()))
					}
					back := ""
					if m.TakenBack != nil {
						back = mdEscape(m.TakenBack.Words())
					}
					out(fmt.Sprintf("| %s | %s | %s | %s | %s | %s |", mdEscape(m.Words()), mdEscape(m.From.Words()),
						mdEscape(m.To.Words()), mdEscape(m.Size()), strings.Join(parties, "<br>"), back))
				}
			}
			for _, sp := range s.Split {
				out("")
				out("Disputed in the later text, not a move: " + mdEscape(sp.Words()) + ".")
			}
			var changed, noLonger, newly, unknown []string
			for _, x := range s.Changed {
				changed = append(changed, mdEscape(x.Words()))
			}
			for _, x := range s.NoLonger {
				noLonger = append(noLonger, mdEscape(x.Words()))
			}
			for _, x := range s.Newly {
				newly = append(newly, mdEscape(x.Words()))
			}
			for _, n := range s.Unknown {
				unknown = append(unknown, mdEscape(n.Words()))
			}
			for _, l := range []struct {
				what  string
				names []string
			}{
				{"Changed off the scales, not a move", changed},
				{"No longer addressed, not a move", noLonger},
				{"Newly addressed, not a move", newly},
				{"Unknown at one end, not counted", unknown},
			} {
				if len(l.names) > 0 {
					out("")
					out(fmt.Sprintf("%s (%d): %s.", l.what, len(l.names), strings.Join(l.names, "; ")))
				}
			}
			if l.Deleted {
				out("")
				if len(s.Dropped) == 0 {
					out("No point dropped.")
				}
				for _, d := range s.Dropped {
					out("- " + mdEscape(d.Words()))
				}
			}
		}
		if len(lin.Parties) == 0 {
			out("")
			out(noParties)
		}
		for _, p := range lin.Parties {
			out("")
			out(fmt.Sprintf("#### %s (%s)", mdEscape(p.Name), mdEscape(p.Party)))
			for _, g := range partyGroups(p) {
				out("")
				out(fmt.Sprintf("%s: %d", g.name, len(g.entries)))
				for _, e := range g.entries {
					out("- " + mdEscape(e.Words()))
				}
			}
		}
	}
	out("")
	out(mdEscape(ledgerNote))
	return bw.Flush()
}
