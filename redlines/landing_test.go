package redlines

import (
	"fmt"
	"strings"
	"testing"

	"github.com/peacediff/peacediff/proposals"
)

// landingLine is a hand-made line on Ukraine's cap or Donetsk's status.
func landingLine(id, party, date, reads, rule string) Line {
	l := Line{ID: id, Party: party, Date: proposals.Date(date), Title: id, Rule: proposals.Expr{Text: rule}}
	switch reads {
	case "cap":
		l.Reads.Text = `caps.filter(c, c.party == "UA")`
	case "donetsk":
		l.Reads.Text = `regions.filter(r, r.region == "UA-14")`
	}
	return l
}

// describeZone writes a zone in one line: "cap:UA no-overlap 800000-0
// nocap:ru bounds ua<800000 ru>=600001" or the open values of a scale.
func describeZone(z *Zone) string {
	s := z.Key + " "
	if !z.Overlap {
		s += "no-overlap"
	} else {
		s += "overlap"
	}
	if z.Scale != "" {
		var open []string
		for _, v := range z.Values {
			switch {
			case v.Open:
				open = append(open, v.Slug)
			case len(v.ForbiddenBy) == 0:
				open = append(open, v.Slug+"?"+strings.Join(v.UnknownBy, "+"))
			}
		}
		s += " open:" + strings.Join(open, ",")
	} else {
		if z.Figures {
			s += fmt.Sprintf(" figures:%d-%d", z.Min, z.Max)
		}
		s += " nocap:" + strings.Join(z.NoCap.ForbiddenBy, "+")
	}
	for _, b := range z.Bounds {
		s += " " + b.Line
		if b.Side != "" {
			s += fmt.Sprintf(":%s:%d", b.Side, b.Threshold)
		}
	}
	return s
}

func TestLandingZones(t *testing.T) {
	cat, err := proposals.DefaultCatalog()
	if err != nil {
		t.Fatal(err)
	}
	text := &proposals.File{Proposal: &proposals.Proposal{
		ID: "x", Short: "x", Date: "2025-06-01",
		Military:  &proposals.Military{Caps: []proposals.Cap{{Party: "UA", Personnel: 600000, Applies: proposals.AppliesAlways, Points: []string{"1"}}}},
		Territory: &proposals.Territory{Regions: []proposals.RegionTerm{{Region: "UA-14", Status: "negotiable", Points: []string{"2"}}}},
	}}
	uaCap := landingLine("ua-cap", "UA", "2025-01-01", "cap", `t.limit == "figure" && t.personnel < 800000`)
	ruCap := landingLine("ru-cap", "RU", "2025-01-01", "cap", `t.limit != "figure" || t.personnel > 600000`)
	euCap := landingLine("eu-cap", "EUROPE", "2025-01-01", "cap", `t.limit == "figure" && t.personnel >= 1000000`)
	uaRegion := landingLine("ua-region", "UA", "2025-01-01", "donetsk", `t.rank >= 0 && t.rank < rank("region-status", "negotiable")`)
	ruRegion := landingLine("ru-region", "RU", "2025-01-01", "donetsk", `t.status != "russian-de-jure"`)
	vague := landingLine("vague", "US", "2025-01-01", "donetsk", `false`)
	vague.Unknown.Text = `t.status == "special-status"`
	old := landingLine("old", "RU", "2024-01-01", "donetsk", `t.status != "russian-de-jure"`)
	old.ReplacedBy, old.Until = "ru-region2", "2025-03-01"
	ruRegion2 := landingLine("ru-region2", "RU", "2025-03-01", "donetsk", `t.status == "ukrainian"`)
	tests := []struct {
		name  string
		lines []Line
		in    LinesInForce
		date  string
		want  []string
	}{
		{"no overlap", []Line{uaCap, ruCap, uaRegion, ruRegion}, Current, "", []string{
			"region:UA-14 no-overlap open: ua-region ru-region",
			"cap:UA no-overlap nocap:ru-cap ua-cap:below:800000 ru-cap:at-or-above:600001",
		}},
		{"overlap and unknown", []Line{uaCap, euCap, uaRegion, vague}, Current, "", []string{
			"region:UA-14 overlap open:negotiable,special-status?vague,ukrainian ua-region",
			"cap:UA overlap figures:800000-999999 nocap: ua-cap:below:800000 eu-cap:at-or-above:1000000",
		}},
		{"no line", nil, Current, "", []string{
			"region:UA-14 overlap open:russian-de-jure,russian-de-facto,frozen-on-line-of-contact,demilitarized,negotiable,special-status,ukrainian",
			"cap:UA overlap figures:0-0 nocap:",
		}},
		{"the line held at a date", []Line{old, ruRegion2}, AtDate, "2024-06-01", []string{
			"region:UA-14 overlap open:russian-de-jure old",
			"cap:UA overlap figures:0-0 nocap:",
		}},
		{"its successor later", []Line{old, ruRegion2}, AtDate, "2025-06-01", []string{
			"region:UA-14 overlap open:russian-de-jure,russian-de-facto,frozen-on-line-of-contact,demilitarized,negotiable,special-status ru-region2",
			"cap:UA overlap figures:0-0 nocap:",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set, err := Compile(cat, tt.lines)
			if err != nil {
				t.Fatal(err)
			}
			l, err := set.LandingZones([]*proposals.File{text}, tt.in, tt.date)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, z := range l.Zones {
				got = append(got, describeZone(z))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("zones:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
