package importer

import (
	"strconv"
)

// writeTerms writes the typed terms drafted from the points, each with a
// review comment on the pattern it was drafted from.
func (d *draft) writeTerms(w *writer) {
	t := &d.terms
	if t.line != nil || len(t.regions) > 0 || len(t.zones) > 0 || t.nonForce != nil {
		w.key(0, "territory", "")
		if t.line != nil {
			w.key(2, "line_of_contact", "")
			w.review(4, "%s", t.line.why)
			w.key(4, "rule", quote(t.line.v.Rule))
			w.key(4, "points", list(t.line.v.Points))
		}
		if len(t.regions) > 0 {
			w.key(2, "regions", "")
			for _, r := range t.regions {
				w.review(4, "%s", r.why)
				w.item(4, "region", quote(r.v.Region))
				w.key(6, "status", quote(r.v.Status))
				if len(r.v.RecognizedBy) > 0 {
					w.key(6, "recognized_by", list(r.v.RecognizedBy))
				}
				w.key(6, "points", list(r.v.Points))
			}
		}
		if len(t.zones) > 0 {
			w.key(2, "zones", "")
			for _, z := range t.zones {
				w.review(4, "%s", z.why)
				w.item(4, "kind", quote(string(z.v.Kind)))
				w.key(6, "regions", list(z.v.Regions))
				w.key(6, "points", list(z.v.Points))
			}
		}
		if t.nonForce != nil {
			w.key(2, "non_use_of_force", "")
			w.review(4, "%s", t.nonForce.why)
			w.key(4, "value", "true")
			w.key(4, "points", list(t.nonForce.v.Points))
		}
	}
	if len(t.caps) > 0 || len(t.weapons) > 0 || len(t.foreign) > 0 {
		w.key(0, "military", "")
		if len(t.caps) > 0 {
			w.key(2, "caps", "")
			for _, c := range t.caps {
				w.review(4, "%s", c.why)
				w.item(4, "party", quote(c.v.Party))
				w.key(6, "personnel", strconv.Itoa(c.v.Personnel))
				w.key(6, "applies", quote(string(c.v.Applies)))
				w.key(6, "points", list(c.v.Points))
			}
		}
		if len(t.weapons) > 0 {
			w.key(2, "weapons", "")
			for _, x := range t.weapons {
				w.review(4, "%s", x.why)
				w.item(4, "party", quote(x.v.Party))
				w.key(6, "kind", quote(x.v.Kind))
				if x.v.Value != nil {
					w.key(6, "value", strconv.Itoa(*x.v.Value))
					w.key(6, "unit", quote(string(x.v.Unit)))
				}
				w.key(6, "points", list(x.v.Points))
			}
		}
		if len(t.foreign) > 0 {
			w.key(2, "foreign_troops", "")
			for _, f := range t.foreign {
				w.review(4, "%s", f.why)
				w.item(4, "who", quote(f.v.Who))
				w.key(6, "in", quote(f.v.In))
				w.key(6, "rule", quote(f.v.Rule))
				w.key(6, "points", list(f.v.Points))
			}
		}
	}
	if t.membership != nil || t.enlarge != nil || t.station != nil {
		w.key(0, "nato", "")
		if m := t.membership; m != nil {
			w.key(2, "ukraine_membership", "")
			w.review(4, "%s", m.why)
			w.key(4, "rule", quote(m.v.Rule))
			if len(m.v.BarredBy) > 0 {
				w.key(4, "barred_by", list(m.v.BarredBy))
			}
			w.key(4, "points", list(m.v.Points))
		}
		if e := t.enlarge; e != nil {
			w.key(2, "enlargement", "")
			w.review(4, "%s", e.why)
			w.key(4, "rule", quote(e.v.Rule))
			w.key(4, "points", list(e.v.Points))
		}
		if s := t.station; s != nil {
			w.key(2, "stationing", "")
			w.review(4, "%s", s.why)
			w.key(4, "rule", quote(s.v.Rule))
			w.key(4, "points", list(s.v.Points))
		}
	}
	if len(t.guarantees) > 0 {
		w.key(0, "security_guarantees", "")
		for _, g := range t.guarantees {
			kind := "unspecified, as the text does not liken it to Article 5"
			if g.v.Kind == "article-5-like" {
				kind = "article-5-like, as the text likens it to Article 5"
			}
			w.review(2, "%s; its kind %s", g.why, kind)
			w.item(2, "guarantor", quote(g.v.Guarantor))
			w.key(4, "kind", quote(string(g.v.Kind)))
			if g.v.Compensated != nil {
				w.key(4, "compensated", strconv.FormatBool(*g.v.Compensated))
			}
			if g.v.DurationYears != nil {
				w.key(4, "duration_years", strconv.Itoa(*g.v.DurationYears))
			}
			w.key(4, "points", list(g.v.Points))
		}
	}
}
