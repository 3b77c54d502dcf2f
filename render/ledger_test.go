package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/internal/htmlcheck"
	"github.com/peacediff/peacediff/ledger"
)

// hostileLedger is a ledger of one step whose words come from data files,
// with markup in them.
func hostileLedger() *ledger.Ledger {
	pct := 33.3
	step := &ledger.Step{
		From: ledger.Text{ID: "a", Short: "A <b>", Date: "2025-01-01"}, To: ledger.Text{ID: "b", Short: "B", Date: "2025-02-01"},
		Relation: "answers", ProposedBy: []string{"EUROPE"},
		Moves: []*ledger.Move{{
			TermName: ledger.TermName{Key: "term:military.cap:UA", Group: "Forces <script>alert(1)</script>", Label: "personnel cap"},
			From:     ledger.Value{Value: "600000", Label: "600,000 personnel", Points: []string{"6"}},
			To:       ledger.Value{Value: "800000", Label: "800,000 personnel", Points: []string{"6"}, Reading: true},
			By:       200000, Percent: &pct, Unit: "personnel",
			Parties:   []ledger.Toward{{Party: "UA", Name: "Ukraine", Direction: "toward", Basis: "rule", Effect: "meets", Line: "ua-cap", Lines: []string{"ua-cap"}, LineDate: "2025-01-01"}},
			TakenBack: &ledger.TakeBack{Text: ledger.Text{ID: "c", Short: "C", Date: "2025-03-01"}, Value: ledger.Value{Label: "700,000 personnel"}},
		}},
		Unknown: []ledger.TermName{{Key: "term:x", Label: "line of contact"}},
	}
	return &ledger.Ledger{SchemaVersion: ledger.SchemaVersion, Kind: "ledger", Lineages: []*ledger.Lineage{{
		Texts: []ledger.Text{step.From, step.To}, Steps: []*ledger.Step{step},
		Parties: []ledger.PartySummary{{Party: "UA", Name: "Ukraine", LostAgain: []ledger.Entry{{TermName: step.Moves[0].TermName, From: "600,000", To: "800,000°", Step: "A → B"}}}},
	}}}
}

// TestLedgerHTML: the page says what the text says, escapes every word
// from the data and holds nothing that runs or loads.
func TestLedgerHTML(t *testing.T) {
	var b bytes.Buffer
	if err := LedgerHTML(&b, hostileLedger(), Options{}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	if found := htmlcheck.ActiveMarkup(b.Bytes()); len(found) > 0 {
		t.Errorf("active markup: %v", found)
	}
	for _, want := range []string{
		"<h1>Who gave what</h1>",
		"Forces &lt;script&gt;alert(1)&lt;/script&gt;: personnel cap",
		"800,000 personnel° (6)",
		"&#43;200,000 personnel (&#43;33.3%)",
		"toward Ukraine: no longer crosses ua-cap (from 2025-01-01)",
		"partly taken back by C (2025-03-01): 700,000 personnel",
		"Unknown at one end, not counted (1):</strong> line of contact.",
		"gained, then lost again: 1",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	var txt bytes.Buffer
	if err := LedgerText(&txt, hostileLedger(), Options{Width: 60}); err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(txt.String(), "\n") {
		if w := len([]rune(line)); w > 60 {
			t.Errorf("line %d is %d columns wide: %q", i+1, w, line)
		}
	}
}
