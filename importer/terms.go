package importer

import (
	"fmt"
	"slices"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// term is a typed term the import drafted, with why it did.
type term[T any] struct {
	v   T
	why string
}

// termSet holds the typed terms drafted from the points.
type termSet struct {
	line       *term[proposals.LineOfContact]
	regions    []term[proposals.RegionTerm]
	zones      []term[proposals.Zone]
	nonForce   *term[proposals.Commitment]
	caps       []term[proposals.Cap]
	weapons    []term[proposals.WeaponLimit]
	foreign    []term[proposals.ForeignTroops]
	membership *term[proposals.Membership]
	enlarge    *term[proposals.Enlargement]
	station    *term[proposals.Stationing]
	guarantees []term[proposals.Guarantee]
}

// The patterns of the terms. Each is read on a point's lowercased text;
// a term is drafted only where its pattern is clear.
var (
	negRE       = lazyRE(`\b(not|never|no|nor|cannot|won't|refrain|renounce|renounces|bar|barred|bars|ban|banned|bans|prohibit|prohibits|prohibited|exclude|excluded|excludes|forgo|forgoes|give up|gives up|halt|halts|end to|stop|stops|cease|ceases)\b`)
	capRE       = lazyRE(`\b(cap|capped|caps|limit|limited|limits|ceiling|exceed|no more than|at most|maximum|up to|reduced to|reduce|reduces|size)\b`)
	forcesOfRE  = lazyRE(`\b(ukraine|ukraine's|ukrainian|russia|russia's|russian)\s+(armed forces|army|military|forces|troops)|\b(armed forces|army|military|forces|troops) of (ukraine|russia)\b`)
	peaceRE     = lazyRE(`\b(peacetime|peace time|time of peace|times of peace)\b|мирн`)
	warRE       = lazyRE(`\b(wartime|war time|time of war)\b`)
	missileRE   = lazyRE(`\bmissiles?\b`)
	nuclearRE   = lazyRE(`\bnon-nuclear\b|\bnuclear-free\b|without nuclear weapons|no nuclear weapons|(not|never) (acquire|develop|possess|have|obtain) nuclear weapons`)
	joinRE      = lazyRE(`\b(join|joins|joining|membership|member|accession|accede|admit|admits|admitted|admission|enter)\b`)
	consensusRE = lazyRE(`\bconsensus\b`)
	neutralRE   = lazyRE(`\b(neutral|neutrality|non-aligned|non-bloc)\b`)
	renounceRE  = lazyRE(`\b(renounce|renounces|give up|gives up|abandon|abandons|forgo|forgoes)\b`)
	constRE     = lazyRE(`\bconstitution\b`)
	statuteRE   = lazyRE(`\b(statute|statutes|charter|bylaws|founding treaty)\b`)
	enlargeRE   = lazyRE(`\b(expan\w*|enlarg\w*|new members|further members)\b`)
	stationRE   = lazyRE(`\b(station|stations|stationed|stationing|deploy|deploys|deployed|deployment|base|based|basing)\b`)
	troopsRE    = lazyRE(`\b(troops|forces|soldiers|personnel|jets|aircraft|fighters|units)\b`)
	permanentRE = lazyRE(`\bpermanent(ly)?\b`)
	guaranteeRE = lazyRE(`\bguarantee(s|d)?\b`)
	article5RE  = lazyRE(`\barticle\s*5\b|\barticle five\b`)
	compensRE   = lazyRE(`\bcompensat`)
	recogniseRE = lazyRE(`\brecogni[sz]`)
	asRussianRE = lazyRE(`\b(russian|russia's|part of russia|belonging to russia)\b`)
	deFactoRE   = lazyRE(`\bde[ -]facto\b|\bin fact\b|\bin practice\b`)
	deJureRE    = lazyRE(`\bde[ -]jure\b|\blegally\b|\bin law\b|\bformally\b`)
	frozenRE    = lazyRE(`\bfr(oze|eeze|ozen|eezes)\b`)
	contactRE   = lazyRE(`\bline of contact\b|\bcontact line\b|\bfront ?line\b|\bline of control\b|\bthe front\b`)
	startRE     = lazyRE(`\b(starting point|starting from|start from|basis|point of departure)\b`)
	zoneRE      = lazyRE(`\b(demilitari[sz]ed|buffer)\b[^.;]*\bzone\b|\bzone\b[^.;]*\b(demilitari[sz]ed|buffer)\b`)
	bufferRE    = lazyRE(`\bbuffer\b`)
	byForceRE   = lazyRE(`\bby force\b|\bby military means\b`)
	changeRE    = lazyRE(`\b(change|changes|changed|alter|alters|revise|revises|redraw)\b`)
)

// guarantorCodes are the parties a text may name as guarantors.
var guarantorCodes = []string{"US", "EUROPE", "EU", "UK", "FR", "DE", "COW", "NATO", "G7", "TR", "CN", "CA", "PL", "IT", "UN", "UNSC"}

// infer drafts the typed terms whose pattern is clear in a point.
func (d *draft) infer() {
	for i := range d.points {
		p := &d.points[i]
		if p.State == proposals.StateDeleted || p.State == proposals.StateKept || p.Text == "" {
			continue
		}
		t := strings.ToLower(p.Text)
		d.inferMilitary(p, t)
		d.inferNATO(p, t)
		d.inferGuarantee(p, t)
		d.inferTerritory(p, t)
	}
}

// forcesParty is the party whose forces a point is about: the one its
// wording ties to them, or the only one of Ukraine and Russia it names.
func forcesParty(p *Point, t string) string {
	if m := forcesOfRE().FindStringSubmatch(t); m != nil {
		if strings.HasPrefix(m[1], "ukrain") || m[4] == "ukraine" {
			return "UA"
		}
		return "RU"
	}
	ua, ru := slices.Contains(p.Parties, "UA"), slices.Contains(p.Parties, "RU")
	switch {
	case ua && !ru:
		return "UA"
	case ru && !ua:
		return "RU"
	}
	return ""
}

func (d *draft) inferMilitary(p *Point, t string) {
	party := forcesParty(p, t)
	if party == "" {
		return
	}
	for _, f := range p.Figures {
		if f.Unit == "personnel" && capRE().MatchString(t) {
			c := proposals.Cap{Party: party, Personnel: int(f.Value), Applies: proposals.AppliesAlways, Points: []string{p.Label}}
			why := fmt.Sprintf("a cap of %s on the forces of %s in point %s", f, party, p.Label)
			switch {
			case peaceRE().MatchString(t):
				c.Applies = proposals.AppliesPeacetime
			case warRE().MatchString(t):
				c.Applies = proposals.AppliesWartime
			default:
				why += `; "always" because the point names no time, which is a reading`
			}
			if i := slices.IndexFunc(d.terms.caps, func(x term[proposals.Cap]) bool { return x.v.Party == party && x.v.Applies == c.Applies }); i >= 0 {
				// one cap per party and time: the format wants each side's figure named
				d.terms.caps[i].why += fmt.Sprintf("; point %s gives another figure, %s: check which holds", p.Label, f)
			} else {
				d.terms.caps = append(d.terms.caps, term[proposals.Cap]{c, why})
			}
			break
		}
	}
	for _, f := range p.Figures {
		if f.Unit == "km" && missileRE().MatchString(t) && f.Value == float64(int(f.Value)) && !d.hasWeapon(party, "missile-range") {
			v := int(f.Value)
			w := proposals.WeaponLimit{Party: party, Kind: "missile-range", Value: &v, Unit: proposals.UnitKm, Points: []string{p.Label}}
			d.terms.weapons = append(d.terms.weapons, term[proposals.WeaponLimit]{w, fmt.Sprintf("a missile range of %s in point %s", f, p.Label)})
			break
		}
	}
	if nuclearRE().MatchString(t) && !d.hasWeapon(party, "nuclear-weapons") {
		w := proposals.WeaponLimit{Party: party, Kind: "nuclear-weapons", Points: []string{p.Label}}
		d.terms.weapons = append(d.terms.weapons, term[proposals.WeaponLimit]{w, fmt.Sprintf("point %s keeps %s without nuclear weapons: a ban, so no value", p.Label, party)})
	}
}

func (d *draft) inferNATO(p *Point, t string) {
	if !slices.Contains(p.Parties, "NATO") {
		return
	}
	neg := negRE().MatchString(t)
	ukraine := slices.Contains(p.Parties, "UA")
	if ukraine && d.terms.membership == nil {
		m := proposals.Membership{Points: []string{p.Label}}
		switch {
		case consensusRE().MatchString(t) && joinRE().MatchString(t):
			m.Rule = "requires-consensus"
		case renounceRE().MatchString(t) && joinRE().MatchString(t):
			m.Rule = "renounced"
		case neg && joinRE().MatchString(t):
			m.Rule = "barred"
			if constRE().MatchString(t) {
				m.BarredBy = append(m.BarredBy, "ukraine-constitution")
			}
			if statuteRE().MatchString(t) {
				m.BarredBy = append(m.BarredBy, "nato-statute")
			}
		case neutralRE().MatchString(t):
			m.Rule = "neutrality"
		}
		if m.Rule != "" {
			d.terms.membership = &term[proposals.Membership]{m, fmt.Sprintf("Ukraine's membership of NATO %s in point %s", m.Rule, p.Label)}
		}
	}
	if d.terms.enlarge == nil && neg && enlargeRE().MatchString(t) {
		e := proposals.Enlargement{Rule: "halted", Points: []string{p.Label}}
		d.terms.enlarge = &term[proposals.Enlargement]{e, fmt.Sprintf("no further enlargement of NATO in point %s", p.Label)}
	}
	if d.terms.station == nil && ukraine && neg && stationRE().MatchString(t) && troopsRE().MatchString(t) {
		s := proposals.Stationing{Rule: "prohibited", Points: []string{p.Label}}
		if permanentRE().MatchString(t) && peaceRE().MatchString(t) {
			s.Rule = "no-permanent-peacetime"
		}
		d.terms.station = &term[proposals.Stationing]{s, fmt.Sprintf("NATO forces in Ukraine %s in point %s", s.Rule, p.Label)}
	}
}

func (d *draft) inferGuarantee(p *Point, t string) {
	attached := false
	if par := p.src.parent; par != nil {
		// a condition of the guarantee of its parent point
		for i := range d.terms.guarantees {
			if g := &d.terms.guarantees[i]; slices.Contains(g.v.Points, par.label) {
				g.v.Points = append(g.v.Points, p.Label)
				d.guaranteeDetails(g, t)
				attached = true
			}
		}
	}
	if attached || !guaranteeRE().MatchString(t) || p.Topic != "security-guarantees" {
		return // "the council guarantees the deal" is no security guarantee
	}
	for _, code := range p.Parties {
		if !slices.Contains(guarantorCodes, code) {
			continue
		}
		i := slices.IndexFunc(d.terms.guarantees, func(g term[proposals.Guarantee]) bool { return g.v.Guarantor == code })
		if i < 0 {
			d.terms.guarantees = append(d.terms.guarantees, term[proposals.Guarantee]{
				proposals.Guarantee{Guarantor: code, Kind: "unspecified"},
				fmt.Sprintf("a guarantee by %s in point %s", code, p.Label)})
			i = len(d.terms.guarantees) - 1
		}
		g := &d.terms.guarantees[i]
		g.v.Points = append(g.v.Points, p.Label)
		d.guaranteeDetails(g, t)
	}
}

func (d *draft) guaranteeDetails(g *term[proposals.Guarantee], t string) {
	if article5RE().MatchString(t) {
		g.v.Kind = "article-5-like"
	}
	if compensRE().MatchString(t) {
		yes := true
		g.v.Compensated = &yes
	}
}

func (d *draft) inferTerritory(p *Point, t string) {
	regions := slices.DeleteFunc(slices.Clone(p.Regions), func(c string) bool { return d.hasRegion(c) })
	status := ""
	switch {
	case recogniseRE().MatchString(t) && asRussianRE().MatchString(t) && deFactoRE().MatchString(t):
		status = "russian-de-facto"
	case recogniseRE().MatchString(t) && asRussianRE().MatchString(t) && deJureRE().MatchString(t):
		status = "russian-de-jure"
	case frozenRE().MatchString(t) && contactRE().MatchString(t):
		status = "frozen-on-line-of-contact"
		if d.terms.line == nil {
			l := proposals.LineOfContact{Rule: "frozen", Points: []string{p.Label}}
			d.terms.line = &term[proposals.LineOfContact]{l, fmt.Sprintf("the line of contact frozen in point %s", p.Label)}
		}
	case contactRE().MatchString(t) && startRE().MatchString(t) && d.terms.line == nil:
		l := proposals.LineOfContact{Rule: "basis-for-talks", Points: []string{p.Label}}
		d.terms.line = &term[proposals.LineOfContact]{l, fmt.Sprintf("talks start from the line of contact in point %s", p.Label)}
	}
	if status != "" {
		for _, code := range regions {
			r := proposals.RegionTerm{Region: code, Status: status, Points: []string{p.Label}}
			if status != "frozen-on-line-of-contact" {
				r.RecognizedBy = recognisers(p, t)
			}
			d.terms.regions = append(d.terms.regions, term[proposals.RegionTerm]{r, fmt.Sprintf("%s %s in point %s", code, status, p.Label)})
		}
	}
	if zoneRE().MatchString(t) && len(p.Regions) > 0 {
		z := proposals.Zone{Kind: "demilitarized", Regions: p.Regions, Points: []string{p.Label}}
		if bufferRE().MatchString(t) && !strings.Contains(t, "demilitari") {
			z.Kind = "buffer"
		}
		d.terms.zones = append(d.terms.zones, term[proposals.Zone]{z, fmt.Sprintf("a %s zone in %s in point %s", z.Kind, strings.Join(z.Regions, ", "), p.Label)})
	}
	if d.terms.nonForce == nil && byForceRE().MatchString(t) && changeRE().MatchString(t) && negRE().MatchString(t) {
		c := proposals.Commitment{Value: true, Points: []string{p.Label}}
		d.terms.nonForce = &term[proposals.Commitment]{c, fmt.Sprintf("no change by force in point %s", p.Label)}
	}
}

// recognisers are the parties after "by" that a point says recognise a
// status: "recognised as Russian, including by the United States".
func recognisers(p *Point, t string) []string {
	i := strings.Index(t, " by ")
	if i < 0 {
		return nil
	}
	var out []string
	for _, m := range p.places {
		if m.kind == isParty && m.start > i {
			for _, c := range m.codes {
				if c != "RU" && c != "UA" && !slices.Contains(out, c) {
					out = append(out, c)
				}
			}
		}
	}
	return out
}

func (d *draft) hasRegion(code string) bool {
	return slices.ContainsFunc(d.terms.regions, func(r term[proposals.RegionTerm]) bool { return r.v.Region == code })
}

func (d *draft) hasWeapon(party, kind string) bool {
	return slices.ContainsFunc(d.terms.weapons, func(w term[proposals.WeaponLimit]) bool { return w.v.Party == party && w.v.Kind == kind })
}
