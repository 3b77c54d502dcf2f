package render

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/compare"
)

// TestGlance: a matrix laid out at a glance has no cards, maps or counts
// above its table; its ordered terms are placed on their scale by a shade
// and a bar; silence is a muted mark with words for screen readers; each
// cell's points and sources fold into a <details>.
func TestGlance(t *testing.T) {
	c := testCorpus(t)
	ids := []string{"minsk-ii-2015-02", "us-28-point-2025-11", "e3-counterproposal-2025-11", "ukraine-us-20-point-2025-12"}
	r := seedReport(t, c, ids, compare.Options{TermsOnly: true, Sections: []string{"territory"}, AgainstPredecessor: true})
	var glance, plain bytes.Buffer
	if err := HTML(&glance, r, Options{All: true, Catalog: c.Catalog, Glance: true}); err != nil {
		t.Fatal(err)
	}
	if err := HTML(&plain, r, Options{All: true, Catalog: c.Catalog}); err != nil {
		t.Fatal(err)
	}
	g := glance.String()
	for _, want := range []string{`class="step s`, `<span class="bar" aria-hidden="true">`, `<span class="visually-hidden"> not addressed</span>`, "<details><summary>points ", `<table class="many glance">`} {
		if !strings.Contains(g, want) {
			t.Errorf("the glance lacks %s", want)
		}
	}
	for _, bad := range []string{`class="cards"`, `class="maps"`, "against Minsk II"} {
		if strings.Contains(g, bad) {
			t.Errorf("the glance has %s above its table", bad)
		}
		if bad != "against Minsk II" && !strings.Contains(plain.String(), bad) {
			t.Errorf("the plain report lacks %s: the test no longer tells the layouts apart", bad)
		}
	}
}

// TestGlanceBands: a long series of columns is laid out in bands of at
// most seven, as even as they can be; a band leaves out the rows that say
// nothing in its columns, a row's anchor goes with its first band, and a
// row silent everywhere still has a place.
func TestGlanceBands(t *testing.T) {
	heads := func(n int) []htmlHead {
		var hs []htmlHead
		for i := range n {
			hs = append(hs, htmlHead{Label: string(rune('A' + i)), Date: fmt.Sprintf("2025-%02d", i+1)})
		}
		return hs
	}
	// row gives a row of n cells that speaks only in the columns named.
	row := func(anchor string, n int, speaks ...int) htmlRow {
		r := htmlRow{Anchor: anchor}
		for range n {
			r.Cells = append(r.Cells, htmlCell{State: "not addressed"})
		}
		for _, i := range speaks {
			r.Cells[i].State = ""
		}
		return r
	}
	tests := []struct {
		name    string
		columns int
		rows    []htmlRow
		// want are, per band, its ID, caption and the anchors of its rows
		// ("-" for a row whose anchor went with an earlier band).
		want [][]string
	}{
		{"one band", 7, []htmlRow{row("r-a", 7, 0)}, [][]string{{"s-mil", "Military", "r-a"}}},
		{"sixteen in three", 16, []htmlRow{row("r-a", 16, 0, 15), row("r-b", 16, 9)}, [][]string{
			{"s-mil-1", "Texts of 2025-01 to 2025-06 (1 of 3)", "r-a"},
			{"s-mil-2", "Texts of 2025-07 to 2025-11 (2 of 3)", "r-b"},
			{"s-mil-3", "Texts of 2025-12 to 2025-16 (3 of 3)", "-"},
		}},
		{"twenty-one in three", 21, []htmlRow{row("r-a", 21, 20), row("r-b", 21)}, [][]string{
			{"s-mil-1", "Texts of 2025-01 to 2025-07 (1 of 3)"},
			{"s-mil-2", "Texts of 2025-08 to 2025-14 (2 of 3)"},
			{"s-mil-3", "Texts of 2025-15 to 2025-21 (3 of 3)", "r-a", "r-b"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bands := glanceBands("mil", "Military", heads(tt.columns), tt.rows)
			var got [][]string
			for _, b := range bands {
				line := []string{b.ID, b.Caption}
				for _, r := range b.Rows {
					if len(r.Cells) != len(b.Heads) {
						t.Errorf("%s: a row of %d cells under %d heads", b.ID, len(r.Cells), len(b.Heads))
					}
					line = append(line, cmp.Or(r.Anchor, "-"))
				}
				got = append(got, line)
			}
			if !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("bands:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
