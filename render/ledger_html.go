package render

import (
	"fmt"
	"io"

	"github.com/peacediff/peacediff/ledger"
)

// LedgerHTML writes the ledger as one self-contained page, built like
// [HTML]'s: for each lineage its texts, a table of moves per step, the
// lists of what is not a move, and who gave what. Every text is escaped by
// html/template.
func LedgerHTML(w io.Writer, l *ledger.Ledger, opts Options) error {
	return templates().ExecuteTemplate(w, "ledger.html.tmpl", newLedgerPage(l, opts))
}

// LineageAnchor is the anchor of the i-th lineage (from 0) on a ledger's
// HTML page.
func LineageAnchor(i int) string { return fmt.Sprintf("lineage-%d", i+1) }

type ledgerPage struct {
	pageMeta
	Note      string
	NoParties string
	Lineages  []ledgerLineage
}

type ledgerLineage struct {
	Anchor, Heading, Counts string
	Texts                   []ledger.Text
	Steps                   []ledgerStep
	Parties                 []ledgerParty
}

type ledgerStep struct {
	Heading string
	Moves   []ledgerMove
	Lists   []ledgerList
}

type ledgerMove struct {
	Term, From, To, Size, Back string
	Parties                    []string
}

type ledgerList struct {
	What  string
	Items []string
}

type ledgerParty struct {
	Name   string
	Groups []ledgerList
}

func newLedgerPage(l *ledger.Ledger, opts Options) *ledgerPage {
	title := "Who gave what"
	if opts.Title != "" {
		title = opts.Title
	}
	p := &ledgerPage{pageMeta: newMeta(title, opts.Nav), Note: ledgerNote, NoParties: noParties}
	p.sitePlace(opts)
	for i, lin := range l.Lineages {
		pl := ledgerLineage{Anchor: LineageAnchor(i), Heading: fmt.Sprintf("Lineage %d", i+1), Counts: lin.Counts() + ".", Texts: lin.Texts}
		for _, s := range lin.Steps {
			ps := ledgerStep{Heading: s.Heading()}
			for _, m := range s.Moves {
				pm := ledgerMove{Term: m.Words(), From: m.From.Words(), To: m.To.Words(), Size: m.Size()}
				for _, t := range m.Parties {
					pm.Parties = append(pm.Parties, t.Words())
				}
				if m.TakenBack != nil {
					pm.Back = m.TakenBack.Words()
				}
				ps.Moves = append(ps.Moves, pm)
			}
			ps.Lists = stepLists(s, l.Deleted)
			pl.Steps = append(pl.Steps, ps)
		}
		for _, party := range lin.Parties {
			lp := ledgerParty{Name: party.Name + " (" + party.Party + ")"}
			for _, g := range partyGroups(party) {
				items := []string{}
				for _, e := range g.entries {
					items = append(items, e.Words())
				}
				lp.Groups = append(lp.Groups, ledgerList{What: g.name, Items: items})
			}
			pl.Parties = append(pl.Parties, lp)
		}
		p.Lineages = append(p.Lineages, pl)
	}
	return p
}

// stepLists are the lists of a step that are not moves, in the order the
// text shows them, leaving out the empty ones.
func stepLists(s *ledger.Step, deleted bool) []ledgerList {
	var out []ledgerList
	add := func(what string, items []string) {
		if len(items) > 0 {
			out = append(out, ledgerList{What: what, Items: items})
		}
	}
	split, changed, noLonger, newly, unknown, dropped := allWords(s.Split), allWords(s.Changed), allWords(s.NoLonger), allWords(s.Newly), allWords(s.Unknown), allWords(s.Dropped)
	add("Disputed in the later text, not a move", split)
	add("Changed off the scales, not a move", changed)
	add("No longer addressed, not a move", noLonger)
	add("Newly addressed, not a move", newly)
	add("Unknown at one end, not counted", unknown)
	if deleted {
		add("Points dropped", dropped)
	}
	return out
}
