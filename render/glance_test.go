package render

import (
	"bytes"
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
