package gen

import (
	"math/rand/v2"
	"slices"

	"github.com/peacediff/peacediff/proposals"
)

// terms are the typed terms of a text. Each kind of term comes from the
// first point of its topic (its anchor), which a revision never deletes.
type terms struct {
	line        string
	regions     []regionTerm
	zone        string // the region of a demilitarised zone
	nonUse      bool
	caps        []capTerm
	weapons     []weaponTerm
	foreign     []foreignTerm
	membership  string
	barredBy    []string
	enlargement string
	stationing  string
	guarantees  []guarantee
}

type regionTerm struct {
	code, status string
	recognizedBy []string
}

type capTerm struct {
	party     string
	personnel int
	applies   string
}

type weaponTerm struct {
	party, kind string
	value       int // 0 for a ban
	unit        string
}

type foreignTerm struct{ who, in, rule string }

type guarantee struct {
	guarantor, kind             string
	compensated                 bool
	triggers, responses, voidIf []string
	years                       int
}

// The topics the terms come from.
const (
	topicLine        = "line-of-contact"
	topicRegions     = "territory-status"
	topicZone        = "demilitarized-zone"
	topicNonUse      = "non-use-of-force"
	topicCaps        = "armed-forces-size"
	topicWeapons     = "weapons-limits"
	topicForeign     = "foreign-troops"
	topicMembership  = "nato-membership"
	topicEnlargement = "nato-enlargement"
	topicStationing  = "nato-stationing"
	topicGuarantees  = "security-guarantees"
)

// termTopics lists the topics of the terms; the first points of a text
// carry them, in a shuffled order, so that even 28 points have every term.
func termTopics() []string {
	return []string{topicLine, topicRegions, topicZone, topicNonUse, topicCaps, topicWeapons,
		topicForeign, topicMembership, topicEnlargement, topicStationing, topicGuarantees}
}

// guarantors are the parties that may give a guarantee, in the order they
// join.
var guarantors = []string{"US", "UK", "FR", "DE", "IT", "PL", "TR", "CA", "EU"}

// firstTerms returns the terms of a first text of n points: the larger the
// text, the more regions and guarantors it names.
func (g *generator) firstTerms(r *rand.Rand, n int) terms {
	t := terms{
		line:   "frozen",
		nonUse: true,
		caps: []capTerm{
			{party: "UA", personnel: 600000, applies: "always"},
			{party: "RU", personnel: 1500000, applies: "peacetime"},
		},
		weapons: []weaponTerm{
			{party: "UA", kind: "missile-range", value: 280, unit: "km"},
			{party: "UA", kind: "nuclear-weapons"},
		},
		foreign: []foreignTerm{
			{who: "NATO", in: "UA", rule: "prohibited"},
			{who: "EUROPE", in: "PL", rule: "deployed"},
		},
		membership:  "barred",
		barredBy:    []string{"ukraine-constitution", "nato-statute"},
		enlargement: "halted",
		stationing:  "prohibited",
	}
	// Ukraine's regions first, then the others of the catalogue.
	var regions []proposals.Region
	for _, ua := range []bool{true, false} {
		for _, reg := range g.cat.Regions {
			if (reg.Country == "UA") == ua {
				regions = append(regions, reg)
			}
		}
	}
	regions = regions[:min(len(regions), 3+n/50)]
	status := g.scale(proposals.ScaleRegionStatus)
	for _, reg := range regions {
		rt := regionTerm{code: reg.Code, status: pick(r, status)}
		if rt.status == "russian-de-jure" || rt.status == "russian-de-facto" {
			rt.recognizedBy = []string{"US"}
		}
		t.regions = append(t.regions, rt)
	}
	t.zone = regions[0].Code
	for i := range min(len(guarantors), 1+n/1000) {
		t.guarantees = append(t.guarantees, g.newGuarantee(r, guarantors[i]))
	}
	return t
}

func (g *generator) newGuarantee(r *rand.Rand, who string) guarantee {
	return guarantee{
		guarantor: who, kind: pick(r, []string{"article-5-like", "collective", "bilateral", "reassurance-force", "monitoring", "unspecified"}),
		compensated: who == "US",
		triggers:    []string{"russia-invades-ukraine"},
		responses:   []string{"coordinated-military-response", "global-sanctions-reinstated"},
		voidIf:      []string{"ukraine-invades-russia"},
		years:       10 + 5*r.IntN(3),
	}
}

// evolve returns the terms of a revision: each term moves with chance
// 0.3, a step along its scale or by a round figure, and a guarantor may
// join.
func (g *generator) evolve(r *rand.Rand, t terms) terms {
	const p = 0.3
	moves := func() bool { return r.Float64() < p }
	step := func(scale, v string) string {
		if !moves() {
			return v
		}
		vals := g.scale(scale)
		i := slices.Index(vals, v) + 1 - 2*r.IntN(2)
		return vals[max(0, min(len(vals)-1, i))]
	}
	n := t
	n.line = step(proposals.ScaleLineOfContact, t.line)
	n.regions = slices.Clone(t.regions)
	for i := range n.regions {
		n.regions[i].status = step(proposals.ScaleRegionStatus, n.regions[i].status)
		if s := n.regions[i].status; s != "russian-de-jure" && s != "russian-de-facto" {
			n.regions[i].recognizedBy = nil
		}
	}
	n.caps = slices.Clone(t.caps)
	for i := range n.caps {
		if moves() {
			n.caps[i].personnel = max(100000, n.caps[i].personnel+(r.IntN(31)-15)*10000)
		}
	}
	n.weapons = slices.Clone(t.weapons)
	for i := range n.weapons {
		if n.weapons[i].value > 0 && moves() {
			n.weapons[i].value = max(50, n.weapons[i].value+(r.IntN(9)-4)*20)
		}
	}
	n.foreign = slices.Clone(t.foreign)
	for i := range n.foreign {
		n.foreign[i].rule = step(proposals.ScaleForeignTroops, n.foreign[i].rule)
	}
	n.membership = step(proposals.ScaleNATOMembership, t.membership)
	if n.membership != "barred" {
		n.barredBy = nil
	}
	n.enlargement = step(proposals.ScaleNATOEnlargement, t.enlargement)
	n.stationing = step(proposals.ScaleForeignTroops, t.stationing)
	n.guarantees = slices.Clone(t.guarantees)
	for i := range n.guarantees {
		if moves() {
			n.guarantees[i].years += 5
		}
	}
	if len(n.guarantees) < len(guarantors) && moves() {
		n.guarantees = append(n.guarantees, g.newGuarantee(r, guarantors[len(n.guarantees)]))
	}
	return n
}

// scale returns the slugs of a scale that have a place on its order.
func (g *generator) scale(name string) []string {
	var out []string
	for _, v := range g.cat.Scale(name).Values {
		if !v.OffScale {
			out = append(out, v.Slug)
		}
	}
	return out
}
