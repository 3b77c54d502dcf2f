package redlines

import (
	"cmp"
	"slices"
	"strings"

	"github.com/peacediff/peacediff/proposals"
)

// Landing is the landing zone of each ordered term: the values that no
// party's red line in force forbids, found from the rules themselves. Each
// rule is evaluated on synthetic texts that hold only the term, at each
// value of its scale, or for a number at the threshold found by bisection.
type Landing struct {
	SchemaVersion int `json:"schema_version"`
	// Kind is "landing-zone".
	Kind string `json:"kind"`
	// Lines says which lines bound the zones: "at-date", "current" or
	// "all".
	Lines string `json:"lines_in_force"`
	// Date is the date the lines are taken at ("" for the current lines).
	Date  string  `json:"date,omitempty"`
	Zones []*Zone `json:"zones"`
}

// Zone is the landing zone of one ordered term.
type Zone struct {
	// Key is the term's axis, as on the spectrum: "region:UA-14",
	// "cap:UA", "line_of_contact", "nato.membership".
	Key   string `json:"key"`
	Title string `json:"title"`
	// Scale names the scale of an enum term, Values its placed values.
	Scale  string      `json:"scale,omitempty"`
	Values []ZoneValue `json:"values,omitempty"`
	// Unit, Min and Max describe the open range of a number: when Figures
	// is true, every figure from Min up to Max (0 for no upper bound) is
	// forbidden by no line; NoCap is "no cap" as a value.
	Unit    string     `json:"unit,omitempty"`
	Figures bool       `json:"figures,omitempty"`
	Min     int        `json:"min,omitempty"`
	Max     int        `json:"max,omitempty"`
	NoCap   *ZoneValue `json:"no_cap,omitempty"`
	// Bounds are the lines that forbid some value of the term, in the
	// order of the positions.
	Bounds []Bound `json:"bounds"`
	// Overlap is false when every value is forbidden by some line: the
	// lines of Bounds exclude each other.
	Overlap bool `json:"overlap"`
}

// ZoneValue is one value of a scale and the lines that forbid it.
type ZoneValue struct {
	Slug  string `json:"slug"`
	Label string `json:"label"`
	// Open is true when no line forbids the value and none is unknown on it.
	Open        bool     `json:"open"`
	ForbiddenBy []string `json:"forbidden_by,omitempty"`
	// UnknownBy are the lines too vague to judge the value.
	UnknownBy []string `json:"unknown_by,omitempty"`
}

// Bound is a line that forbids some values of a term.
type Bound struct {
	Line  string `json:"line"`
	Party string `json:"party"`
	Title string `json:"title"`
	// Forbids is what it forbids: scale slugs, or for a number "below N"
	// or "at or above N", or "every figure".
	Forbids []string `json:"forbids"`
	// Threshold is, for a number, the figure where the line starts or
	// stops forbidding, and Side which figures it forbids: "below" it,
	// "at-or-above" it, or "every" figure; NoCap is true when it forbids
	// having no cap.
	Threshold int    `json:"threshold,omitempty"`
	Side      string `json:"side,omitempty"`
	NoCap     bool   `json:"no_cap,omitempty"`
	// Reads names the other kinds of term the line's rule looks at (the
	// guarantees, say): the synthetic texts hold none of them, so the
	// bound is the line's when the text says nothing of those.
	Reads []string `json:"reads,omitempty"`
}

// newBound describes line r as a bound of the axis of kind, without what
// it forbids.
func newBound(r *rule, kind string) Bound {
	b := Bound{Line: r.pos.ID, Party: r.pos.Party, Title: r.pos.Title}
	for _, k := range r.ruleKinds {
		if k.Name != kind && !slices.Contains(b.Reads, k.Words) {
			b.Reads = append(b.Reads, k.Words)
		}
	}
	return b
}

// AttachLanding sets, on each axis of the spectrum, the landing zone of
// its term from l.
func (s *Spectrum) AttachLanding(l *Landing) {
	for _, a := range s.Axes {
		for _, z := range l.Zones {
			if z.Key == a.Key {
				a.Landing = z
			}
		}
	}
}

// landingMax is the highest figure tried on a cap, and above every figure
// a line names.
const landingMax = 10_000_000

// LandingZones computes the landing zone of every ordered term the files
// address, by the lines in force (at date for [AtDate], today for
// [Current], every line for [All]). It fails only when a rule cannot be
// evaluated.
func (s *RuleSet) LandingZones(files []*proposals.File, lines LinesInForce, date string) (*Landing, error) {
	out := &Landing{SchemaVersion: SchemaVersion, Kind: "landing-zone", Lines: lines.String(), Date: date, Zones: []*Zone{}}
	if lines != AtDate {
		out.Date = ""
	}
	var keys []string
	makers := map[string]synth{}
	titles := map[string]string{}
	for _, f := range files {
		terms := proposals.Terms(f.Proposal, s.cat)
		for i := range terms {
			t := &terms[i]
			key, mk := synthFor(t)
			if key == "" || makers[key] != nil {
				continue
			}
			makers[key], keys = mk, append(keys, key)
			titles[key] = s.axisTitle(t)
		}
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Compare(axisOrder(a), axisOrder(b)) })
	for _, key := range keys {
		z, err := s.zone(key, titles[key], makers[key], lines, date)
		if err != nil {
			return nil, err
		}
		out.Zones = append(out.Zones, z)
	}
	return out, nil
}

// axisTitle names the axis of term t as the spectrum does: "Donetsk
// Oblast (UA-14): status", "Forces of Ukraine: personnel cap", "NATO
// membership".
func (s *RuleSet) axisTitle(t *proposals.Term) string {
	subject, _, _ := strings.Cut(t.Subject, ":")
	label := t.Kind.Words
	if len(t.Facets) > 0 {
		label = t.Facets[0].Label
	}
	switch t.Kind.Axis {
	case "region":
		return s.cat.RegionName(subject) + ": " + label
	case "party":
		return "Forces of " + s.cat.PartyName(subject) + ": " + label
	}
	if len(t.Facets) > 0 {
		if sc := s.cat.Scale(t.Facets[0].Scale); sc != nil {
			return sc.Title
		}
	}
	return label
}

// synth makes a text that holds one term at value slug, or for a cap at
// figure n (with limit, "figure" or "none").
type synth func(slug string, n int, limit proposals.CapLimit) *proposals.Proposal

// synthFor returns the axis key of an ordered term, and how to make texts
// that hold only it; "" for a term that has no axis or cannot be made.
func synthFor(t *proposals.Term) (string, synth) {
	key := t.StanceKey()
	pts := []string{"1"}
	subject, _, _ := strings.Cut(t.Subject, ":")
	switch t.Kind.Name {
	case "line_of_contact":
		return key, func(v string, _ int, _ proposals.CapLimit) *proposals.Proposal {
			return &proposals.Proposal{Territory: &proposals.Territory{LineOfContact: &proposals.LineOfContact{Rule: v, Points: pts}}}
		}
	case "region":
		return key, func(v string, _ int, _ proposals.CapLimit) *proposals.Proposal {
			return &proposals.Proposal{Territory: &proposals.Territory{Regions: []proposals.RegionTerm{{Region: subject, Status: v, Points: pts}}}}
		}
	case "cap":
		return key, func(_ string, n int, limit proposals.CapLimit) *proposals.Proposal {
			c := proposals.Cap{Party: subject, Limit: limit, Personnel: n, Applies: proposals.AppliesAlways, Points: pts}
			if limit == proposals.LimitNone {
				c.Personnel = 0
			}
			return &proposals.Proposal{Military: &proposals.Military{Caps: []proposals.Cap{c}}}
		}
	case "nato.membership":
		return key, func(v string, _ int, _ proposals.CapLimit) *proposals.Proposal {
			return &proposals.Proposal{NATO: &proposals.NATO{Membership: &proposals.Membership{Rule: v, Points: pts}}}
		}
	}
	return "", nil
}

// zone evaluates every line in force on the texts of one axis.
func (s *RuleSet) zone(key, title string, mk synth, lines LinesInForce, date string) (*Zone, error) {
	z := &Zone{Key: key, Title: title, Bounds: []Bound{}}
	sample := mk("", 1, proposals.LimitFigure)
	var scale *proposals.Scale
	kind := ""
	for _, t := range proposals.Terms(sample, s.cat) {
		kind = t.Kind.Name
		if len(t.Facets) > 0 && t.Facets[0].Scale != "" {
			scale = s.cat.Scale(t.Facets[0].Scale)
		}
	}
	verdict := func(r *rule, p *proposals.Proposal) (Verdict, error) {
		p.ID, p.Short, p.Date = "landing", "landing", proposals.Date(date)
		for _, pt := range []string{"1"} {
			p.Provisions = append(p.Provisions, proposals.Provision{Point: pt, Topic: "other"})
		}
		if c, ok := notJudged(r.pos, p, lines); ok {
			return c.Verdict, nil
		}
		c, err := s.judge(r, key, p, NewView(p, s.cat))
		return c.Verdict, err
	}
	if scale != nil {
		z.Scale = scale.Name
		for _, v := range scale.Values {
			if !v.OffScale {
				z.Values = append(z.Values, ZoneValue{Slug: v.Slug, Label: v.Label})
			}
		}
		for _, r := range s.lines {
			b := newBound(r, kind)
			for i := range z.Values {
				zv := &z.Values[i]
				v, err := verdict(r, mk(zv.Slug, 0, ""))
				if err != nil {
					return nil, err
				}
				switch v {
				case Crossed:
					zv.ForbiddenBy = append(zv.ForbiddenBy, r.pos.ID)
					b.Forbids = append(b.Forbids, zv.Slug)
				case Unknown:
					zv.UnknownBy = append(zv.UnknownBy, r.pos.ID)
				}
			}
			if len(b.Forbids) > 0 {
				z.Bounds = append(z.Bounds, b)
			}
		}
		for i := range z.Values {
			zv := &z.Values[i]
			zv.Open = len(zv.ForbiddenBy) == 0 && len(zv.UnknownBy) == 0
			z.Overlap = z.Overlap || len(zv.ForbiddenBy) == 0
		}
		return z, nil
	}
	return s.numberZone(z, mk, verdict)
}

// numberZone finds, for each line in force, the figure where it starts or
// stops forbidding a cap, by bisection between 0 and landingMax; a rule is
// taken to forbid the figures on one side of a threshold.
func (s *RuleSet) numberZone(z *Zone, mk synth, verdict func(*rule, *proposals.Proposal) (Verdict, error)) (*Zone, error) {
	z.Unit = "personnel"
	z.NoCap = &ZoneValue{Slug: "none", Label: "no cap"}
	lo, hi := 0, landingMax+1 // the open range is [lo, hi)
	for _, r := range s.lines {
		crossed := func(n int) (bool, error) {
			v, err := verdict(r, mk("", n, proposals.LimitFigure))
			return v == Crossed, err
		}
		b := newBound(r, "cap")
		v, err := verdict(r, mk("", 0, proposals.LimitNone))
		if err != nil {
			return nil, err
		}
		if v == Crossed {
			z.NoCap.ForbiddenBy = append(z.NoCap.ForbiddenBy, r.pos.ID)
			b.Forbids, b.NoCap = append(b.Forbids, "no cap"), true
		}
		at0, err := crossed(0)
		if err != nil {
			return nil, err
		}
		atMax, err := crossed(landingMax)
		if err != nil {
			return nil, err
		}
		switch {
		case at0 && atMax:
			b.Forbids, b.Side = append(b.Forbids, "every figure"), "every"
			lo = hi
		case at0 != atMax:
			// The smallest figure at which the verdict is atMax's.
			a, c := 0, landingMax
			for c-a > 1 {
				m := a + (c-a)/2
				x, err := crossed(m)
				if err != nil {
					return nil, err
				}
				if x == atMax {
					c = m
				} else {
					a = m
				}
			}
			b.Threshold = c
			if b.Side = "at-or-above"; at0 {
				b.Side = "below"
				b.Forbids = append(b.Forbids, "below "+proposals.Thousands(int64(c)))
				lo = max(lo, c)
			} else {
				b.Forbids = append(b.Forbids, "at or above "+proposals.Thousands(int64(c)))
				hi = min(hi, c)
			}
		}
		if len(b.Forbids) > 0 {
			z.Bounds = append(z.Bounds, b)
		}
	}
	z.NoCap.Open = len(z.NoCap.ForbiddenBy) == 0
	z.Overlap = lo < hi || z.NoCap.Open
	if z.Figures = lo < hi; z.Figures {
		z.Min = lo
		if hi <= landingMax {
			z.Max = hi - 1
		}
	}
	return z, nil
}
