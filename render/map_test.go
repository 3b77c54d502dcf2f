package render

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/compare"
	"github.com/peacediff/peacediff/internal/htmlcheck"
	"github.com/peacediff/peacediff/proposals"
)

// mapSeeds are the maps the golden files hold: a proposal alone, the E3
// mark-up against the US draft, and the last step of a history, measured
// against the step before it.
var mapSeeds = []struct {
	seed
	k int
}{
	{seed{"map-fixture-a", false, []string{"draft-a"}, compare.Options{}}, 0},
	{seed{"map-e3-vs-us-28", true, []string{"us-28-point-2025-11", "e3-counterproposal-2025-11"}, compare.Options{}}, 1},
}

func renderMap(t *testing.T, cat *proposals.Catalog, r *compare.Report, k int, opts MapOptions) []byte {
	t.Helper()
	if k < 0 {
		k = len(r.Proposals) - 1
	}
	var b bytes.Buffer
	if err := MapSVG(&b, cat, r, k, opts); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestMapGolden renders the seed maps twice and compares them with the
// golden files (go test ./render -update rewrites them).
func TestMapGolden(t *testing.T) {
	for _, s := range mapSeeds {
		c := corpusOf(t, s.seed)
		t.Run(s.name, func(t *testing.T) {
			opts := MapOptions{OutlineChanges: true}
			first := renderMap(t, c.Catalog, seedReport(t, c, s.ids, s.opts), s.k, opts)
			second := renderMap(t, c.Catalog, seedReport(t, c, s.ids, s.opts), s.k, opts)
			if !bytes.Equal(first, second) {
				t.Fatal("two renderings differ")
			}
			golden(t, filepath.Join("testdata", "golden", s.name+".svg"), first)
		})
	}
}

// svgDoc is what the tests read back from a map.
type svgDoc struct {
	XMLName   xml.Name `xml:"svg"`
	Role      string   `xml:"role,attr"`
	AriaLabel string   `xml:"aria-label,attr"`
	Title     string   `xml:"title"`
	Metadata  string   `xml:"metadata"`
	Patterns  []struct {
		ID string `xml:"id,attr"`
	} `xml:"defs>pattern"`
	Groups []struct {
		Groups []struct {
			Paths []svgPath `xml:"path"`
		} `xml:"g"`
	} `xml:"g"`
}

type svgPath struct {
	ID    string `xml:"id,attr"`
	D     string `xml:"d,attr"`
	Fill  string `xml:"fill,attr"`
	Title string `xml:"title"`
}

// regions returns the region paths, in the order drawn.
func (d *svgDoc) regions() []svgPath {
	var out []svgPath
	for _, g := range d.Groups {
		for _, gg := range g.Groups {
			for _, p := range gg.Paths {
				if p.ID != "" {
					out = append(out, p)
				}
			}
		}
	}
	return out
}

func parseMap(t *testing.T, data []byte) *svgDoc {
	t.Helper()
	var d svgDoc
	if err := xml.Unmarshal(data, &d); err != nil {
		t.Fatalf("the map is not XML: %v", err)
	}
	return &d
}

// TestMapRegions: the maps parse as XML, with the 27 regions of Ukraine,
// their codes as ids, Kyiv city drawn after its oblast and Sevastopol
// after Crimea, a title each, and the statuses of the US draft's point 21;
// the rest is not addressed, not Ukrainian.
func TestMapRegions(t *testing.T) {
	c := testCorpus(t)
	d := parseMap(t, renderMap(t, c.Catalog, seedReport(t, c, []string{"us-28-point-2025-11"}, compare.Options{}), 0, MapOptions{}))
	if d.Role != "img" || !strings.HasPrefix(d.AriaLabel, "Map of the regions of Ukraine in US 28-point draft") {
		t.Errorf("role %q, aria-label %q", d.Role, d.AriaLabel)
	}
	if !strings.Contains(d.Metadata, "Natural Earth") {
		t.Errorf("metadata %q lacks the credit", d.Metadata)
	}
	var ids []string
	fills := make(map[string]string)
	for _, p := range d.regions() {
		ids = append(ids, p.ID)
		fills[p.ID] = p.Fill
		if !strings.HasPrefix(p.Title, regionName(c.Catalog, p.ID)+" ("+p.ID+"): ") {
			t.Errorf("%s: title %q", p.ID, p.Title)
		}
	}
	var want []string
	for _, r := range c.Catalog.Regions {
		if r.Country == "UA" {
			want = append(want, r.Code)
		}
	}
	if got := slices.Sorted(slices.Values(ids)); len(got) != 27 || !slices.Equal(got, want) {
		t.Fatalf("region ids %v, want the 27 codes %v", got, want)
	}
	for _, pair := range [][2]string{{"UA-32", "UA-30"}, {"UA-43", "UA-40"}} {
		if slices.Index(ids, pair[0]) > slices.Index(ids, pair[1]) {
			t.Errorf("%s drawn over %s", pair[0], pair[1])
		}
	}
	want21 := map[string]string{
		"UA-43": "url(#pattern-russian-de-facto)", "UA-40": "url(#pattern-russian-de-facto)",
		"UA-09": "url(#pattern-russian-de-facto)", "UA-14": "url(#pattern-russian-de-facto)",
		"UA-23": "url(#pattern-frozen-on-line-of-contact)", "UA-65": "url(#pattern-frozen-on-line-of-contact)",
	}
	// "Every region the draft does not name stays Ukrainian" is the
	// editors' reading (territory.others, basis reading): those regions are
	// not addressed, never Ukrainian by default.
	unnamed := newStyles(c.Catalog).of(notAddressed).fill
	for _, code := range want {
		wantFill := cmpOr(want21[code], unnamed)
		if fills[code] != wantFill {
			t.Errorf("%s: fill %q, want %q", code, fills[code], wantFill)
		}
	}
	if strings.Contains(d.AriaLabel, "Ukrainian: Vinnytsia Oblast") || !strings.Contains(d.AriaLabel, "Not addressed by the text: the 21 other regions") {
		t.Errorf("aria-label %q gives the regions the text does not name a status", d.AriaLabel)
	}
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// TestMapOutlines: against the US draft, the E3 mark-up's map outlines the
// six regions of 21.a and 21.b; a history's step is measured against the
// step before, not the first text; without OutlineChanges nothing is
// outlined.
func TestMapOutlines(t *testing.T) {
	c := testCorpus(t)
	r := seedReport(t, c, []string{"us-28-point-2025-11", "e3-counterproposal-2025-11"}, compare.Options{})
	out := string(renderMap(t, c.Catalog, r, 1, MapOptions{OutlineChanges: true}))
	if !strings.Contains(out, "outlined: status differs from US 28-point draft (6)") {
		t.Error("E3 against the US draft: not 6 regions outlined")
	}
	if got := string(renderMap(t, c.Catalog, r, 1, MapOptions{})); strings.Contains(got, "outlined") {
		t.Error("outlines without OutlineChanges")
	}
	if got := string(renderMap(t, c.Catalog, r, 0, MapOptions{OutlineChanges: true})); strings.Contains(got, "outlined") {
		t.Error("outlines on the reference's own map")
	}
	h := seedReport(t, c, []string{"ukraine-us-20-point-2025-12"}, compare.Options{AgainstPrevious: true})
	k := len(h.Proposals) - 1
	rows := regionRows(h)
	others := othersRow(h)
	want := 0
	for _, shape := range c.Catalog.Map("UA").Regions {
		var a, b *compare.Cell
		if row := rows[shape.Code]; row != nil {
			a, b = &row.status.Cells[k], &row.status.Cells[k-1]
		} else if others != nil {
			a, b = &others.Cells[k], &others.Cells[k-1]
		}
		if !sameStatus(a, b) {
			want++
		}
	}
	got := string(renderMap(t, c.Catalog, h, k, MapOptions{OutlineChanges: true}))
	// The SVG escapes the label as XML text ("Kyiv's" becomes "Kyiv&#39;s").
	if s := fmt.Sprintf("status differs from %s (%d)", html.EscapeString(h.Proposals[k-1].Short), want); want > 0 && !strings.Contains(got, s) {
		t.Errorf("history: want %q", s)
	}
}

// TestMapIDPrefix: with a prefix, every id and every reference to one is
// prefixed, and every reference points at an id of the same map.
func TestMapIDPrefix(t *testing.T) {
	c := testCorpus(t)
	r := seedReport(t, c, []string{"us-28-point-2025-11", "ukraine-us-20-point-2025-12"}, compare.Options{})
	out := renderMap(t, c.Catalog, r, 1, MapOptions{IDPrefix: `m1 "x"`, OutlineChanges: true})
	ids := regexp.MustCompile(` id="([^"]*)"`).FindAllSubmatch(out, -1)
	defined := make(map[string]bool)
	for _, m := range ids {
		id := string(m[1])
		if !strings.HasPrefix(id, "m1--x-") {
			t.Errorf("id %q without the prefix", id)
		}
		if defined[id] {
			t.Errorf("id %q defined twice", id)
		}
		defined[id] = true
	}
	for _, m := range regexp.MustCompile(`url\(#([^)]*)\)`).FindAllSubmatch(out, -1) {
		if !defined[string(m[1])] {
			t.Errorf("url(#%s) points at no id", m[1])
		}
	}
	if !defined["m1--x-UA-14"] || len(ids) < 27 {
		t.Errorf("%d ids, no m1--x-UA-14", len(ids))
	}
}

// TestMapEscaping: text from a report cannot become markup.
func TestMapEscaping(t *testing.T) {
	c := testCorpus(t)
	evil := `<script>alert(1)</script>"&'`
	r := &compare.Report{SchemaVersion: 1, Kind: "compare",
		Proposals: []compare.Header{{ID: "a", Short: evil, Date: evil}},
		Sections: []*compare.Section{{Key: "territory", Rows: []*compare.Row{{
			Key: "term:territory.region:UA-14", Term: &compare.TermRef{Kind: "region", Subject: "UA-14"}, Kind: compare.TermRow, Type: proposals.Enum,
			Cells: []compare.Cell{{State: compare.StatePresent, Value: &proposals.Value{Enum: evil, Label: evil}, Points: []string{evil}, Note: evil}},
		}}}},
	}
	out := renderMap(t, c.Catalog, r, 0, MapOptions{IDPrefix: evil})
	parseMap(t, out)
	for _, bad := range htmlcheck.ActiveMarkup(out) {
		t.Errorf("active markup: %s", bad)
	}
	if bytes.Contains(out, []byte("<script")) || !bytes.Contains(out, []byte("&lt;script&gt;")) {
		t.Error("the text is not escaped")
	}
}

// TestMapChoice: the country is the one the report names regions of, or
// the only map; a country without a map is an error, and regions of a
// country without a map are named below the map.
func TestMapChoice(t *testing.T) {
	c := testCorpus(t)
	row := func(code, status string) *compare.Row {
		return &compare.Row{Key: "term:territory.region:" + code, Term: &compare.TermRef{Kind: "region", Subject: code}, Kind: compare.TermRow, Type: proposals.Enum,
			Cells: []compare.Cell{{State: compare.StatePresent, Value: &proposals.Value{Enum: status, Label: status}, Points: []string{"1"}}}}
	}
	r := &compare.Report{SchemaVersion: 1, Kind: "compare", Proposals: []compare.Header{{ID: "a", Short: "A", Date: "2026"}},
		Sections: []*compare.Section{{Key: "territory", Rows: []*compare.Row{row("RU-KRS", "ukrainian"), row("UA-14", "negotiable")}}}}
	out := string(renderMap(t, c.Catalog, r, 0, MapOptions{}))
	if !strings.Contains(out, "Not on this map: Kursk Oblast (RU-KRS), Ukrainian.") || !strings.Contains(out, `id="UA-14"`) {
		t.Errorf("Kursk not named below the map of Ukraine")
	}
	empty := &compare.Report{SchemaVersion: 1, Kind: "compare", Proposals: []compare.Header{{ID: "a", Short: "A"}}}
	if d := parseMap(t, renderMap(t, c.Catalog, empty, 0, MapOptions{})); len(d.regions()) != 27 {
		t.Errorf("a report without regions: %d regions drawn, want the only map's 27", len(d.regions()))
	}
	var b bytes.Buffer
	if err := MapSVG(&b, c.Catalog, empty, 0, MapOptions{Country: "RU"}); !errors.Is(err, ErrNoMap) {
		t.Errorf("Country RU: %v, want ErrNoMap", err)
	}
	if err := MapSVG(&b, c.Catalog, empty, 1, MapOptions{}); err == nil {
		t.Error("proposal 1 of 1: no error")
	}
}

// TestMapStyles: every status of the scale has its own colour and hatching,
// none of them the plain grey of "not addressed".
func TestMapStyles(t *testing.T) {
	c := testCorpus(t)
	s := newStyles(c.Catalog)
	seen := make(map[string]string)
	for _, slug := range append(s.scale.Slugs(), notAddressed) {
		st := s.of(slug)
		key := st.fill + " " + st.hatch.kind
		if other, ok := seen[key]; ok {
			t.Errorf("%q and %q look alike: %s", slug, other, key)
		}
		seen[key] = slug
		if st.label == "" {
			t.Errorf("%q: no label", slug)
		}
	}
}
