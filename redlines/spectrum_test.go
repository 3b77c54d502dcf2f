package redlines

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/proposals"
)

// describe writes a mark as "who=value@at beside/below/above".
func describe(m Mark) string {
	at := "-"
	if m.At != nil {
		at = fmt.Sprintf("%.2f", *m.At)
	}
	s := fmt.Sprintf("%s=%s@%s", m.Who, m.Value, at)
	if m.ProposedBy != "" {
		s += "(" + m.ProposedBy + ")"
	}
	for _, rel := range []struct {
		name  string
		codes []string
	}{{"at", m.Beside}, {"below", m.Below}, {"above", m.Above}} {
		if len(rel.codes) > 0 {
			s += " " + rel.name + ":" + strings.Join(rel.codes, "+")
		}
	}
	for _, v := range m.Variants {
		s += fmt.Sprintf(" %s:%s@%.2f", v.Party, v.Value, *v.At)
	}
	return s
}

func TestPlace(t *testing.T) {
	cat, set := embedded(t)
	fx := fixtures(t, cat)
	files := []*proposals.File{fx["silent"], fx["kyiv"], fx["moscow"], fx["mixed"], fx["unlimited"]}
	s := Place(cat, files, set.Lines())
	var keys []string
	for _, a := range s.Axes {
		keys = append(keys, a.Key)
	}
	wantKeys := []string{"line_of_contact", "region:UA-09", "region:UA-14", "region:UA-23", "region:UA-40", "region:UA-43", "region:UA-65", "cap:UA", "nato.membership"}
	if !slices.Equal(keys, wantKeys) {
		t.Fatalf("axes = %v, want %v", keys, wantKeys)
	}
	tests := []struct {
		key     string
		stances []string
		places  []string
		silent  []string
	}{
		{"line_of_contact",
			[]string{"UA=frozen@0.25", "RU=russian-claimed-borders@0.00", "EUROPE=basis-for-talks@0.50"},
			[]string{"kyiv=restored-1991@1.00 below:EUROPE", "moscow=russian-claimed-borders@0.00 at:RU above:UA", "mixed=frozen@0.25 at:UA below:RU above:EUROPE"},
			[]string{"silent", "unlimited"}},
		{"region:UA-65",
			[]string{"UA=frozen-on-line-of-contact@0.33", "RU=russian-de-jure@0.00"},
			[]string{"kyiv=ukrainian@1.00 below:UA", "moscow=russian-de-jure@0.00 at:RU above:UA", "mixed=disputed@- UA:frozen-on-line-of-contact@0.33 RU:russian-de-jure@0.00"},
			[]string{"silent", "unlimited"}},
		{"region:UA-40",
			[]string{"RU=russian-de-jure@0.00"},
			[]string{"kyiv=ukrainian@1.00 below:RU", "moscow=russian-de-jure@0.00 at:RU"},
			[]string{"silent", "mixed", "unlimited"}},
		{"cap:UA",
			[]string{"UA=800000@0.80", "EUROPE=800000@0.80"},
			[]string{"kyiv=900000@0.90 below:UA+EUROPE", "moscow=85000@0.09 above:UA+EUROPE", "mixed=300000@0.30(RU) above:UA+EUROPE", "mixed=800000@0.80(UA) at:UA+EUROPE", "unlimited=none@-"},
			[]string{"silent"}},
		{"nato.membership",
			[]string{"UA=renounced@0.40", "RU=neutrality@0.20", "US=renounced@0.40"},
			[]string{"kyiv=open@1.00 below:UA+US", "moscow=neutrality@0.20 at:RU above:UA+US", "mixed=requires-consensus@0.80 below:UA+US"},
			[]string{"silent", "unlimited"}},
	}
	for _, tc := range tests {
		t.Run(tc.key, func(t *testing.T) {
			a := s.Axes[slices.Index(keys, tc.key)]
			var stances, places []string
			for _, m := range a.Stances {
				stances = append(stances, describe(m))
			}
			for _, m := range a.Places {
				places = append(places, describe(m))
			}
			if !slices.Equal(stances, tc.stances) {
				t.Errorf("stances = %q, want %q", stances, tc.stances)
			}
			if !slices.Equal(places, tc.places) {
				t.Errorf("places = %q, want %q", places, tc.places)
			}
			if !slices.Equal(a.Silent, tc.silent) {
				t.Errorf("silent = %q, want %q", a.Silent, tc.silent)
			}
		})
	}
	if a := s.Axes[slices.Index(keys, "cap:UA")]; a.Max != 1000000 || a.Unit != "personnel" || a.Title != "Forces of Ukraine: personnel cap" {
		t.Errorf("cap axis: max %d, unit %q, title %q", a.Max, a.Unit, a.Title)
	}
	if a := s.Axes[slices.Index(keys, "region:UA-14")]; a.Title != "Donetsk Oblast (UA-14): status" || len(a.Steps) != 7 {
		t.Errorf("UA-14 axis: title %q, %d steps", a.Title, len(a.Steps))
	}
}

// TestPlaceLatestStance checks that a party's later stance on a term
// replaces its earlier one.
func TestPlaceLatestStance(t *testing.T) {
	cat, _ := embedded(t)
	fx := fixtures(t, cat)
	ps := []Line{
		{ID: "old", Party: "UA", Date: "2022-01", Stances: []Stance{{Term: "nato.membership", Value: "open"}}},
		{ID: "new", Party: "UA", Date: "2025-06", Stances: []Stance{{Term: "nato.membership", Value: "neutrality"}}},
		{ID: "older", Party: "UA", Date: "2020", Stances: []Stance{{Term: "nato.membership", Value: "barred"}}},
	}
	s := Place(cat, []*proposals.File{fx["kyiv"]}, ps)
	if len(s.Axes) == 0 {
		t.Fatal("no axes")
	}
	a := s.Axes[len(s.Axes)-1]
	if len(a.Stances) != 1 || a.Stances[0].Line != "new" {
		t.Errorf("stances = %+v, want only the stance of position new", a.Stances)
	}
}

func TestRoundUp(t *testing.T) {
	for _, tc := range []struct{ in, want int }{{0, 0}, {1, 1}, {3, 5}, {85000, 100000}, {800000, 1000000}, {1000000, 1000000}, {1000001, 2000000}} {
		if got := roundUp(tc.in); got != tc.want {
			t.Errorf("roundUp(%d) = %d, want %d", tc.in, got, tc.want)
		}
	}
}
