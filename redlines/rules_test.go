package redlines

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/proposals"
)

// fixtures loads the hand-made proposals of testdata by id.
func fixtures(t *testing.T, cat *proposals.Catalog) map[string]*proposals.File {
	t.Helper()
	names, err := filepath.Glob(filepath.Join("testdata", "*.yaml"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	out := map[string]*proposals.File{}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := proposals.ParseAndValidate(name, data, cat)
		if err != nil {
			t.Fatalf("fixture %s: %v", name, err)
		}
		out[f.Proposal.ID] = f
	}
	return out
}

// embedded returns the catalogue and the built-in rules, compiled.
func embedded(t *testing.T) (*proposals.Catalog, *RuleSet) {
	t.Helper()
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	ps, err := Embedded(cat)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Compile(cat, ps)
	if err != nil {
		t.Fatalf("Compile: %v", err)
	}
	return cat, s
}

// TestRules checks every built-in line against hand-made proposals that
// hold it, cross it and do not address it.
func TestRules(t *testing.T) {
	cat, set := embedded(t)
	files := fixtures(t, cat)
	tests := []struct {
		line, fixture string
		want          Verdict
		points        string // the crossing points, comma-separated
	}{
		{"ua-no-recognition", "silent", NotAddressed, ""},
		{"ua-no-recognition", "kyiv", Holds, ""},
		{"ua-no-recognition", "moscow", Crossed, "2, 3"},
		{"ua-no-recognition", "mixed", Crossed, "2, 5, 6"}, // recognised Crimea, Kherson in Russia's variant, Russian zone; not de facto Donetsk, frozen

		{"ua-no-forced-neutrality", "silent", NotAddressed, ""},
		{"ua-no-forced-neutrality", "kyiv", Holds, ""},
		{"ua-no-forced-neutrality", "mixed", Holds, ""},
		{"ua-no-forced-neutrality", "moscow", Crossed, "6"},

		{"ua-friendly-troops", "silent", NotAddressed, ""},
		{"ua-friendly-troops", "kyiv", Holds, ""},
		{"ua-friendly-troops", "moscow", Crossed, "5"},
		{"ua-friendly-troops", "mixed", Crossed, "10"}, // US troops allowed hold; NATO's peacetime limit crosses

		{"ua-no-donbas-withdrawal", "silent", NotAddressed, ""},
		{"ua-no-donbas-withdrawal", "kyiv", Holds, ""},
		{"ua-no-donbas-withdrawal", "moscow", Crossed, "1, 3"},
		{"ua-no-donbas-withdrawal", "mixed", Crossed, "3, 6"},

		{"ua-army-cap", "silent", NotAddressed, ""},
		{"ua-army-cap", "kyiv", Holds, ""},
		{"ua-army-cap", "moscow", Crossed, "4"},
		{"ua-army-cap", "mixed", Crossed, "7"}, // Russia's figure crosses, Ukraine's holds

		{"ua-no-army-limits", "silent", NotAddressed, ""},
		{"ua-no-army-limits", "unlimited", Holds, ""},
		{"ua-no-army-limits", "kyiv", Crossed, "5"}, // any cap, even a large one
		{"ua-no-army-limits", "mixed", Crossed, "7"},

		{"ua-donbas-mirror-zone", "silent", NotAddressed, ""},
		{"ua-donbas-mirror-zone", "kyiv", Holds, ""},
		{"ua-donbas-mirror-zone", "moscow", Crossed, "1, 3"},
		{"ua-donbas-mirror-zone", "mixed", Crossed, "3, 6"},

		{"ua-nato-for-guarantees", "silent", NotAddressed, ""},
		{"ua-nato-for-guarantees", "kyiv", Holds, ""},
		{"ua-nato-for-guarantees", "mixed", Holds, ""},
		{"ua-nato-for-guarantees", "moscow", Crossed, "6"},

		{"ru-four-oblasts", "silent", NotAddressed, ""},
		{"ru-four-oblasts", "moscow", Holds, ""},
		{"ru-four-oblasts", "kyiv", Crossed, "1, 3, 4"},
		{"ru-four-oblasts", "mixed", Crossed, "1, 4, 5"}, // frozen line, frozen and disputed oblasts; de facto Donetsk holds

		{"ru-no-nato", "silent", NotAddressed, ""},
		{"ru-no-nato", "moscow", Holds, ""},
		{"ru-no-nato", "kyiv", Crossed, "7"},
		{"ru-no-nato", "mixed", Crossed, "9"},

		{"ru-recognition", "silent", NotAddressed, ""},
		{"ru-recognition", "moscow", Holds, ""},
		{"ru-recognition", "kyiv", Crossed, "2, 3, 4"},
		{"ru-recognition", "mixed", Crossed, "2, 3, 4, 5"},

		{"ru-no-western-troops", "silent", NotAddressed, ""},
		{"ru-no-western-troops", "moscow", Holds, ""},
		{"ru-no-western-troops", "kyiv", Crossed, "6, 8"},
		{"ru-no-western-troops", "mixed", Crossed, "8, 10"},

		{"ru-znpp-russian-control", "silent", NotAddressed, ""},
		{"ru-znpp-russian-control", "mixed", NotAddressed, ""},
		{"ru-znpp-russian-control", "moscow", Holds, ""},
		{"ru-znpp-russian-control", "kyiv", Crossed, "10"},

		{"ru-donbas-for-freeze", "silent", NotAddressed, ""},
		{"ru-donbas-for-freeze", "moscow", Holds, ""},
		{"ru-donbas-for-freeze", "mixed", Holds, ""}, // Donetsk Russian, a Russian zone, the south frozen
		{"ru-donbas-for-freeze", "kyiv", Crossed, "1, 3, 4"},

		{"ru-ceasefire-after-donbas", "silent", NotAddressed, ""},
		{"ru-ceasefire-after-donbas", "moscow", Holds, ""},
		{"ru-ceasefire-after-donbas", "mixed", Holds, ""}, // frozen, with Donetsk given to Russia
		{"ru-ceasefire-after-donbas", "kyiv", Crossed, "1, 3"},

		{"ru-anchorage-formula", "silent", NotAddressed, ""},
		{"ru-anchorage-formula", "moscow", Holds, ""},
		{"ru-anchorage-formula", "kyiv", Crossed, "1, 3, 4"},

		{"us-no-nato", "silent", NotAddressed, ""},
		{"us-no-nato", "moscow", Holds, ""},
		{"us-no-nato", "kyiv", Crossed, "7"},
		{"us-no-nato", "mixed", Crossed, "9"},

		{"us-no-us-troops", "silent", NotAddressed, ""},
		{"us-no-us-troops", "moscow", NotAddressed, ""}, // only a Russian guarantee
		{"us-no-us-troops", "kyiv", Holds, ""},
		{"us-no-us-troops", "mixed", Crossed, "8, 11"},

		{"europe-no-prior-recognition", "silent", NotAddressed, ""},
		{"europe-no-prior-recognition", "kyiv", Holds, ""},
		{"europe-no-prior-recognition", "moscow", Crossed, "1, 2, 3"},   // a withdrawal to Russia's claimed borders crosses too
		{"europe-no-prior-recognition", "mixed", Crossed, "2, 3, 5, 6"}, // stricter than Ukraine's: de facto Donetsk and Russia's variant for Kherson cross

		{"europe-no-army-limits", "silent", NotAddressed, ""},
		{"europe-no-army-limits", "unlimited", Holds, ""},
		{"europe-no-army-limits", "kyiv", Crossed, "5"}, // any cap, even a large one

		{"europe-army-cap", "silent", NotAddressed, ""},
		{"europe-army-cap", "kyiv", Holds, ""},
		{"europe-army-cap", "moscow", Crossed, "4"},

		{"cow-reassurance-force", "silent", NotAddressed, ""},
		{"cow-reassurance-force", "mixed", NotAddressed, ""}, // only US forces
		{"cow-reassurance-force", "kyiv", Holds, ""},
		{"cow-reassurance-force", "moscow", Crossed, "5"},
	}
	ids := []string{"silent", "kyiv", "moscow", "mixed", "unlimited"}
	var in []*proposals.File
	for _, id := range ids {
		in = append(in, files[id])
	}
	r, err := set.Check(in, All)
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	covered := map[string]map[Verdict]bool{}
	for _, tc := range tests {
		t.Run(tc.line+"/"+tc.fixture, func(t *testing.T) {
			i := slices.IndexFunc(r.Lines, func(l *LineCheck) bool { return l.ID == tc.line })
			if i < 0 {
				t.Fatalf("no line %s", tc.line)
			}
			c := r.Lines[i].Cells[slices.Index(ids, tc.fixture)]
			if got := strings.Join(c.Points, ", "); c.Verdict != tc.want || got != tc.points {
				t.Errorf("%s on %s = %s (%s), want %s (%s)", tc.line, tc.fixture, c.Verdict, got, tc.want, tc.points)
			}
		})
		if covered[tc.line] == nil {
			covered[tc.line] = map[Verdict]bool{}
		}
		covered[tc.line][tc.want] = true
	}
	for _, l := range r.Lines {
		if len(covered[l.ID]) != 3 {
			t.Errorf("line %s is not tested for each of holds, crossed and not addressed: %v", l.ID, covered[l.ID])
		}
	}
}
