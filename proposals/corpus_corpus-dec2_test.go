package proposals

import (
	"slices"
	"strings"
	"testing"
)

// The audit of January–February 2026 (branch corpus-dec2): the Paris
// Declaration, the texts of the same weeks and the rounds without a text.
// These tables pin what the audit settled, so that a later edit cannot
// undo it without a failing test.

// pointWant is what the audit settled for one point of a text.
type pointWant struct {
	point      string
	topic      string
	state      ProvisionState
	confidence Confidence
}

// TestDec2Points pins the header and the points of each text.
func TestDec2Points(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		id     string
		status Status
		count  int
		points []pointWant
	}{
		{"paris-declaration-2026-01", StatusOfficial, 5, []pointWant{
			{"1", "ceasefire-monitoring", StatePresent, ConfidenceConfirmed},
			{"2", "military-aid", StatePresent, ConfidenceConfirmed},
			{"3", "foreign-troops", StatePresent, ConfidenceConfirmed},
			{"4", "security-guarantees", StatePresent, ConfidenceConfirmed},
			{"5", "military-aid", StatePresent, ConfidenceConfirmed},
		}},
		{"uk-fr-ua-declaration-of-intent-2026-01", StatusSigned, 4, []pointWant{
			{"deploy", "foreign-troops", StatePresent, ConfidenceConfirmed},
			{"legal", "legal-force", StatePresent, ConfidenceConfirmed},
			{"tasks", "foreign-troops", StatePresent, ConfidenceConfirmed},
			{"hubs", "foreign-troops", StatePresent, ConfidenceConfirmed},
		}},
		{"kyiv-strike-pause-2026-01", StatusAgreed, 1, []pointWant{
			{"1", "ceasefire", StatePresent, ConfidenceConfirmed},
		}},
		{"abu-dhabi-trilateral-2026-02", StatusAgreed, 4, []pointWant{
			{"1", "prisoners", StatePresent, ConfidenceConfirmed},
			{"2", "implementation-body", StatePresent, ConfidenceConfirmed},
			// Only the US envoy's statement says monitoring was discussed.
			{"3", "ceasefire-monitoring", StatePresent, ConfidenceSingleSource},
			{"4", "sequencing", StatePresent, ConfidenceConfirmed},
		}},
		{"geneva-trilateral-2026-02", StatusAgreed, 3, []pointWant{
			{"1", "prisoners", StatePresent, ConfidenceConfirmed},
			// Zelensky's account, with CNN read only through a digest.
			{"2", "ceasefire-monitoring", StatePresent, ConfidenceSingleSource},
			{"3", "sequencing", StatePresent, ConfidenceConfirmed},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			f := c.Get(tc.id)
			if f == nil {
				t.Fatalf("not in the corpus")
			}
			p := f.Proposal
			if p.Status != tc.status || p.PointCount != tc.count {
				t.Errorf("status %s, point_count %d; want %s, %d", p.Status, p.PointCount, tc.status, tc.count)
			}
			if len(p.Supersedes) != 0 {
				t.Errorf("supersedes %v; want none: no source presents it as revising or answering a corpus text", p.Supersedes)
			}
			if len(p.Provisions) != len(tc.points) {
				t.Fatalf("%d provisions, want %d", len(p.Provisions), len(tc.points))
			}
			for i, want := range tc.points {
				pr := p.Provisions[i]
				got := pointWant{pr.Point, pr.Topic, pr.State.Or(), pr.Confidence}
				if got != want {
					t.Errorf("provision %d = %+v, want %+v", i, got, want)
				}
			}
		})
	}
}

// TestDec2ForeignForces pins the foreign-forces terms: who, where, when,
// the rule and its basis.
func TestDec2ForeignForces(t *testing.T) {
	c := embedded(t)
	type force struct {
		who, in string
		where   ForcesWhere
		when    ForcesWhen
		rule    string
		basis   Basis
	}
	tests := []struct {
		id   string
		want []force
	}{
		// COW, not EUROPE: the force is European-led but joined by coalition
		// members from outside Europe. Back from the line rests on the
		// Élysée's summary, not the wording read: a reading.
		{"paris-declaration-2026-01", []force{{"COW", "UA", "rear", "after-ceasefire", "deployed", BasisReading}}},
		// Tied to a peace deal; the hubs are across the country, so no where.
		{"uk-fr-ua-declaration-of-intent-2026-01", []force{
			{"UK", "UA", "", "after-agreement", "deployed", ""},
			{"FR", "UA", "", "after-agreement", "deployed", ""},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			p := c.Get(tc.id).Proposal
			var got []force
			if p.Military != nil {
				for _, ft := range p.Military.ForeignTroops {
					got = append(got, force{ft.Who, ft.In, ft.Where, ft.When, ft.Rule, ft.Basis})
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("foreign troops %+v, want %+v", got, tc.want)
			}
		})
	}
}

// TestDec2ParisGuarantees: the coalition's guarantee and the US monitoring
// role; the draft's US pledge to back the force under attack is not a
// response of the final text.
func TestDec2ParisGuarantees(t *testing.T) {
	p := embedded(t).Get("paris-declaration-2026-01").Proposal
	kinds := map[string]GuaranteeKind{}
	for _, g := range p.Guarantees {
		kinds[g.Guarantor] = g.Kind
		if g.Guarantor == "US" && len(g.Responses) != 2 {
			t.Errorf("US responses %v, want only monitoring and proposed support", g.Responses)
		}
	}
	if len(kinds) != 2 || kinds["COW"] != "reassurance-force" || kinds["US"] != "monitoring" {
		t.Errorf("guarantees %v, want COW reassurance-force and US monitoring", kinds)
	}
	if p.NATO != nil {
		t.Errorf("NATO %+v, want not addressed", p.NATO)
	}
}

// TestDec2Sources pins the kind and relay of the sources the audit typed,
// and the sources it dropped.
func TestDec2Sources(t *testing.T) {
	c := embedded(t)
	tests := []struct {
		id, source string
		kind       SourceKind
		relays     string
	}{
		{"paris-declaration-2026-01", "elysee-summary", KindOfficial, ""},
		{"paris-declaration-2026-01", "online-ua-text", KindNewspaper, "Élysée"},
		{"paris-declaration-2026-01", "nikolaevnews-text", KindNewspaper, "Office of the President of Ukraine"},
		{"paris-declaration-2026-01", "ukrinform-fr-text", KindStateAffiliated, ""},
		{"paris-declaration-2026-01", "newsby", KindStateAffiliated, ""},
		{"paris-declaration-2026-01", "metroscroll-bloomberg", KindAggregator, "Bloomberg"},
		{"paris-declaration-2026-01", "caliber-paris", "", ""},
		{"uk-fr-ua-declaration-of-intent-2026-01", "no10-remarks", KindOfficial, "10 Downing Street"},
		{"uk-fr-ua-declaration-of-intent-2026-01", "trt-reuters-vote", KindBroadcaster, "Reuters"},
		{"uk-fr-ua-declaration-of-intent-2026-01", "xpulse-commons", KindBlog, ""},
		// A Turkish outlet is not of a party to the war: a broadcaster.
		{"kyiv-strike-pause-2026-01", "anews-pause", KindBroadcaster, ""},
		{"kyiv-strike-pause-2026-01", "mt-pause", KindNewspaper, ""},
		// Copies of the envoy's post count with it as one origin.
		{"abu-dhabi-trilateral-2026-02", "witkoff-x", KindOfficial, ""},
		{"abu-dhabi-trilateral-2026-02", "turkiyetoday", KindNewspaper, "US Special Envoy Steve Witkoff"},
		{"abu-dhabi-trilateral-2026-02", "ukrinform-314", KindStateAffiliated, ""},
		{"geneva-trilateral-2026-02", "dragon-cnn", KindAggregator, "CNN"},
		{"geneva-trilateral-2026-02", "trt-afp-swap", KindBroadcaster, "AFP"},
		{"geneva-trilateral-2026-02", "vedomosti-geneva", KindStateAffiliated, ""},
	}
	for _, tc := range tests {
		p := c.Get(tc.id).Proposal
		i := slices.IndexFunc(p.Sources, func(s Source) bool { return s.ID == tc.source })
		switch {
		case tc.kind == "" && i >= 0:
			t.Errorf("%s: source %s present, want it dropped", tc.id, tc.source)
		case tc.kind == "":
		case i < 0:
			t.Errorf("%s: source %s missing", tc.id, tc.source)
		case p.Sources[i].Kind != tc.kind || p.Sources[i].Relays != tc.relays:
			t.Errorf("%s: source %s is %s relaying %q, want %s relaying %q", tc.id, tc.source, p.Sources[i].Kind, p.Sources[i].Relays, tc.kind, tc.relays)
		}
	}
}

// TestDec2UnknownTerms: the Declaration of Intent's text was never read, so
// its military terms beyond the deployment are unknown, not unaddressed.
func TestDec2UnknownTerms(t *testing.T) {
	c := embedded(t)
	for id, want := range map[string][]string{
		"uk-fr-ua-declaration-of-intent-2026-01": {"military"},
		"paris-declaration-2026-01":              nil,
		"kyiv-strike-pause-2026-01":              nil,
		"abu-dhabi-trilateral-2026-02":           nil,
		"geneva-trilateral-2026-02":              nil,
	} {
		if got := c.Get(id).Proposal.UnknownTerms; !slices.Equal(got, want) {
			t.Errorf("%s: unknown_terms %v, want %v", id, got, want)
		}
	}
}

// TestDec2Parties: the Kyiv strike pause binds Russia and the US only;
// Ukraine had no agreement with Moscow.
func TestDec2Parties(t *testing.T) {
	c := embedded(t)
	for id, want := range map[string][]string{
		"kyiv-strike-pause-2026-01": {"RU", "US"},
	} {
		if got := c.Get(id).Proposal.Parties; !slices.Equal(got, want) {
			t.Errorf("%s: parties %v, want %v", id, got, want)
		}
	}
}

// TestDec2Rounds pins the rounds of 2026 without a text: each one's date,
// parties and confidence (confirmed only on two independent reputable
// origins; a round whose facts each have one origin stays single-source).
func TestDec2Rounds(t *testing.T) {
	tl := embedded(t).Timeline
	if tl == nil {
		t.Fatal("no timeline in the embedded corpus")
	}
	type round struct {
		date       Date
		parties    string
		confidence Confidence
	}
	want := []round{
		{"2026-01-02", "UA", ConfidenceConfirmed},
		{"2026-01-08", "RU", ConfidenceConfirmed},
		{"2026-01-22", "US UA", ConfidenceSingleSource},
		{"2026-01-22", "RU US", ConfidenceConfirmed},
		{"2026-01-23", "UA RU US", ConfidenceConfirmed},
		{"2026-01-27", "US UA", ConfidenceSingleSource},
		{"2026-01-27", "UA", ConfidenceSingleSource},
		{"2026-01-31", "RU US", ConfidenceSingleSource},
		{"2026-02-11", "US UA", ConfidenceSingleSource},
		{"2026-02-24", "UA", ConfidenceSingleSource},
		{"2026-02-26", "US UA", ConfidenceSingleSource},
		{"2026-02-28", "UA RU", ConfidenceSingleSource},
		{"2026-03", "UA RU US", ConfidenceConfirmed},
	}
	var got []round
	for _, r := range tl.Rounds {
		if r.Date < "2026" {
			continue
		}
		got = append(got, round{r.Date, strings.Join(r.Parties, " "), r.Confidence})
	}
	if !slices.Equal(got, want) {
		t.Errorf("rounds of 2026:\n got %v\nwant %v", got, want)
	}
	for id, kind := range map[string]SourceKind{
		"rd-tass-zakharova":   KindStateAffiliated,
		"rd-trt-budanov":      KindBroadcaster,
		"rd-kuna-moscow":      KindAgency,
		"rd-latestly-budanov": KindAggregator,
		"rd-isw-copy":         KindAggregator,
	} {
		var s Source
		for _, r := range tl.Rounds {
			for _, c := range r.Cited {
				if c.ID == id {
					s = c
				}
			}
		}
		if s.Kind != kind {
			t.Errorf("timeline source %s: %+v, want kind %s", id, s, kind)
		}
	}
}
